/**
 * Property tests over the mail readers: random bytes, truncated and spliced real messages,
 * generated mboxes, quote detection. Readers never throw, never hang (each run has a deadline), and account for
 * every input: records = messages (rows, lines) detected.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEml } from '../../../src/readers/mail/eml.js';
import { readMbox, splitMbox } from '../../../src/readers/mail/mbox.js';
import { findSignature, stripQuoted } from '../../../src/readers/mail/quote.js';
import { checkRecords, chunked, collect, sharedData, walk } from './helpers.js';
import { deadline } from './deadline.js';

const realMessages = walk(join(sharedData, 'mail'))
  .filter((f) => f.endsWith('.eml') || /\/m\d{4}\.txt$/.test(f))
  .slice(0, 120)
  .map((f) => readFileSync(f));

const line = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'F', 'r', 'o', 'm', '>', ':', '-', '\r', 'é', '1', '2', '\t'), maxLength: 30 });

/** A message body that may contain From lines, quoted From lines and blank lines. */
const body = fc.array(fc.oneof(line, fc.constant('From me at 10:00 in 2024'), fc.constant('>From you'), fc.constant('')), { maxLength: 8 });

/** mboxrd writer: one more `>` on every `>*From ` line. */
function escape(lines: string[]): string[] {
  return lines.map((l) => (/^>*From /.test(l) ? `>${l}` : l));
}

describe('fuzz: mail', () => {
  it('readEml never throws and returns one record for any bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const record = await deadline(readEml(Buffer.from(bytes), 'fuzz.eml'), 'readEml');
        checkRecords([record]);
      }),
      { numRuns: 200 },
    );
  });

  it('readEml survives truncated and spliced real messages', async () => {
    const message = fc.constantFrom(...realMessages);
    await fc.assert(
      fc.asyncProperty(message, message, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), async (a, b, cutA, cutB) => {
        const spliced = Buffer.concat([a.subarray(0, Math.floor(a.length * cutA)), b.subarray(Math.floor(b.length * cutB))]);
        const record = await deadline(readEml(spliced, 'spliced.eml'), 'readEml');
        checkRecords([record]);
      }),
      { numRuns: 150 },
    );
  });

  it('an mboxrd written from N messages reads back as N messages, byte for byte', async () => {
    const msg = fc.record({ subject: line, body, crlf: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(msg, { maxLength: 6 }), fc.integer({ min: 1, max: 64 }), async (messages, chunk) => {
        const raws = messages.map(({ subject, body: lines, crlf }, i) => {
          const eol = crlf ? '\r\n' : '\n';
          return [`From: s${i}@example.com`, `Subject: ${subject.replace(/[\r\n]/g, '')}`, '', ...escape(lines)].join(eol) + eol;
        });
        const mbox = raws.map((raw) => `From s@example.com Tue Jan  1 10:00:00 2019\n${raw}\n`).join('');
        const split = await deadline(collect(splitMbox(chunked(mbox, chunk))), 'splitMbox');
        expect(split).toHaveLength(messages.length);
        const records = await deadline(collect(readMbox(chunked(mbox, chunk), 'gen.mbox')), 'readMbox');
        expect(records).toHaveLength(messages.length);
        checkRecords(records);
        // Unescaping gives back what the writer escaped.
        split.forEach((part, i) => {
          const original = messages[i];
          const expected = raws[i]?.replace(/^>(>*From )/gm, '$1');
          if (original) expect(part.raw.toString('utf8')).toBe(expected);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('readMbox accounts for every separator in random and truncated mboxes', async () => {
    const realMbox = readFileSync(join(sharedData, 'mail/mboxparser/testbox.mbox'));
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 500 }), async (noise, cut, chunk) => {
        const input = Buffer.concat([realMbox.subarray(0, Math.floor(realMbox.length * cut)), Buffer.from('\n'), Buffer.from(noise)]);
        const parts = await deadline(collect(splitMbox(chunked(input, chunk))), 'splitMbox');
        const records = await deadline(collect(readMbox(chunked(input, chunk), 'noisy.mbox')), 'readMbox');
        expect(records).toHaveLength(parts.length);
        checkRecords(records);
        expect(records.map((r) => r.line)).toEqual(parts.map((p) => p.line));
      }),
      { numRuns: 100 },
    );
  });

  it('quote and signature detection never throw and keep spans inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(line, fc.constantFrom('> q', 'On Mon, 1 Jan 2019, A <a@b.c> wrote:', '-- ', 'Best,', 'Sent from my iPhone', '-----Original Message-----', '')), { maxLength: 15 }), (lines) => {
        const text = lines.join('\n');
        const split = stripQuoted(text);
        expect(split.text.split('\n').length).toBe(split.text === '' ? 1 : split.lineMap.length);
        const span = findSignature(split.text);
        if (span) expect(span.end).toBeLessThanOrEqual(split.text.length);
      }),
      { numRuns: 500 },
    );
  });
});
