/**
 * All-pairs duplicate check for small sets: the templates of a repository, the replies of one
 * thread (n up to a few hundred). Quadratic on purpose: at that size it is exact and fast, and it
 * calls string-similarity's `compareTwoStrings` itself.
 *
 * @module
 */

import { compareTwoStrings } from 'string-similarity';
import { diceUpperBound } from './dice.js';
import { contentWordCount, normalizeForDuplicates } from './normalize.js';
import { checkThreshold, DEFAULTS } from './options.js';

/** A pair of near-duplicate or equal texts, by position in the input. */
export interface DuplicatePair {
  /** Index of the earlier text. */
  a: number;
  /** Index of the later text (always > a). */
  b: number;
  /** Dice similarity of the normalised texts (1 when equal). */
  similarity: number;
  /** True when the normalised texts are equal. */
  exact: boolean;
}

/** Options of {@link pairs}. */
export interface PairOptions {
  /** Texts with fewer words after normalisation never pair. Default 6. */
  minWords?: number;
  /** Approved texts: a text equal or near (Dice ≥ threshold) to one never pairs. */
  allowList?: readonly string[];
}

/**
 * Every pair of `texts` whose normalised forms have Dice ≥ `threshold` (default 0.8), with the
 * same normalisation, short-text rule and allow-list as {@link DuplicateIndex}. Sorted by `a`, then
 * `b`. Meant for n < ~200; use a `DuplicateIndex` for corpora.
 */
export function pairs(texts: readonly string[], threshold = DEFAULTS.threshold, options: PairOptions = {}): DuplicatePair[] {
  checkThreshold('threshold', threshold);
  const minWords = options.minWords ?? DEFAULTS.minWords;
  const allowed = (options.allowList ?? []).map((t) => normalizeForDuplicates(t));
  const bodies = texts.map((t) => normalizeForDuplicates(t));
  const compact = bodies.map((b) => b.replace(/\s+/g, ''));
  const usable = bodies.map(
    (body) =>
      contentWordCount(body) >= minWords &&
      !allowed.some((a) => a === body || compareTwoStrings(a, body) >= threshold),
  );

  const found: DuplicatePair[] = [];
  for (let a = 0; a < bodies.length; a++) {
    if (!usable[a]) continue;
    for (let b = a + 1; b < bodies.length; b++) {
      if (!usable[b]) continue;
      const exact = bodies[a] === bodies[b];
      // compareTwoStrings counts length − 1 bigrams per text; equal-length bound skips hopeless pairs.
      const sizeA = Math.max(0, (compact[a] as string).length - 1);
      const sizeB = Math.max(0, (compact[b] as string).length - 1);
      if (!exact && diceUpperBound(sizeA, sizeB) < threshold) continue;
      const similarity = exact ? 1 : compareTwoStrings(bodies[a] as string, bodies[b] as string);
      if (similarity >= threshold) found.push({ a, b, similarity, exact });
    }
  }
  return found;
}
