/**
 * The mailbox audit: read every message (mailboxes, CSV, JSONL), rebuild threads, find canned
 * clusters across the whole set, lint every agent reply with its thread and customer context
 * over worker threads, and account for every message: read = linted + context + failed.
 *
 * Results stream to `onResult` in input order; the report keeps aggregates (summary, agents,
 * rules, score histogram, worst replies, clusters), and every result only when asked, so memory
 * does not grow with the findings of 100,000 replies. Message bodies wait in a spill file until
 * threading is done (`SpillStore`), and replies are built batch by batch as workers take them, so
 * it does not grow with the mailbox's text either: only with its number of messages.
 */
import { availableParallelism, tmpdir } from 'node:os';
import type { Overrides } from '../pipeline/engine.js';
import { usageError, type UserError } from '../pipeline/errors.js';
import type { Accounting } from '../readers/thread.js';
import { SpillStore, type RecordStore } from '../readers/record-store.js';
import { ThreadBuilder } from '../readers/thread.js';
import type { CorpusCluster } from '../rule-kit/corpus.js';
import type { LintResult, Reply, Summary } from '../types.js';
import { AgentTally, type AgentSummary } from './agents.js';
import { ReplyClusterer, type CannedCluster, type ClusterOptions } from './clusters.js';
import { engineFor, lintBatch, packBatch, unpack, type BatchTask } from './lint-batch.js';
import { AuditPool } from './pool.js';
import { readSources, validateMapping, type SourceFormat, type SourceProblems } from './sources.js';

export type { AgentSummary } from './agents.js';
export type { CannedCluster } from './clusters.js';

export interface AuditProgress {
  phase: 'read' | 'cluster' | 'lint' | 'done';
  /** Messages read so far. */
  read: number;
  /** Replies linted so far. */
  linted: number;
  /** Replies to lint (known once reading is done). */
  total?: number;
  elapsedMs: number;
}

export interface AuditOptions extends Overrides {
  /** `--agent`: addresses, @domains or author ids whose messages are the team's. */
  agents?: string[];
  /** Lint every message, customers' too. */
  all?: boolean;
  /** CSV mapping or preset name. */
  map?: string;
  format?: SourceFormat;
  /** Worker threads; 1 lints in this thread. Default: the number of cores. */
  jobs?: number;
  cwd?: string;
  cluster?: ClusterOptions;
  /** Keep every result in the report (for JSON/SARIF output). Default false. */
  collectResults?: boolean;
  /** How many of the lowest-scoring replies to keep, with their text, for the HTML report. */
  worst?: number;
  onResult?: (result: LintResult, index: number) => void | Promise<void>;
  onProgress?: (progress: AuditProgress) => void;
  /** Stop early (Ctrl-C): what was done is reported, with `interrupted: true`. */
  signal?: AbortSignal;
}

export interface RuleCount {
  ruleId: string;
  errors: number;
  warnings: number;
  infos: number;
  /** Replies with at least one finding of this rule. */
  replies: number;
}

export interface AuditReport {
  version: 1;
  summary: Summary;
  accounting: Accounting & { linted: number };
  /** Replies per score band of 10 (0–9, 10–19, … 90–100). */
  histogram: number[];
  rules: RuleCount[];
  agents: AgentSummary[];
  clusters: CannedCluster[];
  /** Lowest-scoring replies, with their text. */
  worst: LintResult[];
  /** Every result, when `collectResults` was set. */
  results?: LintResult[];
  /** Paths that could not be read at all. */
  errors: Array<{ filePath: string; message: string; kind: string }>;
  timings: { readMs: number; clusterMs: number; lintMs: number };
  interrupted?: boolean;
}

const BATCH = 64;

/** Everything the report needs, tallied as results stream by (results themselves are not kept). */
class Aggregates {
  readonly summary: Summary = { replies: 0, passed: 0, failed: 0, errors: 0, warnings: 0, infos: 0, meanScore: null };
  readonly histogram = new Array<number>(10).fill(0);
  readonly rules = new Map<string, RuleCount>();
  readonly agents = new AgentTally();
  readonly results: LintResult[] = [];
  private worst: LintResult[] = [];
  private scoreSum = 0;
  private scored = 0;
  /** Agent replies checked (not fatal). */
  linted = 0;

  constructor(
    private readonly keepAll: boolean,
    private readonly worstCount: number,
  ) {}

