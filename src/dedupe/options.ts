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
   * prefilter off. Default 0.1.
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
 * Defaults, chosen by measurement (`scripts/bench-dedupe.ts`, figures in its output):
 *
 * - MinHash estimates the Jaccard similarity of word-shingle sets, while the threshold is on Dice
 *   of character bigrams. On real replies with word edits, pairs at Dice ≥ 0.8 have a median
 *   Jaccard of 0.30 with 5-word shingles but 0.59 with 2-word shingles (5th percentile 0.05 vs
 *   0.27): one changed word breaks five 5-word shingles but only two 2-word ones, while Dice,
 *   which ignores word order and boundaries, barely moves. With 5-word shingles no banding of 128
 *   values reaches recall 0.9 without rows = 1 (every shared minimum a candidate: 150 million
 *   candidates at 100,000 replies). 2-word shingles are still specific enough that unrelated
 *   replies rarely share them.
 * - 42 bands × 3 rows puts the S-curve's midpoint at (1/42)^(1/3) ≈ 0.29: a pair at Jaccard 0.27
 *   (the 5th percentile above) is a candidate with probability 0.56, at 0.4 with 0.93, at 0.5 with
 *   0.995. Measured recall of Dice ≥ 0.8 pairs: 0.92; 32 × 4 gives 0.79, 64 × 2 gives 0.999 but
 *   16 times as many candidates (124 million at 100,000 replies).
 * - The prefilter at estimated Jaccard 0.1 sits well below the 1st percentile of true pairs (0.21):
 *   it drops unrelated candidates that shared one band by chance before the Dice merge.
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
