/** Paths and a subprocess runner shared by the template and gate tests. */
import path from 'node:path';
import { root } from '../run-cli.js';

export { root, run } from '../run-cli.js';
/** Real template repositories nobody here wrote, beside the project (never copied in). */
export const DATA = path.resolve(root, '../shared/data/templates');
export const ANSIBLE = path.join(DATA, 'ansible-ticket-stubs');
export const SAVED = path.join(DATA, 'oss-saved-replies');
export const OPENCOLLECTIVE = path.join(DATA, 'opencollective');
export const FIXTURES = path.join(root, 'fixtures/templates');


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
