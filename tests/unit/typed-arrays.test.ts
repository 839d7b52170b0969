import { describe, expect, it } from 'vitest';
import { UnionFind } from '../../src/dedupe/union-find.js';
import { float64Column, grow, int32Column } from '../../src/typed-arrays.js';

describe('typed arrays', () => {
  it('grow doubles until the array holds what is needed, keeping its contents', () => {
    const start = Int32Array.from([1, 2, 3]);
    expect(grow(start, 3, (n) => new Int32Array(n))).toBe(start);
    const grown = grow(start, 13, (n) => new Int32Array(n));
    expect(grown.length).toBe(24);
    expect([...grown.slice(0, 4)]).toEqual([1, 2, 3, 0]);
    expect(grow(new Int32Array(0), 1, (n) => new Int32Array(n)).length).toBe(1);
  });

  it('a column keeps every pushed number past its first growth, and refuses indexes it does not hold', () => {
    const times = float64Column();
    const ids = int32Column();
    for (let i = 0; i < 5000; i++) {
      expect(times.push(i + 0.5)).toBe(i);
      ids.push(-i);
    }
    expect(times.length).toBe(5000);
    expect(times.at(4999)).toBe(4999.5);
    expect(ids.at(1234)).toBe(-1234);
    ids.set(1234, 7);
    expect(ids.at(1234)).toBe(7);
    expect(() => ids.at(5000)).toThrow(RangeError);
    expect(() => ids.set(-1, 0)).toThrow(RangeError);
  });

  it('union-find grows one element at a time and joins sets across growth', () => {
    const sets = new UnionFind();
    const first = sets.add();
    const nodes = [first, ...Array.from({ length: 3000 }, () => sets.add())];
    expect(sets.length).toBe(3001);
    // Join every even node to the first: evens are one set, odds stay apart.
    for (const node of nodes) if (node % 2 === 0) sets.union(first, node);
    expect(new Set(nodes.filter((n) => n % 2 === 0).map((n) => sets.find(n))).size).toBe(1);
    expect(sets.find(1)).toBe(1);
    expect(sets.union(0, 2998)).toBe(false);
    expect(sets.union(1, 3)).toBe(true);
    expect(sets.find(3)).toBe(sets.find(1));
  });
});
