/**
 * Disjoint sets over the integers 0 … n−1 (union by size, path halving), in typed arrays. Sets
 * can be added one at a time (`add`) when the number of elements is not known in advance.
 *
 * @module
 */
import { grow } from '../typed-arrays.js';

export class UnionFind {
  private parent: Int32Array;
  private size: Int32Array;
  private count: number;

  constructor(n = 0) {
    this.count = n;
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  /** How many elements there are. */
  get length(): number {
    return this.count;
  }

  /** Adds an element in a set of its own; returns it. */
  add(): number {
    const x = this.count++;
    this.parent = grow(this.parent, this.count, (n) => new Int32Array(n));
    this.size = grow(this.size, this.count, (n) => new Int32Array(n));
    this.parent[x] = x;
    this.size[x] = 1;
    return x;
  }

  /** The representative of `x`'s set. */
  find(x: number): number {
    const parent = this.parent;
    let p = parent[x] as number;
    while (p !== x) {
      const grand = parent[p] as number;
      parent[x] = grand; // path halving: every other node points to its grandparent
      x = grand;
      p = parent[x] as number;
    }
    return x;
  }

  /** Joins the sets of `a` and `b`; returns false when they were already one set. */
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    if ((this.size[ra] as number) < (this.size[rb] as number)) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] = (this.size[ra] as number) + (this.size[rb] as number);
    return true;
  }
}
