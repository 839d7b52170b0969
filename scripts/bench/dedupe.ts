/**
 * Benchmark and recall measurement of the canned-reply duplicate engine (src/dedupe).
 *
 *   npx tsc -p tsconfig.json && node dist/scripts/bench-dedupe.js [--size 100000] [--eval 5000]
 *
 * (a) builds a 100,000-reply corpus from real company replies (Customer Support on Twitter) and
 *     Bitext's generated responses with realistic variation, and times clustering end to end
 *     (peak RSS from the OS);
 * (b) on a 5,000-reply corpus built the same way, computes all-pairs Dice as ground truth and
 *     reports the recall and precision of pairs with Dice ≥ 0.8, and of exact duplicates;
 * (c) reports time per stage;
 * (d) clusters the real twcs company replies as they are.
 *
 * Data is read from ../shared/data relative to the project root, never copied in.
 */

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { compareTwoStrings } from 'string-similarity';
import { BigramArena, diceUpperBound } from '../../src/dedupe/dice.js';
import { mulberry32 } from '../../src/dedupe/hash.js';
import {
  candidateProbability,
  contentWordCount,
  DEFAULTS,
  DuplicateIndex,
  normalizeForDuplicates,
  type DuplicateIndexOptions,
  type DuplicateIndexStats,
} from '../../src/dedupe/index.js';
import { shingleJaccard } from '../../src/dedupe/minhash.js';

// ─── Data ────────────────────────────────────────────────────────────────────────────────────

/** Project root, found from this file whether it runs from scripts/ or dist/scripts/. */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    try {
      readFileSync(resolve(dir, 'package.json'));
      return dir;
    } catch {
      dir = resolve(dir, '..');
    }
  }
  throw new Error('package.json not found above the bench script');
}

export const DATA_DIR = resolve(projectRoot(), '../shared/data');

type CsvRow = Record<string, string | undefined>;

/** Tolerant CSV read: records that fail to parse are skipped, not fatal. */
function readCsv(path: string): CsvRow[] {
  return parse(readFileSync(path, 'utf8'), {
    columns: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_records_with_error: true,
  }) as CsvRow[];
}

/** A company reply of the twcs sample: its tweet id and text. */
export interface TwcsReply {
  id: string;
  text: string;
}

/** The company replies (inbound False) of the Customer Support on Twitter sample. */
export function loadTwcsReplies(): TwcsReply[] {
  return readCsv(resolve(DATA_DIR, 'twcs/twcs-5000.csv'))
    .filter((r) => r.inbound === 'False' && typeof r.text === 'string')
    .map((r) => ({ id: r.tweet_id ?? '', text: r.text ?? '' }));
}

/** Bitext's generated customer-support responses (column `response`). */
export function loadBitextResponses(): string[] {
  return readCsv(resolve(DATA_DIR, 'bench/Bitext_Sample_Customer_Support_Training_Dataset.csv'))
    .map((r) => r.response ?? '')
    .filter((t) => t.trim() !== '');
}

// ─── Corpus with realistic variation ─────────────────────────────────────────────────────────

const FIRST_NAMES = ['Sarah', 'John', 'Maria', 'Ahmed', 'Li', 'Olga', 'Kofi', 'Jen', 'Mike', 'Priya', 'Tom', 'Ana', 'Lukas', 'Yuki', 'Chloe', 'Diego'];
const GREETINGS = ['Hi NAME,', 'Hello NAME!', 'Dear NAME,', 'Hey NAME,', 'Hi there!', 'Hello,', 'Good morning NAME,', ''];
const SIGN_OFFS = ['-KC', '^RR', '/AY', '*ALS', '~Jen', '- Dan', '^Osebi', '\n\nBest regards,\nNAME\nCustomer Care', '\n\nThanks,\nNAME', '\n\nKind regards,\nNAME', 'Cheers, NAME', ''];
const FILLER_WORDS = ['really', 'also', 'just', 'kindly', 'definitely', 'quickly', 'today', 'now', 'please', 'again', 'further', 'certainly', 'here', 'more', 'still', 'team', 'account', 'details', 'order', 'issue'];

