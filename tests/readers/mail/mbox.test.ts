import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readMbox, splitMbox } from '../../../src/readers/mail/mbox.js';
import { detectMailContainer, readMailPath, readMailStream } from '../../../src/readers/mail/source.js';
import { checkRecords, chunked, collect, fixtures } from './helpers.js';

const tricky = join(fixtures, 'mbox', 'tricky.mbox');
const trickyBytes = readFileSync(tricky);

const message = (from: string, subject: string, body: string, id?: string) =>
  [`From ${from} Tue Jan  1 10:00:00 2019`, `From: ${from}`, `Subject: ${subject}`, ...(id ? [`Message-ID: <${id}>`] : []), '', body, ''].join('\n');

describe('splitMbox', () => {
  it('splits on separators only, whatever the chunk size', async () => {
    for (const size of [1, 7, 64, 4096]) {
      const parts = await collect(splitMbox(chunked(trickyBytes, size)));
      expect(parts.map((p) => p.line), `chunk ${size}`).toEqual([2, 18, 31, 40]);
      expect(parts.map((p) => p.firstLine)).toEqual([3, 19, 32, 41]);
      expect(parts.map((p) => p.index)).toEqual([0, 1, 2, 3]);
    }
  });

  it('unescapes >From (mboxrd) and keeps body From lines that are not separators', async () => {
    const [first, , third] = await collect(splitMbox(chunked(trickyBytes, 13)));
    const text = first?.raw.toString('utf8') ?? '';
    expect(text).toContain('\nFrom the start I liked your shop.\n');
    expect(text).toContain('\n>From a quote.\n');
    expect(text).toContain('\nFrom 9:00 to 17:00 in 2024 you were closed, why?\n');
    expect(text).toContain('\nFrom what I hear, nobody knows.');
    // The blank line before the next separator belongs to the format.
    expect(text.endsWith('nobody knows.\n')).toBe(true);
    // "From empty… 2019" followed by a blank line is not a separator: it stays in the body.
    expect(third?.raw.toString('utf8')).toContain('From empty@example.com Tue Jan  1 13:00:00 2019');
  });

  it('mboxo mode strips only one level from >From, none mode keeps it', async () => {
    const [mboxo] = await collect(splitMbox(chunked(trickyBytes, 100), { unescape: 'mboxo' }));
    expect(mboxo?.raw.toString()).toContain('\n>>From a quote.\n');
    const [none] = await collect(splitMbox(chunked(trickyBytes, 100), { unescape: 'none' }));
    expect(none?.raw.toString()).toContain('\n>From the start');
  });

  it('loose separators split on any From line after a blank line', async () => {
    const parts = await collect(splitMbox(chunked(trickyBytes, 100), { separators: 'loose' }));
    expect(parts.map((p) => p.line)).toEqual([2, 14, 16, 18, 31, 38, 40]);
  });

  it('keeps CRLF messages intact', async () => {
    const parts = await collect(splitMbox(chunked(trickyBytes, 5)));
    expect(parts[2]?.raw.toString('latin1').startsWith('From: Crlf Sender <crlf@example.com>\r\n')).toBe(true);
  });

  it('yields text before the first separator as a message, drops blank preambles', async () => {
    const withPreamble = await collect(splitMbox(chunked(`garbage line\n\n${message('a@x.example', 's', 'b')}`, 10)));
    expect(withPreamble.map((p) => p.line)).toEqual([1, 3]);
    const blank = await collect(splitMbox(chunked(`\n\n${message('a@x.example', 's', 'b')}`, 10)));
    expect(blank.map((p) => p.line)).toEqual([3]);
  });

  it('handles an empty input and a lone separator', async () => {
    expect(await collect(splitMbox(chunked('', 10)))).toEqual([]);
    const lone = await collect(splitMbox(chunked('From a@example.com Tue Jan  1 10:00:00 2019\n', 10)));
    expect(lone).toHaveLength(1);
    expect(lone[0]?.raw.length).toBe(0);
  });
});

