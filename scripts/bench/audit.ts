/**
 * `npm run bench audit`: the audit of a generated 100,000-reply mbox, with 1 and 2 workers.
 *
 * The mbox is built from real support text read at run time from ../shared/data (never copied):
 * the Bitext responses (long, formulaic, with `{{Order Number}}`-style slots we fill per message)
 * and the twcs company replies, each answering its customer message (the Bitext instruction, the
 * twcs customer tweet). Every reply is a copy of one source text with its own customer name, order
 * number and agent, so canned duplicates are real and their ground truth is known: replies made
 * from the same source text must land in one cluster. Prints replies/s, peak RSS, stage times,
 * clusters and the recall of those duplicate pairs.
 *
 *   npm run bench audit            # 100,000 replies, 1 and 2 workers
 *   node dist/scripts/bench/audit.js --replies 20000
 *   node dist/scripts/bench/audit.js --replies 1000000 --jobs 2   # a 1 GB mbox, 2 workers only
 *   node dist/scripts/bench/audit.js --mail-mb 1000 --jobs 2        # 1 GB of ordinary mail (see below)
 *
 * `--mail-mb` audits instead an mbox of ordinary mail from `scripts/mbox-generate.ts`: messages of
 * a few KB with quoted history, every 50th with an attachment. Its replies are not built from known
 * macros, so it has no duplicate ground truth; it shows memory against size in bytes.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { audit, type AuditProgress } from '../../src/audit/index.js';
import { v8FlagsFor } from '../../src/cli/launch.js';
import { generateMbox } from '../mbox-generate.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const data = path.resolve(root, '../shared/data');

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

interface Source {
  customer: string;
  reply: string;
}

let bitextCount = 0;

function sources(): Source[] {
  const out: Source[] = [];
  const bitext = parse(readFileSync(path.join(data, 'bench/Bitext_Sample_Customer_Support_Training_Dataset.csv')), { columns: true, relax_quotes: true, relax_column_count: true, skip_records_with_error: true }) as Array<Record<string, string>>;
  for (const row of bitext) if (row['instruction'] && row['response']) out.push({ customer: row['instruction'], reply: row['response'] });
  bitextCount = out.length;
  const twcs = parse(readFileSync(path.join(data, 'twcs/twcs-5000.csv')), { columns: true, relax_quotes: true, relax_column_count: true, skip_records_with_error: true }) as Array<Record<string, string>>;
  const byId = new Map(twcs.map((row) => [row['tweet_id'], row]));
  for (const row of twcs) {
    if (row['inbound'] !== 'False' || !row['text']) continue;
    const customer = byId.get(String(Number(row['in_response_to_tweet_id'])))?.['text'];
    if (customer) out.push({ customer, reply: row['text'] });
  }
  return out;
}

/** RSS is reported in MiB (the limits are GiB). */
const MIB = 1024 * 1024;

const NAMES = ['Dana', 'Sam', 'Priya', 'Lee', 'Omar', 'Kim', 'Jo', 'Ana', 'Marcus', 'Leila', 'Tom', 'Eve'];
const AGENTS = ['maria', 'mike', 'jen', 'ravi', 'ola', 'chen', 'sofia', 'ben'];

/** Fills `{{Slot}}` placeholders and varies names and numbers, as a help desk macro would. */
function personalise(text: string, n: number): string {
  return text
    .replace(/\{\{[^}]*\}\}/g, (slot) => (/name/i.test(slot) ? (NAMES[n % NAMES.length] ?? 'Dana') : /number|id/i.test(slot) ? String(100000 + ((n * 7919) % 900000)) : 'our website'))
    .replace(/@\w+/g, `@user${n % 5000}`);
}

async function generate(file: string, replies: number): Promise<Map<string, number>> {
  const pool = sources();
  const truth = new Map<string, number>(); // reply Message-ID → source index
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  for (let n = 0; n < replies; n++) {
    // Half long Bitext macros, half short social replies; within each, a skewed choice: some
    // macros are used far more than others, as in real mailboxes.
    const skew = Math.pow(((n * 2654435761) % 1000003) / 1000003, 2);
    const pick = n % 2 === 0 ? Math.floor(bitextCount * skew) : bitextCount + Math.floor((pool.length - bitextCount) * skew);
    const source = pool[pick] ?? pool[0]!;
    const customer = NAMES[n % NAMES.length] ?? 'Dana';
    const agent = AGENTS[(n * 31) % AGENTS.length] ?? 'maria';
    const date = new Date(Date.UTC(2024, 0, 1) + n * 60_000).toUTCString().replace('GMT', '+0000');
    const body = `Hi ${customer},\n\n${personalise(source.reply, n)}\n\nBest,\n${agent.charAt(0).toUpperCase()}${agent.slice(1)}\n`;
    await write(
      `From c${n}@example.com ${new Date(Date.UTC(2024, 0, 1) + n * 60_000).toUTCString()}\nFrom: ${customer} <c${n}@example.com>\nTo: help@acme.example\nSubject: Help ${n}\nDate: ${date}\nMessage-ID: <c${n}@example.com>\nContent-Type: text/plain; charset=utf-8\n\n${source.customer.replace(/^From /gm, '>From ')}\n\n` +
        `From ${agent}@acme.example ${new Date(Date.UTC(2024, 0, 1) + n * 60_000 + 30_000).toUTCString()}\nFrom: ${agent} <${agent}@acme.example>\nTo: c${n}@example.com\nSubject: Re: Help ${n}\nDate: ${date}\nMessage-ID: <r${n}@acme.example>\nIn-Reply-To: <c${n}@example.com>\nContent-Type: text/plain; charset=utf-8\n\n${body.replace(/^From /gm, '>From ')}\n`,
    );
    truth.set(`r${n}@acme.example`, pick);
  }
  out.end();
  await once(out, 'finish');
  return truth;
}