  add(result: LintResult): void {
    const summary = this.summary;
    summary.replies++;
    if (result.passed) summary.passed++;
    else summary.failed++;
    if (result.score !== null) {
      this.linted++;
      this.scoreSum += result.score;
      this.scored++;
      this.histogram[Math.min(9, Math.floor(result.score / 10))]! += 1;
    }
    const seen = new Set<string>();
    for (const message of result.messages) {
      if (message.severity === 'error') summary.errors++;
      else if (message.severity === 'warning') summary.warnings++;
      else summary.infos++;
      let count = this.rules.get(message.ruleId);
      if (!count) {
        count = { ruleId: message.ruleId, errors: 0, warnings: 0, infos: 0, replies: 0 };
        this.rules.set(message.ruleId, count);
      }
      if (message.severity === 'error') count.errors++;
      else if (message.severity === 'warning') count.warnings++;
      else count.infos++;
      if (!seen.has(message.ruleId)) {
        count.replies++;
        seen.add(message.ruleId);
      }
    }
    this.agents.add(result);
    if (this.keepAll) this.results.push(withoutText(result));
    if (this.worstCount > 0 && result.score !== null) {
      this.worst.push(result);
      if (this.worst.length >= this.worstCount * 4) this.trimWorst();
    }
  }

  finish(): { summary: Summary; worst: LintResult[] } {
    this.trimWorst();
    this.summary.meanScore = this.scored === 0 ? null : Math.round((this.scoreSum / this.scored) * 10) / 10;
    return { summary: this.summary, worst: this.worst };
  }

  private trimWorst(): void {
    // Stable: equal scores keep input order.
    this.worst = this.worst.map((result, i) => ({ result, i })).sort((a, b) => (a.result.score ?? 0) - (b.result.score ?? 0) || a.i - b.i).map((entry) => entry.result).slice(0, this.worstCount);
  }
}

function withoutText(result: LintResult): LintResult {
  if (result.text === undefined) return result;
  const { text: _text, ...rest } = result;
  return rest;
}

const PARSE_BATCH = 32;

interface LintAllOptions {
  overrides: Overrides;
  cwd: string;
  pool: AuditPool | undefined;
  signal: AbortSignal | undefined;
  /** A reply could not be checked (its worker died on it). */
  onFailure: () => void;
}

/** Runs batches inline or on the pool, yielding results in input order. Replies are built as batches are sent. */
async function* lintAll(replies: Iterator<Reply>, clusters: Map<number, CorpusCluster>, { overrides, cwd, pool, signal, onFailure }: LintAllOptions): AsyncGenerator<LintResult> {
  let start = 0;
  const nextTask = (): BatchTask | undefined => {
    const slice: Reply[] = [];
    for (let next = replies.next(); !next.done; next = replies.next()) {
      if (slice.push(next.value) === BATCH) break;
    }
    if (slice.length === 0) return undefined;
    const task = { overrides, cwd, replies: slice, clusters: slice.map((_, i) => clusters.get(start + i) ?? null) };
    start += slice.length;
    return task;
  };
  if (!pool) {
    for (let task = nextTask(); task; task = nextTask()) {
      // Let the event loop run between batches, or a Ctrl-C would wait for the whole audit.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (signal?.aborted) return;
      yield* await lintBatch(task);
    }
    return;
  }
  const inFlight: Array<Promise<Uint8Array>> = [];
  const fill = () => {
    while (inFlight.length < pool.slots && !signal?.aborted) {
      const task = nextTask();
      if (!task) return;
      inFlight.push(pool.lint(packBatch(task), onFailure));
    }
  };
  fill();
  while (inFlight.length > 0) {
    const results = unpack<LintResult[]>(await inFlight.shift()!);
    fill();
    yield* results;
    if (signal?.aborted) {
      await Promise.allSettled(inFlight);
      return;
    }
  }
}

/** Audits mailboxes and exports. Throws a `UserError` only for bad settings (config, mapping). */
export async function audit(paths: string[], options: AuditOptions = {}): Promise<AuditReport> {
  const cwd = options.cwd ?? process.cwd();
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  validateMapping(options.map);
  const overrides: Overrides = {
    ...(options.configFile ? { configFile: options.configFile } : {}),
    ...(options.config ? { config: options.config } : {}),
    ...(options.noConfigLookup ? { noConfigLookup: true } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.plugins ? { plugins: options.plugins } : {}),
    ...(options.mode ? { mode: options.mode } : {}),
    ...(options.channel ? { channel: options.channel } : {}),
    ...(options.failOn ? { failOn: options.failOn } : {}),
    ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
    keepText: (options.worst ?? 0) > 0,
  };
  // Build the engine up front: a bad config fails before any mail is read (and one job reuses it).
  await engineFor(overrides, cwd);

  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  // Bodies wait on disk until their thread is known: memory holds link metadata, not the mailbox.
  const store = spillStore();
  const pool = AuditPool.create(jobs);
  try {
    return await run(paths, options, overrides, cwd, pool, elapsed, store);
  } finally {
    store.close();
    await pool?.destroy();
  }
}

