import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import type { MailRecord } from '../../../src/readers/record.js';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The shared, read-only data (never copied into the repository). */
export const sharedData = resolve(projectRoot, '../shared/data');
export const fixtures = join(projectRoot, 'fixtures/readers');

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

export function walk(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    })
    .sort();
}

/** A stream of `data` in chunks of `size` bytes (to exercise chunk boundaries). */
export function chunked(data: Buffer | string, size: number): Readable {
  const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const chunks: Buffer[] = [];
  for (let i = 0; i < buffer.length; i += size) chunks.push(buffer.subarray(i, i + size));
  return Readable.from(chunks);
}

/** Invariants every record of one source must keep. */
export function checkRecords(records: readonly MailRecord[]): void {
  const ids = new Set<string>();
  records.forEach((record, i) => {
    if (record.index !== i) throw new Error(`${record.source}: index ${record.index} at position ${i}`);
    if (ids.has(record.id)) throw new Error(`${record.source}: duplicate id ${record.id}`);
    ids.add(record.id);
    if (typeof record.text !== 'string') throw new Error(`${record.source}#${record.id}: text is not a string`);
    let last = -1;
    for (const segment of record.segments) {
      if (segment.offset < last || segment.offset > record.text.length || segment.line < 1 || segment.column < 1) {
        throw new Error(`${record.source}#${record.id}: bad segment ${JSON.stringify(segment)}`);
      }
      last = segment.offset;
    }
    if (record.signature && (record.signature.start < 0 || record.signature.end > record.text.length || record.signature.start >= record.signature.end)) {
      throw new Error(`${record.source}#${record.id}: bad signature span`);
    }
    if (record.fatal && !/^line \d+: |^[a-z]/.test(record.fatal.message)) throw new Error(`bad fatal message ${record.fatal.message}`);
  });
}
