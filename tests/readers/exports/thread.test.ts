import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/readers/exports/csv.js';
import { readJsonl } from '../../../src/readers/exports/jsonl.js';
import { readMailPath } from '../../../src/readers/mail/source.js';
import type { MailRecord } from '../../../src/readers/record.js';
import { SpillStore } from '../../../src/readers/record-store.js';
import { agentMatcher, buildReplies, normaliseSubject, ThreadBuilder, threadReplies, type Accounting } from '../../../src/readers/thread.js';
import { chunked, collect, fixtures, sharedData, walk } from '../mail/helpers.js';

let seq = 0;
function mail(fields: Partial<MailRecord> & { text: string }): MailRecord {
  return { source: 'a.mbox', id: `m${seq}`, index: seq++, kind: 'mail', line: 1, references: [], segments: [], ...fields };
}

describe('agentMatcher', () => {
  const isAgent = agentMatcher(['@Acme.example', 'lead@partner.example', 'SprintCare', '']);
  it.each([
    [{ from: { address: 'ana@acme.example' } }, true],
    [{ from: { address: 'ANA@Support.Acme.Example' } }, true],
    [{ from: { address: 'ana@notacme.example' } }, false],
    [{ from: { address: 'lead@partner.example' } }, true],
    [{ from: { address: 'other@partner.example' } }, false],
    [{ author: 'sprintcare' }, true],
    [{ author: 'sprintcare2' }, false],
    [{ from: { name: 'Sprintcare' } }, true],
    [{}, false],
  ])('%j → %s', (record, expected) => {
    expect(isAgent(record)).toBe(expected);
  });
});

describe('normaliseSubject', () => {
  it.each([
    ['Re: Order 1', 'order 1'],
    ['RE: AW: Fwd:  Order   1', 'order 1'],
    ['[List-name] Re: [List-name] Order 1', 'order 1'],
    ['SV: Re[2]: Order 1', 'order 1'],
    ['Order 1', 'order 1'],
  ])('%s → %s', (subject, expected) => {
    expect(normaliseSubject(subject)).toBe(expected);
  });
});

describe('threading mail', () => {
  it('links by In-Reply-To and References, gives context and previous replies', async () => {
    const records = [
      mail({ messageId: '<c1@x>', from: { address: 'jane@example.com' }, text: 'Broken lamp!', date: '2019-01-01T10:00:00Z' }),
      mail({ messageId: '<a1@acme>', inReplyTo: '<c1@x>', references: ['<c1@x>'], from: { address: 'ana@acme.example' }, text: 'Sorry, replacing it.', date: '2019-01-01T11:00:00Z' }),
      mail({ messageId: '<c2@x>', inReplyTo: '<a1@acme>', references: ['<c1@x>', '<a1@acme>'], from: { address: 'jane@example.com' }, text: 'When?', date: '2019-01-01T12:00:00Z' }),
      // References a message we do not have: still the same thread through <c1@x>.
      mail({ messageId: '<a2@acme>', inReplyTo: '<missing@x>', references: ['<c1@x>', '<missing@x>'], from: { address: 'ana@acme.example' }, text: 'Today.', date: '2019-01-01T13:00:00Z' }),
      mail({ messageId: '<other@x>', from: { address: 'bob@example.com' }, text: 'Unrelated', date: '2019-01-01T09:00:00Z' }),
    ];
    const { replies, accounting } = await buildReplies(records, { agents: ['@acme.example'] });
    expect(accounting).toEqual({ read: 5, agentReplies: 2, context: 3, failed: 0 });
    expect(replies.map((r) => [r.id, r.context, r.thread])).toEqual([
      ['m1', 'Broken lamp!', { id: 'm0', position: 1, previousReplies: [] }],
      ['m3', 'When?', { id: 'm0', position: 3, previousReplies: ['Sorry, replacing it.'] }],
    ]);
  });

  it('falls back to the subject for replies without references, never for two non-replies', async () => {
    const records = [
      mail({ subject: 'Help', from: { address: 'a@example.com' }, text: 'first help' }),
      mail({ subject: 'Help', from: { address: 'b@example.com' }, text: 'second help' }),
      mail({ subject: 'RE: [Shop] help', from: { address: 'ana@acme.example' }, text: 'answer' }),
    ];
    const { replies } = await buildReplies(records, { agents: ['@acme.example'] });
    expect(replies[0]?.thread?.position).toBe(1);
    expect(replies[0]?.context).toBe('first help');
  });

  it('orders by input when a member has no date; fatal records are reported, not linted', async () => {
    const records = [
      mail({ messageId: '<c@x>', text: 'question', from: { address: 'c@example.com' } }),
      mail({ messageId: '<f@x>', inReplyTo: '<c@x>', text: '', fatal: { message: 'line 9: broken' } }),
      mail({ messageId: '<a@x>', inReplyTo: '<c@x>', role: 'agent', text: 'answer', date: '2019-01-01T00:00:00Z' }),
    ];
    const accounting: Accounting = { read: 0, agentReplies: 0, context: 0, failed: 0 };
    const replies = [];
    for await (const reply of threadReplies(records, {}, accounting)) replies.push(reply);
    expect(accounting).toEqual({ read: 3, agentReplies: 1, context: 1, failed: 1 });
    expect(replies.map((r) => [r.fatal?.message, r.thread?.position])).toEqual([
      ['line 9: broken', 1],
      [undefined, 2],
    ]);
    expect(replies[1]?.context).toBe('question');
  });

  it('threads the fixture mailbox: customer complaint and agent replies', async () => {
    const records: MailRecord[] = [];
    for await (const record of readMailPath(join(fixtures, 'eml'))) records.push(record);
    const { replies, accounting } = await buildReplies(records, { agents: ['@acme.example'] });
    expect(accounting).toEqual({ read: 5, agentReplies: 3, context: 1, failed: 1 });
    const gmail = replies.find((r) => r.id === 'reply-1@support.acme.example');
    expect(gmail?.context).toBe('My order 1234 arrived broken. I want a refund!\n\nJane');
    expect(gmail?.signature).toBeDefined();
    expect(gmail?.filePath.endsWith('gmail-reply.eml')).toBe(true);
  });
});

