import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MailRecord } from '../../src/readers/record.js';
import { MemoryStore, SpillStore } from '../../src/readers/record-store.js';

function record(n: number, text: string): MailRecord {
  return { source: 'box.mbox', id: `m${n}`, index: n, kind: 'mail', line: n + 1, references: [`<r${n}@x>`], segments: [{ offset: 0, line: n + 2, column: 1 }], text };
}

describe('SpillStore', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const scratch = () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-test-'));
    dirs.push(dir);
    return dir;
  };

  it('gives back every record as it was put, before and after its bytes reach the file', () => {
    const store = new SpillStore(scratch());
    const texts = ['Hi Jane,\n\nSorry — the lamp ships today. 🙂\n\nMaria', 'x'.repeat(3 << 20), 'Grüße, 山田さん', ''];
    const records = Array.from({ length: 400 }, (_, n) => record(n, texts[n % texts.length]!));
    // Reads interleaved with writes: some records are still buffered, some are on disk.
    records.forEach((r, n) => {
      expect(store.put(r)).toBe(n);
      if (n % 37 === 0) expect(store.get(Math.floor(n / 2))).toEqual(records[Math.floor(n / 2)]);
    });
    for (const n of [399, 0, 1, 201, 2, 398]) expect(store.get(n)).toEqual(records[n]);
    expect(() => store.get(400)).toThrow(RangeError);
    store.close();
  });

  it('leaves no file behind, even while open', () => {
    const dir = scratch();
    const store = new SpillStore(dir);
    store.put(record(0, 'kept on disk'));
    expect(store.get(0).text).toBe('kept on disk');
    expect(readdirSync(dir)).toEqual([]);
    store.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails with the system error when the directory cannot be written', () => {
    expect(() => new SpillStore(join(scratch(), 'missing', 'dir'))).toThrow(/ENOENT/);
  });
});

describe('MemoryStore', () => {
  it('hands back the same records', () => {
    const store = new MemoryStore();
    const r = record(0, 'text');
    expect(store.put(r)).toBe(0);
    expect(store.get(0)).toBe(r);
    expect(() => store.get(1)).toThrow(RangeError);
  });
});
