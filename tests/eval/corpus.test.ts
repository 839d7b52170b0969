// The labelled evaluation corpus stays valid: every draw recomputes from its seed, every id points
// at a real reply, every label is fire/pass/skip with a note where needed, and no text is copied in.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('eval corpus', () => {
  it('passes scripts/check-eval-corpus.mjs against the shared data', async () => {
    const { stdout } = await run(process.execPath, ['scripts/check-eval-corpus.mjs'], { cwd: process.cwd() });
    expect(stdout).toContain('eval corpus: ok');
    expect(stdout).not.toMatch(/^warning: .*not found/m);
  }, 60_000);
});
