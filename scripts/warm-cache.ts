/**
 * Build-time warm-ups, so the first `replylint` run after an install starts as fast as every
 * later one. Neither is a build failure when it fails: the CLI works without them, slower.
 * - The spelling dictionary's word-list cache (see src/pipeline/spelling.ts): expanding
 *   dictionary-en with nspell costs ~0.5–1 s.
 * - V8's code cache for the CLI bundle (see src/cli/launch.ts), written by a real lint of a
 *   draft on stdin, so it holds the functions a lint compiles as well as the bundle's top level.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDictionary } from '../src/pipeline/spelling.js';

const fromRoot = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

try {
  await loadDictionary();
  console.log('spelling dictionary cache ready');
} catch (error) {
  console.warn(`spelling dictionary cache not written (built on first use instead): ${error instanceof Error ? error.message : String(error)}`);
}

const run = spawnSync(process.execPath, [fromRoot('bin/replylint.js')], {
  input: readFileSync(fromRoot('fixtures/examples/bad-reply.txt')),
  env: { ...process.env, REPLYLINT_CODE_CACHE: 'write', NO_COLOR: '1' },
  stdio: ['pipe', 'ignore', 'pipe'],
});
// Exit 1 is the gate failing on the bad reply, as it should.
if (run.status === 0 || run.status === 1) console.log('code cache for the CLI bundle ready');
else console.warn(`code cache not written (the CLI compiles without it): ${run.error?.message ?? run.stderr.toString().trim()}`);
