/**
 * Reading drafts from files and strings: decode bytes, refuse what is not text, and pick the
 * reader by extension. Template collections (saved-replies Markdown, YAML/JSON reply lists,
 * Zendesk macro exports) yield one reply per template (`src/templates/`). Mailboxes and exports of
 * conversations (many records per file) are read by the audit.
 */
import { readFile as readBytes, stat } from 'node:fs/promises';
import path from 'node:path';
import { inputError, UserError } from '../pipeline/errors.js';
import { isSettingsProblem, readTemplateSettings } from '../templates/settings.js';
import type { Reply } from '../types.js';
import { isProblem, readFrontMatter } from './front-matter.js';
import type { MailRecord } from './record.js';
import { readText } from './text.js';

// Loaded on first use: mailparser, rehype, remark and yaml are most of a cold start, and a
// plain-text draft (the common case for agents) needs none of them.
const readHtml = async (...args: Parameters<typeof import('./html.js').readHtml>) => (await import('./html.js')).readHtml(...args);
const readEml = async (...args: Parameters<typeof import('./mail/eml.js').readEml>) => (await import('./mail/eml.js')).readEml(...args);
const readMarkdownTemplate = async (...args: Parameters<typeof import('../templates/angle-placeholders.js').readMarkdownTemplate>) =>
  (await import('../templates/angle-placeholders.js')).readMarkdownTemplate(...args);
const readMarkdownCollection = async (...args: Parameters<typeof import('../templates/markdown-collection.js').readMarkdownCollection>) =>
  (await import('../templates/markdown-collection.js')).readMarkdownCollection(...args);
const readStructuredCollection = async (...args: Parameters<typeof import('../templates/structured.js').readStructuredCollection>) =>
  (await import('../templates/structured.js')).readStructuredCollection(...args);

export type DraftFormat = 'text' | 'markdown' | 'html' | 'eml' | 'yaml' | 'json';

/** Extensions linted when a directory is given. */
export const DRAFT_EXTENSIONS: Record<string, DraftFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.eml': 'eml',
  // Reply collections; from a directory only when their name says so (src/templates/detect.ts).
  '.yml': 'yaml',
  '.yaml': 'yaml',
  '.json': 'json',
};

/** How a file is read, beyond its format. */
export interface ReadOptions {
  /** A Markdown file holding many replies, one per heading section. Front matter `split` overrides it. */
  collection?: boolean;
}

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

/** Whether a Markdown source is read as a collection: its front matter's `split` wins over its name. */
function splitsIntoTemplates(source: string, byName: boolean): boolean {
  if (!source.startsWith('---')) return byName;
  const frontMatter = readFrontMatter(source);
  if (!frontMatter || isProblem(frontMatter)) return byName;
  const settings = readTemplateSettings(frontMatter.data);
  if (!settings || isSettingsProblem(settings) || settings.split === undefined) return byName;
  return settings.split === 'headings';
}

/**
 * A reply whose front matter `replylint` settings are malformed is not linted with settings it
 * does not have: it becomes a fatal result naming the key and the fix. (Collection entries'
 * settings are checked where their line is known, in src/templates/structured.ts.)
 */
function checkTemplateSettings(replies: Reply[]): Reply[] {
  return replies.map((reply) => {
    if (reply.fatal) return reply;
    // Front matter opens the file: its keys start on line 2.
    const settings = readTemplateSettings(reply.frontMatter, 2);
    if (!isSettingsProblem(settings)) return reply;
    return { ...reply, fatal: settings };
  });
}

/** Reads drafts from text already in memory. */
export async function readString(source: string, filePath: string, format: DraftFormat = formatOf(filePath), options: ReadOptions = {}): Promise<Reply[]> {
  if (format === 'eml') return [recordToReply(await readEml(Buffer.from(source, 'utf8'), filePath), filePath)];
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.trim() === '') throw inputError(filePath, 'is empty: nothing to lint', 'write the draft first, or leave the file out');
  if (format === 'yaml' || format === 'json' || (format === 'markdown' && splitsIntoTemplates(text, options.collection ?? false))) {
    const replies = format === 'markdown' ? await readMarkdownCollection(text, filePath) : await readStructuredCollection(text, filePath, format);
    if (replies.length === 0) {
      throw inputError(filePath, 'holds no replies to lint', format === 'markdown' ? 'put each reply under its own heading' : 'each reply needs a body (Zendesk: macros that post a public comment)');
    }
    return checkTemplateSettings(replies);
  }
  const replies = format === 'markdown' ? await readMarkdownTemplate(text, filePath) : format === 'html' ? await readHtml(text, filePath) : readText(text, filePath);
  for (const reply of replies) {
    if (!reply.fatal && reply.text.trim() === '') {
      throw inputError(filePath, 'has no text to lint (only markup, comments or quoted history)', 'check that the draft is in the file');
    }
  }
  return checkTemplateSettings(replies);
}

/** Reads a file's bytes. Throws a one-line `UserError` for anything a user can fix. */
export async function readFileBytes(filePath: string, displayPath = filePath): Promise<Buffer> {
  try {
    const info = await stat(filePath);
    if (info.isDirectory()) throw inputError(displayPath, 'is a directory', 'pass the files inside it, or the directory without a trailing file name');
    return await readBytes(filePath);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw inputError(displayPath, 'no such file', 'check the path');
    if (code === 'EACCES' || code === 'EPERM') throw inputError(displayPath, 'permission denied', 'check the file permissions');
    throw inputError(displayPath, `cannot read (${code ?? 'unknown error'})`);
  }
}

/** Reads drafts (or templates) from a file's bytes. Throws a one-line `UserError` for anything a user can fix. */
export async function readDraftBytes(bytes: Buffer, filePath: string, displayPath = filePath, options: ReadOptions = {}): Promise<Reply[]> {
  const format = formatOf(filePath);
  if (format === 'eml') {
    const record = await readEml(bytes, displayPath);
    return [recordToReply(record, displayPath)];
  }
  if (looksBinary(bytes)) throw inputError(displayPath, 'is a binary file, not a draft', 'lint .txt, .md, .html, .eml, or .yml/.json reply collections');
  return readString(decodeUtf8(bytes, displayPath), displayPath, format, options);
}

/** Reads one draft file. Throws a one-line `UserError` for anything a user can fix. */
export async function readDraftFile(filePath: string, displayPath = filePath, options: ReadOptions = {}): Promise<Reply[]> {
  return readDraftBytes(await readFileBytes(filePath, displayPath), filePath, displayPath, options);
}
