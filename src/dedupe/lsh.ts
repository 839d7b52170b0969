/**
 * Banded locality-sensitive hashing over MinHash signatures.
 *
 * A signature of `bands × rows` values is cut into `bands` bands of `rows` consecutive values; two
 * texts become a candidate pair when all `rows` values of at least one band agree. For a pair with
 * shingle Jaccard J that happens with probability
 *
 *     P(J) = 1 − (1 − J^rows)^bands          (the "S-curve", see {@link candidateProbability})
 *
 * Each band is stored as its items sorted by band hash (a `Uint32Array` of hashes, an `Int32Array`
 * of item ids, and each item's position in that order), so a bucket is a contiguous run: no Map of
 * arrays, no per-item objects, and ~12 bytes per item per band.
 *
 * @module
 */

import { combine32, fmix32 } from './hash.js';

/** Probability that a pair with shingle Jaccard `jaccard` shares at least one band. */
export function candidateProbability(jaccard: number, bands: number, rows: number): number {
  return 1 - (1 - jaccard ** rows) ** bands;
}

/** Hash of band `band` (values `band·rows … band·rows+rows−1`) of the signature at `offset`. */
export function bandHash(signatures: Uint32Array, offset: number, band: number, rows: number): number {
  let h = 0x2f5a3c71 ^ band;
  const start = offset + band * rows;
  for (let r = 0; r < rows; r++) h = combine32(h, signatures[start + r] as number);
  return fmix32(h ^ rows);
}

/** Ids up to this many fit beside a 32-bit hash in a float64 sort key (2^53 / 2^32). */
const PACKED_ID_LIMIT = 1 << 21;

/**
 * A built LSH table over items `0 … count−1` whose signatures are stored back to back
 * (`numHashes` values each) in one `Uint32Array`. Immutable once built; build a new one when items
 * are added.
 */
export class LshTable {
  /** Per band, the band hashes in ascending order (`bands × count`). */
  private readonly sortedHashes: Uint32Array;
  /** Per band, the item id at each sorted position. */
  private readonly sortedIds: Int32Array;
  /** Per band, the sorted position of each item. */
  private readonly positions: Int32Array;
  /**
   * Per item, the id of the last item whose candidates included it (dedupes across bands without
   * a set); queries use negative stamps.
   */
  private readonly stamp: Int32Array;

  /**
   * @param signatures  signatures of items 0 … count−1, `numHashes` values each
   * @param count       number of items to index
   * @param numHashes   signature length; must be ≥ bands × rows
   * @param bands       number of bands
   * @param rows        values per band
   * @param skip        items not to index (e.g. too short to compare), or undefined for none
   */
  constructor(
    signatures: Uint32Array,
    readonly count: number,
    readonly numHashes: number,
    readonly bands: number,
    readonly rows: number,
    private readonly skip?: Uint8Array,
  ) {
    if (bands * rows > numHashes) {
      throw new RangeError(`bands × rows (${bands} × ${rows}) exceeds the signature length ${numHashes}`);
    }
    this.sortedHashes = new Uint32Array(bands * count);
    this.sortedIds = new Int32Array(bands * count);
    this.positions = new Int32Array(bands * count);
    this.stamp = new Int32Array(count).fill(-1);

    const hashes = new Uint32Array(count);
    const keys = new Float64Array(count);
    for (let band = 0; band < bands; band++) {
      for (let i = 0; i < count; i++) {
        // Skipped items get distinct keys that cannot collide with each other: each is a
        // bucket of its own (hash collisions with real items are filtered by `skip` on read).
        hashes[i] = skip?.[i] ? i : bandHash(signatures, i * numHashes, band, rows);
      }
      const base = band * count;
      const order = sortByHash(hashes, keys, count);
      for (let p = 0; p < count; p++) {
        const id = order[p] as number;
        this.sortedIds[base + p] = id;
        this.sortedHashes[base + p] = hashes[id] as number;
        this.positions[base + id] = p;
      }
    }
  }

