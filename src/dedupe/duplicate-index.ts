/**
 * The canned-reply duplicate engine: an index of replies that clusters exact and near duplicates
 * and answers "was this (almost) sent before?".
 *
 * Pipeline, per reply and then per distinct body:
 *
 * 1. **normalise** ({@link normalizeForDuplicates}); bodies under `minWords` words are set aside;
 * 2. **exact fast path**: equal normalised bodies share one *group* through a `Map`, so identical
 *    replies cost O(n) and the expensive stages see each distinct body once;
 * 3. **MinHash + LSH** over the groups' word shingles yields candidate pairs (sub-quadratic);
 * 4. **prefilter**: candidates whose MinHash-estimated Jaccard is very low skip the next step;
 *    so do pairs whose lengths alone rule out the threshold, and pairs already in one cluster;
 * 5. **confirm** with Dice (string-similarity's `compareTwoStrings`, over precomputed bigrams);
 * 6. **union-find** joins confirmed pairs into clusters.
 *
 * Every per-body quantity lives in typed arrays indexed by group id (signatures, bigram arena,
 * flags, record lists); the hot loops allocate nothing.
 *
 * @module
 */

import { grow } from '../typed-arrays.js';
import { BigramArena, bigramProfile, diceOfProfiles, diceUpperBound } from './dice.js';
import { LshTable } from './lsh.js';
import { compactSignature, estimateJaccardCompact, estimateJaccardWith, MinHasher } from './minhash.js';
import { contentWordCount, normalizeForDuplicates } from './normalize.js';
import {
  checkThreshold,
  EXHAUSTIVE_LIMIT,
  resolveOptions,
  type DuplicateIndexOptions,
  type ResolvedOptions,
} from './options.js';
import { UnionFind } from './union-find.js';

/** A set of replies that are the same canned text, exactly or nearly. */
export interface DuplicateCluster {
  /** Keys of the member replies, in the order they were added. */
  members: string[];
  /** Original text of the first member. */
  representative: string;
  /** Normalised body of the first member. */
  normalized: string;
  /** Number of members. */
  size: number;
  /**
   * Lowest Dice similarity between the first member's body and any other member's body; 1 when
   * all bodies are equal. Below the threshold only when the cluster was joined through a chain
   * (A ≈ B ≈ C with A and C further apart).
   */
  similarity: number;
  /** True when every member has the same normalised body. */
  exact: boolean;
}

/** An indexed body that a queried text duplicates. */
export interface DuplicateMatch {
  /** Key of the first reply added with this body. */
  key: string;
  /** Keys of every reply added with this body, in order. */
  keys: string[];
  /** Original text of the first of them. */
  text: string;
  /** Dice similarity of the normalised bodies (1 for exact). */
  similarity: number;
  /** True when the normalised bodies are equal. */
  exact: boolean;
}

/** Options of {@link DuplicateIndex.clusters}. */
export interface ClusterOptions {
  /** Dice threshold for this call; defaults to the index's. Candidates were tuned for the index's. */
  threshold?: number;
  /** Smallest cluster reported. Default 2. */
  minSize?: number;
}

/** Options of {@link DuplicateIndex.nearest}. */
export interface NearestOptions {
  /** Dice threshold for this call; defaults to the index's. */
  threshold?: number;
  /** Most matches returned, best first. Default 10. */
  limit?: number;
}

/** A confirmed near-duplicate pair of distinct bodies, named by the first key of each. */
export interface SimilarPair {
  a: string;
  b: string;
  similarity: number;
}

