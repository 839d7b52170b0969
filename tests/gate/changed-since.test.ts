// --changed-since with real git in a temporary repository: what a pull request changes is
// reported (commits since the merge base, staged and unstaged edits, untracked files); the
// unchanged templates are still compared for near duplicates.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseJson, run } from '../templates/helpers.js';

const TEMPLATE = (body: string) => `Hi {{ticket.requester.first_name}},\n\n${body}\n\nBest,\n{{current_user.first_name}}\n`;
const REFUND = TEMPLATE("I'm sorry for the trouble with your order. I have refunded it in full today; the money should reach your account within 5 business days.");

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'replylint-changed-'));
  git(dir, 'init', '-q', '-b', 'main');
  mkdirSync(path.join(dir, 'replies'));
  writeFileSync(path.join(dir, '.replylintrc.json'), JSON.stringify({ extends: ['replylint:templates'] }));
  writeFileSync(path.join(dir, 'replies/refund.md'), REFUND);
  writeFileSync(path.join(dir, 'replies/delay.md'), TEMPLATE("I'm sorry your parcel is late. I have refunded the shipping cost today, and I will email you the new tracking number by Friday."));
  writeFileSync(path.join(dir, 'replies/export.md'), TEMPLATE('Thanks for your question! You can export your data from Settings > Account > Export; it takes a few minutes, and I will check it worked tomorrow.'));
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'templates');
  git(dir, 'checkout', '-q', '-b', 'feature');
  // Committed on the branch:
  writeFileSync(path.join(dir, 'replies/delay.md'), TEMPLATE('Your parcel is late. You must have entered the wrong address.'));
  git(dir, 'commit', '-q', '-am', 'edit delay');
  // Not committed: an edit and a new, untracked template that copies an unchanged one.
  writeFileSync(path.join(dir, 'replies/export.md'), TEMPLATE('Thanks for your question! You can export your data from Settings > Account > Export; it takes a few minutes, and I will check it worked by Friday.'));
  writeFileSync(path.join(dir, 'replies/refund-copy.md'), REFUND.replace('in full', 'completely'));
});

describe('--changed-since', () => {
  it('reports the files changed since the merge base, edited in the working tree, or untracked', () => {
    const { code, stdout } = run(['replies', '--changed-since', 'main', '-f', 'json'], { cwd: dir });
    const report = parseJson(stdout);
    expect(report.results.map((result) => result.filePath).sort()).toEqual(['replies/delay.md', 'replies/export.md', 'replies/refund-copy.md']);
    expect(code).toBe(1);
  });

  it('compares a changed template with the unchanged ones', () => {
    const report = parseJson(run(['replies', '--changed-since', 'main', '-f', 'json'], { cwd: dir }).stdout);
    const copy = report.results.find((result) => result.filePath === 'replies/refund-copy.md');
    expect(copy?.messages.find((message) => message.ruleId === 'similar-template')?.message).toMatch(/template "replies\/refund\.md"/);
  });

  it('HEAD itself: only uncommitted work', () => {
    const report = parseJson(run(['replies', '--changed-since', 'HEAD', '-f', 'json'], { cwd: dir }).stdout);
    expect(report.results.map((result) => result.filePath).sort()).toEqual(['replies/export.md', 'replies/refund-copy.md']);
  });

  it('an unknown revision, or no repository, is one line saying what to do', () => {
    const unknown = run(['replies', '--changed-since', 'origin/nope'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('replylint: --changed-since origin/nope: unknown git revision (check the name; in CI fetch it first (git fetch origin nope --depth=50, or actions/checkout with fetch-depth: 0))\n');
    const outside = mkdtempSync(path.join(tmpdir(), 'replylint-nogit-'));
    writeFileSync(path.join(outside, 'a.md'), REFUND);
    const noRepo = run(['a.md', '--changed-since', 'main'], { cwd: outside });
    expect(noRepo.code).toBe(2);
    expect(noRepo.stderr).toMatch(/^replylint: --changed-since main: .* is not in a git repository \(run replylint inside the repository, or lint without --changed-since\)\n$/);
  });
});