  /** Bytes held by the table's typed arrays. */
  get bytes(): number {
    return this.sortedHashes.byteLength + this.sortedIds.byteLength + this.positions.byteLength + this.stamp.byteLength;
  }

  /**
   * Writes to `out` the distinct items `j > i` that share a band with item `i`; returns how many.
   * Enumerating every `i` this way yields each candidate pair exactly once. `out` must hold
   * `count` ids (the worst case).
   */
  candidatesAfter(i: number, out: Int32Array): number {
    if (this.skip?.[i]) return 0;
    const { count, sortedHashes, sortedIds, positions, stamp } = this;
    let n = 0;
    for (let band = 0; band < this.bands; band++) {
      const base = band * count;
      const p = positions[base + i] as number;
      const h = sortedHashes[base + p] as number;
      for (let q = p + 1; q < count && sortedHashes[base + q] === h; q++) {
        n = this.take(sortedIds[base + q] as number, i, out, n, stamp);
      }
      for (let q = p - 1; q >= 0 && sortedHashes[base + q] === h; q--) {
        n = this.take(sortedIds[base + q] as number, i, out, n, stamp);
      }
    }
    return n;
  }

  private take(j: number, i: number, out: Int32Array, n: number, stamp: Int32Array): number {
    if (j <= i || stamp[j] === i || this.skip?.[j]) return n;
    stamp[j] = i;
    out[n] = j;
    return n + 1;
  }

  /** Stamp of the current query: negative, so it never equals an item id used by candidatesAfter. */
  private queryStamp = -1;

  /**
   * Writes to `out` the distinct indexed items sharing a band with an outside signature `query`
   * (values `0 … numHashes−1`); returns how many. `out` must hold `count` ids.
   */
  candidatesOf(query: Uint32Array, out: Int32Array): number {
    const { count, sortedHashes, sortedIds, stamp } = this;
    const mark = --this.queryStamp;
    let n = 0;
    for (let band = 0; band < this.bands; band++) {
      const h = bandHash(query, 0, band, this.rows);
      const base = band * count;
      for (let q = lowerBound(sortedHashes, base, base + count, h); q < base + count && sortedHashes[q] === h; q++) {
        const j = sortedIds[q] as number;
        if (stamp[j] === mark || this.skip?.[j]) continue;
        stamp[j] = mark;
        out[n++] = j;
      }
    }
    return n;
  }

  /** Sizes of the buckets holding two or more items, over all bands (for diagnostics). */
  bucketSizes(): number[] {
    const sizes: number[] = [];
    for (let band = 0; band < this.bands; band++) {
      const base = band * this.count;
      let start = 0;
      for (let p = 1; p <= this.count; p++) {
        if (p === this.count || this.sortedHashes[base + p] !== this.sortedHashes[base + start]) {
          if (p - start > 1) sizes.push(p - start);
          start = p;
        }
      }
    }
    return sizes;
  }
}

/** Item ids ordered by `hashes` (ties by id), using a native numeric sort of packed keys. */
function sortByHash(hashes: Uint32Array, keys: Float64Array, count: number): Int32Array {
  const order = new Int32Array(count);
  if (count < PACKED_ID_LIMIT) {
    for (let i = 0; i < count; i++) keys[i] = (hashes[i] as number) * PACKED_ID_LIMIT + i;
    const sorted = keys.subarray(0, count).sort();
    for (let p = 0; p < count; p++) order[p] = (sorted[p] as number) % PACKED_ID_LIMIT;
    return order;
  }
  for (let i = 0; i < count; i++) order[i] = i;
  return order.sort((a, b) => (hashes[a] as number) - (hashes[b] as number) || a - b);
}

/** First position in `sorted[from … to)` whose value is ≥ `value`. */
function lowerBound(sorted: Uint32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