/** Work done and time spent (milliseconds) by the index, for benchmarks and diagnostics. */
export interface DuplicateIndexStats {
  /** Replies added. */
  records: number;
  /** Distinct normalised bodies. */
  distinct: number;
  /** Distinct bodies under `minWords`. */
  short: number;
  /** Distinct bodies approved by the allow-list. */
  approved: number;
  /** Candidate pairs of distinct bodies produced (by LSH, or every pair when exhaustive). */
  candidates: number;
  /** Candidates skipped because both bodies were already in one cluster. */
  sameCluster: number;
  /** Candidates whose lengths alone rule out the threshold. */
  lengthFiltered: number;
  /** Candidates dropped by the MinHash prefilter. */
  prefiltered: number;
  /** Dice computations. */
  diceChecks: number;
  /** Pairs confirmed at or above the threshold. */
  confirmed: number;
  /** Candidate strategy used by the last call. */
  strategy: 'lsh' | 'exhaustive' | 'none';
  timings: {
    normalize: number;
    exact: number;
    signatures: number;
    bigrams: number;
    lshBuild: number;
    approvals: number;
    candidates: number;
    prefilter: number;
    dice: number;
    assemble: number;
  };
}

/** Flags per group. */
const SHORT = 1;
const APPROVED = 2;

const now = (): number => performance.now();

/**
 * An index of replies for duplicate detection.
 *
 * @example
 * const index = new DuplicateIndex();
 * for (const reply of replies) index.add(reply.id, reply.text);
 * for (const cluster of index.clusters()) console.log(cluster.size, cluster.representative);
 * index.match('Please DM us your order number so we can look into this.'); // best earlier match
 */
export class DuplicateIndex {
  /** The options in force, defaults filled in. */
  readonly options: Readonly<ResolvedOptions>;

  private readonly hasher: MinHasher;
  private readonly arena = new BigramArena();
  /** Normalised body → group id: the exact fast path. */
  private readonly groupOf = new Map<string, number>();
  /** Per group: normalised body, and original text of its first record. */
  private readonly bodies: string[] = [];
  private readonly originals: string[] = [];
  /** Per record: key. */
  private readonly keys: string[] = [];

  private recordGroup = new Int32Array(1024);
  /** Per record: next record of the same group, or −1 (records of a group form a list). */
  private nextRecord = new Int32Array(1024);
  private groupFirst = new Int32Array(1024);
  private groupLast = new Int32Array(1024);
  private groupRecords = new Int32Array(1024);
  private flags = new Uint8Array(1024);
  private signatures: Uint32Array;
  /** Per group: 8-bit sketch of the signature, read by the prefilter (see {@link compactSignature}). */
  private sketches: Uint8Array;

  /** LSH table over groups 0 … table.count−1; later groups are compared one by one. */
  private table: LshTable | undefined;
  /** Groups below this have their near-approval settled. */
  private approvalsDone = 0;
  private readonly allowed: {
    bodies: Set<string>;
    profiles: Uint32Array[];
    signatures: Uint32Array;
  };
  private readonly stats: DuplicateIndexStats = emptyStats();
  /** Candidate ids of one query, reused across queries. */
  private scratch = new Int32Array(1024);

  constructor(options: DuplicateIndexOptions = {}) {
    this.options = resolveOptions(options);
    this.hasher = new MinHasher({
      numHashes: this.options.numHashes,
      shingleSize: this.options.shingleSize,
      seed: this.options.seed,
    });
    this.signatures = new Uint32Array(1024 * this.options.numHashes);
    this.sketches = new Uint8Array(1024 * this.options.numHashes);
    const allowedBodies = this.options.allowList
      .map((t) => normalizeForDuplicates(t))
      .filter((body) => contentWordCount(body) >= this.options.minWords);
    const unique = [...new Set(allowedBodies)];
    const signatures = new Uint32Array(unique.length * this.options.numHashes);
    unique.forEach((body, i) => this.hasher.signature(body, signatures, i * this.options.numHashes));
    this.allowed = { bodies: new Set(unique), profiles: unique.map((b) => bigramProfile(b)), signatures };
  }

  /** Number of replies added. */
  get size(): number {
    return this.keys.length;
  }

  /** Number of distinct normalised bodies. */
  get distinct(): number {
    return this.bodies.length;
  }