/** How a corpus record was made; kept for reporting, never read by the engine. */
export type Provenance = 'base' | 'variant' | 'edited' | 'composite';

/** One generated reply. */
export interface CorpusReply {
  key: string;
  text: string;
  provenance: Provenance;
}

class CorpusGenerator {
  private readonly random: () => number;

  constructor(
    private readonly twcs: readonly string[],
    private readonly bitext: readonly string[],
    seed: number,
  ) {
    this.random = mulberry32(seed);
  }

  private uniform(): number {
    return this.random() / 0x1_0000_0000;
  }

  private int(n: number): number {
    return Math.floor(this.uniform() * n);
  }

  private pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  private digits(n: number): string {
    let s = String(1 + this.int(9));
    while (s.length < n) s += String(this.int(10));
    return s;
  }

  /** What differs between two sends of one canned text: handle, names, numbers, sign-off. */
  vary(base: string): string {
    const name = this.pick(FIRST_NAMES);
    let text = base
      .replace(/@\w+/g, () => `@${this.digits(6)}`)
      .replace(/\{\{[^}]*\}\}/g, (p) => (this.uniform() < 0.5 ? p : this.fill(p, name)))
      .replace(/\d+/g, (d) => this.digits(d.length));
    // Drop an existing social sign-off so the new one replaces it rather than stacking.
    text = text.replace(/\s+[-^/*~]\s?[A-Za-z]{1,12}\.?(\s+https?:\S+)?\s*$/, '$1');
    const handle = /^(?:@\d+\s*)+/.exec(text)?.[0] ?? '';
    const greeting = this.pick(GREETINGS).replace('NAME', name);
    const signOff = this.pick(SIGN_OFFS).replace('NAME', this.pick(FIRST_NAMES));
    const body = text.slice(handle.length);
    return `${handle}${greeting ? `${greeting} ` : ''}${body}${signOff ? ` ${signOff}` : ''}`;
  }

  private fill(placeholder: string, name: string): string {
    const p = placeholder.toLowerCase();
    if (/url|website|link/.test(p)) return `https://example.com/${this.digits(4)}`;
    if (/name/.test(p)) return name;
    return `#${this.digits(8)}`;
  }

  /** Random word edits at `rate` per word: swaps, insertions, deletions, substitutions. */
  edit(text: string, rate: number): string {
    const words = text.split(/(?<=\S)\s+(?=\S)/);
    const edits = Math.max(1, Math.round(words.length * rate));
    for (let e = 0; e < edits && words.length > 2; e++) {
      const at = this.int(words.length - 1);
      switch (this.int(4)) {
        case 0: {
          const w = words[at] as string;
          words[at] = words[at + 1] as string;
          words[at + 1] = w;
          break;
        }
        case 1:
          words.splice(at, 0, this.pick(FILLER_WORDS));
          break;
        case 2:
          words.splice(at, 1);
          break;
        default:
          words[at] = this.pick(FILLER_WORDS);
      }
    }
    return words.join(' ');
  }

  /** A genuinely new reply: sentences of two or three unrelated texts. */
  composite(): string {
    const parts: string[] = [];
    const n = 2 + this.int(2);
    for (let i = 0; i < n; i++) {
      const source = this.uniform() < 0.5 ? this.pick(this.twcs) : this.pick(this.bitext);
      const sentences = source.split(/(?<=[.!?])\s+/);
      parts.push(this.pick(sentences));
    }
    return parts.join(' ');
  }

  /**
   * `size` replies over a pool of `poolSize` base texts: every base once, then exact-canned
   * variants (30 %), edited variants at word-edit rates from 2 % to 35 % (45 %), and composites
   * of unrelated sentences (25 %).
   */
  corpus(size: number, poolSize: number): CorpusReply[] {
    const all = [...this.twcs, ...this.bitext];
    const pool: string[] = [];
    const taken = new Set<number>();
    while (pool.length < Math.min(poolSize, all.length)) {
      const i = this.int(all.length);
      if (taken.has(i)) continue;
      taken.add(i);
      pool.push(all[i] as string);
    }
    const out: CorpusReply[] = pool.map((text, i) => ({ key: `base-${i}`, text, provenance: 'base' }));
    const rates = [0.02, 0.04, 0.06, 0.08, 0.1, 0.15, 0.2, 0.35];
    while (out.length < size) {
      const roll = this.uniform();
      const key = `r-${out.length}`;
      if (roll < 0.3) {
        out.push({ key, text: this.vary(this.pick(pool)), provenance: 'variant' });
      } else if (roll < 0.75) {
        const text = this.edit(this.vary(this.pick(pool)), this.pick(rates));
        out.push({ key, text, provenance: 'edited' });
      } else {
        out.push({ key, text: this.composite(), provenance: 'composite' });
      }
    }
    return out;
  }
}

/** A reproducible corpus of `size` replies drawn from `poolSize` real base texts. */
export function buildCorpus(size: number, poolSize: number, seed = 42): CorpusReply[] {
  const twcs = loadTwcsReplies().map((r) => r.text);
  return new CorpusGenerator(twcs, loadBitextResponses(), seed).corpus(size, poolSize);
}

// ─── Measurements ────────────────────────────────────────────────────────────────────────────

const ms = (x: number): string => `${(x / 1000).toFixed(2)} s`;
const pct = (x: number): string => `${(100 * x).toFixed(2)} %`;
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
/** Peak resident set size of this process so far (the OS's figure, as `/usr/bin/time -v` reports). */
const peakRss = (): number => process.resourceUsage().maxRSS * 1024;

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(q * (sorted.length - 1))] ?? Number.NaN;
}

