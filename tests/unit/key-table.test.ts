import { describe, expect, it } from 'vitest';
import { KeyTable } from '../../src/readers/key-table.js';

describe('KeyTable', () => {
  it('maps keys to values, -1 for a key never set, and overwrites', () => {
    const table = new KeyTable();
    expect(table.get('m:<a@example.com>')).toBe(-1);
    expect(table.has('m:<a@example.com>')).toBe(false);
    table.set('m:<a@example.com>', 0);
    table.set('m:<b@example.com>', 7);
    expect(table.get('m:<a@example.com>')).toBe(0);
    expect(table.get('m:<b@example.com>')).toBe(7);
    table.set('m:<a@example.com>', 3);
    expect(table.get('m:<a@example.com>')).toBe(3);
    expect(table.size).toBe(2);
  });

  it('keeps 300,000 similar keys apart through many resizes', () => {
    const table = new KeyTable();
    const key = (i: number) => `m:<r${i}@acme.example>`;
    for (let i = 0; i < 300_000; i++) table.set(key(i), i);
    expect(table.size).toBe(300_000);
    let wrong = 0;
    for (let i = 0; i < 300_000; i++) if (table.get(key(i)) !== i) wrong++;
    expect(wrong).toBe(0);
    // Near misses are not found.
    expect(table.get('m:<r300000@acme.example>')).toBe(-1);
    expect(table.get('m:<R1@acme.example>')).toBe(-1);
  });

  it('tells keys apart by every UTF-16 unit, and refuses values it cannot store', () => {
    const table = new KeyTable();
    table.set('subject: café', 1);
    table.set('subject: cafe', 2);
    table.set('subject: caf\u00e9\u0301', 3);
    expect([table.get('subject: café'), table.get('subject: cafe'), table.get('subject: caf\u00e9\u0301')]).toEqual([1, 2, 3]);
    expect(() => table.set('x', -1)).toThrow(RangeError);
    expect(() => table.set('x', 1.5)).toThrow(RangeError);
  });
});