  /** Counters and stage timings accumulated so far (a copy). */
  getStats(): DuplicateIndexStats {
    return { ...this.stats, timings: { ...this.stats.timings } };
  }

  /**
   * Adds a reply. `key` identifies it in results (a message id, `path#id`, a template name); keys
   * need not be unique, but results are only as clear as they are.
   */
  add(key: string, text: string): void {
    const t = now();
    const body = normalizeForDuplicates(text);
    this.stats.timings.normalize += now() - t;

    const record = this.keys.length;
    this.keys.push(key);
    this.recordGroup = grow(this.recordGroup, record + 1, (n) => new Int32Array(n));
    this.nextRecord = grow(this.nextRecord, record + 1, (n) => new Int32Array(n));
    this.nextRecord[record] = -1;

    const lookup = now();
    const group = this.groupOf.get(body);
    this.stats.timings.exact += now() - lookup;
    this.stats.records++;
    if (group === undefined) {
      this.recordGroup[record] = this.newGroup(body, text, record);
      return;
    }
    this.nextRecord[this.groupLast[group] as number] = record;
    this.groupLast[group] = record;
    this.groupRecords[group] = (this.groupRecords[group] as number) + 1;
    this.recordGroup[record] = group;
  }

  private newGroup(body: string, text: string, record: number): number {
    const group = this.bodies.length;
    this.groupOf.set(body, group);
    this.bodies.push(body);
    this.originals.push(text);
    const n = group + 1;
    this.groupFirst = grow(this.groupFirst, n, (c) => new Int32Array(c));
    this.groupLast = grow(this.groupLast, n, (c) => new Int32Array(c));
    this.groupRecords = grow(this.groupRecords, n, (c) => new Int32Array(c));
    this.flags = grow(this.flags, n, (c) => new Uint8Array(c));
    this.groupFirst[group] = record;
    this.groupLast[group] = record;
    this.groupRecords[group] = 1;
    this.stats.distinct++;

    let flags = 0;
    if (contentWordCount(body) < this.options.minWords) flags |= SHORT;
    if (this.allowed.bodies.has(body)) flags |= APPROVED;
    this.flags[group] = flags;
    if (flags & SHORT) this.stats.short++;
    if (flags & APPROVED) this.stats.approved++;

    const h = this.options.numHashes;
    let t = now();
    this.signatures = grow(this.signatures, n * h, (c) => new Uint32Array(c));
    this.sketches = grow(this.sketches, n * h, (c) => new Uint8Array(c));
    if (!(flags & SHORT)) {
      this.hasher.signature(body, this.signatures, group * h);
      compactSignature(this.signatures, group * h, h, this.sketches, group * h);
    }
    const t1 = now();
    this.stats.timings.signatures += t1 - t;
    t = t1;
    this.arena.add(flags & SHORT ? '' : body); // short bodies are never compared: keep no bigrams
    this.stats.timings.bigrams += now() - t;
    return group;
  }

  /** Bodies that take part: long enough and not approved. */
  private comparable(group: number): boolean {
    return ((this.flags[group] as number) & (SHORT | APPROVED)) === 0;
  }

  private comparableCount(): number {
    let n = 0;
    for (let g = 0; g < this.bodies.length; g++) if (this.comparable(g)) n++;
    return n;
  }

  private useLsh(): boolean {
    const { strategy } = this.options;
    if (strategy !== 'auto') return strategy === 'lsh';
    return this.comparableCount() > EXHAUSTIVE_LIMIT;
  }

  /** Builds the LSH table over every group (when groups were added since the last build). */
  private buildTable(): LshTable {
    if (this.table && this.table.count === this.bodies.length) return this.table;
    const t = now();
    const count = this.bodies.length;
    const skip = new Uint8Array(count);
    for (let g = 0; g < count; g++) skip[g] = (this.flags[g] as number) & SHORT;
    const { numHashes, bands, rows } = this.options;
    this.table = new LshTable(this.signatures, count, numHashes, bands, rows, skip);
    this.stats.timings.lshBuild += now() - t;
    return this.table;
  }

