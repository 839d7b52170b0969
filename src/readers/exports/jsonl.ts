/**
 * JSONL, replylint's canonical export: one JSON object a line,
 *
 *     {"id": "…", "text": "…", "role": "agent" | "customer", "thread"?: "…", "inReplyTo"?: "…",
 *      "author"?: "…", "subject"?: "…", "date"?: "…", "channel"?: "email" | "chat" | "social"}
 *
 * Streamed line by line. Blank lines are skipped (not records). Every other line is one record; a
 * line that is not a JSON object, lacks a string `text`, or has a field of the wrong type is a
 * fatal record naming the line (and the field). `id`, `thread` and `inReplyTo` may be numbers.
 * A missing `id` is not fatal: the record is named `line-N`. A missing `role` is left to threading.
 * Unknown fields are ignored, so exports can carry extra data.
 */
import type { SourceSegment } from '../../types.js';
import { IdAllocator, fatalRecord, parseDate, problem, type MailRecord } from '../record.js';
import { splitLines } from './lines.js';
import { isChannel } from './mapping.js';

export interface JsonlOptions {
  /** Lines longer than this are fatal (default 16 MiB). */
  maxLineBytes?: number;
}

type Checked = { ok: true; record: Omit<MailRecord, 'source' | 'id' | 'index' | 'kind' | 'line' | 'segments'> & { id?: string } } | { ok: false; message: string };

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Validates one parsed line against the canonical shape. */
function check(value: unknown): Checked {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: `expected a JSON object, found ${describe(value)}` };
  }
  const object = value as Record<string, unknown>;
  const text = object.text;
  if (text === undefined) return { ok: false, message: 'missing "text"' };
  if (typeof text !== 'string') return { ok: false, message: `"text" must be a string, found ${describe(text)}` };

  const record: Extract<Checked, { ok: true }>['record'] = { text, references: [] };
  const idLike = (name: 'id' | 'thread' | 'inReplyTo'): string | undefined | Error => {
    const field = object[name];
    if (field === undefined || field === null) return undefined;
    if (typeof field === 'string') return field.trim() === '' ? undefined : field.trim();
    if (typeof field === 'number' && Number.isFinite(field)) return String(field);
    return new Error(`"${name}" must be a string or a number, found ${describe(field)}`);
  };
  const stringField = (name: 'author' | 'subject' | 'date'): string | undefined | Error => {
    const field = object[name];
    if (field === undefined || field === null) return undefined;
    if (typeof field === 'string') return field;
    return new Error(`"${name}" must be a string, found ${describe(field)}`);
  };

  const id = idLike('id');
  const thread = idLike('thread');
  const inReplyTo = idLike('inReplyTo');
  const author = stringField('author');
  const subject = stringField('subject');
  const date = stringField('date');
  for (const result of [id, thread, inReplyTo, author, subject, date]) if (result instanceof Error) return { ok: false, message: result.message };
  if (typeof id === 'string') record.id = id;
  if (typeof thread === 'string') record.threadKey = thread;
  if (typeof inReplyTo === 'string') record.inReplyTo = inReplyTo;
  if (typeof author === 'string') record.author = author;
  if (typeof subject === 'string') record.subject = subject;
  if (typeof date === 'string') {
    const iso = parseDate(date);
    if (iso === undefined) return { ok: false, message: `"date" is not a date: ${JSON.stringify(date.slice(0, 40))}` };
    record.date = iso;
  }

  const role = object.role;
  if (role !== undefined && role !== null) {
    if (role !== 'agent' && role !== 'customer') return { ok: false, message: `"role" must be "agent" or "customer", found ${JSON.stringify(role)}` };
    record.role = role;
  }
  const channel = object.channel;
  if (channel !== undefined && channel !== null) {
    if (typeof channel !== 'string' || !isChannel(channel)) {
      return { ok: false, message: `"channel" must be "email", "chat" or "social", found ${JSON.stringify(channel)}` };
    }
    record.channel = channel;
  }
  return { ok: true, record };
}

/**
 * Where the top-level "text" value's characters sit in the line. JSON escapes (`\n`, `\"`,
 * `\u00e9`) are shorter in the text than in the file, so a new segment starts after each one.
 */
function textSegments(line: string, lineNumber: number, text: string): SourceSegment[] {
  const key = /"text"\s*:\s*"/g;
  for (let match = key.exec(line); match; match = key.exec(line)) {
    let at = match.index + match[0].length;
    const segments: SourceSegment[] = [{ offset: 0, line: lineNumber, column: at + 1 }];
    let offset = 0;
    while (at < line.length && line[at] !== '"') {
      if (line[at] === '\\') {
        at += line[at + 1] === 'u' ? 6 : 2;
        offset += 1;
        segments.push({ offset, line: lineNumber, column: at + 1 });
      } else {
        at++;
        offset++;
      }
    }
    if (offset === text.length) return segments; // the value we found is the one JSON.parse read
  }
  return [{ offset: 0, line: lineNumber, column: 1 }];
}

/** Reads a JSONL byte stream named `source`. Never throws for bad content. */
export async function* readJsonl(
  input: AsyncIterable<Buffer | Uint8Array | string>,
  source: string,
  options: JsonlOptions = {},
): AsyncGenerator<MailRecord> {
  const ids = new IdAllocator();
  let index = 0;
  let lastLine = 0;
  try {
    for await (const { text: line, line: lineNumber, oversized } of splitLines(input, options.maxLineBytes)) {
      lastLine = lineNumber;
      if (line.trim() === '' && !oversized) continue;
      const base = { source, index: index++, kind: 'export' as const, line: lineNumber };
      const fallbackId = `line-${lineNumber}`;
      if (oversized) {
        yield fatalRecord({ ...base, id: ids.take(fallbackId) }, problem('line too long', lineNumber));
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        yield fatalRecord({ ...base, id: ids.take(fallbackId) }, problem(`invalid JSON: ${reason}`, lineNumber));
        continue;
      }
      const checked = check(value);
      if (!checked.ok) {
        yield fatalRecord({ ...base, id: ids.take(fallbackId) }, problem(checked.message, lineNumber));
        continue;
      }
      const { id, ...fields } = checked.record;
      yield { ...base, ...fields, id: ids.take(id ?? fallbackId), segments: textSegments(line, lineNumber, fields.text) };
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    yield fatalRecord({ source, id: ids.take('read-error'), index, kind: 'export', line: lastLine + 1 }, problem(`cannot read: ${reason}`));
  }
}
