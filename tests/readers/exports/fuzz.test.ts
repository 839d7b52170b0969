/**
 * Property tests over the CSV and JSONL readers. Readers never throw, never hang (each run has a deadline), and account for
 * every input: records = messages (rows, lines) detected.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv, type CsvStats } from '../../../src/readers/exports/csv.js';
import { readJsonl } from '../../../src/readers/exports/jsonl.js';
import { checkRecords, chunked, collect } from '../mail/helpers.js';
import { deadline } from '../mail/deadline.js';

const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é', '😂', '1'), maxLength: 12 });

function quote(value: string): string {
  return /[",\r\n]/.test(value) || value === '' ? `"${value.replace(/"/g, '""')}"` : value;
}

describe('fuzz: exports', () => {
  it('CSV written properly reads back row for row', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell), { maxLength: 20 }), fc.integer({ min: 1, max: 50 }), fc.boolean(), async (rows, chunk, crlf) => {
        const eol = crlf ? '\r\n' : '\n';
        const csv = `id,text${eol}${rows.map(([, text], i) => `${i},${quote(text)}`).join(eol)}${eol}`;
        const records = await deadline(collect(readCsv(chunked(csv, chunk), 'f.csv', { mapping: 'id=id,text=text', repairMojibake: false })), 'readCsv');
        expect(records).toHaveLength(rows.length);
        checkRecords(records);
        records.forEach((record, i) => {
          expect(record.fatal).toBeUndefined();
          expect(record.text).toBe(rows[i]?.[1]);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('CSV of random bytes never throws and counts what it reads', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 1500 }), fc.integer({ min: 1, max: 100 }), async (bytes, chunk) => {
        const stats: CsvStats = { rows: 0, fatal: 0, repaired: 0 };
        const input = Buffer.concat([Buffer.from('id,text\n'), Buffer.from(bytes)]);
        const records = await deadline(collect(readCsv(chunked(input, chunk), 'r.csv', { mapping: 'id=id,text=text', stats })), 'readCsv');
        // read = ok + failed: every row seen is a record, fatal or not.
        expect(records.length).toBe(stats.rows);
        expect(records.filter((r) => r.fatal).length).toBe(stats.fatal);
        const byLine = records.map((r) => r.line);
        expect([...byLine].sort((a, b) => a - b)).toEqual(byLine);
      }),
      { numRuns: 150 },
    );
  });

  it('JSONL: one record per non-blank line, fatal exactly for the bad ones', async () => {
    const good = fc.record({ id: fc.string({ maxLength: 5 }), text: fc.string({ maxLength: 20 }), role: fc.constantFrom('agent', 'customer') }).map((o) => ({ line: JSON.stringify(o), ok: true }));
    const bad = fc.oneof(
      fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '' && !s.includes('\n') && !s.includes('\r')),
      fc.constant('{"id":"x"}'),
      fc.constant('{"text":1}'),
      fc.constant('null'),
    ).map((l) => ({ line: l, ok: false }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(good, bad), { maxLength: 20 }), fc.integer({ min: 1, max: 40 }), async (lines, chunk) => {
        const input = lines.map((l) => l.line).join('\n');
        const records = await deadline(collect(readJsonl(chunked(input, chunk), 'f.jsonl')), 'readJsonl');
        expect(records).toHaveLength(lines.length);
        checkRecords(records);
        records.forEach((record, i) => {
          const expectedOk = lines[i]?.ok === true || (lines[i] !== undefined && isCanonical(lines[i].line));
          expect(record.fatal === undefined, lines[i]?.line).toBe(expectedOk);
        });
      }),
      { numRuns: 150 },
    );
  });
});

/** A random "bad" string may happen to be a valid record ({"text":"…"}); decide independently. */
function isCanonical(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { text?: unknown }).text === 'string';
  } catch {
    return false;
  }
}
