/**
 * One raw RFC 5322 message → one MailRecord. Never throws and never loses the message: whatever
 * goes wrong (no header, parser error, parser stall) becomes a record with `fatal`.
 */
import { basename } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { ReaderProblem } from '../../types.js';
import { excerpt, fatalRecord, parseDate, problem, type MailAddress, type MailRecord } from '../record.js';
import { decodeUtf7, declaresUtf7, errorMessage, extractBody } from './body.js';
import { findSignature, stripQuoted } from './quote.js';
import { buildSegments, matchBodyLines, rawLines } from './segments.js';

/** Parses one raw message; the audit passes one that runs on its worker threads. */
export type MessageParser = (raw: Buffer, origin: MessageOrigin) => Promise<MailRecord>;

export interface ParseOptions {
  /** Parse elsewhere (worker threads) instead of with `parseMessage` here. */
  parser?: MessageParser;
  /**
   * A message whose parse has not settled after this many milliseconds becomes a fatal record.
   * mailparser is asynchronous and some malformed input has made it stall rather than fail.
   */
  timeoutMs?: number;
}

export const DEFAULT_PARSE_TIMEOUT_MS = 30_000;

/** Where a raw message came from. */
export interface MessageOrigin {
  source: string;
  /** 0-based position in the source. */
  index: number;
  /** 1-based source line of the first byte of the raw message. */
  firstLine: number;
  /** Line reported as the record's start (an mbox `From ` line sits one line above `firstLine`). */
  recordLine: number;
  /** Id when the message has no Message-ID. */
  fallbackId: string;
}

const PARSER_OPTIONS = {
  skipHtmlToText: true, // see body.ts
  skipTextToHtml: true,
  skipImageLinks: true,
  skipTextLinks: true,
  checksumAlgo: false,
  keepDeliveryStatus: false,
} as const;

/** A header field line: a name of printable ASCII except `:`, then `:`. */
const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;
/** An mbox envelope line some .eml files keep at the top ("From jdoe@example.com Mon May  2 …"). */
const ENVELOPE_LINE = /^From (?![ \t]*:)/;

interface HeaderScan {
  /** Lines (0-based) of the raw message to skip before the header block (an envelope line). */
  skip: number;
  /** Index of the first body line. */
  bodyStart: number;
  problem?: ReaderProblem;
}

/**
 * Finds the header block and checks that the message starts with one. A message that does not is
 * not mail (a stray text file, a truncated mbox fragment) and is reported rather than guessed at.
 */
function scanHeader(lines: readonly string[], firstLine: number): HeaderScan {
  let first = 0;
  while (first < lines.length && (lines[first] ?? '').replace(/\r$/, '') === '') first++;
  if (first >= lines.length) return { skip: 0, bodyStart: lines.length, problem: problem('empty message', firstLine) };
  let skip = 0;
  if (first === 0 && ENVELOPE_LINE.test(lines[0] ?? '')) {
    skip = 1;
    first = 1;
  }
  const head = (lines[first] ?? '').replace(/\r$/, '');
  if (first >= lines.length || !HEADER_LINE.test(head)) {
    const what = first >= lines.length ? 'no header after the envelope line' : `not a mail header: ${excerpt(head)}`;
    return { skip, bodyStart: lines.length, problem: problem(what, firstLine + Math.min(first, lines.length - 1)) };
  }
  let i = first;
  while (i < lines.length && (lines[i] ?? '').replace(/\r$/, '') !== '') i++;
  return { skip, bodyStart: Math.min(i + 1, lines.length) };
}

/**
 * The lines up to and including the header block's end (the first blank line after a header),
 * without splitting the body: a message may carry megabytes of attachments.
 */
function headLines(raw: Buffer): string[] {
  let end = raw.length;
  let seenHeader = false;
  for (let start = 0; start < raw.length; ) {
    const lf = raw.indexOf(0x0a, start);
    const next = lf < 0 ? raw.length : lf + 1;
    const blank = next - start <= 2 && (raw[start] === 0x0a || raw[start] === 0x0d);
    if (blank && seenHeader) {
      end = next;
      break;
    }
    if (!blank) seenHeader = true;
    start = next;
  }
  // When the body was cut off, the final '' of split() stands for the body's first line.
  return raw.subarray(0, end).toString('latin1').split('\n');
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`parser did not finish within ${ms} ms`)), ms);
    timer.unref();
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

const MESSAGE_ID = /<[^<>]*>/g;

/** In-Reply-To may hold several ids (or junk around them); the first `<…>` is the parent. */
function firstMessageId(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = value.match(MESSAGE_ID);
  const id = match?.[0] ?? value.trim();
  return id === '' || id === '<>' ? undefined : id;
}

function referenceList(value: string | string[] | undefined): string[] {
  if (!value) return [];
  const joined = Array.isArray(value) ? value.join(' ') : value;
  return (joined.match(MESSAGE_ID) ?? []).filter((id) => id !== '<>');
}

