/**
 * The Dice coefficient of `string-similarity`'s `compareTwoStrings`, over precomputed bigrams.
 *
 * `compareTwoStrings(a, b)` removes whitespace, takes the multiset of adjacent UTF-16 code-unit
 * pairs of each string and returns 2·|A ∩ B| / (|A| + |B|). Building its `Map` of substrings on
 * every call is what makes it slow; here each text's bigrams are computed once, packed as
 * `(first << 16 | second)` into one shared `Uint32Array` and sorted, so a comparison is a merge of
 * two sorted runs with no allocation. The result is the same number (tests check it on real replies).
 *
 * @module
 */

/** Whitespace as `compareTwoStrings` removes it. */
const WHITESPACE = /\s+/g;

/** The sorted bigram codes of `text`, exactly the multiset `compareTwoStrings` builds. */
export function bigramProfile(text: string): Uint32Array {
  const compact = text.replace(WHITESPACE, '');
  const n = Math.max(0, compact.length - 1);
  const codes = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    codes[i] = ((compact.charCodeAt(i) << 16) | compact.charCodeAt(i + 1)) >>> 0;
  }
  return codes.sort();
}

/** Size of the multiset intersection of two sorted runs of one array (or two arrays). */
function intersectSorted(
  a: Uint32Array,
  aStart: number,
  aEnd: number,
  b: Uint32Array,
  bStart: number,
  bEnd: number,
): number {
  let i = aStart;
  let j = bStart;
  let common = 0;
  while (i < aEnd && j < bEnd) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return common;
}

/**
 * Like {@link intersectSorted}, but gives up (returns −1) as soon as `needed` common bigrams can
 * no longer be reached. Most candidate pairs fall short of the threshold; they are rejected after
 * reading about (1 − threshold) / (1 − dice) of the runs instead of all of them.
 */
function intersectAtLeast(
  a: Uint32Array,
  aStart: number,
  aEnd: number,
  b: Uint32Array,
  bStart: number,
  bEnd: number,
  needed: number,
): number {
  let i = aStart;
  let j = bStart;
  let common = 0;
  // Bigrams of each run that can still find a partner; the intersection can reach at most the smaller.
  let aLeft = aEnd - aStart;
  let bLeft = bEnd - bStart;
  while (i < aEnd && j < bEnd) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) {
      i++;
      if (--aLeft < needed) return -1;
    } else {
      j++;
      if (--bLeft < needed) return -1;
    }
  }
  return common;
}

/**
 * Dice of two bigram profiles of **distinct** strings. Equal strings score 1 in
 * `compareTwoStrings` even when shorter than two characters; callers that may compare a string to
 * itself use {@link dice} instead.
 */
export function diceOfProfiles(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  return (2 * intersectSorted(a, 0, a.length, b, 0, b.length)) / (a.length + b.length);
}

/** `compareTwoStrings(a, b)`, computed through bigram profiles. */
export function dice(a: string, b: string): number {
  if (a.replace(WHITESPACE, '') === b.replace(WHITESPACE, '')) return 1;
  return diceOfProfiles(bigramProfile(a), bigramProfile(b));
}

/**
 * The largest Dice two profiles of these sizes can reach: every bigram of the smaller one shared.
 * Comparing it to the threshold skips a merge at no cost in recall.
 */
export function diceUpperBound(sizeA: number, sizeB: number): number {
  if (sizeA === 0 || sizeB === 0) return 0;
  return (2 * Math.min(sizeA, sizeB)) / (sizeA + sizeB);
}

/**
 * Bigram profiles of many texts packed into one growing `Uint32Array`, addressed by the order in
 * which they were added. One arena instead of one typed array per text keeps 100,000 texts at one
 * allocation (plus doublings) and the merge loop on contiguous memory.
 */
export class BigramArena {
  private codes = new Uint32Array(1 << 16);
  private starts = new Int32Array(1 << 10);
  private used = 0;
  private count = 0;

  /** Number of profiles stored. */
  get size(): number {
    return this.count;
  }

  /** Bytes held by the arena's typed arrays. */
  get bytes(): number {
    return this.codes.byteLength + this.starts.byteLength;
  }

  /** Stores the profile of `text`; returns its id (0, 1, 2, … in call order). */
  add(text: string): number {
    const profile = bigramProfile(text);
    if (this.used + profile.length > this.codes.length) {
      let capacity = this.codes.length * 2;
      while (capacity < this.used + profile.length) capacity *= 2;
      const grown = new Uint32Array(capacity);
      grown.set(this.codes.subarray(0, this.used));
      this.codes = grown;
    }
    if (this.count + 2 > this.starts.length) {
      const grown = new Int32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.codes.set(profile, this.used);
    this.starts[this.count] = this.used;
    this.used += profile.length;
    this.count++;
    this.starts[this.count] = this.used;
    return this.count - 1;
  }

  /** Number of bigrams of profile `id`. */
  sizeOf(id: number): number {
    return (this.starts[id + 1] as number) - (this.starts[id] as number);
  }

  /** Dice of profiles `i` and `j`, texts known to be distinct (see {@link diceOfProfiles}). */
  dice(i: number, j: number): number {
    const aStart = this.starts[i] as number;
    const aEnd = this.starts[i + 1] as number;
    const bStart = this.starts[j] as number;
    const bEnd = this.starts[j + 1] as number;
    const total = aEnd - aStart + (bEnd - bStart);
    if (aEnd === aStart || bEnd === bStart) return 0;
    return (2 * intersectSorted(this.codes, aStart, aEnd, this.codes, bStart, bEnd)) / total;
  }

  /**
   * Dice of profiles `i` and `j` (distinct texts) when it is at least `threshold`; otherwise some
   * value below `threshold` (the merge stops once the threshold is out of reach).
   */
  diceAtLeast(i: number, j: number, threshold: number): number {
    const aStart = this.starts[i] as number;
    const aEnd = this.starts[i + 1] as number;
    const bStart = this.starts[j] as number;
    const bEnd = this.starts[j + 1] as number;
    if (aEnd === aStart || bEnd === bStart) return 0;
    const total = aEnd - aStart + (bEnd - bStart);
    const needed = Math.ceil((threshold * total) / 2 - 1e-9);
    const common = intersectAtLeast(this.codes, aStart, aEnd, this.codes, bStart, bEnd, needed);
    return common < 0 ? -1 : (2 * common) / total;
  }

  /** Dice of stored profile `i` and an outside profile (a query). */
  diceWith(i: number, profile: Uint32Array): number {
    const aStart = this.starts[i] as number;
    const aEnd = this.starts[i + 1] as number;
    if (aEnd === aStart || profile.length === 0) return 0;
    const common = intersectSorted(this.codes, aStart, aEnd, profile, 0, profile.length);
    return (2 * common) / (aEnd - aStart + profile.length);
  }
}
