// --baseline / --update-baseline through the CLI: adopt the gate on a repository with findings;
// only new findings fail; entries survive unrelated edits; fixed ones drop out on update.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA, parseJson, run } from '../templates/helpers.js';

const BLAME = 'Hi {{ticket.requester.first_name}},\n\nYou must have entered the wrong address. I have sent a new parcel today; it arrives by Friday.\n\nBest,\n{{current_user.first_name}}\n';
const GOOD = 'Hi {{ticket.requester.first_name}},\n\nI\'m sorry your parcel is late. I have refunded the shipping cost today, and I will email you the new tracking number by Friday.\n\nBest,\n{{current_user.first_name}}\n';

function repo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'replylint-baseline-'));
  mkdirSync(path.join(dir, 'replies'));
  writeFileSync(path.join(dir, '.replylintrc.json'), JSON.stringify({ extends: ['replylint:templates'] }));
  writeFileSync(path.join(dir, 'replies/wrong-address.md'), BLAME);
  writeFileSync(path.join(dir, 'replies/late.md'), GOOD);
  return dir;
}

interface BaselineFile {
  entries: Array<{ ruleId: string; messageId: string; filePath: string; text: string; count: number }>;
}
const entries = (dir: string) => (JSON.parse(readFileSync(path.join(dir, '.replylint-baseline.json'), 'utf8')) as BaselineFile).entries;

describe('adopting the gate with a baseline', () => {
  it('on the shared saved replies: the findings of today are recorded, and the gate passes on them', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'replylint-adopt-'));
    const baseline = path.join(dir, 'baseline.json');
    // Cached: the baseline is applied after the lint, so every run after the first reuses it.
    const args = ['oss-saved-replies', '--mode', 'template', '--fail-on', 'warning', '-f', 'json', '--cache-location', `${dir}/`];
    expect(run(args, { cwd: DATA }).code).toBe(1);
    const adopt = run([...args, '--baseline', baseline, '--update-baseline'], { cwd: DATA });
    expect(adopt.code).toBe(0);
    expect(adopt.stderr).toMatch(/baseline written with \d+ findings in 4 file\(s\)/);
    const gated = run([...args, '--baseline', baseline], { cwd: DATA });
    expect(gated.code).toBe(0);
    expect(parseJson(gated.stdout).summary).toMatchObject({ replies: 47, failed: 0, errors: 0, warnings: 0 });
    expect(gated.stderr).toMatch(/^replylint: \d+ findings in the baseline not shown$/m);
    // Paths are relative to the baseline file, so it works from any directory.
    const stored = JSON.parse(readFileSync(baseline, 'utf8')) as BaselineFile;
    expect(stored.entries[0]?.filePath).toMatch(/^(\.\.\/)+.*oss-saved-replies\//);
    expect(run(['.', '--mode', 'template', '--fail-on', 'warning', '--baseline', baseline, '--cache-location', `${dir}/other/`], { cwd: path.join(DATA, 'oss-saved-replies') }).code).toBe(0);
  });

  it('a new finding fails; the baselined one survives edits elsewhere in the file; a fixed one drops out on update', () => {
    const dir = repo();
    const file = path.join(dir, 'replies/wrong-address.md');
    expect(run(['replies'], { cwd: dir }).code).toBe(1);
    expect(run(['replies', '--update-baseline'], { cwd: dir }).code).toBe(0);
    const recorded = entries(dir);
    expect(recorded).toContainEqual(expect.objectContaining({ ruleId: 'blame-shifting', filePath: 'replies/wrong-address.md', text: 'You must have entered', count: 1 }));
    expect(recorded.some((entry) => 'line' in entry)).toBe(false);

    // Unrelated edits move the finding down two lines: still the same finding.
    writeFileSync(file, BLAME.replace('\n\nYou must', '\n\nThanks for your patience while we sorted this out.\n\nYou must'));
    expect(run(['replies', '--baseline', '.replylint-baseline.json'], { cwd: dir }).code).toBe(0);

    // A second blame is new: it fails, and is the only finding shown.
    writeFileSync(file, BLAME.replace('arrives by Friday.', 'arrives by Friday. You failed to read our policy.'));
    const failing = run(['replies', '--baseline', '.replylint-baseline.json', '-f', 'json'], { cwd: dir });
    expect(failing.code).toBe(1);
    const shown = parseJson(failing.stdout).results.flatMap((result) => result.messages.map((message) => message.actual));
    expect(shown).toEqual(['You failed to']);

    // Fix everything and update: the entry is gone.
    writeFileSync(file, BLAME.replace('You must have entered the wrong address.', "I'm sorry your parcel went to an old address."));
    expect(run(['replies', '--update-baseline'], { cwd: dir }).code).toBe(0);
    expect(entries(dir).filter((entry) => entry.filePath === 'replies/wrong-address.md')).toEqual([]);
  });

  it('--min-score counts only new findings: a template pulled down by baselined findings passes', () => {
    const dir = repo();
    expect(run(['replies', '--min-score', '90'], { cwd: dir }).code).toBe(1);
    run(['replies', '--update-baseline'], { cwd: dir });
    const gated = run(['replies', '--min-score', '90', '--baseline', '.replylint-baseline.json', '-f', 'json'], { cwd: dir });
    expect(gated.code).toBe(0);
    expect(parseJson(gated.stdout).results.every((result) => result.score === 100)).toBe(true);
  });

  it('an unreadable baseline is one line naming the file and the fix; the files are still linted and reported', () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'broken.json'), '{\n  "version": 1,\n  "entries": [\n');
    const broken = run(['replies', '--baseline', 'broken.json', '-f', 'json'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^replylint: broken\.json:4: the baseline is not valid JSON \(column 1\): unexpected end of file \(fix it, or delete it and run with --update-baseline to write a new one\)$/m);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
    expect(parseJson(broken.stdout).results).toHaveLength(2);
    const missing = run(['replies', '--baseline', 'nowhere.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nowhere\.json: no such baseline file \(create it with --update-baseline\)/);
    writeFileSync(path.join(dir, 'foreign.json'), '{"entries": []}');
    expect(run(['replies', '--baseline', 'foreign.json'], { cwd: dir }).stderr).toMatch(/foreign\.json: not a replylint baseline/);
  });
});
