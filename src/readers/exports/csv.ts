/**
 * Streamed CSV exports → MailRecords, one per data row, never losing one.
 *
 * csv-parse does the RFC 4180 parsing (quotes, doubled quotes, line breaks inside quoted fields,
 * BOM). It runs with `relax_column_count` and `skip_records_with_error`, so a damaged row neither
 * stops the stream nor disappears: we turn it into a record with `fatal` naming its line. A row is
 * fatal when
 *  - csv-parse rejects it (a stray quote, a record over `maxRecordBytes`): one fatal record at the
 *    line where the error was found;
 *  - it has another number of fields than the header;
 *  - an unquoted field holds a line break (a bare `\r`, or `\n` in a `\r\n` file): RFC 4180
 *    requires such fields to be quoted, and readers disagree on where the row ends — Python's csv
 *    and spreadsheet programs split it into broken rows, csv-parse keeps it whole;
 *  - the mapped text column is missing.
 * An unclosed quote swallows the rest of the file into one field; csv-parse then reports it at the
 * end, and that is one fatal record for all the rows it swallowed (CSV cannot know better).
 *
 * Ids and reply links are trimmed, and a pandas float artefact ("123.0" for 123) is undone.
 */
import { Readable, pipeline } from 'node:stream';
import { parse, type CsvError, type Info } from 'csv-parse';
import type { SourceSegment } from '../../types.js';
import { IdAllocator, fatalRecord, parseDate, problem, type MailRecord } from '../record.js';
import { LineIndex } from './lines.js';
import { bindMapping, isChannel, parseMapping, type BoundMapping, type ColumnMapping } from './mapping.js';
import { repairMacRoman } from './mojibake.js';

export interface CsvOptions {
  /** A mapping spec, a preset name (`twcs`), or a parsed mapping. */
  mapping: string | ColumnMapping;
  delimiter?: string;
  /** Repair Mac Roman mojibake in the text field (see mojibake.ts). Default true. */
  repairMojibake?: boolean;
  /** Rows larger than this are fatal (bounds memory when a quote is never closed). Default 4 MiB. */
  maxRecordBytes?: number;
  /** Filled in while reading. */
  stats?: CsvStats;
}

export interface CsvStats {
  /** Data rows seen (header and blank lines excluded), fatal ones included. */
  rows: number;
  fatal: number;
  /** Rows whose text was repaired from mojibake. */
  repaired: number;
}

interface Row {
  record: string[];
  info: Info & { raw?: string };
  raw: string;
}

interface Skip {
  /** Records emitted before the error. */
  after: number;
  error: CsvError;
  /** The record's raw text up to the error. */
  raw?: string;
}

/** Where a field sits in a row's raw text. */
interface FieldSpan {
  start: number;
  end: number;
  quoted: boolean;
}

/** Splits one raw record (as csv-parse returned it) into field spans. */
export function fieldSpans(raw: string, delimiter = ','): FieldSpan[] {
  let end = raw.length;
  if (raw.endsWith('\r\n')) end -= 2;
  else if (raw.endsWith('\n') || raw.endsWith('\r')) end -= 1;
  const spans: FieldSpan[] = [];
  let i = 0;
  for (;;) {
    const start = i;
    const quoted = raw[i] === '"';
    if (quoted) {
      i++;
      while (i < end) {
        if (raw[i] === '"') {
          if (raw[i + 1] === '"') i += 2;
          else {
            i++;
            break;
          }
        } else i++;
      }
    }
    while (i < end && !raw.startsWith(delimiter, i)) i++;
    spans.push({ start, end: i, quoted });
    if (i >= end) break;
    i += delimiter.length;
  }
  return spans;
}

/** Undoes pandas' float ids ("3.0") and trims; empty becomes undefined. */
export function normaliseId(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const float = /^(\d+)\.0+$/.exec(trimmed);
  return float ? float[1] : trimmed;
}