function printStages(stats: DuplicateIndexStats): void {
  const t = stats.timings;
  const rows: [string, number][] = [
    ['normalise', t.normalize],
    ['exact fast path (hash map)', t.exact],
    ['MinHash signatures', t.signatures],
    ['bigram profiles', t.bigrams],
    ['LSH build', t.lshBuild],
    ['allow-list approvals', t.approvals],
    ['candidate enumeration', t.candidates],
    ['prefilter (cluster, length, MinHash)', t.prefilter],
    ['Dice confirmation', t.dice],
    ['union-find + assemble', t.assemble],
  ];
  for (const [name, v] of rows) console.log(`    ${name.padEnd(38)} ${ms(v).padStart(9)}`);
  console.log(
    `    candidates ${stats.candidates}, same-cluster skips ${stats.sameCluster}, length-filtered ${stats.lengthFiltered}, ` +
      `prefiltered ${stats.prefiltered}, Dice checks ${stats.diceChecks}, confirmed ${stats.confirmed}`,
  );
}

function sizeHistogram(sizes: readonly number[]): string {
  const counts = new Map<number, number>();
  for (const s of sizes) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]).map(([s, c]) => `${c}×${s}`).join(', ');
}

/** (a) + (c): 100,000 replies clustered end to end, time, memory and stages. */
function benchScale(size: number): void {
  console.log(`\n(a) ${size.toLocaleString('en')} replies, clustered end to end`);
  let t = performance.now();
  const corpus = buildCorpus(size, Number.MAX_SAFE_INTEGER, 42);
  const kinds = new Map<Provenance, number>();
  for (const r of corpus) kinds.set(r.provenance, (kinds.get(r.provenance) ?? 0) + 1);
  console.log(`  corpus built in ${ms(performance.now() - t)}: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}`);
  const rssBefore = process.memoryUsage().rss;
  console.log(`  RSS before indexing ${mib(rssBefore)} (corpus and data held in memory)`);

  t = performance.now();
  const index = new DuplicateIndex();
  for (const r of corpus) index.add(r.key, r.text);
  const tAdd = performance.now() - t;
  const rssAfterAdd = process.memoryUsage().rss;
  const clusters = index.clusters();
  const total = performance.now() - t;
  const stats = index.getStats();
  const rssAfter = process.memoryUsage().rss;

  const exact = clusters.filter((c) => c.exact);
  const clustered = clusters.reduce((n, c) => n + c.size, 0);
  console.log(`  end to end ${ms(total)} (add ${ms(tAdd)}, clusters() ${ms(total - tAdd)})`);
  console.log(
    `  peak RSS ${mib(peakRss())} (RSS after add ${mib(rssAfterAdd)}, after clusters ${mib(rssAfter)}); ` +
      `targets ≤ 30 s and ≤ 1 GiB`,
  );
  console.log(
    `  ${stats.records} replies → ${stats.distinct} distinct bodies (${stats.short} under ${index.options.minWords} words); ` +
      `${clusters.length} clusters (${exact.length} exact, ${clusters.length - exact.length} near) holding ${clustered} replies; ` +
      `largest ${clusters[0]?.size ?? 0}`,
  );
  for (const c of clusters.slice(0, 3)) {
    console.log(`    ${c.size} members, min Dice to first ${c.similarity.toFixed(2)}: ${c.normalized.slice(0, 80)}…`);
  }
  console.log(`  (c) time per stage (strategy ${stats.strategy}):`);
  printStages(stats);
}