  /**
   * Settles near-approval (Dice ≥ threshold to an allow-listed text) of every group: through the
   * LSH table for the groups it covers, one by one for the rest.
   */
  private settleApprovals(): void {
    const count = this.bodies.length;
    if (this.approvalsDone >= count) return;
    const t = now();
    const { profiles, signatures } = this.allowed;
    const h = this.options.numHashes;
    const from = this.approvalsDone;
    const covered = this.table?.count ?? 0;
    const threshold = this.options.threshold;
    if (profiles.length > 0) {
      const out = new Int32Array(count);
      const query = new Uint32Array(h);
      profiles.forEach((profile, a) => {
        if (this.table && covered > from) {
          query.set(signatures.subarray(a * h, a * h + h));
          const n = this.table.candidatesOf(query, out);
          for (let q = 0; q < n; q++) {
            const g = out[q] as number;
            if (g >= from) this.approveIfNear(g, profile, threshold);
          }
        }
        for (let g = Math.max(from, covered); g < count; g++) this.approveIfNear(g, profile, threshold);
      });
    }
    this.approvalsDone = count;
    this.stats.timings.approvals += now() - t;
  }

  private approveIfNear(group: number, profile: Uint32Array, threshold: number): void {
    if (!this.comparable(group)) return;
    if (diceUpperBound(this.arena.sizeOf(group), profile.length) < threshold) return;
    if (this.arena.diceWith(group, profile) >= threshold) {
      this.flags[group] = (this.flags[group] as number) | APPROVED;
      this.stats.approved++;
    }
  }

  /**
   * Visits every candidate pair (i < j) of comparable groups, filtered by cluster membership
   * (when `uf` is given), length and the MinHash prefilter, and calls `confirm` with those that
   * reach `threshold`.
   */
  private forEachConfirmedPair(
    threshold: number,
    uf: UnionFind | undefined,
    confirm: (i: number, j: number, similarity: number) => void,
  ): void {
    const count = this.bodies.length;
    const lsh = this.useLsh();
    this.stats.strategy = lsh ? 'lsh' : 'exhaustive';
    const table = lsh ? this.buildTable() : undefined;
    this.settleApprovals();

    const { numHashes, prefilter } = this.options;
    // The prefilter is an LSH notion: an exhaustive scan is exact and has no signatures to trust.
    const prefilterAt = lsh ? prefilter : 0;
    const arena = this.arena;
    const sketches = this.sketches;
    const candidates = new Int32Array(count);
    const survivors = new Int32Array(count);
    const timings = this.stats.timings;
    const stats = this.stats;

    for (let i = 0; i < count; i++) {
      if (!this.comparable(i)) continue;
      const t0 = now();
      let n = 0;
      if (table) {
        n = table.candidatesAfter(i, candidates);
      } else {
        for (let j = i + 1; j < count; j++) candidates[n++] = j;
      }
      const t1 = now();
      stats.candidates += n;

      const sizeI = arena.sizeOf(i);
      let kept = 0;
      for (let q = 0; q < n; q++) {
        const j = candidates[q] as number;
        if (!this.comparable(j)) continue;
        if (uf && uf.find(i) === uf.find(j)) {
          stats.sameCluster++;
          continue;
        }
        if (diceUpperBound(sizeI, arena.sizeOf(j)) < threshold) {
          stats.lengthFiltered++;
          continue;
        }
        if (prefilterAt > 0 && estimateJaccardCompact(sketches, i, j, numHashes) < prefilterAt) {
          stats.prefiltered++;
          continue;
        }
        survivors[kept++] = j;
      }
      const t2 = now();

      for (let q = 0; q < kept; q++) {
        const j = survivors[q] as number;
        // A union made for an earlier j may already have joined this one.
        if (uf && uf.find(i) === uf.find(j)) {
          stats.sameCluster++;
          continue;
        }
        stats.diceChecks++;
        const similarity = arena.diceAtLeast(i, j, threshold);
        if (similarity >= threshold) {
          stats.confirmed++;
          confirm(i, j, similarity);
        }
      }
      const t3 = now();
      timings.candidates += t1 - t0;
      timings.prefilter += t2 - t1;
      timings.dice += t3 - t2;
    }
  }

