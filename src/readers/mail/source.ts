/**
 * From a path (or a stream) to MailRecords, whatever the container: a single .eml, an mbox,
 * either of them gzipped, a .zip of them, a Maildir (`cur/`, `new/`) or a directory of .eml files.
 *
 * The format comes from the extension when it is unambiguous (.eml is one message even when it
 * starts with an mbox `From ` line; .mbox is an mbox even without one), otherwise from the first
 * bytes: gzip or zip magic, a `From ` envelope line (mbox), or a header field (a message).
 * Anything else is not mail and becomes one fatal record, so a caller that names a file always gets
 * at least one record back for it.
 */
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import yauzl from 'yauzl';
import { fatalRecord, problem, type MailRecord } from '../record.js';
import { errorMessage } from './body.js';
import { readEml } from './eml.js';
import { readMbox, type MboxOptions } from './mbox.js';

export type MailReadOptions = MboxOptions;

export type MessageFormat = 'mbox' | 'eml' | 'unknown';
export type MailContainer = MessageFormat | 'gzip' | 'zip' | 'maildir' | 'eml-directory';

const SNIFF_BYTES = 4096;

/** What the first bytes of a stream of mail look like. */
export function sniffMessageFormat(head: Buffer): MessageFormat {
  let text = head.subarray(0, SNIFF_BYTES).toString('latin1');
  if (text.startsWith('\xef\xbb\xbf')) text = text.slice(3);
  const first = text.split('\n').find((line) => line.replace(/\r$/, '').trim() !== '') ?? '';
  if (/^From (?![ \t]*:)/.test(first)) return 'mbox';
  if (/^[\x21-\x39\x3b-\x7e]+[ \t]*:/.test(first)) return 'eml';
  return 'unknown';
}

function formatFromName(name: string): MessageFormat | undefined {
  const ext = extname(name).toLowerCase();
  if (ext === '.eml' || ext === '.msg' || ext === '.rfc822') return 'eml';
  if (ext === '.mbox' || ext === '.mbx' || ext === '.mbs') return 'mbox';
  return undefined;
}

function isGzip(head: Buffer): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

function isZip(head: Buffer): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** What `readMailPath` will do with `path`. */
export async function detectMailContainer(path: string): Promise<MailContainer> {
  const info = await stat(path);
  if (info.isDirectory()) {
    const entries = new Set(await readdir(path));
    if (entries.has('cur') || entries.has('new')) return 'maildir';
    return 'eml-directory';
  }
  const head = await readHead(path);
  if (isGzip(head)) return 'gzip';
  if (isZip(head)) return 'zip';
  return formatFromName(path) ?? sniffMessageFormat(head);
}

/** Yields the first chunks (at least SNIFF_BYTES when there are that many) and an iterable of all. */
async function peek(input: AsyncIterable<Buffer | Uint8Array | string>): Promise<{ head: Buffer; all: AsyncIterable<Buffer> }> {
  const iterator = input[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const value = next.value;
    const chunk = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.isBuffer(value) ? value : Buffer.from(value);
    seen.push(chunk);
    length += chunk.length;
  }
  const all = (async function* (): AsyncGenerator<Buffer> {
    yield* seen;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      const value = next.value;
      yield typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.isBuffer(value) ? value : Buffer.from(value);
    }
  })();
  return { head: Buffer.concat(seen), all };
}

