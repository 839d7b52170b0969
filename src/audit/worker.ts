/** Worker-thread entry for the audit pool (piscina): parse raw mail, lint batches of replies. */
import { parseMessage, type MessageOrigin } from '../readers/mail/eml.js';
import type { MailRecord } from '../readers/record.js';
import type { LintResult } from '../types.js';
import { lintBatch, type BatchTask } from './lint-batch.js';

export function lint(task: BatchTask): Promise<LintResult[]> {
  return lintBatch(task);
}

export interface ParseTask {
  raw: Uint8Array;
  origin: MessageOrigin;
}

/** Parses a batch of raw messages (batches keep the cost of crossing threads small). */
export function parse(tasks: ParseTask[]): Promise<MailRecord[]> {
  // Buffers arrive as plain Uint8Arrays after the structured clone.
  return Promise.all(tasks.map((task) => parseMessage(Buffer.from(task.raw.buffer, task.raw.byteOffset, task.raw.byteLength), task.origin)));
}
