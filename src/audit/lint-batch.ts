/**
 * Lints a batch of audit replies. The same function runs inline (one job) and inside worker
 * threads (`worker.ts`); engines are cached per settings so a worker builds its rules once.
 */
import { duplicateLookup } from '../pipeline/duplicates.js';
import { createEngine, type Engine, type Overrides } from '../pipeline/engine.js';
import { lintReply } from '../pipeline/run.js';
import type { CorpusCluster } from '../rule-kit/corpus.js';
import type { LintResult, Reply } from '../types.js';

export interface BatchTask {
  overrides: Overrides;
  cwd: string;
  replies: Reply[];
  /** The canned cluster each reply belongs to (same order), or null. */
  clusters: Array<CorpusCluster | null>;
}

/**
 * A batch as it crosses to a worker: replies and clusters as JSON in one buffer that is moved, not
 * cloned. Results come back the same way. Cloned objects stayed alive on the audit's thread while
 * a batch waited its turn, long enough to be promoted to V8's old generation, where they piled up
 * as garbage until a full collection (about 550 MB of heap on a 1 GB mailbox).
 */
export interface PackedBatch {
  overrides: Overrides;
  cwd: string;
  payload: Uint8Array<ArrayBuffer>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** JSON bytes with a buffer of their own (a Buffer could share Node's pool, which must not move). */
export function pack(value: unknown): Uint8Array<ArrayBuffer> {
  // TextEncoder always allocates a fresh ArrayBuffer; its declared type is wider.
  return encoder.encode(JSON.stringify(value)) as Uint8Array<ArrayBuffer>;
}

export function unpack<T>(bytes: Uint8Array): T {
  return JSON.parse(decoder.decode(bytes)) as T;
}

export function packBatch({ overrides, cwd, replies, clusters }: BatchTask): PackedBatch {
  return { overrides, cwd, payload: pack({ replies, clusters }) };
}

export function unpackBatch({ overrides, cwd, payload }: PackedBatch): BatchTask {
  return { overrides, cwd, ...unpack<Pick<BatchTask, 'replies' | 'clusters'>>(payload) };
}

const engines = new Map<string, Promise<Engine>>();

/** The engine for these settings, built once per thread. */
export function engineFor(overrides: Overrides, cwd: string): Promise<Engine> {
  const key = JSON.stringify([overrides, cwd]);
  let engine = engines.get(key);
  if (!engine) {
    engine = createEngine(cwd, overrides, cwd);
    engines.set(key, engine);
    // A bad config is reported, not remembered: fixed, it loads on the next call.
    engine.catch(() => engines.delete(key));
  }
  return engine;
}

export async function lintBatch(task: BatchTask): Promise<LintResult[]> {
  const { settings } = await engineFor(task.overrides, task.cwd);
  return task.replies.map((reply, i) => lintReply(reply, settings, duplicateLookup(reply, task.clusters[i] ?? undefined)));
}
