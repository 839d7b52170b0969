// The CI snippets in the README and the pre-commit manifest are real: they parse, and the
// replylint commands in them run as written against a template repository.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FIXTURES, root, run } from './helpers.js';

const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const section = (title: string) => {
  const start = readme.indexOf(`### ${title}\n`);
  expect(start, title).toBeGreaterThan(-1);
  const end = readme.indexOf('\n#', start + 5);
  return readme.slice(start, end === -1 ? undefined : end);
};
const yamlBlocks = (text: string) => [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => parse(match[1] ?? '') as unknown);

/** A copy of the fixture repository: the commands write reports, baselines and caches into it. */
const repo = mkdtempSync(path.join(tmpdir(), 'replylint-ci-docs-'));
cpSync(path.join(FIXTURES, 'repo'), repo, { recursive: true });

/** Runs a README command line against the fixture repository (templates/ → its replies). */
function runCommand(line: string): ReturnType<typeof run> {
  const args = line
    .replace(/^npx replylint /, '')
    .replace(/origin\/\$\{\{ github\.base_ref \}\}/, 'HEAD')
    .split(/\s+/)
    .filter((arg) => arg.length > 0)
    .map((arg) => (arg === 'templates/' ? 'replies/' : arg));
  // Outside git --changed-since cannot run: check the rest of the line.
  const withoutGit = args.includes('--changed-since') ? args.filter((arg, i) => arg !== '--changed-since' && args[i - 1] !== '--changed-since') : args;
  // The baseline it names does not exist in the fixture: write it, as adopting the gate would.
  return run([...withoutGit, '--update-baseline'], { cwd: repo });
}

interface Workflow {
  permissions: Record<string, string>;
  jobs: { replylint: { steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }> } };
}

describe('README CI snippets', () => {
  it('GitHub Actions: a workflow that uploads SARIF and annotates the pull request', () => {
    const [workflow] = yamlBlocks(section('GitHub Actions')) as [Workflow];
    expect(workflow.permissions['security-events']).toBe('write');
    const steps = workflow.jobs.replylint.steps;
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'));
    const sarif = steps.find((step) => step.run?.includes('--format sarif'));
    expect(upload?.with?.['sarif_file']).toBe('replylint.sarif');
    expect(sarif?.run).toContain('--output replylint.sarif');
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
    for (const step of steps.filter((candidate) => candidate.run?.startsWith('npx replylint'))) {
      const result = runCommand(step.run as string);
      expect(result.stderr).not.toMatch(/unknown option|error: /);
      expect(result.code, step.run).toBe(0);
    }
  });

  it('GitLab CI: a job with a codequality report artifact', () => {
    const [config] = yamlBlocks(section('GitLab CI')) as [{ replylint: { script: string[]; artifacts: { reports: { codequality: string } } } }];
    expect(config.replylint.artifacts.reports.codequality).toBe('gl-code-quality-report.json');
    const command = config.replylint.script.find((line) => line.startsWith('npx replylint')) ?? '';
    expect(command).toContain('--output gl-code-quality-report.json');
    const result = runCommand(command);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(repo, 'gl-code-quality-report.json'), 'utf8')).toMatch(/^\[/);
  });

  it('pre-commit: the snippet names the hook this repository ships', () => {
    const [config] = yamlBlocks(section('pre-commit')) as [{ repos: Array<{ hooks: Array<{ id: string }> }> }];
    const hooks = parse(readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; language: string; files: string; exclude: string }>;
    expect(hooks.map((hook) => hook.id)).toContain(config.repos[0]?.hooks[0]?.id);
    const [hook] = hooks;
    expect(hook).toMatchObject({ id: 'replylint', entry: 'replylint', language: 'node' });
    // The same files a directory run picks up, and not documentation or CI files.
    const files = new RegExp(hook?.files ?? '');
    const exclude = new RegExp(hook?.exclude ?? '');
    const picked = (file: string) => files.test(file) && !exclude.test(file);
    for (const file of ['replies/refund.md', '.github/SAVED_REPLIES.md', '.github/replies.yml', 'zendesk/macros.json', 'drafts/reply.txt']) expect(picked(file), file).toBe(true);
    for (const file of ['README.md', 'replies/README.md', '.github/workflows/ci.yml', 'package.json', '.github/ISSUE_TEMPLATE/bug.md', '.pre-commit-config.yaml']) expect(picked(file), file).toBe(false);
  });
});
