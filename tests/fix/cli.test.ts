// --fix and --fix-dry-run as users run them: bin/replylint.js on copies of fixtures/fix.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/replylint.js');

function run(args: string[], cwd: string, input = '') {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch copy of fixtures/fix: fixes rewrite files, never the fixtures. */
function scratch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'replylint-fix-'));
  cpSync(path.join(root, 'fixtures/fix'), dir, { recursive: true });
  return dir;
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('--fix', () => {
  it('rewrites a plain-text draft in place, keeping comments, and reports what is left', () => {
    const dir = scratch();
    const { code, stdout, stderr } = run(['draft.txt', '--fix', '-f', 'json'], dir);
    const fixed = read(dir, 'draft.txt');
    expect(fixed).toContain('To recap, your refund was sent to the card you used.');
    expect(fixed).toContain('<!-- internal: ticket 4411 -->');
    expect(stderr).toMatch(/draft.txt: fixed 2 problems in 1 pass/);
    const report = JSON.parse(stdout) as { results: Array<{ passed: boolean; messages: Array<{ fix?: unknown }> }> };
    expect(report.results[0]?.messages.filter((m) => m.fix)).toEqual([]);
    expect(code).toBe(0);
  });

  it('fixes Markdown at its source positions', () => {
    const dir = scratch();
    run(['draft.md', '--fix'], dir);
    expect(read(dir, 'draft.md')).toBe(read(path.join(root, 'fixtures/fix'), 'draft.md').replace('As previously mentioned', 'To recap').replace('the the', 'the'));
  });

  it('in HTML, applies a fix over plain text and skips one whose source has markup inside, saying so', () => {
    const dir = scratch();
    const { stderr } = run(['draft.html', '--fix'], dir);
    const fixed = read(dir, 'draft.html');
    expect(fixed).toContain('went to the card on file');
    expect(fixed).toContain('As previously <i>mentioned</i>');
    expect(stderr).toMatch(/draft.html:2:4: fix not applied \(blame-shifting\): the source under it differs/);
  });

  it('never rewrites an .eml file', () => {
    const dir = scratch();
    const eml = 'From: support@example.com\nTo: dana@example.com\nSubject: Refund\n\nAs previously mentioned, your refund went to the the card.\n\nBest,\nMaria\n';
    writeFileSync(path.join(dir, 'sent.eml'), eml);
    const { stderr } = run(['sent.eml', '--fix'], dir);
    expect(read(dir, 'sent.eml')).toBe(eml);
    expect(stderr).toMatch(/sent.eml: not fixed: --fix never rewrites .eml files/);
  });

  it('fixes a draft on stdin to stdout, with the report on stderr', () => {
    const dir = scratch();
    const { code, stdout, stderr } = run(['--fix'], dir, 'As previously mentioned, your refund was sent to the the card.\n\nBest,\nMaria\n');
    expect(stdout).toBe('To recap, your refund was sent to the card.\n\nBest,\nMaria\n');
    expect(stderr).toMatch(/<stdin>: fixed 2 problems/);
    expect(stderr).toMatch(/<stdin> {2}✔ 100\/100/);
    expect(code).toBe(0);
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff that git applies, and changes nothing', () => {
    const dir = scratch();
    const before = read(dir, 'draft.txt');
    const { code, stdout, stderr } = run(['draft.txt', '--fix-dry-run'], dir);
    expect(read(dir, 'draft.txt')).toBe(before);
    expect(stdout).toMatch(/^--- a\/draft.txt\n\+\+\+ b\/draft.txt\n@@ /);
    expect(stdout).toContain('-As previously mentioned, your refund was sent to the the card you used.');
    expect(stdout).toContain('+To recap, your refund was sent to the card you used.');
    expect(stderr).toMatch(/draft.txt: would fix 2 problems/);
    expect(code).toBe(0);
    writeFileSync(path.join(dir, 'fix.patch'), stdout);
    const apply = spawnSync('git', ['apply', 'fix.patch'], { cwd: dir, encoding: 'utf8' });
    expect(apply.stderr).toBe('');
    expect(read(dir, 'draft.txt')).toContain('To recap, your refund was sent to the card you used.');
  });

  it('exits 1 when the fixed draft would still fail, and 2 for a missing file', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'blame.txt'), 'You must have entered the wrong address.\n\nBest,\nMaria\n');
    expect(run(['blame.txt', '--fix-dry-run'], dir).code).toBe(1);
    const missing = run(['nope.txt', '--fix-dry-run'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope.txt: no such file/);
  });
});
