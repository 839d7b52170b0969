/**
 * The audit's worker pool when workers die. The pool runs the built worker (dist/), so this test
 * imports the built pool; the workers are really terminated mid-run, as an out-of-memory worker is.
 */
import { createReadStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Piscina } from 'piscina';
import { describe, expect, it } from 'vitest';
import { generateMbox } from '../../scripts/mbox-generate.js';
import type { AuditPool } from '../../src/audit/pool.js';
import { readMbox } from '../../src/readers/mail/mbox.js';
import type { MailRecord } from '../../src/readers/record.js';

const root = path.resolve(import.meta.dirname, '../..');
const { AuditPool: BuiltPool } = (await import(path.join(root, 'dist/src/audit/pool.js'))) as { AuditPool: typeof AuditPool };

async function collect(records: AsyncIterable<MailRecord>, onFirst: () => void = () => undefined): Promise<MailRecord[]> {
  const out: MailRecord[] = [];
  for await (const record of records) if (out.push(record) === 1) onFirst();
  return out;
}

describe('audit pool', () => {
  it('messages whose worker died are parsed again, none lost or failed', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'replylint-pool-')), 'mail.mbox');
    await generateMbox(file, 3 * 1024 * 1024);
    const inline = await collect(readMbox(createReadStream(file), file));

    const pool = BuiltPool.create(2)!;
    // The pool's piscina is private to the audit; the test reaches in to kill its workers.
    const threads = (pool as unknown as { piscina: Piscina }).piscina.threads;
    let killed = 0;
    const pooled = await collect(readMbox(createReadStream(file), file, { parser: pool.parser(32), concurrency: 256 }), () => {
      for (const worker of threads) void worker.terminate().then(() => killed++);
    });
    await pool.destroy();

    expect(killed).toBe(2);
    expect(pooled.filter((record) => record.fatal)).toEqual([]);
    expect(pooled.map((record) => [record.id, record.text])).toEqual(inline.map((record) => [record.id, record.text]));
  }, 60_000);
});
