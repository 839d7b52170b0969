// `replylint audit` as users run it: a subprocess of the built CLI, real files, real workers.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/reporters/stylish.js';
import type { ReportInput } from '../../src/reporters/types.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/replylint.js');
const twcs = path.resolve(root, '../shared/data/twcs/twcs-5000.csv');

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Line {
  id?: string;
  score?: number | null;
  summary?: { replies: number };
  accounting?: { read: number; linted: number; context: number; failed: number };
}

const lines = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as Line);

describe('replylint audit', () => {
  it('ndjson streams one result a line, then the summary; results keep input order with 1 or 2 workers', () => {
    const one = run(['audit', twcs, '--preset', 'twcs', '-f', 'ndjson', '--jobs', '1', '--rule', 'readability:off']);
    const two = run(['audit', twcs, '--preset', 'twcs', '-f', 'ndjson', '--jobs', '2', '--rule', 'readability:off']);
    expect(one.code).toBe(two.code);
    const a = lines(one.stdout);
    const b = lines(two.stdout);
    expect(a).toHaveLength(2223 + 1);
    expect(b.map((line) => line.id)).toEqual(a.map((line) => line.id));
    expect(b.map((line) => line.score)).toEqual(a.map((line) => line.score));
    const summary = a[a.length - 1];
    expect(summary?.accounting).toEqual({ read: 5000, agentReplies: 2222, context: 2777, failed: 1, linted: 2222 });
    expect(one.stderr).toMatch(/read 5000 messages = 2222 agent replies linted \+ 2777 customer messages \(context\) \+ 1 in error \(unreadable, or its worker failed; see errors\)/);
  }, 180_000);

  it('mail parsed on 2 workers gives exactly what it gives in one thread (every shared mail file)', () => {
    const mail = path.resolve(root, '../shared/data/mail');
    const one = run(['audit', mail, '--all', '-f', 'ndjson', '--jobs', '1']);
    const two = run(['audit', mail, '--all', '-f', 'ndjson', '--jobs', '2']);
    const summary = lines(one.stdout).at(-1);
    expect(summary?.accounting?.read).toBeGreaterThan(100);
    expect(two.stdout).toBe(one.stdout);
  }, 180_000);

  it('exit codes: 1 when a reply fails, 2 for a missing input or a bad mapping, with one clear line', () => {
    const mbox = path.join(root, 'fixtures/audit/support.mbox');
    expect(run(['audit', mbox, '--agent', '@acme.example']).code).toBe(1);
    expect(run(['audit', mbox, '--agent', '@acme.example', '--rule', 'canned-duplicate:off', '--rule', 'missing-remedy:off']).code).toBe(0);
    const missing = run(['audit', 'no-such.mbox']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^replylint: no-such.mbox: no such file or directory \(check the path\)$/m);
    const badMap = run(['audit', 'fixtures/audit/helpdesk.csv', '--map', 'body=text']);
    expect(badMap.code).toBe(2);
    expect(badMap.stderr).toMatch(/^replylint: --map: /m);
    expect(badMap.stderr).not.toMatch(/\n\s+at /);
    const noMap = run(['audit', 'fixtures/audit/helpdesk.csv']);
    expect(noMap.code).toBe(2);
    expect(noMap.stderr).toMatch(/needs a column mapping \(pass --preset twcs or --map/);
  });

  it('a reply that kills its worker is one fatal result; the rest of the audit goes on and is counted', () => {
    // A real worker death: a plugin rule that ends its worker thread on one reply.
    const dir = mkdtempSync(path.join(tmpdir(), 'replylint-worker-death-'));
    const plugin = path.join(dir, 'exit-rule.mjs');
    const zod = path.join(root, 'node_modules/zod/index.js').replace(/\\/g, '/');
    writeFileSync(
      plugin,
      `import { z } from '${zod}';
      import { isMainThread } from 'node:worker_threads';
      export default { rules: [{
        meta: { id: 'test/exit-worker', description: 'Ends its worker on a marked reply', category: 'test', defaultSeverity: 'warning', weight: 1,
          options: z.object({}), messages: {}, docs: { rationale: 'r', fix: 'f' }, examples: { valid: [], invalid: [] } },
        check(ctx) { if (!isMainThread && ctx.reply.text.includes('END THIS WORKER')) process.exit(3); },
      }] };`,
    );
    const records = Array.from({ length: 40 }, (_, i) => ({
      id: `r${i}`,
      role: 'agent',
      text: i === 17 ? 'Hi Sam, END THIS WORKER. Best, Maria' : `Hi Sam, I have refunded order ${i} today and I am sorry for the wait. Best, Maria`,
    }));
    const input = path.join(dir, 'replies.jsonl');
    writeFileSync(input, records.map((record) => JSON.stringify(record)).join('\n'));
    const args = ['audit', input, '-f', 'ndjson', '--plugin', plugin, '--rule', 'test/exit-worker:warn'];
    const inline = lines(run([...args, '--jobs', '1']).stdout);
    const pooled = run([...args, '--jobs', '2']);
    expect(pooled.code).toBe(1);
    expect(pooled.stderr).not.toMatch(/\n\s+at /);
    const results = lines(pooled.stdout);
    expect(results.map((line) => line.id)).toEqual(inline.map((line) => line.id));
    const fatal = results[17] as Line & { messages: Array<{ ruleId: string; message: string }> };
    expect(fatal.score).toBeNull();
    expect(fatal.messages[0]?.message).toMatch(/^the worker linting this reply failed \(.+\); try --jobs 1$/);
    // Every other reply was linted, as in one thread, including the batch the worker died in.
    expect(results.filter((_, i) => i !== 17).map((line) => line.score)).toEqual(inline.filter((_, i) => i !== 17).map((line) => line.score));
    expect(results.at(-1)?.accounting).toEqual({ read: 40, agentReplies: 40, context: 0, failed: 1, linted: 39 });
  });

  it('json carries every result with id, thread and author, plus clusters and agents', () => {
    const { stdout } = run(['audit', 'fixtures/audit/support.mbox', '--agent', '@acme.example', '-f', 'json']);
    const report = JSON.parse(stdout) as { results: Array<{ id: string; thread: string; author: string }>; clusters: unknown[]; agents: Array<{ agent: string }> };
    expect(report.results.map((r) => [r.id, r.thread, r.author])).toEqual([
      ['a1@acme.example', 'c1@example.com', 'maria@acme.example'],
      ['a2@acme.example', 'c1@example.com', 'maria@acme.example'],
      ['a3@acme.example', 'c3@example.org', 'priya@acme.example'],
    ]);
    expect(report.agents.map((a) => a.agent)).toEqual(['maria@acme.example', 'priya@acme.example']);
  });

  it('stylish streams each reply as it is linted, exactly as the stylish reporter prints them', () => {
    const args = ['audit', 'fixtures/audit/support.mbox', twcs, '--agent', '@acme.example', '--preset', 'twcs'];
    const streamed = run([...args, '-f', 'stylish']);
    const report = JSON.parse(run([...args, '-f', 'json']).stdout) as Pick<ReportInput, 'results' | 'summary' | 'errors'>;
    expect(report.results.length).toBe(2226);
    const printed = stylish({ ...report, rules: [], cwd: root, version: '', color: false });
    expect(streamed.stdout.startsWith(printed)).toBe(true);
    expect(streamed.stdout.slice(printed.length)).toMatch(/^read 5006 messages = 2225 agent replies linted \+ 2780 customer messages \(context\) \+ 1 in error \(unreadable, or its worker failed; see errors\)\n/);
  }, 120_000);

  it('Ctrl-C stops cleanly and reports what was done', async () => {
    // Large enough to be still running when the signal arrives: the same export three times.
    const child = spawn(process.execPath, [bin, 'audit', twcs, twcs, twcs, '--preset', 'twcs', '-f', 'ndjson', '--jobs', '1'], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // Interrupt once results are streaming, i.e. in the middle of linting.
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (stdout.split('\n').length > 200) {
          clearInterval(timer);
          child.kill('SIGINT');
          resolve();
        }
      }, 20);
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    const all = lines(stdout);
    const summary = all[all.length - 1] as Line & { interrupted?: boolean };
    expect(summary.interrupted).toBe(true);
    expect(summary.summary?.replies).toBe(all.length - 1);
    expect(summary.summary?.replies).toBeLessThan(3 * 2223);
    expect(stderr).toMatch(/interrupted: partial/);
  }, 120_000);

  it('writes the HTML report to a file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'replylint-report-'));
    const file = path.join(dir, 'report.html');
    run(['audit', 'fixtures/audit/support.mbox', '--agent', '@acme.example', '--report', file, '-f', 'json']);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('id="score-histogram"');
    expect(html).not.toMatch(/<script/i);
  });
});