  /**
   * Clusters the indexed replies: exact duplicates (equal normalised bodies) and near duplicates
   * (Dice ≥ threshold, joined transitively). Replies under `minWords` and approved replies are
   * never members. Clusters are ordered by size (largest first), then by first member.
   */
  clusters(options: ClusterOptions = {}): DuplicateCluster[] {
    const threshold = options.threshold ?? this.options.threshold;
    checkThreshold('threshold', threshold);
    const minSize = options.minSize ?? 2;
    const count = this.bodies.length;
    const uf = new UnionFind(count);
    this.forEachConfirmedPair(threshold, uf, (i, j) => uf.union(i, j));

    const t = now();
    // Records per cluster root, counted first so only reported clusters build arrays.
    const recordsPerRoot = new Int32Array(count);
    for (let g = 0; g < count; g++) {
      if (!this.comparable(g)) continue;
      const root = uf.find(g);
      recordsPerRoot[root] = (recordsPerRoot[root] as number) + (this.groupRecords[g] as number);
    }
    const clusterOfRoot = new Int32Array(count).fill(-1);
    const firstGroup: number[] = [];
    const groupsIn: number[][] = [];
    const members: string[][] = [];
    for (let record = 0; record < this.keys.length; record++) {
      const g = this.recordGroup[record] as number;
      if (!this.comparable(g)) continue;
      const root = uf.find(g);
      if ((recordsPerRoot[root] as number) < minSize) continue;
      let c = clusterOfRoot[root] as number;
      if (c < 0) {
        c = members.length;
        clusterOfRoot[root] = c;
        members.push([]);
        firstGroup.push(g);
        groupsIn.push([]);
      }
      (members[c] as string[]).push(this.keys[record] as string);
      if (this.groupFirst[g] === record) (groupsIn[c] as number[]).push(g);
    }

    const clusters = members.map((keys, c): DuplicateCluster => {
      const first = firstGroup[c] as number;
      const groups = groupsIn[c] as number[];
      let similarity = 1;
      for (const g of groups) if (g !== first) similarity = Math.min(similarity, this.arena.dice(first, g));
      return {
        members: keys,
        representative: this.originals[first] as string,
        normalized: this.bodies[first] as string,
        size: keys.length,
        similarity,
        exact: groups.length === 1,
      };
    });
    clusters.sort((a, b) => b.size - a.size);
    this.stats.timings.assemble += now() - t;
    return clusters;
  }

  /**
   * Every confirmed near-duplicate pair of distinct comparable bodies (exact duplicates are not
   * pairs here: they share one body). Unlike {@link clusters}, no pair is skipped for being in a
   * cluster already, so this is the complete list the candidate search finds — what the bench
   * measures recall on, and what a template-repository check lists.
   */
  similarPairs(options: { threshold?: number } = {}): SimilarPair[] {
    const threshold = options.threshold ?? this.options.threshold;
    checkThreshold('threshold', threshold);
    const pairs: SimilarPair[] = [];
    this.forEachConfirmedPair(threshold, undefined, (i, j, similarity) => {
      pairs.push({ a: this.firstKey(i), b: this.firstKey(j), similarity });
    });
    return pairs;
  }

  private firstKey(group: number): string {
    return this.keys[this.groupFirst[group] as number] as string;
  }

  private keysOf(group: number): string[] {
    const keys: string[] = [];
    for (let r = this.groupFirst[group] as number; r >= 0; r = this.nextRecord[r] as number) {
      keys.push(this.keys[r] as string);
    }
    return keys;
  }