/** Ground truth for (b): every pair of distinct comparable bodies with Dice ≥ threshold. */
function allPairsTruth(bodies: readonly string[], threshold: number): { pairs: [number, number, number][]; ms: number } {
  const t = performance.now();
  const arena = new BigramArena();
  for (const b of bodies) arena.add(b);
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < bodies.length; i++) {
    const si = arena.sizeOf(i);
    for (let j = i + 1; j < bodies.length; j++) {
      if (diceUpperBound(si, arena.sizeOf(j)) < threshold) continue;
      const d = arena.dice(i, j);
      if (d >= threshold) pairs.push([i, j, d]);
    }
  }
  return { pairs, ms: performance.now() - t };
}

/** (b): recall and precision on a corpus small enough for all-pairs ground truth. */
function benchRecall(size: number): void {
  const threshold = DEFAULTS.threshold;
  console.log(`\n(b) recall on ${size.toLocaleString('en')} replies vs all-pairs Dice ground truth (threshold ${threshold})`);
  const corpus = buildCorpus(size, Math.round(size / 8), 7);
  const normalized = corpus.map((r) => normalizeForDuplicates(r.text));
  const bodyId = new Map<string, number>();
  const bodies: string[] = [];
  const recordBody = normalized.map((n) => {
    let id = bodyId.get(n);
    if (id === undefined) {
      id = bodies.length;
      bodyId.set(n, id);
      bodies.push(n);
    }
    return id;
  });
  const comparable = bodies.map((b) => contentWordCount(b) >= DEFAULTS.minWords);
  const comparableBodies = bodies.filter((_, i) => comparable[i]);
  const truth = allPairsTruth(comparableBodies, threshold);
  console.log(
    `  ${corpus.length} replies, ${bodies.length} distinct bodies, ${comparableBodies.length} comparable; ` +
      `${truth.pairs.length} body pairs at Dice ≥ ${threshold} (all-pairs in ${ms(truth.ms)})`,
  );

  // The arena's Dice must be string-similarity's: check on every true pair and on random pairs.
  const random = mulberry32(1);
  let checked = 0;
  let mismatches = 0;
  const sample: [number, number][] = truth.pairs.map(([i, j]) => [i, j]);
  for (let s = 0; s < 2000; s++) sample.push([random() % comparableBodies.length, random() % comparableBodies.length]);
  const arena = new BigramArena();
  for (const b of comparableBodies) arena.add(b);
  for (const [i, j] of sample) {
    if (i === j) continue;
    checked++;
    const ours = arena.dice(i, j);
    const theirs = compareTwoStrings(comparableBodies[i] as string, comparableBodies[j] as string);
    if (Math.abs(ours - theirs) > 1e-12) mismatches++;
  }
  console.log(`  Dice over precomputed bigrams = compareTwoStrings on ${checked} pairs: ${mismatches} mismatches`);

  // Dice of bigrams vs Jaccard of word shingles on the true pairs: what MinHash can see.
  console.log('  shingle Jaccard of the true pairs (what MinHash estimates), by shingle size:');
  for (const k of [1, 2, 3, 4, 5]) {
    const js = truth.pairs.map(([i, j]) => shingleJaccard(comparableBodies[i] as string, comparableBodies[j] as string, k));
    console.log(
      `    k=${k}: p1 ${quantile(js, 0.01).toFixed(3)}  p5 ${quantile(js, 0.05).toFixed(3)}  p10 ${quantile(js, 0.1).toFixed(3)}  median ${quantile(js, 0.5).toFixed(3)}`,
    );
  }

  // Band choices: recall of the candidate stage and candidate counts, with the S-curve.
  const keyOfBody = (i: number): string => `b${i}`;
  const truthKeys = new Set(truth.pairs.map(([i, j]) => `${keyOfBody(i)}|${keyOfBody(j)}`));
  const measure = (options: DuplicateIndexOptions): { recall: number; precision: number; stats: DuplicateIndexStats; found: number; ms: number } => {
    const t = performance.now();
    const index = new DuplicateIndex({ ...options, strategy: 'lsh' });
    comparableBodies.forEach((b, i) => index.add(keyOfBody(i), b));
    const found = index.similarPairs();
    let hits = 0;
    for (const p of found) if (truthKeys.has(`${p.a}|${p.b}`) || truthKeys.has(`${p.b}|${p.a}`)) hits++;
    return {
      recall: hits / Math.max(1, truth.pairs.length),
      precision: hits / Math.max(1, found.length),
      stats: index.getStats(),
      found: found.length,
      ms: performance.now() - t,
    };
  };
  console.log('  candidate search (prefilter off) by shingle size and bands × rows; P(J) = 1 − (1 − J^r)^b:');
  const configs: [number, number, number][] = [
    [5, 32, 4],
    [5, 64, 2],
    [5, 128, 1],
    [3, 64, 2],
    [3, 42, 3],
    [2, 64, 2],
    [2, 42, 3],
    [2, 32, 4],
    [1, 32, 4],
  ];
  for (const [k, b, r] of configs) {
    const m = measure({ shingleSize: k, bands: b, rows: r, prefilter: 0 });
    const curve = [0.2, 0.3, 0.5].map((j) => `P(${j})=${candidateProbability(j, b, r).toFixed(2)}`).join(' ');
    console.log(
      `    k=${k} ${String(b).padStart(3)}×${r}: recall ${m.recall.toFixed(4)}  candidates ${String(m.stats.candidates).padStart(9)}  ` +
        `(${(m.stats.candidates / Math.max(1, truth.pairs.length)).toFixed(1)} per true pair)  ${curve}`,
    );
  }

  const d = DEFAULTS;
  const withPrefilter = measure({});
  console.log(`  defaults (k=${d.shingleSize}, ${d.bands}×${d.rows}, prefilter ${d.prefilter}):`);
  console.log(
    `    pair recall ${withPrefilter.recall.toFixed(4)}, precision ${withPrefilter.precision.toFixed(4)} ` +
      `(${withPrefilter.found} confirmed pairs) in ${ms(withPrefilter.ms)}`,
  );
  const without = measure({ prefilter: 0 });
  console.log('    prefilter (MinHash-estimated Jaccard) sweep: recall, Dice checks, true pairs lost vs no prefilter');
  for (const prefilter of [0, 0.1, 0.15, 0.2, 0.25, 0.3]) {
    const m = prefilter === 0 ? without : measure({ prefilter });
    console.log(
      `      ${prefilter.toFixed(2)}: recall ${m.recall.toFixed(4)}  Dice checks ${String(m.stats.diceChecks).padStart(7)}  ` +
        `prefiltered ${String(m.stats.prefiltered).padStart(7)}  lost ${without.found - m.found}`,
    );
  }

  // Recall by Dice band.
  const byBand = [0.8, 0.85, 0.9, 0.95].map((lo) => ({ lo, total: 0, hit: 0 }));
  const index = new DuplicateIndex({ strategy: 'lsh' });
  comparableBodies.forEach((b, i) => index.add(keyOfBody(i), b));
  const foundKeys = new Set(index.similarPairs().map((p) => `${p.a}|${p.b}`));
  for (const [i, j, dice] of truth.pairs) {
    const band = [...byBand].reverse().find((x) => dice >= x.lo);
    if (!band) continue;
    band.total++;
    if (foundKeys.has(`${keyOfBody(i)}|${keyOfBody(j)}`)) band.hit++;
  }
  console.log(`    recall by Dice: ${byBand.map((x) => `[${x.lo}, ${(x.lo + 0.05).toFixed(2)}) ${(x.hit / Math.max(1, x.total)).toFixed(3)} of ${x.total}`).join('; ')}`);

  // Record level: clusters over the corpus as it is (with exact duplicates).
  const full = new DuplicateIndex({ strategy: 'lsh' });
  corpus.forEach((r) => full.add(r.key, r.text));
  const clusters = full.clusters();
  const clusterOf = new Map<string, number>();
  clusters.forEach((c, ci) => c.members.forEach((m) => clusterOf.set(m, ci)));
  const keys = corpus.map((r) => r.key);
  // Exact duplicates: every pair of records with equal comparable bodies must share a cluster.
  let exactPairs = 0;
  let exactFound = 0;
  const recordsOfBody = new Map<number, number[]>();
  recordBody.forEach((b, r) => {
    if (comparable[b]) recordsOfBody.set(b, [...(recordsOfBody.get(b) ?? []), r]);
  });
  for (const records of recordsOfBody.values()) {
    for (let x = 0; x < records.length; x++) {
      for (let y = x + 1; y < records.length; y++) {
        exactPairs++;
        const cx = clusterOf.get(keys[records[x] as number] as string);
        if (cx !== undefined && cx === clusterOf.get(keys[records[y] as number] as string)) exactFound++;
      }
    }
  }
  console.log(`  exact (normalised-equal) record pairs found in one cluster: ${exactFound} of ${exactPairs} (${pct(exactFound / Math.max(1, exactPairs))})`);
  // Near: record pairs of true body pairs that share a cluster; and how many co-clustered pairs are true.
  const bodyOfComparable = bodies.map((_, b) => b).filter((b) => comparable[b]);
  let nearPairs = 0;
  let nearFound = 0;
  for (const [i, j] of truth.pairs) {
    const ri = recordsOfBody.get(bodyOfComparable[i] as number) ?? [];
    const rj = recordsOfBody.get(bodyOfComparable[j] as number) ?? [];
    nearPairs += ri.length * rj.length;
    const ci = clusterOf.get(keys[ri[0] as number] as string);
    if (ci !== undefined && ci === clusterOf.get(keys[rj[0] as number] as string)) nearFound += ri.length * rj.length;
  }
  const coClustered = clusters.reduce((n, c) => n + (c.size * (c.size - 1)) / 2, 0);
  console.log(
    `  near-duplicate record pairs found in one cluster: ${nearFound} of ${nearPairs} (${pct(nearFound / Math.max(1, nearPairs))}); ` +
      `of all ${coClustered} co-clustered record pairs, ${pct((exactFound + nearFound) / Math.max(1, coClustered))} are at Dice ≥ ${threshold} ` +
      `(the rest are joined through chains A ≈ B ≈ C)`,
  );
}

