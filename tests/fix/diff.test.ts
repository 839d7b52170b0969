import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/fix/diff.js';

/** Applies a diff with `git apply` in a scratch directory and returns the patched file. */
function gitApply(before: string, diff: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'replylint-diff-'));
  writeFileSync(path.join(dir, 'draft.txt'), before);
  writeFileSync(path.join(dir, 'fix.patch'), diff);
  const result = spawnSync('git', ['apply', '--unidiff-zero', 'fix.patch'], { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git apply failed: ${result.stderr}\n${diff}`);
  return readFileSync(path.join(dir, 'draft.txt'), 'utf8');
}

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a.txt', 'same\n', 'same\n')).toBe('');
  });

  it('prints a hunk with three lines of context', () => {
    const before = ['1', '2', '3', '4', 'As previously mentioned, hi', '6', '7', '8', '9'].join('\n') + '\n';
    const after = before.replace('As previously mentioned', 'To recap');
    expect(unifiedDiff('draft.txt', before, after)).toBe(
      ['--- a/draft.txt', '+++ b/draft.txt', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-As previously mentioned, hi', '+To recap, hi', ' 6', ' 7', ' 8', ''].join('\n'),
    );
  });

  it('produces patches git applies, for any edit of any lines (with and without a final newline)', () => {
    const line = fc.constantFrom('Hi Dana,', '', 'As previously mentioned, x.', 'Best,', 'Maria', 'the the card');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.array(line, { maxLength: 12 }), fc.boolean(), fc.boolean(), (a, b, endA, endB) => {
        const before = a.join('\n') + (endA && a.length > 0 ? '\n' : '');
        const after = b.join('\n') + (endB && b.length > 0 ? '\n' : '');
        if (before === '' || before === after) return;
        const diff = unifiedDiff('draft.txt', before, after);
        expect(gitApply(before, diff)).toBe(after);
      }),
      { numRuns: 60, seed: 6 },
    );
  });
});