  /**
   * Indexed bodies that `text` duplicates, best first: an equal normalised body (similarity 1,
   * `exact`), then near duplicates at Dice ≥ threshold. Empty when `text` is under `minWords` or
   * approved by the allow-list.
   */
  nearest(text: string, options: NearestOptions = {}): DuplicateMatch[] {
    const threshold = options.threshold ?? this.options.threshold;
    checkThreshold('threshold', threshold);
    const limit = options.limit ?? 10;
    const body = normalizeForDuplicates(text);
    if (contentWordCount(body) < this.options.minWords || this.isApproved(body)) return [];

    const found: { group: number; similarity: number }[] = [];
    const exact = this.groupOf.get(body);
    if (exact !== undefined && this.comparable(exact)) found.push({ group: exact, similarity: 1 });

    const profile = bigramProfile(body);
    const count = this.bodies.length;
    this.scratch = grow(this.scratch, count, (c) => new Int32Array(c));
    const candidates = this.scratch;
    let n = 0;
    let query: Uint32Array | undefined;
    if (this.useLsh()) {
      // Rebuild when many groups were added since the last build; otherwise scan those directly.
      const covered = this.table?.count ?? 0;
      if (count - covered > Math.max(EXHAUSTIVE_LIMIT, covered / 4)) this.buildTable();
      query = new Uint32Array(this.options.numHashes);
      this.hasher.signature(body, query, 0);
      if (this.table) n = this.table.candidatesOf(query, candidates);
      for (let g = this.table?.count ?? 0; g < count; g++) candidates[n++] = g;
    } else {
      for (let g = 0; g < count; g++) candidates[n++] = g;
    }
    this.settleApprovals();

    const coveredByTable = this.table?.count ?? 0;
    for (let q = 0; q < n; q++) {
      const g = candidates[q] as number;
      if (g === exact || !this.comparable(g)) continue;
      if (diceUpperBound(profile.length, this.arena.sizeOf(g)) < threshold) continue;
      if (
        query &&
        g < coveredByTable &&
        this.options.prefilter > 0 &&
        estimateJaccardWith(this.signatures, g, query, this.options.numHashes) < this.options.prefilter
      ) {
        continue;
      }
      const similarity = this.arena.diceWith(g, profile);
      if (similarity >= threshold) found.push({ group: g, similarity });
    }
    found.sort((a, b) => b.similarity - a.similarity || a.group - b.group);
    return found.slice(0, limit).map(({ group, similarity }) => ({
      key: this.firstKey(group),
      keys: this.keysOf(group),
      text: this.originals[group] as string,
      similarity,
      exact: group === exact,
    }));
  }

  /** The best {@link nearest} match of `text`, or undefined when it duplicates nothing. */
  match(text: string, options: Omit<NearestOptions, 'limit'> = {}): DuplicateMatch | undefined {
    return this.nearest(text, { ...options, limit: 1 })[0];
  }

  /** Whether a normalised body is approved: equal or near (Dice ≥ threshold) to an allowed text. */
  private isApproved(body: string): boolean {
    if (this.allowed.bodies.has(body)) return true;
    if (this.allowed.profiles.length === 0) return false;
    const profile = bigramProfile(body);
    const threshold = this.options.threshold;
    return this.allowed.profiles.some(
      (allowed) =>
        diceUpperBound(allowed.length, profile.length) >= threshold &&
        diceOfProfiles(allowed, profile) >= threshold,
    );
  }
}

function emptyStats(): DuplicateIndexStats {
  return {
    records: 0,
    distinct: 0,
    short: 0,
    approved: 0,
    candidates: 0,
    sameCluster: 0,
    lengthFiltered: 0,
    prefiltered: 0,
    diceChecks: 0,
    confirmed: 0,
    strategy: 'none',
    timings: {
      normalize: 0,
      exact: 0,
      signatures: 0,
      bigrams: 0,
      lshBuild: 0,
      approvals: 0,
      candidates: 0,
      prefilter: 0,
      dice: 0,
      assemble: 0,
    },
  };
}
