/**
 * Reader throughput and memory: `npm run build && node dist/scripts/bench-readers.js [MB]`.
 * Measures records/s on twcs-5000.csv (CSV + mapping + mojibake check), on twcs-5000 through
 * threading, and on a generated mbox of MB megabytes (default 200) through the full mail reader,
 * sampling live memory (heap + buffers) after forced collections.
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readCsv } from '../../src/readers/exports/csv.js';
import { readMbox } from '../../src/readers/mail/mbox.js';
import { buildReplies } from '../../src/readers/thread.js';
import { generateMbox } from '../mbox-generate.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const MB = 1024 * 1024;
const live = (): number => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

async function timeCsv(path: string, rounds: number): Promise<string> {
  let records = 0;
  const start = performance.now();
  for (let i = 0; i < rounds; i++) for await (const record of readCsv(createReadStream(path), path, { mapping: 'twcs' })) records += record ? 1 : 0;
  const seconds = (performance.now() - start) / 1000;
  return `${records} records in ${seconds.toFixed(2)} s = ${Math.round(records / seconds)} records/s`;
}

async function main(): Promise<void> {
  const sizeMb = Number(process.argv[2] ?? 200);
  const twcs = resolve('../shared/data/twcs/twcs-5000.csv');
  await timeCsv(twcs, 1); // warm up
  console.log(`csv twcs-5000 ×5: ${await timeCsv(twcs, 5)}`);
  const start = performance.now();
  const { accounting } = await buildReplies(readCsv(createReadStream(twcs), twcs, { mapping: 'twcs' }));
  console.log(`csv + threading: ${accounting.read} records in ${((performance.now() - start) / 1000).toFixed(2)} s`);

  const dir = mkdtempSync(join(tmpdir(), 'replylint-bench-'));
  try {
    const mbox = await generateMbox(join(dir, 'bench.mbox'), sizeMb * MB);
    const before = live();
    let peak = 0;
    let records = 0;
    const t0 = performance.now();
    for await (const record of readMbox(createReadStream(mbox.path, { highWaterMark: MB }), mbox.path)) {
      records += record ? 1 : 0;
      if (records % 5000 === 0) peak = Math.max(peak, live() - before);
    }
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `mbox ${(mbox.bytes / MB).toFixed(0)} MB, ${records} messages (largest ${(mbox.largestMessage / 1024).toFixed(0)} KB): ` +
        `${seconds.toFixed(1)} s = ${Math.round(records / seconds)} records/s, ${(mbox.bytes / MB / seconds).toFixed(1)} MB/s, ` +
        `peak live growth ${(peak / MB).toFixed(1)} MB, rss ${(process.memoryUsage().rss / MB).toFixed(0)} MB`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
