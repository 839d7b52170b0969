/**
 * MinHash signatures over word shingles.
 *
 * The fraction of positions where two signatures agree estimates the Jaccard similarity of the two
 * texts' shingle sets (standard error ≈ √(J(1−J)/numHashes), ±0.044 at J = 0.5 with 128 hashes).
 *
 * Each shingle is hashed once to a well-mixed 32-bit value x (FNV-1a per word, Murmur3 block step
 * to combine, Murmur3 finaliser); the `numHashes` hash functions are then the affine maps
 * hᵢ(x) = aᵢ·x + bᵢ mod 2³² with odd aᵢ — a Carter–Wegman-style family that is a bijection on
 * Uint32, costs one `Math.imul` and an add per shingle and function, and needs no 64-bit maths.
 *
 * @module
 */

import { combine32, fmix32, fnv1a32, mulberry32 } from './hash.js';

/** Parameters of a {@link MinHasher}. */
export interface MinHashOptions {
  /** Number of hash functions, i.e. signature length. Default 128. */
  numHashes?: number;
  /**
   * Words per shingle. Default 5. A text with fewer words uses all its words as one shingle, so a
   * short reply still has a signature.
   */
  shingleSize?: number;
  /** Seed of the hash functions; signatures compare only under the same seed. Default 0x5eed. */
  seed?: number;
}

/** Computes MinHash signatures of normalised texts into caller-provided `Uint32Array`s. */
export class MinHasher {
  readonly numHashes: number;
  readonly shingleSize: number;
  private readonly a: Uint32Array;
  private readonly b: Uint32Array;
  /** Reused per call: hashes of the words, then of the shingles of one text. */
  private wordHashes = new Uint32Array(256);

  constructor(options: MinHashOptions = {}) {
    this.numHashes = options.numHashes ?? 128;
    this.shingleSize = options.shingleSize ?? 5;
    if (!Number.isInteger(this.numHashes) || this.numHashes < 1) {
      throw new RangeError(`numHashes must be a positive integer, got ${this.numHashes}`);
    }
    if (!Number.isInteger(this.shingleSize) || this.shingleSize < 1) {
      throw new RangeError(`shingleSize must be a positive integer, got ${this.shingleSize}`);
    }
    const random = mulberry32(options.seed ?? 0x5eed);
    this.a = new Uint32Array(this.numHashes);
    this.b = new Uint32Array(this.numHashes);
    for (let i = 0; i < this.numHashes; i++) {
      this.a[i] = (random() | 1) >>> 0; // odd: the map is a bijection
      this.b[i] = random();
    }
  }

  /**
   * Writes the signature of `normalized` (space-separated words) to
   * `out[offset … offset + numHashes)`. Returns the number of shingles hashed; 0 means the text has
   * no words and the signature is all 0xFFFFFFFF (it then matches only other empty texts).
   */
  signature(normalized: string, out: Uint32Array, offset = 0): number {
    const words = normalized === '' ? [] : normalized.split(' ');
    if (words.length > this.wordHashes.length) this.wordHashes = new Uint32Array(words.length * 2);
    const hashes = this.wordHashes;
    for (let w = 0; w < words.length; w++) hashes[w] = fnv1a32(words[w] as string);

    const k = Math.min(this.shingleSize, words.length);
    const shingles = words.length === 0 ? 0 : words.length - k + 1;
    // Shingle s hashes words s … s+k−1; writing it over slot s is safe because slot s is not read
    // again once shingle s is done.
    for (let s = 0; s < shingles; s++) {
      let h = 0x9747b28c ^ k;
      for (let t = 0; t < k; t++) h = combine32(h, hashes[s + t] as number);
      hashes[s] = fmix32(h ^ k);
    }

    const n = this.numHashes;
    const a = this.a;
    const b = this.b;
    out.fill(0xffffffff, offset, offset + n);
    for (let s = 0; s < shingles; s++) {
      const x = hashes[s] as number;
      for (let i = 0; i < n; i++) {
        const v = (Math.imul(a[i] as number, x) + (b[i] as number)) >>> 0;
        if (v < (out[offset + i] as number)) out[offset + i] = v;
      }
    }
    return shingles;
  }
}

/** Fraction of agreeing positions of signatures `i` and `j` stored back to back in `signatures`. */
export function estimateJaccard(
  signatures: Uint32Array,
  i: number,
  j: number,
  numHashes: number,
): number {
  const a = i * numHashes;
  const b = j * numHashes;
  let agree = 0;
  for (let h = 0; h < numHashes; h++) {
    if (signatures[a + h] === signatures[b + h]) agree++;
  }
  return agree / numHashes;
}

/** {@link estimateJaccard} of stored signature `i` and an outside signature (a query). */
export function estimateJaccardWith(
  signatures: Uint32Array,
  i: number,
  query: Uint32Array,
  numHashes: number,
): number {
  const a = i * numHashes;
  let agree = 0;
  for (let h = 0; h < numHashes; h++) {
    if (signatures[a + h] === query[h]) agree++;
  }
  return agree / numHashes;
}

/**
 * b-bit MinHash (Li & König 2010): the low 8 bits of each signature value, one byte per hash.
 * A 128-byte sketch instead of 512 bytes: the prefilter reads one or two cache lines per candidate
 * instead of eight, which is most of its cost on 100,000 replies.
 */
export function compactSignature(signatures: Uint32Array, offset: number, numHashes: number, out: Uint8Array, outOffset: number): void {
  for (let h = 0; h < numHashes; h++) out[outOffset + h] = (signatures[offset + h] as number) & 0xff;
}

/**
 * Jaccard estimated from two 8-bit sketches stored back to back: unequal values agree by chance
 * with probability 1/256, so the agreeing fraction r gives J ≈ (r − 1/256) / (1 − 1/256).
 */
export function estimateJaccardCompact(sketches: Uint8Array, i: number, j: number, numHashes: number): number {
  const a = i * numHashes;
  const b = j * numHashes;
  let agree = 0;
  for (let h = 0; h < numHashes; h++) {
    if (sketches[a + h] === sketches[b + h]) agree++;
  }
  return (agree / numHashes - 1 / 256) / (1 - 1 / 256);
}

/** Exact Jaccard similarity of the k-word shingle sets of two normalised texts (for measurement). */
export function shingleJaccard(a: string, b: string, shingleSize: number): number {
  const setA = shingleSet(a, shingleSize);
  const setB = shingleSet(b, shingleSize);
  if (setA.size === 0 && setB.size === 0) return 1;
  let common = 0;
  for (const s of setA) if (setB.has(s)) common++;
  return common / (setA.size + setB.size - common);
}

function shingleSet(text: string, shingleSize: number): Set<string> {
  const words = text === '' ? [] : text.split(' ');
  const k = Math.min(shingleSize, words.length);
  const set = new Set<string>();
  for (let s = 0; s + k <= words.length && k > 0; s++) set.add(words.slice(s, s + k).join(' '));
  return set;
}
