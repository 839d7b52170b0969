// The audit as a library: real mailboxes and exports in, every message accounted for.
import { createReadStream, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clusterReplies } from '../../src/audit/clusters.js';
import { audit } from '../../src/audit/index.js';
import { readCsv } from '../../src/readers/exports/csv.js';
import { buildReplies } from '../../src/readers/thread.js';
import { UserError } from '../../src/pipeline/errors.js';

const root = path.resolve(import.meta.dirname, '../..');
const shared = path.resolve(root, '../shared/data');
const fixture = (name: string) => path.join(root, 'fixtures/audit', name);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const base = { cwd: root, jobs: 1, noConfigLookup: true, collectResults: true } as const;

describe('nothing lost', () => {
  it('every file under shared/data/mail: read = linted + context + failed, one result per reply or failure', async () => {
    const files = filesUnder(path.join(shared, 'mail')).sort();
    const report = await audit(files, { ...base, all: true, rules: { readability: 'off' } });
    const { accounting } = report;
    expect(accounting.read).toBeGreaterThan(files.length); // mboxes and the zip hold many messages
    expect(accounting.read).toBe(accounting.linted + accounting.context + accounting.failed);
    expect(accounting.context).toBe(0); // --all: every message is linted
    expect(report.results).toHaveLength(accounting.linted + accounting.failed);
    expect(report.summary.replies).toBe(report.results?.length);
    // Failures are results with one fatal parse-error message naming what went wrong.
    const fatal = (report.results ?? []).filter((result) => result.score === null);
    expect(fatal).toHaveLength(accounting.failed);
    for (const result of fatal) expect(result.messages[0]).toMatchObject({ ruleId: 'parse-error', critical: true });
    expect(report.errors).toEqual([]);
  }, 300_000);

  it('twcs-5000.csv: 5,000 rows = 2,222 agent replies + customer context + the one broken row', async () => {
    const report = await audit([path.join(shared, 'twcs/twcs-5000.csv')], { ...base, map: 'twcs', rules: { readability: 'off' } });
    expect(report.accounting).toMatchObject({ read: 5000, agentReplies: 2222, linted: 2222, failed: 1 });
    expect(report.accounting.context).toBe(5000 - 2222 - 1);
    const broken = report.results?.find((result) => result.score === null);
    expect(broken?.messages[0]?.message).toMatch(/^line 2589: bare carriage return/);
    // Threads and context: replies answer customer tweets.
    const withThread = report.results?.filter((result) => result.thread !== undefined) ?? [];
    expect(withThread.length).toBe(2223);
    // Canned clusters across brands' replies.
    expect(report.clusters.length).toBeGreaterThan(20);
    expect(report.clusters[0]?.size).toBeGreaterThanOrEqual(10);
  }, 120_000);

  it('twcs_test.csv (mis-decoded text) reads every row', async () => {
    const report = await audit([path.join(shared, 'twcs/twcs_test.csv')], { ...base, map: 'twcs', rules: { readability: 'off' } });
    expect(report.accounting.read).toBe(1520);
    expect(report.accounting.read).toBe(report.accounting.linted + report.accounting.context + report.accounting.failed);
  }, 120_000);

  it('JSONL: customers are context, bad lines are failures naming the line', async () => {
    const report = await audit([fixture('tickets.jsonl')], base);
    expect(report.accounting).toEqual({ read: 8, agentReplies: 3, context: 3, failed: 2, linted: 3 });
    const failures = report.results?.filter((result) => result.score === null).map((result) => result.messages[0]?.message);
    expect(failures).toEqual([expect.stringMatching(/^line 7: invalid JSON/), 'line 8: missing "text"']);
    // The question got no apology demand; the double charge did, from its context.
    const byId = new Map(report.results?.map((result) => [result.id, result]));
    expect(byId.get('t2-2')?.notApplicable).toContain('missing-apology');
    expect(byId.get('t3-2')?.messages.map((m) => m.ruleId)).toContain('missing-apology');
  });

  it('a CSV export with a column mapping', async () => {
    const report = await audit([fixture('helpdesk.csv')], { ...base, map: 'id=ticket,text=body,author=agent,role=direction:out=agent:in=customer' });
    expect(report.accounting).toMatchObject({ read: 2, linted: 1, context: 1 });
    expect(report.results?.[0]).toMatchObject({ id: '1002', author: 'lena', passed: true });
  });
});

