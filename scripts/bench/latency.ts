/**
 * Latency for agents: `npm run bench latency` (or `node dist/scripts/bench/latency.js [runs]`).
 *
 * Cold start: `replylint` linting one short draft from stdin, as a fresh process each time
 * (median of `runs`, default 21), against `node -e 0` on the same machine, runs interleaved so
 * load drifts hit both alike. Warm: per-draft round trips through one `replylint serve --stdio`
 * over the twcs company replies (read from ../shared/data at run time), p50 and p99, for replies
 * under 150 words and for all of them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { readCsv } from '../../src/readers/exports/csv.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = path.join(root, 'bin/replylint.js');
const twcs = path.resolve(root, '../shared/data/twcs/twcs-5000.csv');
const DRAFT = "I'm sorry your order arrived late. I've refunded the shipping cost and will email you the tracking link by Friday.\n\nBest,\nMaria\n";

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

function timeRun(args: string[], input?: string, env: NodeJS.ProcessEnv = process.env): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { input: input ?? '', cwd: root, env, stdio: ['pipe', 'ignore', 'pipe'] });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr.toString()}`);
  return elapsed;
}

function coldStart(runs: number): void {
  const env = { ...process.env, NO_COLOR: '1' };
  // One unmeasured run each: the page cache, and replylint's spelling cache, are warm in real use.
  timeRun(['-e', '0']);
  timeRun([bin], DRAFT, env);
  const baseline: number[] = [];
  const cli: number[] = [];
  for (let i = 0; i < runs; i++) {
    baseline.push(timeRun(['-e', '0']));
    cli.push(timeRun([bin], DRAFT, env));
  }
  baseline.sort((a, b) => a - b);
  cli.sort((a, b) => a - b);
  const node = quantile(baseline, 0.5);
  const replylint = quantile(cli, 0.5);
  console.log(`cold start, median of ${runs}: node -e 0 ${ms(node)}; replylint <draft ${ms(replylint)} (min ${ms(cli[0] ?? NaN)}, max ${ms(cli[cli.length - 1] ?? NaN)}); ratio ${(replylint / node).toFixed(2)}×`);
}

async function companyReplies(): Promise<string[]> {
  const texts: string[] = [];
  for await (const record of readCsv(createReadStream(twcs), twcs, { mapping: 'twcs' })) {
    if (record.role === 'agent' && !record.fatal && record.text.trim() !== '') texts.push(record.text);
  }
  return texts;
}

async function warmLatency(): Promise<void> {
  if (!existsSync(twcs)) {
    console.log(`warm latency: skipped (${twcs} not found)`);
    return;
  }
  const replies = await companyReplies();
  const server = spawn(process.execPath, [bin, 'serve', '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: server.stdout })[Symbol.asyncIterator]();
  const roundTrip = async (id: number, text: string): Promise<number> => {
    const start = process.hrtime.bigint();
    server.stdin.write(`${JSON.stringify({ id, text })}\n`);
    const line = await lines.next();
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    const response = JSON.parse(String(line.value)) as { id: number; error?: { message: string } };
    if (response.id !== id) throw new Error(`response ${response.id} for request ${id}`);
    return elapsed;
  };
  // Warm-up: the first drafts pay for JIT compilation of the rules' regular expressions.
  for (let i = 0; i < 200; i++) await roundTrip(-i - 1, replies[i % replies.length] ?? DRAFT);
  const short: number[] = [];
  const all: number[] = [];
  for (const [index, text] of replies.entries()) {
    const elapsed = await roundTrip(index, text);
    all.push(elapsed);
    if (text.split(/\s+/).filter(Boolean).length < 150) short.push(elapsed);
  }
  server.stdin.end();
  short.sort((a, b) => a - b);
  all.sort((a, b) => a - b);
  console.log(`warm serve --stdio, ${short.length} twcs company replies under 150 words: p50 ${ms(quantile(short, 0.5))}, p99 ${ms(quantile(short, 0.99))}, max ${ms(short[short.length - 1] ?? NaN)}`);
  console.log(`warm serve --stdio, all ${all.length} company replies: p50 ${ms(quantile(all, 0.5))}, p99 ${ms(quantile(all, 0.99))}`);
}

const runs = Number(process.argv[2] ?? 21);
coldStart(Number.isFinite(runs) && runs >= 1 ? runs : 21);
await warmLatency();
