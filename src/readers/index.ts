/**
 * Reading drafts from files and strings: decode bytes, refuse what is not text, and pick the
 * reader by extension. Mailboxes and exports (many records per file) are read by the audit.
 */
import { readFile as readBytes, stat } from 'node:fs/promises';
import path from 'node:path';
import { inputError, UserError } from '../pipeline/errors.js';
import type { Reply } from '../types.js';
import type { MailRecord } from './record.js';
import { readText } from './text.js';

// Loaded on first use: mailparser, rehype and remark are most of a cold start, and a plain-text
// draft (the common case for agents) needs none of them.
const readHtml = async (...args: Parameters<typeof import('./html.js').readHtml>) => (await import('./html.js')).readHtml(...args);
const readMarkdown = async (...args: Parameters<typeof import('./markdown.js').readMarkdown>) => (await import('./markdown.js')).readMarkdown(...args);
const readEml = async (...args: Parameters<typeof import('./mail/eml.js').readEml>) => (await import('./mail/eml.js')).readEml(...args);

export type DraftFormat = 'text' | 'markdown' | 'html' | 'eml';

/** Extensions linted when a directory is given. */
export const DRAFT_EXTENSIONS: Record<string, DraftFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.eml': 'eml',
};

export function formatOf(filePath: string): DraftFormat {
  return DRAFT_EXTENSIONS[path.extname(filePath).toLowerCase()] ?? 'text';
}

/** A mail record as a draft reply (a single .eml is one reply, its own thread). */
export function recordToReply(record: MailRecord, filePath: string): Reply {
  return {
    filePath,
    text: record.text,
    segments: record.segments,
    ...(record.signature ? { signature: record.signature } : {}),
    ...(record.quoted ? { quoted: record.quoted } : {}),
    ...(record.author ? { author: record.author } : {}),
    ...(record.date ? { date: record.date } : {}),
    ...(record.subject ? { subject: record.subject } : {}),
    ...(record.fatal ? { fatal: record.fatal } : {}),
    channel: record.channel ?? 'email',
  };
}

/** Decodes UTF-8 strictly, naming the first bad byte's line and column. */
export function decodeUtf8(bytes: Uint8Array, filePath: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Find the first invalid sequence to point at it.
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = text.indexOf('\uFFFD');
    const before = text.slice(0, Math.max(0, bad));
    const line = before.split('\n').length;
    const column = bad - before.lastIndexOf('\n');
    throw inputError(filePath, `not valid UTF-8 (first bad byte at line ${line}, column ${column})`, 're-save the file as UTF-8', line);
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8000);
  return head.includes(0);
}

/** Reads drafts from text already in memory. */
export async function readString(source: string, filePath: string, format: DraftFormat = formatOf(filePath)): Promise<Reply[]> {
  if (format === 'eml') return [recordToReply(await readEml(Buffer.from(source, 'utf8'), filePath), filePath)];
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.trim() === '') throw inputError(filePath, 'is empty: nothing to lint', 'write the draft first, or leave the file out');
  const replies = format === 'markdown' ? await readMarkdown(text, filePath) : format === 'html' ? await readHtml(text, filePath) : readText(text, filePath);
  for (const reply of replies) {
    if (!reply.fatal && reply.text.trim() === '') {
      throw inputError(filePath, 'has no text to lint (only markup, comments or quoted history)', 'check that the draft is in the file');
    }
  }
  return replies;
}

/** Reads one draft file. Throws a one-line `UserError` for anything a user can fix. */
export async function readDraftFile(filePath: string, displayPath = filePath): Promise<Reply[]> {
  let bytes: Buffer;
  try {
    const info = await stat(filePath);
    if (info.isDirectory()) throw inputError(displayPath, 'is a directory', 'pass the files inside it, or the directory without a trailing file name');
    bytes = await readBytes(filePath);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw inputError(displayPath, 'no such file', 'check the path');
    if (code === 'EACCES' || code === 'EPERM') throw inputError(displayPath, 'permission denied', 'check the file permissions');
    throw inputError(displayPath, `cannot read (${code ?? 'unknown error'})`);
  }
  const format = formatOf(filePath);
  if (format === 'eml') {
    const record = await readEml(bytes, displayPath);
    return [recordToReply(record, displayPath)];
  }
  if (looksBinary(bytes)) throw inputError(displayPath, 'is a binary file, not a draft', 'lint .txt, .md, .html or .eml files');
  return readString(decodeUtf8(bytes, displayPath), displayPath, format);
}
