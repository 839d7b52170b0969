/**
 * Fills `ctx.duplicates` for rules: the team's earlier replies in a reply's thread (few, so
 * compared pairwise with Dice), and the cluster a reply belongs to when many replies are linted
 * together (found once for the whole set by `src/audit/clusters.ts`).
 */
import { contentWordCount, dice, normalizeForDuplicates } from '../dedupe/index.js';
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