async function runOnce(file: string, jobs: number, agents: string[]): Promise<void> {
  const started = performance.now();
  // Peak RSS seen in each phase (sampled at progress events), to tell reading from linting.
  const phaseRss: Record<string, number> = {};
  const onProgress = ({ phase }: AuditProgress) => {
    phaseRss[phase] = Math.max(phaseRss[phase] ?? 0, Math.round(process.memoryUsage.rss() / MIB));
  };
  const report = await audit([file], { agents, jobs, cwd: root, noConfigLookup: true, onProgress });
  const seconds = (performance.now() - started) / 1000;
  // Before the ground truth below is loaded: the audit's own peak.
  const rss = (process.resourceUsage().maxRSS * 1024) / MIB;
  const { readMs, clusterMs, lintMs } = report.timings;
  // The ground truth travels through a file written by the parent (none for ordinary mail).
  const truthFile = `${file}.truth.json`;
  const truth = new Map<string, number>(existsSync(truthFile) ? (JSON.parse(readFileSync(truthFile, 'utf8')) as Array<[string, number]>) : []);
  const clusterOf = new Map<string, number>();
  report.clusters.forEach((cluster, i) => cluster.members.forEach((member) => clusterOf.set(member, i)));
  // Pairs of replies made from one source text: how many share a cluster (counted per source group).
  const groups = new Map<number, string[]>();
  for (const [id, source] of truth) groups.set(source, [...(groups.get(source) ?? []), id]);
  let pairs = 0;
  let found = 0;
  for (const members of groups.values()) {
    const counts = new Map<number | undefined, number>();
    for (const id of members) counts.set(clusterOf.get(id), (counts.get(clusterOf.get(id)) ?? 0) + 1);
    pairs += (members.length * (members.length - 1)) / 2;
    for (const [cluster, count] of counts) if (cluster !== undefined) found += (count * (count - 1)) / 2;
  }
  console.log(
    JSON.stringify({
      jobs,
      replies: report.accounting.linted,
      messages: report.accounting.read,
      seconds: Number(seconds.toFixed(1)),
      repliesPerSecond: Math.round(report.accounting.linted / seconds),
      readSeconds: Number((readMs / 1000).toFixed(1)),
      dedupeSeconds: Number((clusterMs / 1000).toFixed(1)),
      lintSeconds: Number((lintMs / 1000).toFixed(1)),
      peakRssMiB: Math.round(rss),
      rssMiBByPhase: phaseRss,
      clusters: report.clusters.length,
      duplicatePairRecall: pairs === 0 ? null : Number((found / pairs).toFixed(4)),
      meanScore: report.summary.meanScore,
    }),
  );
}

const runJobs = process.argv.indexOf('--run');
if (runJobs >= 0) {
  await runOnce(process.argv[runJobs + 2] ?? '', Number(process.argv[runJobs + 1]), [process.argv[runJobs + 3] ?? '']);
} else {
  const mailMb = argument('mail-mb', 0);
  let file: string;
  let agents: string;
  if (mailMb > 0) {
    file = path.join(tmpdir(), `replylint-bench-mail-${mailMb}mb.mbox`);
    agents = '@support.example';
    if (!existsSync(file)) await generateMbox(file, mailMb * 1e6);
    console.log(`mbox: ${file}, ${(statSync(file).size / 1e6).toFixed(0)} MB of ordinary mail`);
  } else {
    const replies = argument('replies', 100_000);
    file = path.join(tmpdir(), `replylint-bench-${replies}.mbox`);
    agents = '@acme.example';
    if (!existsSync(file) || !existsSync(`${file}.truth.json`)) {
      const truth = await generate(file, replies);
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`${file}.truth.json`, JSON.stringify([...truth]));
    }
    console.log(`mbox: ${file}, ${(statSync(file).size / 1e6).toFixed(0)} MB, ${replies} replies + ${replies} customer messages`);
  }
  // Each run in its own process, so peak memory is its own, under the V8 flags `replylint audit` runs with.
  const only = argument('jobs', 0);
  const flags = v8FlagsFor('audit');
  for (const jobs of only > 0 ? [only] : [1, 2]) {
    spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), '--run', String(jobs), file, agents], { stdio: 'inherit' });
  }
}
