import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldSpans, normaliseId, readCsv, type CsvStats } from '../../../src/readers/exports/csv.js';
import { MappingError, parseMapping } from '../../../src/readers/exports/mapping.js';
import { damageAsMacRoman, macRomanChar, repairMacRoman } from '../../../src/readers/exports/mojibake.js';
import type { MailRecord } from '../../../src/readers/record.js';
import { checkRecords, chunked, collect, sharedData } from '../mail/helpers.js';

const twcs5000 = join(sharedData, 'twcs', 'twcs-5000.csv');
const twcsTest = join(sharedData, 'twcs', 'twcs_test.csv');

/** Independent RFC 4180 row count: records end at a line feed outside quotes. */
function countRows(text: string): { rows: number; agentRows: number } {
  let inQuotes = false;
  let rows = 0;
  let field = 0;
  let current = '';
  let agentRows = 0;
  let inbound = '';
  const header = text.slice(0, text.indexOf('\n')).replace(/^\uFEFF/, '').split(',');
  const inboundAt = header.indexOf('inbound');
  for (let i = text.indexOf('\n') + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ',' && !inQuotes) {
      if (field === inboundAt) inbound = current;
      field++;
      current = '';
    } else if (c === '\n' && !inQuotes) {
      rows++;
      if (inbound.toLowerCase() === 'false') agentRows++;
      field = 0;
      current = '';
    } else current += c;
  }
  if (!text.endsWith('\n')) {
    rows++;
    if (inbound.toLowerCase() === 'false') agentRows++;
  }
  return { rows, agentRows };
}

const read = async (path: string, stats?: CsvStats): Promise<MailRecord[]> =>
  collect(readCsv(createReadStream(path), path, { mapping: 'twcs', ...(stats ? { stats } : {}) }));

describe('mapping syntax', () => {
  it('parses fields, role pairs, column numbers and constants', () => {
    const mapping = parseMapping('id=tweet_id,text=#6,role=inbound:False=agent:TRUE=customer,channel="social"');
    expect(mapping.fields.id).toEqual({ kind: 'name', name: 'tweet_id' });
    expect(mapping.fields.text).toEqual({ kind: 'index', index: 5 });
    expect(mapping.fields.channel).toEqual({ kind: 'constant', value: 'social' });
    expect([...(mapping.role?.values ?? [])]).toEqual([
      ['false', 'agent'],
      ['true', 'customer'],
    ]);
  });

  it('expands the twcs preset', () => {
    expect(parseMapping('twcs').fields.inReplyTo).toEqual({ kind: 'name', name: 'in_response_to_tweet_id' });
  });

  it.each([
    ['id=tweet_id', 'mapping: text=COLUMN is required'],
    ['text=text,colour=x', 'mapping "colour=x": unknown field "colour" (fields: id, text, inReplyTo, thread, author, role, date, subject, channel)'],
    ['text', 'mapping "text": expected field=column'],
    ['text=text,role=inbound:False=boss', 'mapping "role=inbound:False=boss": expected value=agent or value=customer, got "False=boss"'],
    ['text=text,role=inbound', 'mapping "role=inbound": role needs at least one value=role pair'],
    ['text=#0', 'mapping "text=#0": column numbers start at #1'],
    ['text=text,channel="fax"', 'mapping: channel must be email, chat or social, got "fax"'],
  ])('rejects %s with a one-line message', (spec, message) => {
    expect(() => parseMapping(spec)).toThrow(new MappingError(message));
  });
});

describe('helpers', () => {
  it('normaliseId undoes pandas floats', () => {
    expect(normaliseId('3.0')).toBe('3');
    expect(normaliseId(' 12 ')).toBe('12');
    expect(normaliseId('')).toBeUndefined();
    expect(normaliseId('3.5')).toBe('3.5');
  });

  it('fieldSpans finds quoted and unquoted fields', () => {
    expect(fieldSpans('a,"b,""c",d\r\n')).toEqual([
      { start: 0, end: 1, quoted: false },
      { start: 2, end: 9, quoted: true },
      { start: 10, end: 11, quoted: false },
    ]);
  });
});

describe('twcs-5000.csv', () => {
  it('reads 4,999 rows and one fatal record for the broken row, naming its line', async () => {
    const stats: CsvStats = { rows: 0, fatal: 0, repaired: 0 };
    const records = await read(twcs5000, stats);
    checkRecords(records);
    const expected = countRows(readFileSync(twcs5000, 'utf8'));
    expect(expected.rows).toBe(5000);
    expect(records).toHaveLength(expected.rows);
    const fatal = records.filter((r) => r.fatal);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]?.fatal).toEqual({
      message: 'line 2589: bare carriage return in unquoted field "text" (RFC 4180 requires quoting)',
      line: 2589,
      column: 65,
    });
    expect(readFileSync(twcs5000, 'utf8').split('\n')[2588]?.startsWith('2484,3399,')).toBe(true);
    expect(fatal[0]?.id).toBe('3399');
    // read = ok + failed
    expect(stats).toEqual({ rows: 5000, fatal: 1, repaired: 0 });
    expect(records.filter((r) => r.role === 'agent' && !r.fatal)).toHaveLength(expected.agentRows);
    expect(expected.agentRows).toBe(2222);
  });

  it('maps every field of a row and points at the text in the file', async () => {
    const records = await read(twcs5000);
    const first = records[0];
    expect(first).toMatchObject({
      id: '1',
      index: 0,
      line: 2,
      kind: 'export',
      author: 'sprintcare',
      role: 'agent',
      inReplyTo: '3',
      date: '2017-10-31T22:10:47.000Z',
      channel: 'social',
      text: '@115712 I understand. I would like to assist you. We would need to get you into a private secured link to further assist.',
    });
    const lines = readFileSync(twcs5000, 'utf8').split('\n');
    for (const record of records.slice(0, 300)) {
      if (record.fatal || record.text.includes('"') || record.text.includes('\n')) continue;
      const segment = record.segments[0];
      const line = lines[(segment?.line ?? 0) - 1] ?? '';
      expect(line.slice((segment?.column ?? 1) - 1).startsWith(record.text), record.id).toBe(true);
    }
  });

  it('gives exact positions inside quoted fields with doubled quotes', async () => {
    const csv = 'id,text\n1,"She said ""hi"" twice"\n';
    const [record] = await collect(readCsv(chunked(csv, 3), 'q.csv', { mapping: 'id=id,text=text' }));
    expect(record?.text).toBe('She said "hi" twice');
    expect(record?.segments).toEqual([
      { offset: 0, line: 2, column: 4 },
      { offset: 10, line: 2, column: 15 },
      { offset: 13, line: 2, column: 19 },
    ]);
  });
});