async function collect(input: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Reads mail from a byte stream named `source`: gzip is unwrapped, then an mbox is streamed and a
 * single message is buffered (it has to be: mailparser needs all of it). `hint` is a file name
 * whose extension may decide the format.
 */
export async function* readMailStream(
  input: AsyncIterable<Buffer | Uint8Array | string>,
  source: string,
  options: MailReadOptions = {},
  hint: string = source,
): AsyncGenerator<MailRecord> {
  const base = { source, id: '1', index: 0, kind: 'mail' as const, line: 1 };
  try {
    const { head, all } = await peek(input);
    if (isGzip(head)) {
      // pipeline() forwards a read error of the source to the gunzip stream we iterate.
      const gunzip = pipeline(Readable.from(all), createGunzip(), () => undefined);
      yield* readMailStream(gunzip, source, options, hint.replace(/\.gz$/i, ''));
      return;
    }
    if (head.length === 0) {
      yield fatalRecord(base, problem('empty file'));
      return;
    }
    const format = formatFromName(hint) ?? sniffMessageFormat(head);
    if (format === 'mbox') {
      yield* readMbox(all, source, options);
    } else if (format === 'eml') {
      yield await readEml(await collect(all), source, options);
    } else {
      for await (const chunk of all) void chunk; // drain without keeping it
      const first = head.toString('utf8').split('\n').find((line) => line.trim() !== '')?.slice(0, 40) ?? '';
      yield fatalRecord(base, problem(`not a mail message or mbox (starts with ${JSON.stringify(first)})`, 1));
    }
  } catch (error) {
    // Only I/O and decompression errors get here (parsing never throws); one record says so.
    yield fatalRecord({ ...base, id: 'read-error' }, problem(`cannot read: ${errorMessage(error)}`));
  }
}

async function* readZip(path: string, options: MailReadOptions): AsyncGenerator<MailRecord> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: true });
  } catch (error) {
    yield fatalRecord({ source: path, id: '1', index: 0, kind: 'mail', line: 1 }, problem(`cannot open zip: ${errorMessage(error)}`));
    return;
  }
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      const member = `${path}!${entry.fileName}`;
      try {
        const stream = await zip.openReadStreamPromise(entry);
        yield* readMailStream(stream, member, options, entry.fileName);
      } catch (error) {
        yield fatalRecord({ source: member, id: '1', index: 0, kind: 'mail', line: 1 }, problem(`cannot read zip member: ${errorMessage(error)}`));
      }
    }
  } finally {
    zip.close();
  }
}

async function filesUnder(dir: string, keep: (name: string) => boolean, recursive: boolean): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (recursive) found.push(...(await filesUnder(full, keep, recursive)));
    } else if (entry.isFile() && keep(entry.name)) {
      found.push(full);
    }
  }
  return found.sort();
}

async function* readEachFile(paths: readonly string[], options: MailReadOptions): AsyncGenerator<MailRecord> {
  for (const path of paths) {
    try {
      yield await readEml(await readFile(path), path, options);
    } catch (error) {
      yield fatalRecord({ source: path, id: '1', index: 0, kind: 'mail', line: 1 }, problem(`cannot read: ${errorMessage(error)}`));
    }
  }
}

/**
 * Every record of a mail path. Each file is its own `source`; members of a zip are `zip!member`.
 * Maildir: `new/` then `cur/`, file names sorted (they start with the delivery time); `tmp/` is
 * skipped (messages still being written). A plain directory: its .eml files, recursively, sorted.
 */
export async function* readMailPath(path: string, options: MailReadOptions = {}): AsyncGenerator<MailRecord> {
  let container: MailContainer;
  try {
    container = await detectMailContainer(path);
  } catch (error) {
    yield fatalRecord({ source: path, id: '1', index: 0, kind: 'mail', line: 1 }, problem(`cannot read: ${errorMessage(error)}`));
    return;
  }
  switch (container) {
    case 'maildir': {
      const files: string[] = [];
      for (const sub of ['new', 'cur']) {
        const dir = join(path, sub);
        const exists = await stat(dir).then((s) => s.isDirectory(), () => false);
        if (exists) files.push(...(await filesUnder(dir, (name) => !name.startsWith('.'), false)));
      }
      yield* readEachFile(files, options);
      return;
    }
    case 'eml-directory':
      yield* readEachFile(await filesUnder(path, (name) => formatFromName(name) === 'eml', true), options);
      return;
    case 'zip':
      yield* readZip(path, options);
      return;
    default:
      yield* readMailStream(createReadStream(path, { highWaterMark: 256 * 1024 }), path, options);
  }
}
