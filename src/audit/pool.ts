/**
 * The audit's worker pool (piscina): raw mail is parsed and replies are linted on worker threads,
 * in batches, with their bytes moved rather than cloned.
 *
 * Parsing and linting never throw, so a task fails only when its worker dies (out of memory on a
 * huge message, a plugin that exits). Nothing is lost then: each message or reply of the failed
 * batch is tried again on its own, and only the one that kills a worker again becomes a fatal
 * record or result. Retries run one at a time across the pool, so a message that kills its worker
 * takes no other retry down with it.
 */
import { Piscina } from 'piscina';
import { fatalResult } from '../pipeline/run.js';
import type { MessageOrigin, MessageParser } from '../readers/mail/eml.js';
import { fatalRecord, problem, type MailRecord } from '../readers/record.js';
import type { LintResult } from '../types.js';
import { pack, packBatch, unpack, unpackBatch, type PackedBatch } from './lint-batch.js';
import type { ParseBatch } from './worker.js';

interface PendingMessage {
  raw: Uint8Array;
  origin: MessageOrigin;
  resolve: (record: MailRecord) => void;
}

/** The fatal problem of a message or reply whose worker died on it twice. */
function workerFailure(what: 'parsing this message' | 'linting this reply', error: unknown, line?: number): ReturnType<typeof problem> {
  const reason = error instanceof Error ? error.message : String(error);
  return problem(`the worker ${what} failed (${reason}); try --jobs 1`, line);
}

/** Tasks a worker holds at once: with one at a time it sat idle until the audit's thread, busy
 * threading and indexing, got round to sending another (41 % idle while reading). */
const TASKS_PER_WORKER = 4;

export class AuditPool {
  /** Tasks the pool takes at once; callers keep this many in flight. */
  readonly slots: number;
  private readonly piscina: Piscina<unknown, unknown>;
  private retries: Promise<unknown> = Promise.resolve();

  /**
   * A pool of `jobs` workers, or undefined to work in this thread (one job, or tests running
   * TypeScript: the worker is dist/src/audit/worker.js, found from the package root so that this
   * module can also run from the CLI bundle in dist/src/bundle/).
   */
  static create(jobs: number): AuditPool | undefined {
    if (jobs <= 1 || import.meta.url.endsWith('.ts')) return undefined;
    return new AuditPool(jobs);
  }

  private constructor(jobs: number) {
    this.slots = jobs * TASKS_PER_WORKER;
    this.piscina = new Piscina({
      filename: new URL('../../../dist/src/audit/worker-entry.cjs', import.meta.url).href,
      maxThreads: jobs,
      minThreads: jobs,
      concurrentTasksPerWorker: TASKS_PER_WORKER,
      // Parsing and linting make short-lived garbage; a larger young generation promotes less of
      // it. Measured on the 100k bench: 48 MB 1,661 replies/s, 96 MB 1,845, 192 MB 1,821 (+200 MB RSS).
      resourceLimits: { maxYoungGenerationSizeMb: 96 },
    });
  }

  destroy(): Promise<void> {
    return this.piscina.destroy();
  }

  /**
   * A message parser that runs on the pool, sending messages in batches of `size`: one task per
   * message would spend more time crossing threads than parsing. A batch's bytes are packed into
   * one buffer that is moved, not copied: a small message is a view on Node's shared 8 KB buffer
   * pool, and cloning the view would copy the whole pool each time.
   */
  parser(size: number): MessageParser {
    let pending: PendingMessage[] = [];
    let scheduled = false;
    const flush = () => {
      scheduled = false;
      const batch = pending;
      pending = [];
      if (batch.length === 0) return;
      this.parse(batch).then(
        (records) => batch.forEach((entry, i) => entry.resolve(records[i]!)),
        () =>
          batch.forEach((entry) =>
            this.alone(() => this.parse([entry])).then(
              ([record]) => entry.resolve(record!),
              (error: unknown) => entry.resolve(parseFailure(entry.origin, error)),
            ),
          ),
      );
    };
    return (raw, origin) =>
      new Promise<MailRecord>((resolve) => {
        pending.push({ raw, origin, resolve });
        if (pending.length >= size) flush();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
  }

  /** Lints a packed batch; the results stay packed until they are read. */
  async lint(packed: PackedBatch, onFailure: () => void): Promise<Uint8Array> {
    try {
      // Not transferred: the bytes are kept for a retry.
      return await this.runLint(packed);
    } catch {
      const { replies, clusters, ...settings } = unpackBatch(packed);
      const results = await Promise.all(
        replies.map((reply, i) =>
          this.alone(() => this.runLint(packBatch({ ...settings, replies: [reply], clusters: [clusters[i] ?? null] }))).then(
            (bytes) => unpack<LintResult[]>(bytes),
            (error: unknown) => {
              onFailure();
              return [fatalResult({ ...reply, fatal: workerFailure('linting this reply', error) })];
            },
          ),
        ),
      );
      return pack(results.flat());
    }
  }

  private runLint(packed: PackedBatch): Promise<Uint8Array> {
    return this.piscina.run(packed, { name: 'lint' }) as Promise<Uint8Array>;
  }

  private parse(batch: PendingMessage[]): Promise<MailRecord[]> {
    const bytes = new Uint8Array(batch.reduce((sum, entry) => sum + entry.raw.byteLength, 0));
    const messages: ParseBatch['messages'] = [];
    let end = 0;
    for (const entry of batch) {
      bytes.set(entry.raw, end);
      end += entry.raw.byteLength;
      messages.push({ end, origin: entry.origin });
    }
    const task: ParseBatch = { bytes, messages };
    return this.piscina.run(task, { name: 'parse', transferList: [bytes.buffer] }) as Promise<MailRecord[]>;
  }

  /**
   * A retry: run after every earlier retry has settled, and tried twice (a task retried alone can
   * still share its worker with another batch whose message kills it).
   */
  private alone<T>(task: () => Promise<T>): Promise<T> {
    const result = this.retries.then(() => task().catch(() => task()));
    this.retries = result.catch(() => undefined);
    return result;
  }
}

function parseFailure(origin: MessageOrigin, error: unknown): MailRecord {
  const base = { source: origin.source, id: origin.fallbackId, index: origin.index, kind: 'mail' as const, line: origin.recordLine };
  return fatalRecord(base, workerFailure('parsing this message', error, origin.firstLine));
}