describe('threads and canned replies', () => {
  it('the same reply sent twice to a waiting customer is critical; context comes from the thread', async () => {
    const report = await audit([fixture('support.mbox')], { ...base, agents: ['@acme.example'] });
    expect(report.accounting).toMatchObject({ read: 6, linted: 3, context: 3, failed: 0 });
    const [first, second, other] = report.results ?? [];
    expect(first?.thread).toBe(second?.thread);
    expect(other?.thread).not.toBe(first?.thread);
    expect(first?.messages.some((m) => m.ruleId === 'canned-duplicate')).toBe(false);
    expect(second?.messages.find((m) => m.ruleId === 'canned-duplicate')).toMatchObject({ messageId: 'repeated-in-thread', critical: true });
    expect(second?.passed).toBe(false);
    // Quoted history was cut from the first reply: its findings never point into the quote.
    expect(first?.messages.every((m) => m.line < 30)).toBe(true);
    expect(report.agents.map((a) => a.agent).sort()).toEqual(['maria@acme.example', 'priya@acme.example']);
  });

  it('clusters indexed while reading (customers and a broken row in between) equal those of the finished reply list', async () => {
    const csv = path.join(shared, 'twcs/twcs-5000.csv');
    const report = await audit([csv], { ...base, map: 'twcs', rules: { readability: 'off' } });
    const { replies } = await buildReplies(readCsv(createReadStream(csv), path.relative(root, csv), { mapping: 'twcs' }));
    const { clusters, byIndex } = clusterReplies(replies);
    expect(clusters.length).toBeGreaterThan(20);
    expect(report.clusters).toEqual(clusters);
    // Each member names at most five others, never itself.
    for (const [index, cluster] of byIndex) {
      expect(cluster.others.length).toBeLessThanOrEqual(5);
      expect(cluster.others).not.toContain(replies[index]?.id);
    }
  }, 120_000);

  it('without --agent every mail message is customer context (and the accounting says so)', async () => {
    const report = await audit([fixture('support.mbox')], base);
    expect(report.accounting).toEqual({ read: 6, agentReplies: 0, context: 6, failed: 0, linted: 0 });
  });
});

describe('aggregates for reports', () => {
  it('keeps the worst replies with their text, a histogram, rule and agent tallies', async () => {
    const report = await audit([fixture('support.mbox'), fixture('tickets.jsonl')], { ...base, agents: ['@acme.example'], worst: 2, collectResults: false });
    expect(report.results).toBeUndefined();
    expect(report.worst).toHaveLength(2);
    expect(report.worst[0]?.text).toContain('Our records indicate');
    expect(report.worst.map((r) => r.score)).toEqual([...report.worst.map((r) => r.score)].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(report.histogram.reduce((a, b) => a + b, 0)).toBe(report.accounting.linted);
    expect(report.rules.find((r) => r.ruleId === 'parse-error')?.errors).toBe(2);
  });
});

describe('bad settings are errors before any mail is read', () => {
  it('an unknown CSV column mapping field', async () => {
    await expect(audit([fixture('helpdesk.csv')], { ...base, map: 'body=text' })).rejects.toThrow(UserError);
  });
  it('a CSV without a mapping', async () => {
    await expect(audit([fixture('helpdesk.csv')], base)).rejects.toThrow(/needs a column mapping/);
  });
  it('a missing path is reported and the rest audited', async () => {
    const report = await audit([fixture('nope.mbox'), fixture('tickets.jsonl')], base);
    expect(report.errors.map((e) => e.message)).toEqual([expect.stringMatching(/nope.mbox: no such file or directory/)]);
    expect(report.accounting.read).toBe(8);
  });
});
