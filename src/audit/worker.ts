/** Worker-thread entry for the audit pool (piscina): parse raw mail, lint batches of replies. */
import { move } from 'piscina';
import { parseMessage, type MessageOrigin } from '../readers/mail/eml.js';
import type { MailRecord } from '../readers/record.js';
import { lintBatch, pack, unpackBatch, type PackedBatch } from './lint-batch.js';

/** Lints a packed batch; the results go back packed too (see `PackedBatch`). */
export async function lint(task: PackedBatch): Promise<Uint8Array> {
  return move(pack(await lintBatch(unpackBatch(task)))) as Uint8Array;
}

/** Raw messages packed into one buffer (moved to the worker, not copied); each ends at `end`. */
export interface ParseBatch {
  bytes: Uint8Array;
  messages: Array<{ end: number; origin: MessageOrigin }>;
}

/** Parses a batch of raw messages (batches keep the cost of crossing threads small). */
export function parse(batch: ParseBatch): Promise<MailRecord[]> {
  const { bytes } = batch;
  let start = 0;
  return Promise.all(
    batch.messages.map(({ end, origin }) => {
      const raw = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
      start = end;
      return parseMessage(raw, origin);
    }),
  );
}
