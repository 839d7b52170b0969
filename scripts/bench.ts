/**
 * `npm run bench [name…]`: runs each benchmark in scripts/bench/ in its own process (so peak
 * memory is its own) and prints its figures. Benchmarks measure; tests never time anything.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = new URL('./bench/', import.meta.url);
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const benches = readdirSync(folder)
  .filter((file) => file.endsWith('.js'))
  .map((file) => file.replace(/\.js$/, ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

let failed = 0;
for (const name of benches) {
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(new URL(`${name}.js`, folder))], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.log(`${name}: exited with ${run.status ?? run.signal}`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
