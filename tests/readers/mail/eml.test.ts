import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEml } from '../../../src/readers/mail/eml.js';
import { checkRecords, fixtures } from './helpers.js';

const eml = (name: string) => {
  const path = join(fixtures, 'eml', name);
  return readEml(readFileSync(path), path);
};

/** The source line a text offset maps to, per the SourceSegment contract. */
function lineOf(text: string, segments: { offset: number; line: number }[], offset: number): number {
  let current = segments[0] ?? { offset: 0, line: 1 };
  for (const segment of segments) if (segment.offset <= offset) current = segment;
  return current.line + (text.slice(current.offset, offset).match(/\n/g)?.length ?? 0);
}

describe('readEml', () => {
  it('reads a Gmail-style reply: quote cut, signature kept, headers', async () => {
    const record = await eml('gmail-reply.eml');
    checkRecords([record]);
    expect(record.fatal).toBeUndefined();
    expect(record.id).toBe('reply-1@support.acme.example');
    expect(record.messageId).toBe('<reply-1@support.acme.example>');
    expect(record.inReplyTo).toBe('<complaint-1@example.com>');
    expect(record.references).toEqual(['<complaint-1@example.com>']);
    expect(record.from).toEqual({ address: 'maria@support.acme.example', name: 'Maria Lopez' });
    expect(record.date).toBe('2019-01-01T11:00:00.000Z');
    expect(record.channel).toBe('email');
    expect(record.text.startsWith('Hi Jane,')).toBe(true);
    expect(record.text).not.toContain('wrote:');
    expect(record.quoted).toContain('> My order 1234 arrived broken.');
    const signature = record.signature;
    expect(signature && record.text.slice(signature.start, signature.end)).toBe('Best,\nMaria\nCustomer Care, Acme');
  });

  it('maps an 8bit body exactly to source lines', async () => {
    const path = join(fixtures, 'eml', 'gmail-reply.eml');
    const record = await readEml(readFileSync(path), path);
    const source = readFileSync(path, 'utf8').split('\r\n');
    for (const word of ['Hi Jane,', 'replacement today', 'Best,', 'Customer Care, Acme']) {
      const offset = record.text.indexOf(word);
      const line = lineOf(record.text, record.segments, offset);
      expect(source[line - 1], word).toContain(word);
    }
  });

  it('decodes quoted-printable Windows-1252 and cuts Outlook history', async () => {
    const record = await eml('outlook-qp-reply.eml');
    expect(record.text).toContain('49,90 € has been issued. Café vouchers are on the way too.');
    expect(record.quoted?.startsWith('-----Original Message-----')).toBe(true);
    expect(record.text).not.toContain('Original Message');
    // The soft-broken line cannot be found verbatim: it is pinned to the body's first line (9).
    expect(lineOf(record.text, record.segments, record.text.indexOf('Your refund'))).toBe(9);
    // Lines sent verbatim map exactly.
    expect(lineOf(record.text, record.segments, record.text.indexOf('Regards,'))).toBe(14);
  });

  it('converts an HTML-only part inside multipart/mixed, quoting blockquotes', async () => {
    const record = await eml('html-only.eml');
    expect(record.text).toBe('Hi Jane,\n\nYour parcel left our warehouse today. Track it here.\n\nCheers,\nTom');
    expect(record.quoted).toBe('> Where is my parcel?');
    expect(record.signature && record.text.slice(record.signature.start)).toBe('Cheers,\nTom');
  });

  it('removes a mobile footer from a customer message', async () => {
    const record = await eml('customer-complaint.eml');
    expect(record.text).toBe('My order 1234 arrived broken. I want a refund!\n\nJane');
    expect(record.quoted).toBe('Sent from my iPhone');
  });

  it('turns a file that is not mail into one fatal record naming the line', async () => {
    const record = await eml('not-mail.eml');
    expect(record.fatal?.message).toBe('line 1: not a mail header: "This is not an e-mail at all,"');
    expect(record.fatal?.line).toBe(1);
    expect(record.id).toBe('not-mail.eml');
  });

  it('reports empty input', async () => {
    expect((await readEml(Buffer.alloc(0), 'empty.eml')).fatal?.message).toBe('line 1: empty message');
    expect((await readEml(Buffer.from('\n\n\r\n'), 'blank.eml')).fatal?.message).toBe('line 1: empty message');
  });

  it('skips an mbox envelope line at the top of an .eml', async () => {
    const raw = Buffer.from('From someone@example.com Mon May  2 16:07:05 2005\nFrom: a@example.com\nSubject: hi\n\nbody\n');
    const record = await readEml(raw, 'x.eml');
    expect(record.fatal).toBeUndefined();
    expect(record.text).toBe('body');
    expect(record.segments[0]?.line).toBe(5);
  });

  it('accepts a message with headers and no body', async () => {
    const record = await readEml(Buffer.from('From: a@example.com\nSubject: only headers\n'), 'h.eml');
    expect(record.fatal).toBeUndefined();
    expect(record.text).toBe('');
    expect(record.subject).toBe('only headers');
  });
});
