/**
 * Every file of the shared mail corpus is read; each message becomes exactly one record (or one
 * fatal record), counted independently of the readers, and no reader throws.
 */
import { readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMailPath } from '../../../src/readers/mail/source.js';
import type { MailRecord } from '../../../src/readers/record.js';
import { checkRecords, collect, sharedData, walk } from './helpers.js';

const mailRoot = join(sharedData, 'mail');

/** Messages in an mbox by the plain rule: a `From ` line first in the file or after a blank line. */
function countMboxMessages(bytes: Buffer): number {
  const lines = bytes.toString('latin1').split('\n').map((line) => line.replace(/\r$/, ''));
  let count = 0;
  let seenContent = false;
  lines.forEach((line, i) => {
    if (line.startsWith('From ') && (!seenContent || lines[i - 1] === '')) count++;
    if (line.trim() !== '') seenContent = true;
  });
  return count;
}

/** How many records a file should give, decided without the readers' code. */
function expectedRecords(path: string): { count: number; mail: boolean } {
  const ext = extname(path).toLowerCase();
  if (ext === '.zip') return { count: countMboxMessages(readFileSync(join(path, '..', 'messages.mbox'))), mail: true };
  const bytes = readFileSync(path);
  if (ext === '.eml') return { count: 1, mail: true };
  if (ext === '.mbox') return { count: countMboxMessages(bytes), mail: true };
  const first = bytes.toString('latin1').split('\n').find((line) => line.trim() !== '') ?? '';
  if (first.startsWith('From ')) return { count: countMboxMessages(bytes), mail: true };
  if (/^[A-Za-z-]+:/.test(first)) return { count: 1, mail: true };
  return { count: 1, mail: false }; // not mail: one fatal record
}

const files = walk(mailRoot);

describe('shared mail corpus', () => {
  it('has the files the README describes', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(files.some((f) => f.endsWith('.mbox'))).toBe(true);
    expect(files.some((f) => f.endsWith('messages.zip'))).toBe(true);
  });

  it('reads every file into exactly one record per message, never throwing', async () => {
    let messages = 0;
    const notMail: string[] = [];
    const fatalMail: string[] = [];
    const all: MailRecord[] = [];
    for (const file of files) {
      const expected = expectedRecords(file);
      const records = await collect(readMailPath(file));
      const name = relative(mailRoot, file);
      expect(records.length, name).toBe(expected.count);
      // A zip's members are their own sources; a plain file is the source of all its records.
      if (!file.endsWith('.zip')) expect(new Set(records.map((r) => r.source)), name).toEqual(new Set([file]));
      const bySource = new Map<string, MailRecord[]>();
      for (const record of records) bySource.set(record.source, [...(bySource.get(record.source) ?? []), record]);
      for (const group of bySource.values()) checkRecords(group);
      if (!expected.mail) {
        notMail.push(name);
        expect(records[0]?.fatal, name).toBeDefined();
      } else {
        messages += records.length;
        for (const record of records) if (record.fatal) fatalMail.push(`${name}: ${record.fatal.message}`);
      }
      all.push(...records);
    }
    // Every real message of the corpus is readable; only the non-mail files are fatal.
    expect(fatalMail).toEqual([]);
    expect(notMail.map((n) => basename(n)).sort()).toEqual(
      [
        '.gitattributes',
        'Biodiversite de semaine en semaine.doc',
        'HasenundFrosche.txt',
        'LICENSE',
        'LICENSE',
        'LICENSE.txt',
        'MIT-LICENSE',
        'README.md',
        'aaa.txt',
        'abc.txt',
        'bin-bashy.jpg',
        'blueball.png',
        'bugzilla_bug.xml',
        'bugzilla_bugs_invalid_chars.xml',
        'farmerandstork.txt',
        'greenball.png',
        'hareandtortoise.txt',
        'redball.png',
        'sample_output_multipart',
        'test.doc',
        'winmail.dat',
        'wolfandlamb.txt',
        'xml_invalid.xml',
      ].sort(),
    );
    expect(messages).toBeGreaterThan(300);
  });

  it('decodes charsets: Shift_JIS, ISO-2022-JP, ISO-8859-1, GB2312, UTF-7', async () => {
    const text = async (path: string): Promise<MailRecord> => {
      const [record] = await collect(readMailPath(join(mailRoot, path)));
      if (!record) throw new Error(`no record for ${path}`);
      return record;
    };
    expect((await text('mikel-mail/spec/fixtures/emails/multi_charset/japanese_shift_jis.eml')).text).toContain('あいうえお');
    const iso2022 = await text('mikel-mail/spec/fixtures/emails/multi_charset/japanese_iso_2022.eml');
    expect(iso2022.text).toContain('すみません');
    expect(iso2022.subject).toBe('まみむめも');
    expect((await text('spamscope/mail_test_9.eml')).text).toMatch(/[\u4e00-\u9fff]/);
    const utf7 = await text('zbateson/tests/_data/emails/m0006.txt');
    expect(utf7.text).toContain('Die Hasen und die Frösche');
    expect(utf7.subject).toContain('Frösche');
    const pipermail = await text('perceval/tests/data/mbox/mbox_unixfrom_encoding.mbox');
    expect(pipermail.text).toContain('“software getting tested”');
    // Mailman hides addresses as "name at domain"; threading needs them back.
    expect(pipermail.from?.address).toBe('christian@example.org');
  });

  it('keeps duplicated Message-IDs apart and ignores unparseable dates', async () => {
    const records = await collect(readMailPath(join(mailRoot, 'perceval/tests/data/mbox/mbox_no_fields.mbox')));
    expect(records.map((r) => r.id)).toEqual([
      '4CF64D10.9020206@domain.com',
      '4CF64D10.9020206@domain.com#2',
      '4CF64D10.9020206@domain.com#3',
      'line-36',
      '4CF64D10.9020206@domain.com#4',
      '0000be042b7b@domain.com',
    ]);
    expect(records[4]?.date).toBeUndefined(); // "Date:  " (empty)
    expect(records[5]?.date).toBe('2016-09-21T19:42:07.000Z'); // "RANDOM_Wed, 21 Sep 2016 22:42:07 +0300": still a date
    expect(records[0]?.date).toBe('2010-12-01T13:26:40.000Z');
  });

  it('converts HTML-only mail to text (gb2312 spam, groups.io)', async () => {
    const records = await collect(readMailPath(join(mailRoot, 'perceval/tests/data/groupsio/messages.zip')));
    expect(records).toHaveLength(49);
    expect(records.every((r) => r.source.endsWith('messages.zip!messages.mbox'))).toBe(true);
    expect(records.filter((r) => r.text.trim() !== '').length).toBeGreaterThan(45);
    expect(records.some((r) => /<[a-z]+[ >]/i.test(r.text))).toBe(false);
  });

  it('reads the 0.5–1.2 MB stress messages', async () => {
    for (const name of ['large_text.eml', 'outofmemory.eml', 'htmllargecallstack.eml']) {
      const records = await collect(readMailPath(join(mailRoot, 'mailparser/test/fixtures', name)));
      expect(records, name).toHaveLength(1);
      expect(records[0]?.fatal, name).toBeUndefined();
    }
  });
});