/** (d): the real twcs company replies as they are. */
function benchTwcs(): void {
  const replies = loadTwcsReplies();
  console.log(`\n(d) real twcs company replies: ${replies.length}`);
  // The exact fast path on its own: replies whose text is equal once handles are masked, and once
  // fully normalised; every such set must end up inside one cluster.
  const repeated = (key: (text: string) => string, minWords: number): string[][] => {
    const byKey = new Map<string, string[]>();
    for (const r of replies) {
      if (contentWordCount(normalizeForDuplicates(r.text)) < minWords) continue;
      const k = key(r.text);
      byKey.set(k, [...(byKey.get(k) ?? []), r.id]);
    }
    return [...byKey.values()].filter((ids) => ids.length > 1);
  };
  for (const minWords of [1, DEFAULTS.minWords]) {
    const index = new DuplicateIndex({ minWords });
    for (const r of replies) index.add(r.id, r.text);
    const clusterOf = new Map<string, number>();
    index.clusters().forEach((c, i) => c.members.forEach((m) => clusterOf.set(m, i)));
    const together = (ids: string[]): boolean =>
      clusterOf.get(ids[0] as string) !== undefined && ids.every((id) => clusterOf.get(id) === clusterOf.get(ids[0] as string));
    for (const [label, key] of [
      ['equal with handles masked', (t: string) => t.replace(/@\w+/g, '@H').trim()],
      ['equal once normalised', normalizeForDuplicates],
    ] as const) {
      const sets = repeated(key, minWords);
      const rows = sets.reduce((n, ids) => n + ids.length, 0);
      console.log(
        `  minWords ${minWords}: ${sets.length} texts ${label}, repeated over ${rows} replies; ` +
          `${sets.filter(together).length} of ${sets.length} found together in one cluster`,
      );
    }
  }
  for (const minWords of [1, DEFAULTS.minWords]) {
    const index = new DuplicateIndex({ minWords });
    for (const r of replies) index.add(r.id, r.text);
    const clusters = index.clusters();
    const exact = clusters.filter((c) => c.exact);
    const near = clusters.filter((c) => !c.exact);
    console.log(
      `  minWords ${minWords}: ${exact.length} exact clusters over ${exact.reduce((n, c) => n + c.size, 0)} replies ` +
        `(sizes ${sizeHistogram(exact.map((c) => c.size))}); ${near.length} near clusters over ` +
        `${near.reduce((n, c) => n + c.size, 0)} replies (sizes ${sizeHistogram(near.map((c) => c.size))})`,
    );
    if (minWords === DEFAULTS.minWords) {
      for (const c of clusters.slice(0, 12)) {
        console.log(`    ${String(c.size).padStart(3)} ${c.exact ? 'exact' : `near ${c.similarity.toFixed(2)}`}  ${c.normalized.slice(0, 90)}`);
      }
      for (const c of near.slice(0, 6)) {
        console.log(`    near ${c.similarity.toFixed(2)} ×${c.size}: ${c.members.map((m) => JSON.stringify(replies.find((r) => r.id === m)?.text.slice(0, 70))).join(' | ')}`);
      }
    }
  }
}

// ─── Main ────────────────────────────────────────────────────────────────────────────────────

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  return Number.isFinite(value) ? value : fallback;
}

function main(): void {
  const part = process.argv[process.argv.indexOf('--part') + 1];
  if (process.argv.includes('--part')) {
    if (part === 'a') benchScale(argument('size', 100_000));
    else if (part === 'b') benchRecall(argument('eval', 5_000));
    else if (part === 'd') benchTwcs();
    console.log(`  [part ${part}: peak RSS ${mib(peakRss())}]`);
    return;
  }
  // Each part in its own process, so each peak RSS is its own.
  console.log(`bench-dedupe on ${os.cpus().length} cores, Node ${process.version}`);
  for (const p of ['a', 'b', 'd']) {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--part', p, ...process.argv.slice(2)], {
      stdio: 'inherit',
    });
    if (run.status !== 0) process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
