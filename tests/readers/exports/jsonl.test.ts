import { describe, expect, it } from 'vitest';
import { readJsonl } from '../../../src/readers/exports/jsonl.js';
import { checkRecords, chunked, collect } from '../mail/helpers.js';

const lines = [
  '{"id":"t1","text":"I was charged twice!","role":"customer","thread":"T","channel":"email","date":"2019-01-01T10:00:00Z"}',
  '',
  '{"id":"r1","text":"Sorry, I\'ve refunded the second charge.\\nBest,\\nAna","role":"agent","thread":"T","inReplyTo":"t1","author":"ana","subject":"Re: charge"}',
  '{"id":2,"text":"numeric id","role":"agent"}',
  'not json',
  '{"id":"x","role":"agent"}',
  '{"id":"y","text":42}',
  '[1,2]',
  '{"id":"z","text":"bad role","role":"bot"}',
  '{"id":"w","text":"bad channel","channel":"fax"}',
  '{"id":"v","text":"bad date","date":"sometime"}',
  '{"id":"r1","text":"duplicate id"}',
  '{"text":"no id"}',
  '\uFEFF',
].join('\n');

describe('readJsonl', () => {
  it('reads every non-blank line into one record, fatal ones naming the line', async () => {
    const records = await collect(readJsonl(chunked(`\uFEFF${lines}`, 7), 'x.jsonl'));
    checkRecords(records);
    expect(records.map((r) => [r.line, r.id, r.fatal?.message])).toEqual([
      [1, 't1', undefined],
      [3, 'r1', undefined],
      [4, '2', undefined],
      [5, 'line-5', expect.stringMatching(/^line 5: invalid JSON: /)],
      [6, 'line-6', 'line 6: missing "text"'],
      [7, 'line-7', 'line 7: "text" must be a string, found a number'],
      [8, 'line-8', 'line 8: expected a JSON object, found an array'],
      [9, 'line-9', 'line 9: "role" must be "agent" or "customer", found "bot"'],
      [10, 'line-10', 'line 10: "channel" must be "email", "chat" or "social", found "fax"'],
      [11, 'line-11', 'line 11: "date" is not a date: "sometime"'],
      [12, 'r1#2', undefined],
      [13, 'line-13', undefined],
      // line 14 holds only a stray BOM: blank, not a record
    ]);
    expect(records[1]).toMatchObject({ role: 'agent', threadKey: 'T', inReplyTo: 't1', author: 'ana', subject: 'Re: charge', kind: 'export' });
    expect(records[0]).toMatchObject({ channel: 'email', date: '2019-01-01T10:00:00.000Z' });
  });

  it('maps text offsets to columns, across escapes', async () => {
    const [, reply] = await collect(readJsonl(chunked(lines, 1000), 'x.jsonl'));
    const line = lines.split('\n')[2] ?? '';
    const text = reply?.text ?? '';
    expect(text).toBe("Sorry, I've refunded the second charge.\nBest,\nAna");
    // "Best," sits after the \n escape: its column is where it stands in the line.
    const offset = text.indexOf('Best,');
    const segment = [...(reply?.segments ?? [])].reverse().find((s) => s.offset <= offset);
    expect(segment).toBeDefined();
    const column = (segment?.column ?? 0) + (offset - (segment?.offset ?? 0));
    expect(line.slice(column - 1, column - 1 + 5)).toBe('Best,');
  });

  it('reports a line over the limit without buffering it', async () => {
    const big = `{"id":"a","text":"${'x'.repeat(5000)}"}\n{"id":"b","text":"ok"}\n`;
    const records = await collect(readJsonl(chunked(big, 100), 'big.jsonl', { maxLineBytes: 1000 }));
    expect(records.map((r) => r.fatal?.message)).toEqual(['line 1: line too long', undefined]);
  });
});