describe('threading exports', () => {
  it('twcs-5000: every company reply is a Reply, customer tweets are context', async () => {
    const path = join(sharedData, 'twcs', 'twcs-5000.csv');
    const { replies, accounting } = await buildReplies(readCsv(createReadStream(path), path, { mapping: 'twcs' }));
    expect(accounting).toEqual({ read: 5000, agentReplies: 2222, context: 2777, failed: 1 });
    expect(accounting.read).toBe(accounting.agentReplies + accounting.context + accounting.failed);
    expect(replies).toHaveLength(2223);
    const first = replies.find((r) => r.id === '1');
    expect(first?.context).toBe('@sprintcare I have sent several private messages and no one is responding as usual');
    expect(first?.thread?.previousReplies).toHaveLength(2);
    // Most replies answer a customer tweet that is in the sample.
    expect(replies.filter((r) => r.context).length).toBeGreaterThan(2000);
  });

  it('JSONL: thread keys group records, inReplyTo picks the context', async () => {
    const jsonl = [
      { id: 'c1', text: 'Where is my order?', role: 'customer', thread: 'T1' },
      { id: 'c2', text: 'Also, wrong size.', role: 'customer', thread: 'T1' },
      { id: 'a1', text: 'Checking the order.', role: 'agent', thread: 'T1', inReplyTo: 'c1' },
      { id: 'a2', text: 'Exchanging the size.', role: 'agent', thread: 'T1' },
      { id: 'c3', text: 'Other thread', role: 'customer', thread: 'T2' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const { replies } = await buildReplies(readJsonl(chunked(jsonl, 9), 'x.jsonl'));
    expect(replies.map((r) => [r.id, r.context, r.thread])).toEqual([
      ['a1', 'Where is my order?', { id: 'c1', position: 2, previousReplies: [] }],
      ['a2', 'Also, wrong size.', { id: 'c1', position: 3, previousReplies: ['Checking the order.'] }],
    ]);
  });
});

describe('threading from a spill file', () => {
  /** The same records threaded in memory and through a SpillStore. */
  async function bothWays(records: MailRecord[], agents: string[]) {
    const inMemory = await buildReplies(records, { agents });
    const store = new SpillStore();
    try {
      const builder = new ThreadBuilder({ agents, store });
      for (const record of records) builder.add(record);
      const spilled = [...builder.replies()];
      const meta = spilled.map((_, i) => builder.replyMeta(i));
      return { inMemory: inMemory.replies, spilled, meta };
    } finally {
      store.close();
    }
  }

  it('gives the same Replies as in memory for every shared mailbox and the twcs export', async () => {
    const records: MailRecord[] = [];
    for (const file of walk(join(sharedData, 'mail'))) records.push(...(await collect(readMailPath(file))));
    const csv = join(sharedData, 'twcs', 'twcs-5000.csv');
    records.push(...(await collect(readCsv(createReadStream(csv), csv, { mapping: 'twcs' }))));
    const { inMemory, spilled, meta } = await bothWays(records, ['@acme.example', 'sprintcare', 'AppleSupport']);
    expect(spilled.length).toBeGreaterThan(2223);
    expect(spilled).toEqual(inMemory);
    // The cluster table's view of a reply agrees with the reply itself.
    // Each thread key stands for one thread (ids may repeat across sources; keys do not).
    const threadIds = new Map<number | string, string>();
    spilled.forEach((reply, i) => {
      const { thread, ...rest } = meta[i]!;
      expect(rest).toEqual({ id: reply.id, ...(reply.author ? { author: reply.author } : {}), ...(reply.date ? { time: Date.parse(reply.date) } : {}) });
      expect(threadIds.get(thread) ?? reply.thread!.id).toBe(reply.thread!.id);
      threadIds.set(thread, reply.thread!.id);
    });
    expect(threadIds.size).toBeGreaterThan(1000);
  });

  it('drops quoted history when asked, keeps it by default', async () => {
    const records = [mail({ messageId: '<a@acme>', from: { address: 'ana@acme.example' }, text: 'Fixed.', quoted: '> is it fixed?' })];
    const kept = await buildReplies(records, { agents: ['@acme.example'] });
    expect(kept.replies[0]?.quoted).toBe('> is it fixed?');
    const builder = new ThreadBuilder({ agents: ['@acme.example'], keepQuoted: false });
    builder.add(records[0]!);
    expect([...builder.replies()][0]).not.toHaveProperty('quoted');
  });
});
