/**
 * The record every mailbox and export reader produces: one message as read from its source,
 * before threading decides whether it is an agent reply (linted) or a customer message (context).
 *
 * It is deliberately richer than `Reply`: threading needs the raw link fields (Message-ID,
 * In-Reply-To, References, CSV/JSONL thread keys) and the sender, which a `Reply` does not carry.
 * Plain data only, like everything in `src/types.ts`, so records can cross worker threads.
 */
import type { Channel, ReaderProblem, SourceSegment, Span } from '../types.js';
import { KeyTable } from './key-table.js';

export type Role = 'agent' | 'customer';

/** Which link space a record's ids live in (see `src/readers/thread.ts`). */
export type RecordKind = 'mail' | 'export';

export interface MailAddress {
  address?: string;
  name?: string;
}

export interface MailRecord {
  /** Path of the file the record came from (for a member of a .zip: `archive.zip!member`). */
  source: string;
  /** Message-ID (without angle brackets) or the export's record id; unique within `source`. */
  id: string;
  /** 0-based position of the record in its source. */
  index: number;
  /** Mail links use Message-IDs (global); export links use record ids scoped to `source`. */
  kind: RecordKind;
  /** 1-based line of the source where the record starts (mbox `From ` line, CSV row, JSONL line). */
  line: number;
  /** Message-ID with angle brackets, as in the header. */
  messageId?: string;
  /** In-Reply-To: a Message-ID for mail, a record id for exports. */
  inReplyTo?: string;
  /** References, oldest first (mail only; empty for exports). */
  references: string[];
  /** Explicit thread key of an export (CSV/JSONL `thread`). */
  threadKey?: string;
  from?: MailAddress;
  /** Who wrote it: the sender's address for mail, the author column for exports. */
  author?: string;
  /** Known from the export itself; mail leaves it to `agentMatcher`. */
  role?: Role;
  /** ISO 8601, only when the source's date was valid. */
  date?: string;
  subject?: string;
  channel?: Channel;
  /** The body as the customer reads it: decoded, quoted history removed, signature kept at the end. */
  text: string;
  /** Maps offsets in `text` to the source file's line and column (see `SourceSegment`). */
  segments: SourceSegment[];
  /** The signature block inside `text`. */
  signature?: Span;
  /** Quoted history, attribution lines, forwarded blocks and mobile footers cut from the body. */
  quoted?: string;
  /** Set when the record could not be read: it is still one record, counted and reported. */
  fatal?: ReaderProblem;
}

/**
 * Gives duplicated ids within one source a `#2`, `#3`… suffix so every record stays addressable.
 * Ids are remembered as hashes (see `KeyTable`): a mailbox's ids would otherwise all stay in memory.
 */
export class IdAllocator {
  private readonly seen = new KeyTable();

  take(id: string): string {
    let count = Math.max(0, this.seen.get(id)) + 1;
    this.seen.set(id, count);
    if (count === 1) return id;
    // The suffixed form could itself collide with a real id; keep counting until it is free.
    let candidate = `${id}#${count}`;
    while (this.seen.has(candidate)) candidate = `${id}#${++count}`;
    this.seen.set(id, count);
    this.seen.set(candidate, 1);
    return candidate;
  }
}

/** One-line problem text in the house style: `line 812: unterminated header: …`. */
export function problem(message: string, line?: number, column?: number): ReaderProblem {
  const where = line === undefined ? '' : `line ${line}: `;
  const result: ReaderProblem = { message: `${where}${message}` };
  if (line !== undefined) result.line = line;
  if (column !== undefined) result.column = column;
  return result;
}

/** A record for input that could not be read at all. */
export function fatalRecord(
  base: Pick<MailRecord, 'source' | 'id' | 'index' | 'kind' | 'line'>,
  fatal: ReaderProblem,
  text = '',
): MailRecord {
  return { ...base, references: [], text, segments: [], fatal };
}

/** Clips a string for an error message, showing control characters. */
export function excerpt(value: string, max = 40): string {
  const shown = JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
  return shown;
}

const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?=[\s,\d-]|$)/i;

/**
 * An ISO date from a date string, or undefined. V8's `Date.parse` accepts nearly anything
 * ("Order 12" is 1 Dec 2001), so the string must first look like a date: ISO 8601, or a month name
 * with a four-digit year or a time (RFC 5322 "Tue, 1 Jan 2019 10:00:00 +0000", Twitter's
 * "Tue Oct 31 22:10:47 +0000 2017"). Junk around a real date ("RANDOM_Wed, 21 Sep 2016 …") is
 * tolerated: the date is still there.
 */
export function parseDate(value: string | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const plausible = /^\d{4}-\d{2}-\d{2}/.test(text) || (MONTH.test(text) && (/\b\d{4}\b/.test(text) || /\b\d{1,2}:\d{2}\b/.test(text)));
  if (!plausible) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