/** Line and column of `offset` within a raw record that starts at `line`. */
function positionIn(raw: string, offset: number, line: number): { line: number; column: number } {
  let lines = 0;
  let lineStart = 0;
  for (let at = raw.indexOf('\n'); at >= 0 && at < offset; at = raw.indexOf('\n', at + 1)) {
    lines++;
    lineStart = at + 1;
  }
  return { line: line + lines, column: offset - lineStart + 1 };
}

/**
 * Segments for a field's value: one at its first character; for a quoted field one more after
 * each doubled quote (`""` in the file is `"` in the text) so positions stay exact.
 */
function fieldSegments(raw: string, span: FieldSpan, line: number): SourceSegment[] {
  const contentStart = span.quoted ? span.start + 1 : span.start;
  const first = positionIn(raw, contentStart, line);
  const segments: SourceSegment[] = [{ offset: 0, ...first }];
  if (!span.quoted) return segments;
  let textOffset = 0;
  let from = contentStart;
  for (let at = raw.indexOf('""', from); at >= 0 && at < span.end - 1; at = raw.indexOf('""', from)) {
    textOffset += at - from + 1;
    from = at + 2;
    segments.push({ offset: textOffset, ...positionIn(raw, from, line) });
  }
  return segments;
}

function columnCount(header: readonly string[] | undefined, record: readonly string[]): number {
  return header ? header.length : record.length;
}

