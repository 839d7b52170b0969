/** Paths and a subprocess runner shared by the template and gate tests. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
/** Real template repositories nobody here wrote, beside the project (never copied in). */
export const DATA = path.resolve(root, '../shared/data/templates');
export const ANSIBLE = path.join(DATA, 'ansible-ticket-stubs');
export const SAVED = path.join(DATA, 'oss-saved-replies');
export const OPENCOLLECTIVE = path.join(DATA, 'opencollective');
export const FIXTURES = path.join(root, 'fixtures/templates');

const bin = path.join(root, 'bin/replylint.js');

/** The CLI as users run it: `node bin/replylint.js` (built by `npm test`). */
export function run(args: string[], options: { cwd?: string; input?: string } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface JsonMessage {
  ruleId: string;
  messageId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  actual?: string;
  critical?: boolean;
}
export interface JsonResult {
  filePath: string;
  id?: string;
  score: number | null;
  passed: boolean;
  messages: JsonMessage[];
  notApplicable?: string[];
}
export interface JsonReport {
  results: JsonResult[];
  summary: { replies: number; passed: number; failed: number; errors: number; warnings: number; infos: number };
  errors: Array<{ filePath: string; message: string }>;
}

export const parseJson = (stdout: string) => JSON.parse(stdout) as JsonReport;
