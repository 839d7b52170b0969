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