describe('readMbox', () => {
  it('parses every message, in order, with unique ids and mbox line numbers', async () => {
    const records = await collect(readMbox(chunked(trickyBytes, 50), tricky, { concurrency: 3 }));
    checkRecords(records);
    expect(records.map((r) => r.id)).toEqual(['dup@example.com', 'dup@example.com#2', 'line-31', 'line-40']);
    expect(records.map((r) => r.line)).toEqual([2, 18, 31, 40]);
    expect(records[0]?.text).toBe('Hello,\n\nFrom the start I liked your shop.\n\nFrom 9:00 to 17:00 in 2024 you were closed, why?\n\nFrom what I hear, nobody knows.');
    expect(records[0]?.segments).toEqual([
      { offset: 0, line: 9, column: 1 },
      { offset: 43, line: 14, column: 1 },
    ]);
    expect(records[1]?.signature).toBeDefined();
    expect(records[3]?.text).toBe('The end.');
  });

  it('reports an empty message at the end as one fatal record', async () => {
    const input = `${message('a@x.example', 'one', 'body')}\nFrom b@x.example Tue Jan  1 10:00:00 2019\n`;
    const records = await collect(readMbox(chunked(input, 16), 'inline.mbox'));
    expect(records).toHaveLength(2);
    expect(records[1]?.fatal?.message).toBe('line 7: empty message');
  });

  it('reports a message without headers with its mbox line', async () => {
    const input = `${message('a@x.example', 'one', 'body')}\nFrom b@x.example Tue Jan  1 10:00:00 2019\nSubject: x\n\nok\n`;
    const records = await collect(readMbox(chunked(input, 16), 'inline.mbox'));
    expect(records.map((r) => r.fatal)).toEqual([undefined, undefined]);
    const broken = `garbage before\n\n${message('a@x.example', 'one', 'body')}`;
    const [first, second] = await collect(readMbox(chunked(broken, 16), 'inline.mbox'));
    expect(first?.fatal?.message).toBe('line 1: not a mail header: "garbage before"');
    expect(second?.fatal).toBeUndefined();
  });
});

describe('containers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-mail-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads gzipped mbox and eml', async () => {
    const mboxGz = join(dir, 'box.mbox.gz');
    writeFileSync(mboxGz, gzipSync(trickyBytes));
    expect(await detectMailContainer(mboxGz)).toBe('gzip');
    const records = await collect(readMailPath(mboxGz));
    expect(records.map((r) => r.line)).toEqual([2, 18, 31, 40]);
    const emlGz = join(dir, 'one.eml.gz');
    writeFileSync(emlGz, gzipSync(readFileSync(join(fixtures, 'eml', 'gmail-reply.eml'))));
    const [one] = await collect(readMailPath(emlGz));
    expect(one?.id).toBe('reply-1@support.acme.example');
  });

  it('reports a corrupt gzip as a fatal record after what it could read', async () => {
    const bad = join(dir, 'bad.mbox.gz');
    const gz = gzipSync(trickyBytes);
    writeFileSync(bad, gz.subarray(0, gz.length - 20));
    const records = await collect(readMailPath(bad));
    expect(records.at(-1)?.fatal?.message).toMatch(/^cannot read: /);
  });

  it('reads a Maildir (new/ then cur/, tmp/ skipped)', async () => {
    const maildir = join(dir, 'Maildir');
    for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(maildir, sub), { recursive: true });
    writeFileSync(join(maildir, 'new', '1700000001.M1.host'), readFileSync(join(fixtures, 'eml', 'customer-complaint.eml')));
    writeFileSync(join(maildir, 'cur', '1700000002.M2.host:2,S'), readFileSync(join(fixtures, 'eml', 'gmail-reply.eml')));
    writeFileSync(join(maildir, 'tmp', 'partial'), 'From: x\n');
    expect(await detectMailContainer(maildir)).toBe('maildir');
    const records = await collect(readMailPath(maildir));
    expect(records.map((r) => r.id)).toEqual(['complaint-1@example.com', 'reply-1@support.acme.example']);
  });

  it('reads a directory of .eml files recursively', async () => {
    const records = await collect(readMailPath(join(fixtures, 'eml')));
    expect(records).toHaveLength(5);
    expect(records.filter((r) => r.fatal).map((r) => r.id)).toEqual(['not-mail.eml']);
  });

  it('names the file when it cannot be read', async () => {
    const [record] = await collect(readMailPath(join(dir, 'missing.mbox')));
    expect(record?.fatal?.message).toMatch(/^cannot read: ENOENT/);
  });

  it('reads mail from any byte stream', async () => {
    const records = await collect(readMailStream(chunked(trickyBytes, 1000), '<stdin>'));
    expect(records).toHaveLength(4);
    expect(records[0]?.source).toBe('<stdin>');
  });
});