function spillStore(): SpillStore {
  try {
    return new SpillStore();
  } catch (error) {
    throw usageError(`cannot create a temporary file in ${tmpdir()}: ${(error as Error).message}`, 'set TMPDIR to a writable directory');
  }
}

async function run(paths: string[], options: AuditOptions, overrides: Overrides, cwd: string, pool: AuditPool | undefined, elapsed: () => number, store: RecordStore): Promise<AuditReport> {
  // 1. Read and thread. Mail is parsed on the pool (mailparser is the slow part of reading).
  const problems: SourceProblems = { errors: [], csv: { rows: 0, fatal: 0, repaired: 0 } };
  // Quoted history is never linted: it is not even stored.
  const builder = new ThreadBuilder({ agents: options.all ? () => true : (options.agents ?? []), store, keepQuoted: false });
  let interrupted = false;
  const sourceOptions = { ...(options.map ? { map: options.map } : {}), ...(options.format ? { format: options.format } : {}), ...(pool ? { parser: pool.parser(PARSE_BATCH), concurrency: pool.slots * PARSE_BATCH } : {}) };
  // Canned clusters are indexed as agent replies arrive (this thread is otherwise idle while the
  // workers parse mail); only confirming candidates waits for the end of reading.
  const clusterer = new ReplyClusterer(options.cluster);
  let replyCount = 0;
  for await (const record of readSources(paths, sourceOptions, cwd, problems)) {
    const became = builder.add(options.all && record.role === 'customer' ? { ...record, role: 'agent' } : record);
    if (became === 'agent') clusterer.add(replyCount, record.text);
    if (became !== 'customer') replyCount++;
    if (builder.accounting.read % 500 === 0) options.onProgress?.({ phase: 'read', read: builder.accounting.read, linted: 0, elapsedMs: elapsed() });
    if (options.signal?.aborted) {
      interrupted = true;
      break;
    }
  }
  const readMs = elapsed();
  const replies = builder.replies()[Symbol.iterator]();
  const total = builder.replyCount;
  options.onProgress?.({ phase: 'cluster', read: builder.accounting.read, linted: 0, total, elapsedMs: elapsed() });

  // 2. Canned clusters across everything read.
  const clustering = clusterer.finish((index) => builder.replyMeta(index));

  // 3. Lint, in input order.
  const aggregates = new Aggregates(options.collectResults ?? false, options.worst ?? 0);
  const lintStart = elapsed();
  let done = 0;
  let lintFailures = 0;
  if (!interrupted) {
    const onFailure = () => lintFailures++;
    for await (const result of lintAll(replies, clustering.byIndex, { overrides, cwd, pool, signal: options.signal, onFailure })) {
      await options.onResult?.(result, done);
      aggregates.add(result);
      done++;
      if (done % 200 === 0) options.onProgress?.({ phase: 'lint', read: builder.accounting.read, linted: done, total, elapsedMs: elapsed() });
    }
    if (options.signal?.aborted) interrupted = true;
  }
  const lintMs = elapsed() - lintStart;
  const { summary, worst } = aggregates.finish();
  options.onProgress?.({ phase: 'done', read: builder.accounting.read, linted: done, total, elapsedMs: elapsed() });

  const errors = problems.errors.map((error: UserError) => ({ filePath: error.where ?? '', message: error.format(), kind: error.kind }));
  return {
    version: 1,
    summary,
    // A reply whose worker died on it was read but not checked: it counts as failed.
    accounting: { ...builder.accounting, failed: builder.accounting.failed + lintFailures, linted: aggregates.linted },
    histogram: aggregates.histogram,
    rules: [...aggregates.rules.values()].sort((a, b) => b.errors + b.warnings + b.infos - (a.errors + a.warnings + a.infos)),
    agents: aggregates.agents.list(),
    clusters: clustering.clusters,
    worst,
    ...(options.collectResults ? { results: aggregates.results } : {}),
    errors,
    timings: { readMs, clusterMs: clustering.millis, lintMs },
    ...(interrupted ? { interrupted: true } : {}),
  };
}
