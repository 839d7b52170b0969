/**
 * Canned-reply duplicate engine: normalisation that decides when two replies are "the same",
 * an index that clusters exact and near duplicates over 100,000+ replies (exact-hash fast path,
 * MinHash + LSH candidates, Dice confirmation, union-find), queries against an index, and an
 * all-pairs helper for small sets.
 *
 * @example
 * import { DuplicateIndex, pairs } from './dedupe/index.js';
 * const index = new DuplicateIndex({ allowList: approvedMacros });
 * replies.forEach((r) => index.add(r.id, r.text));
 * const clusters = index.clusters();            // mailbox audit
 * const dupes = pairs(threadReplies);            // same reply twice in one thread
 *
 * @module
 */

export {
  DuplicateIndex,
  type ClusterOptions,
  type DuplicateCluster,
  type DuplicateIndexStats,
  type DuplicateMatch,
  type NearestOptions,
  type SimilarPair,
} from './duplicate-index.js';
export { pairs, type DuplicatePair, type PairOptions } from './pairs.js';
export { contentWordCount, DEFAULT_MIN_WORDS, MASK, normalizeForDuplicates } from './normalize.js';
export { DEFAULTS, EXHAUSTIVE_LIMIT, type CandidateStrategy, type DuplicateIndexOptions } from './options.js';
export { bigramProfile, dice, diceOfProfiles } from './dice.js';
export { candidateProbability } from './lsh.js';
