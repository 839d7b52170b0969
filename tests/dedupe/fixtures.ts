/**
 * Real data for the dedupe tests, read from ../shared/data beside the project (never copied in).
 * A simple tolerant CSV parse: records that fail to parse are skipped.
 */

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { mulberry32 } from '../../src/dedupe/hash.js';

const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/data');

type Row = Record<string, string | undefined>;

function readCsv(path: string): Row[] {
  return parse(readFileSync(resolve(DATA_DIR, path), 'utf8'), {
    columns: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_records_with_error: true,
  }) as Row[];
}

export interface TwcsReply {
  id: string;
  text: string;
}

let twcs: TwcsReply[] | undefined;
/** Company replies (inbound False) of the Customer Support on Twitter sample. */
export function twcsReplies(): TwcsReply[] {
  twcs ??= readCsv('twcs/twcs-5000.csv')
    .filter((r) => r.inbound === 'False' && typeof r.text === 'string')
    .map((r) => ({ id: r.tweet_id ?? '', text: r.text ?? '' }));
  return twcs;
}

let bitext: string[] | undefined;
/** Bitext's generated support responses. */
export function bitextResponses(): string[] {
  bitext ??= readCsv('bench/Bitext_Sample_Customer_Support_Training_Dataset.csv')
    .map((r) => r.response ?? '')
    .filter((t) => t.trim() !== '');
  return bitext;
}

/** A seeded source of integers below `n`, for reproducible samples and edits. */
export function seededInt(seed: number): (n: number) => number {
  const random = mulberry32(seed);
  return (n) => Math.floor((random() / 0x1_0000_0000) * n);
}

/** `count` distinct items of `items`, reproducibly. */
export function sample<T>(items: readonly T[], count: number, seed: number): T[] {
  const int = seededInt(seed);
  const picked = new Set<number>();
  while (picked.size < Math.min(count, items.length)) picked.add(int(items.length));
  return [...picked].map((i) => items[i] as T);
}

const FILLERS = ['really', 'also', 'just', 'kindly', 'quickly', 'today', 'again', 'further', 'account', 'order'];

/** `text` with `edits` random word swaps, insertions, deletions or substitutions. */
export function editWords(text: string, edits: number, int: (n: number) => number): string {
  const words = text.split(/\s+/).filter(Boolean);
  for (let e = 0; e < edits && words.length > 2; e++) {
    const at = int(words.length - 1);
    const op = int(4);
    if (op === 0) {
      const w = words[at] as string;
      words[at] = words[at + 1] as string;
      words[at + 1] = w;
    } else if (op === 1) {
      words.splice(at, 0, FILLERS[int(FILLERS.length)] as string);
    } else if (op === 2) {
      words.splice(at, 1);
    } else {
      words[at] = FILLERS[int(FILLERS.length)] as string;
    }
  }
  return words.join(' ');
}