/**
 * mailparser replaces a missing or unparseable Date with the current time, which would put old
 * mail at the end of every thread; read the header line ourselves instead.
 */
function headerDate(mail: ParsedMail): string | undefined {
  const line = mail.headerLines.find((header) => header.key === 'date')?.line;
  if (!line) return undefined;
  return parseDate(line.slice(line.indexOf(':') + 1));
}

/** Mailman/pipermail archives hide addresses as "jdoe at example.org (Jane Doe)". */
const ARCHIVE_ADDRESS = /^\s*([^\s@()<>]+) at ([^\s@()<>]+\.[^\s@()<>]+)\s*(?:\((.*)\))?\s*$/;

function sender(mail: ParsedMail): MailAddress | undefined {
  const first = mail.from?.value[0];
  const from: MailAddress = {};
  if (first?.address) from.address = first.address;
  if (first?.name) from.name = first.name;
  if (!from.address) {
    const line = mail.headerLines.find((header) => header.key === 'from')?.line ?? '';
    const hidden = ARCHIVE_ADDRESS.exec(line.slice(line.indexOf(':') + 1));
    if (hidden) {
      from.address = `${hidden[1] ?? ''}@${hidden[2] ?? ''}`;
      if (hidden[3]) from.name = hidden[3];
      else delete from.name;
    }
  }
  return from.address || from.name ? from : undefined;
}

function stripBrackets(messageId: string): string {
  return messageId.replace(/^<|>$/g, '');
}

/**
 * Parses one raw message. Never throws. The record's `id` is the bare Message-ID (or the fallback):
 * a multi-message reader makes it unique with an `IdAllocator`, in source order.
 */
export async function parseMessage(raw: Buffer, origin: MessageOrigin, options: ParseOptions = {}): Promise<MailRecord> {
  const base = { source: origin.source, index: origin.index, kind: 'mail' as const, line: origin.recordLine };
  const lines = headLines(raw);
  const scan = scanHeader(lines, origin.firstLine);
  // An empty message is reported where it starts (its mbox separator), there is no other line.
  if (scan.problem && scan.bodyStart === lines.length && lines.every((l) => l.trim() === '')) scan.problem = problem('empty message', origin.recordLine);
  if (scan.problem) return fatalRecord({ ...base, id: origin.fallbackId }, scan.problem);

  // Drop an envelope line so mailparser does not read it as a broken header.
  let body = raw;
  if (scan.skip > 0) body = raw.subarray((lines[0] ?? '').length + 1);
  const firstLine = origin.firstLine + scan.skip;

  let mail: ParsedMail;
  try {
    mail = await withTimeout(simpleParser(body, PARSER_OPTIONS), options.timeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS);
  } catch (error) {
    return fatalRecord({ ...base, id: origin.fallbackId }, problem(errorMessage(error), firstLine));
  }

  const messageId = firstMessageId(mail.messageId);
  const record: MailRecord = {
    ...base,
    id: messageId ? stripBrackets(messageId) : origin.fallbackId,
    references: referenceList(mail.references),
    channel: 'email',
    text: '',
    segments: [],
  };
  if (messageId) record.messageId = messageId;
  const inReplyTo = firstMessageId(mail.inReplyTo);
  if (inReplyTo) record.inReplyTo = inReplyTo;
  const from = sender(mail);
  if (from) {
    record.from = from;
    record.author = from.address ?? from.name;
  }
  const date = headerDate(mail);
  if (date) record.date = date;
  // mailparser leaves UTF-7 undecoded (see body.ts); a message that declares it gets decoded here.
  const utf7 = declaresUtf7(body);
  if (mail.subject !== undefined) record.subject = utf7 ? decodeUtf7(mail.subject) : mail.subject;

  const extracted = extractBody(mail);
  if (utf7 && extracted.origin === 'plain') extracted.text = decodeUtf7(extracted.text);
  if (extracted.problem) {
    record.fatal = problem(extracted.problem, firstLine + scan.bodyStart - scan.skip);
    return record;
  }
  const split = stripQuoted(extracted.text);
  record.text = split.text;
  if (split.quoted !== '') record.quoted = split.quoted;
  const signature = findSignature(split.text);
  if (signature) record.signature = signature;

  const source = rawLines(body, firstLine, scan.bodyStart - scan.skip);
  const bodySource = extracted.origin === 'plain' ? matchBodyLines(extracted.text.split('\n'), source) : [];
  record.segments = buildSegments(split.text, split.lineMap, bodySource, source);
  return record;
}

/** Reads a single .eml file's bytes. Never throws: an unreadable message is a fatal record. */
export async function readEml(buffer: Buffer, path: string, options: ParseOptions = {}): Promise<MailRecord> {
  const origin: MessageOrigin = {
    source: path,
    index: 0,
    firstLine: 1,
    recordLine: 1,
    fallbackId: basename(path),
  };
  return options.parser ? options.parser(buffer, origin) : parseMessage(buffer, origin, options);
}
