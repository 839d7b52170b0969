/**
 * The labelled corpora and the real replies they point to, loaded the way the linter sees them in
 * an audit: twcs replies read from the shared CSV at run time (never copied into the repo),
 * threaded (customer tweet as context, earlier company tweets as thread history, channel social);
 * hand-written cases with their own context, channel and thread.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { readCsv } from '../../src/readers/exports/csv.js';
import { readString } from '../../src/readers/index.js';
import { buildReplies } from '../../src/readers/thread.js';
import type { Channel, Reply } from '../../src/types.js';

export type Label = 'fire' | 'pass' | 'skip';

/** The blind held-out sets: `holdout`, `holdout2`, … (see fixtures/eval/README.md). */
export type HeldOutSet = 'holdout' | `holdout${number}`;

/** The blind written sets: `written`, `written2`, … */
export type WrittenSet = 'written' | `written${number}`;

export interface LabelledRecord {
  /** Tweet id for twcs, case id for hand-written cases. */
  id: string;
  /** `random` / `enriched` for twcs, `cases` for hand-written traps, `holdout…`, `bitext` and `written` for the blind sets. */
  set: 'random' | 'enriched' | 'cases' | HeldOutSet | 'bitext' | WrittenSet;
  labels: Record<string, Label>;
  note: string;
}

interface TwcsLine {
  tweetId: string;
  sample: 'random' | 'enriched' | HeldOutSet;
  labels: Record<string, Label>;
  note?: string;
}

interface CaseLine {
  id: string;
  text: string;
  context?: string;
  channel?: Channel;
  previousReplies?: string[];
  labels: Record<string, Label>;
  note?: string;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** Every company reply of the twcs CSV, threaded, as the audit would produce them. */
export async function loadTwcsReplies(csvPath: string): Promise<Reply[]> {
  const { replies } = await buildReplies(readCsv(createReadStream(csvPath), csvPath, { mapping: 'twcs' }));
  return replies.filter((reply) => !reply.fatal);
}

export function loadTwcsLabels(path: string): LabelledRecord[] {
  return readJsonl<TwcsLine>(path).map((line) => ({ id: line.tweetId, set: line.sample, labels: line.labels, note: line.note ?? '' }));
}

export interface LabelledCase extends LabelledRecord {
  reply: Reply;
}

/**
 * Hand-written exchanges as replies, read like a plain-text draft, then given their conversation:
 * the trap cases (`cases.jsonl`) or a blind written set (`written.jsonl`, `written2.jsonl`).
 */
export async function loadCases(path: string, set: 'cases' | WrittenSet = 'cases'): Promise<LabelledCase[]> {
  const out: LabelledCase[] = [];
  for (const line of readJsonl<CaseLine>(path)) {
    const [read] = await readString(line.text, `${line.id}.txt`, 'text');
    if (!read) throw new Error(`case ${line.id}: no reply read`);
    const reply: Reply = {
      ...read,
      id: line.id,
      ...(line.context !== undefined ? { context: line.context } : {}),
      ...(line.channel ? { channel: line.channel } : {}),
      ...(line.previousReplies && line.previousReplies.length > 0
        ? { thread: { id: line.id, position: line.previousReplies.length, previousReplies: line.previousReplies } }
        : {}),
    };
    out.push({ id: line.id, set, labels: line.labels, note: line.note ?? '', reply });
  }
  return out;
}

interface BitextLine {
  row: number;
  draw: 'random' | 'enriched';
  labels: Record<string, Label>;
  note?: string;
}

/** A row of the Bitext customer-support CSV: the customer's request, the desk's answer, its intent. */
export interface BitextRow {
  instruction: string;
  response: string;
  intent: string;
}

/** Every row of the Bitext CSV, in file order (the labels refer to rows by index). */
export function readBitextRows(csvPath: string): BitextRow[] {
  return parse(readFileSync(csvPath), { columns: true }) as BitextRow[];
}

/**
 * The blind e-mail set (`bitext.jsonl`): rows of the Bitext customer-support CSV by index, the
 * customer's `instruction` as context and the `response` as an e-mail reply, text read at run time.
 */
export async function loadBitext(csvPath: string, labelsPath: string): Promise<LabelledCase[]> {
  const rows = readBitextRows(csvPath);
  const out: LabelledCase[] = [];
  for (const line of readJsonl<BitextLine>(labelsPath)) {
    const row = rows[line.row];
    if (!row) throw new Error(`${labelsPath}: row ${line.row} is not in ${csvPath}`);
    const id = `bitext-${line.row}`;
    const [read] = await readString(row.response, `${id}.txt`, 'text');
    if (!read) throw new Error(`${labelsPath}: row ${line.row}: no reply read`);
    const reply: Reply = { ...read, id, context: row.instruction, channel: 'email' };
    out.push({ id: String(line.row), set: 'bitext', labels: line.labels, note: line.note ?? '', reply });
  }
  return out;
}