/** Reads CSV rows from a byte stream named `source`. */
export async function* readCsv(
  input: AsyncIterable<Buffer | Uint8Array | string>,
  source: string,
  options: CsvOptions,
): AsyncGenerator<MailRecord> {
  const mapping = typeof options.mapping === 'string' ? parseMapping(options.mapping) : options.mapping;
  const delimiter = options.delimiter ?? ',';
  const repair = options.repairMojibake ?? true;
  const stats = options.stats ?? { rows: 0, fatal: 0, repaired: 0 };
  const ids = new IdAllocator();

  const skips: Skip[] = [];
  let emitted = 0;
  const lineIndex = new LineIndex();
  const parser = parse({
    bom: true,
    delimiter,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_records_with_error: true,
    max_record_size: options.maxRecordBytes ?? 4 * 1024 * 1024,
    on_record: (record: string[]) => {
      emitted++;
      return record;
    },
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      if (!error) return;
      // csv-parse reports every error of a record (a stray quote gives two): keep the first. The
      // raw text of the record so far only grows while the parser is still in the same record.
      const last = skips[skips.length - 1];
      if (last && last.after === emitted && raw !== undefined && last.raw !== undefined && raw.startsWith(last.raw)) return;
      skips.push({ after: emitted, error, ...(raw === undefined ? {} : { raw }) });
    },
  });
  // pipeline() forwards a read error of the input to the parser, which we iterate.
  const rows = pipeline(Readable.from(input), lineIndex, parser, () => undefined);

  let header: string[] | undefined;
  let bound: BoundMapping | undefined;
  let headerWidth = 0;
  let consumed = 0;
  let index = 0;
  const base = (line: number, id: string) => ({ source, id: ids.take(id), index: index++, kind: 'export' as const, line });

  const failSkip = (skip: Skip): MailRecord => {
    const bytes = typeof skip.error.bytes === 'number' ? skip.error.bytes : 0;
    const line = lineIndex.lineAt(bytes);
    stats.rows++;
    stats.fatal++;
    return fatalRecord(base(line, `line-${line}`), problem(skip.error.message.replace(/\s+/g, ' '), line));
  };

  try {
    for await (const row of rows as AsyncIterable<Row>) {
      while (skips.length > 0 && (skips[0]?.after ?? 0) <= consumed) yield failSkip(skips.shift() as Skip);
      consumed++;
      const raw = row.raw;
      const endLine = lineIndex.lineAt(row.info.bytes);
      // csv-parse's `raw` drops the "\n" of a "\r\n" record delimiter (it keeps the "\r").
      const rawLines = (raw.match(/\n/g)?.length ?? 0) + (raw.endsWith('\r') ? 1 : 0);
      const line = endLine - rawLines;
      if (row.record.length <= 1 && raw.trim() === '') continue; // blank line

      if (mapping.header && !header) {
        header = row.record;
        headerWidth = header.length;
        bound = bindMapping(mapping, header);
        if (bound.missing.length > 0) {
          // A mapping that does not fit the file: report it once, on the header line.
          const missing = bound.missing.map((name) => JSON.stringify(name)).join(', ');
          yield fatalRecord(base(line, 'header'), problem(`header lacks mapped column(s) ${missing}`, line));
          stats.fatal++;
          return; // leaving the loop destroys the stream
        }
        continue;
      }
      bound ??= bindMapping(mapping, undefined);
      stats.rows++;
      const record = row.record;
      const rawId = normaliseId(bound.get('id', record));
      const make = base(line, rawId ?? `line-${line}`);
      const rawText = bound.get('text', record);

      const expected = headerWidth || columnCount(header, record);
      let fatal = record.length !== expected ? problem(`expected ${expected} fields, found ${record.length}`, line) : undefined;
      const spans = fieldSpans(raw, delimiter);
      if (!fatal) {
        for (let f = 0; f < spans.length; f++) {
          const span = spans[f] as FieldSpan;
          if (span.quoted) continue;
          const value = raw.slice(span.start, span.end);
          const breakAt = value.search(/[\r\n]/);
          if (breakAt >= 0) {
            const kind = value[breakAt] === '\r' ? 'carriage return' : 'line feed';
            const name = header?.[f] ? ` "${header[f]}"` : '';
            const at = positionIn(raw, span.start + breakAt, line);
            fatal = problem(`bare ${kind} in unquoted field${name} (RFC 4180 requires quoting)`, at.line, at.column);
            break;
          }
        }
      }
      if (!fatal && rawText === undefined) fatal = problem('no text: the mapped text column is missing', line);
      if (fatal) {
        stats.fatal++;
        yield fatalRecord(make, fatal, (rawText ?? '').replace(/\r\n?/g, '\n'));
        continue;
      }

      let text = rawText ?? '';
      const repaired = repair ? repairMacRoman(text) : undefined;
      if (repaired !== undefined) {
        text = repaired;
        stats.repaired++;
      }
      const out: MailRecord = { ...make, references: [], text, segments: [] };
      const textRef = mapping.fields.text;
      const textColumn = textRef?.kind === 'index' ? textRef.index : header ? headerIndex(header, textRef) : -1;
      const span = textColumn >= 0 ? spans[textColumn] : undefined;
      if (span) out.segments = repaired === undefined ? fieldSegments(raw, span, line) : fieldSegments(raw, span, line).slice(0, 1);
      const inReplyTo = normaliseId(bound.get('inReplyTo', record));
      if (inReplyTo) out.inReplyTo = inReplyTo;
      const thread = normaliseId(bound.get('thread', record));
      if (thread) out.threadKey = thread;
      const author = bound.get('author', record)?.trim();
      if (author) out.author = author;
      const role = bound.role(record);
      if (role) out.role = role;
      const date = parseDate(bound.get('date', record));
      if (date) out.date = date;
      const subject = bound.get('subject', record);
      if (subject) out.subject = subject;
      const channel = bound.get('channel', record)?.trim().toLowerCase();
      if (channel && isChannel(channel)) out.channel = channel;
      yield out;
    }
    while (skips.length > 0) yield failSkip(skips.shift() as Skip);
  } catch (error) {
    // Only I/O errors get here (parse errors are skips): one record says where reading stopped.
    while (skips.length > 0) yield failSkip(skips.shift() as Skip);
    const message = error instanceof Error ? error.message : String(error);
    yield fatalRecord(base(lineIndex.lineAt(Number.MAX_SAFE_INTEGER), 'read-error'), problem(`cannot read: ${message}`));
  }
}

function headerIndex(header: readonly string[], ref: ColumnMapping['fields']['text']): number {
  if (!ref || ref.kind !== 'name') return -1;
  return header.findIndex((name) => name.replace(/^\uFEFF/, '').trim().toLowerCase() === ref.name);
}
