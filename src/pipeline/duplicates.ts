/**
 * Fills `ctx.duplicates` for rules: the team's earlier replies in a reply's thread (few, so
 * compared pairwise with Dice), and the cluster a reply belongs to when many replies are linted
 * together (found once for the whole set by the MinHash/LSH engine in `src/dedupe`).
 */
import { contentWordCount, dice, DuplicateIndex, normalizeForDuplicates } from '../dedupe/index.js';
import type { CorpusCluster, DuplicateLookup, DuplicateMatch } from '../rule-kit/corpus.js';
import type { Reply } from '../types.js';

export function duplicateLookup(reply: Reply, cluster?: CorpusCluster, similarTemplates?: DuplicateLookup['similarTemplates']): DuplicateLookup {
  let normalized: string | undefined;
  return {
    inThread(threshold, minWords) {
      const previous = reply.thread?.previousReplies ?? [];
      if (previous.length === 0) return [];
      normalized ??= normalizeForDuplicates(reply.text);
      if (contentWordCount(normalized) < minWords) return [];
      const matches: DuplicateMatch[] = [];
      previous.forEach((earlier, index) => {
        const other = normalizeForDuplicates(earlier);
        const similarity = other === normalized ? 1 : dice(normalized ?? '', other);
        if (similarity >= threshold) matches.push({ key: `thread#${index + 1}`, similarity, exact: similarity === 1 });
      });
      return matches.sort((a, b) => b.similarity - a.similarity);
    },
    inCorpus() {
      return cluster;
    },
    // Filled by the template run (src/templates/similar.ts), which sees every template at once.
    similarTemplates: similarTemplates ?? (() => []),
  };
}

export interface CorpusOptions {
  threshold?: number;
  minWords?: number;
  /** Approved macros: never reported as boilerplate. */
  allowList?: string[];
}

/**
 * Clusters of near-identical replies in a linted set (MinHash + LSH, Dice-confirmed), as the
 * `CorpusCluster` each member's `canned-duplicate` check sees. Keys are the caller's reply keys.
 */
export function corpusClusters(replies: Array<{ key: string; text: string }>, options: CorpusOptions = {}): Map<string, CorpusCluster> {
  const index = new DuplicateIndex({
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
    ...(options.minWords !== undefined ? { minWords: options.minWords } : {}),
    ...(options.allowList ? { allowList: options.allowList } : {}),
  });
  for (const reply of replies) index.add(reply.key, reply.text);
  const byKey = new Map<string, CorpusCluster>();
  for (const cluster of index.clusters({ minSize: 2 })) {
    for (const key of cluster.members) {
      byKey.set(key, {
        size: cluster.size,
        others: cluster.members.filter((member) => member !== key).slice(0, 5),
        similarity: cluster.similarity,
      });
    }
  }
  return byKey;
}
