/** Worker-thread entry for the audit pool (piscina): lint one batch. */
import { lintBatch, type BatchTask } from './lint-batch.js';
import type { LintResult } from '../types.js';

export default function run(task: BatchTask): Promise<LintResult[]> {
  return lintBatch(task);
}