describe('twcs_test.csv (no index column, TRUE/FALSE, BOM, Mac Roman mojibake)', () => {
  it('reads all 1,520 rows and repairs the mojibake', async () => {
    const stats: CsvStats = { rows: 0, fatal: 0, repaired: 0 };
    const records = await read(twcsTest, stats);
    checkRecords(records);
    expect(records).toHaveLength(1520);
    expect(records.filter((r) => r.fatal)).toHaveLength(0);
    expect(records.filter((r) => r.role === 'agent').length + records.filter((r) => r.role === 'customer').length).toBe(1520);
    // Every damaged row (all 290 rows with non-ASCII text) is repaired; nothing else is touched.
    expect(stats.repaired).toBe(290);
    const text = records.map((r) => r.text).join('\n');
    expect(text).not.toMatch(/‚Ä|√|üò/);
    expect(records.find((r) => r.id === '4')?.text).toContain('Just click ‘Message’ at the top');
    expect(records.find((r) => r.id === '4')?.line).toBe(5);
  });
});

describe('damaged CSV rows', () => {
  const mapping = 'id=id,text=text,role=who:a=agent:c=customer';

  it('turns each damaged row into one fatal record and reads the rest', async () => {
    const csv = [
      'id,text,who',
      '1,fine,a',
      '2,too,many,fields,c',
      '3,"a stray "quote" here",c',
      '4,short',
      '5,"multi',
      'line",a',
      '6,also fine,c',
      '',
    ].join('\n');
    const stats: CsvStats = { rows: 0, fatal: 0, repaired: 0 };
    const records = await collect(readCsv(chunked(csv, 5), 'bad.csv', { mapping, stats }));
    expect(records.map((r) => [r.line, r.id, r.fatal?.message])).toEqual([
      [2, '1', undefined],
      [3, '2', 'line 3: expected 3 fields, found 5'],
      [4, 'line-4', expect.stringMatching(/^line 4: Invalid Closing Quote/)],
      [5, '4', 'line 5: expected 3 fields, found 2'],
      [6, '5', undefined],
      [8, '6', undefined],
    ]);
    expect(records[4]?.text).toBe('multi\nline');
    expect(stats).toEqual({ rows: 6, fatal: 3, repaired: 0 });
  });

  it('reports a header that lacks mapped columns once', async () => {
    const records = await collect(readCsv(chunked('a,b\n1,2\n', 4), 'x.csv', { mapping: 'text=body,id=a' }));
    expect(records).toHaveLength(1);
    expect(records[0]?.fatal?.message).toBe('line 1: header lacks mapped column(s) "body"');
  });

  it('reads files without a header by column number', async () => {
    const mappingNoHeader = parseMapping('id=#1,text=#2', { header: false });
    const records = await collect(readCsv(chunked('7,hello\n8,world\n', 3), 'n.csv', { mapping: mappingNoHeader }));
    expect(records.map((r) => [r.id, r.text, r.line])).toEqual([
      ['7', 'hello', 1],
      ['8', 'world', 2],
    ]);
  });

  it('reports an unclosed quote at the end as one fatal record', async () => {
    const records = await collect(readCsv(chunked('id,text\n1,ok\n2,"never closed\n3,lost\n', 4), 'u.csv', { mapping: 'id=id,text=text' }));
    expect(records).toHaveLength(2);
    expect(records[1]?.fatal?.message).toMatch(/^line \d: Quote Not Closed/);
  });
});

describe('Mac Roman mojibake', () => {
  it('matches the Mac OS Roman table (spot checks)', () => {
    expect(macRomanChar(0xe2)).toBe('‚');
    expect(macRomanChar(0x80)).toBe('Ä');
    expect(macRomanChar(0x99)).toBe('ô');
    expect(macRomanChar(0xdb)).toBe('€');
    expect(macRomanChar(0xf0)).toBe('\uf8ff');
    expect(macRomanChar(0xff)).toBe('ˇ');
  });

  it.each(['won’t', 'naïve café', 'I ❤️ it 😂', '“quoted” — dash', 'Ärger über Öl'])('round-trips %s', (text) => {
    expect(repairMacRoman(damageAsMacRoman(text))).toBe(text);
  });

  it.each(['plain ascii', 'café', 'naïve', '– dash alone', 'déjà vu', 'Straße', '😂 real emoji', '“quotes”'])('leaves genuine text %s alone', (text) => {
    expect(repairMacRoman(text)).toBeUndefined();
  });
});
