/**
 * Options of the duplicate engine, their defaults and why those defaults.
 *
 * @module
 */

import { DEFAULT_MIN_WORDS } from './normalize.js';

/**
 * How candidate pairs are found.
 * - `lsh`: MinHash + banded LSH (sub-quadratic; recall below 1, measured in the bench),
 * - `exhaustive`: every pair (exact recall; quadratic — for small sets),
 * - `auto`: `exhaustive` up to {@link EXHAUSTIVE_LIMIT} distinct comparable texts, else `lsh`.
 */
export type CandidateStrategy = 'auto' | 'lsh' | 'exhaustive';

/** Options fixed when a {@link DuplicateIndex} is created. */
export interface DuplicateIndexOptions {
  /** Dice similarity (string-similarity's `compareTwoStrings`) at or above which two replies are near duplicates. Default 0.8. */
  threshold?: number;
  /**
   * Replies with fewer words than this after normalisation (mask tokens not counted) never take
   * part: "Thanks!", "You're welcome!" and "Happy to help" look alike everywhere. Default 6.
   */
  minWords?: number;
  /** Words per MinHash shingle. Default 2 (see {@link DEFAULTS} for why not 5). */
  shingleSize?: number;
  /** MinHash signature length. Default 128. */
  numHashes?: number;
  /** LSH bands. Default 42. `bands × rows` must not exceed `numHashes`. */
  bands?: number;
  /** Signature values per LSH band. Default 3. */
  rows?: number;
  /**
   * Candidate pairs whose MinHash-estimated Jaccard is below this skip the Dice check. 0 turns the
   * prefilter off. Default 0.15.
   */
  prefilter?: number;
  /**
   * Approved texts (macros for FAQs): a reply whose normalised body equals one of them, or is a
   * near duplicate of one (Dice ≥ threshold), is never reported as a duplicate.
   */
  allowList?: readonly string[];
  /** Candidate search. Default `auto`. */
  strategy?: CandidateStrategy;
  /** Seed of the MinHash functions. Default 0x5eed. */
  seed?: number;
}

/** The options with every default filled in. */
export interface ResolvedOptions {
  threshold: number;
  minWords: number;
  shingleSize: number;
  numHashes: number;
  bands: number;
  rows: number;
  prefilter: number;
  allowList: readonly string[];
  strategy: CandidateStrategy;
  seed: number;
}

/**
 * Defaults, chosen by measurement (`scripts/bench-dedupe.ts` prints every figure quoted here; the
 * recall figures are on 5,000 replies built from real twcs and Bitext texts with handle, name,
 * number and sign-off variation plus 2–35 % word edits, against all-pairs Dice):
 *
 * - **Shingles of 2 words, not 5.** MinHash estimates the Jaccard similarity of word-shingle sets,
 *   the threshold is on Dice of character bigrams. Pairs at Dice ≥ 0.8 have a median Jaccard of
 *   0.60 with 2-word shingles but 0.31 with 5-word ones (5th percentile 0.29 vs 0.06): one changed
 *   word breaks up to five 5-word shingles but only two 2-word ones, while Dice — which ignores
 *   word order and boundaries — barely moves. With 5-word shingles no banding of 128 values
 *   reaches recall 0.9 short of rows = 1 (32×4: 0.43, 64×2: 0.84, 128×1: 0.99 but 90 candidates
 *   per true pair). Texts shorter than the shingle size use one shingle of all their words.
 * - **42 bands × 3 rows** (126 of the 128 values) puts the S-curve P(J) = 1 − (1 − J³)^42 at 0.29
 *   for J = 0.2, 0.68 for J = 0.3 and 1.00 for J = 0.5: measured recall of Dice ≥ 0.8 pairs 0.93
 *   (0.72 for Dice in [0.80, 0.85), 0.96 in [0.85, 0.90), 1.00 above) with 5 candidates per true
 *   pair. 32×4 gives recall 0.80; 64×2 gives 0.998 but 14 times as many candidates (124 million
 *   at 100,000 replies, against 7.9 million).
 * - **Prefilter at estimated Jaccard 0.15** (from 8-bit b-bit MinHash sketches, 128 bytes per
 *   text) drops 42 % of the Dice checks that survive the length bound and costs 1 true pair in
 *   5,903 (0.10: drops 18 %, 0.2: loses 9 pairs, 0.3: 203). Most candidates that survive are
 *   genuinely close (Dice 0.6–0.8 between formulaic replies), so the Dice merge — which stops as
 *   soon as the threshold is out of reach — bounds the time, not the candidate search.
 */
export const DEFAULTS: ResolvedOptions = {
  threshold: 0.8,
  minWords: DEFAULT_MIN_WORDS,
  shingleSize: 2,
  numHashes: 128,
  bands: 42,
  rows: 3,
  prefilter: 0.15,
  allowList: [],
  strategy: 'auto',
  seed: 0x5eed,
};

/** Up to this many distinct comparable texts, `auto` compares every pair. */
export const EXHAUSTIVE_LIMIT = 256;

/** Fills defaults and rejects impossible values with a `RangeError` naming the option. */
export function resolveOptions(options: DuplicateIndexOptions = {}): ResolvedOptions {
  const resolved: ResolvedOptions = {
    threshold: options.threshold ?? DEFAULTS.threshold,
    minWords: options.minWords ?? DEFAULTS.minWords,
    shingleSize: options.shingleSize ?? DEFAULTS.shingleSize,
    numHashes: options.numHashes ?? DEFAULTS.numHashes,
    bands: options.bands ?? DEFAULTS.bands,
    rows: options.rows ?? DEFAULTS.rows,
    prefilter: options.prefilter ?? DEFAULTS.prefilter,
    allowList: options.allowList ?? DEFAULTS.allowList,
    strategy: options.strategy ?? DEFAULTS.strategy,
    seed: options.seed ?? DEFAULTS.seed,
  };
  checkThreshold('threshold', resolved.threshold);
  checkThreshold('prefilter', resolved.prefilter);
  for (const name of ['minWords'] as const) {
    if (!Number.isInteger(resolved[name]) || resolved[name] < 0) {
      throw new RangeError(`${name} must be a non-negative integer, got ${resolved[name]}`);
    }
  }
  for (const name of ['shingleSize', 'numHashes', 'bands', 'rows'] as const) {
    if (!Number.isInteger(resolved[name]) || resolved[name] < 1) {
      throw new RangeError(`${name} must be a positive integer, got ${resolved[name]}`);
    }
  }
  if (resolved.bands * resolved.rows > resolved.numHashes) {
    throw new RangeError(
      `bands × rows (${resolved.bands} × ${resolved.rows}) exceeds numHashes (${resolved.numHashes})`,
    );
  }
  return resolved;
}

/** Rejects a similarity outside [0, 1] (or NaN). */
export function checkThreshold(name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be within [0, 1], got ${value}`);
}
