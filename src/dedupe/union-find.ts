/**
 * Disjoint sets over the integers 0 … n−1 (union by size, path halving), in typed arrays.
 *
 * @module
 */

export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
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
