import { describe, expect, it } from 'vitest';
import { DuplicateIndex } from '../../src/dedupe/index.js';
import { contentWordCount, normalizeForDuplicates } from '../../src/dedupe/normalize.js';
import { twcsReplies } from './fixtures.js';

describe('on the real twcs company replies', () => {
  const replies = twcsReplies();

  it('reads the company replies of the sample', () => {
    expect(replies.length).toBeGreaterThan(2200);
  });

  it('finds every text repeated verbatim once handles are masked, through the exact fast path', () => {
    // Ground truth independent of the normaliser: the raw text with @handles masked.
    const byMasked = new Map<string, string[]>();
    for (const r of replies) {
      const masked = r.text.replace(/@\w+/g, '@H').trim();
      byMasked.set(masked, [...(byMasked.get(masked) ?? []), r.id]);
    }
    const repeated = [...byMasked].filter(([, ids]) => ids.length > 1);
    expect(repeated.length).toBeGreaterThanOrEqual(35);

    const index = new DuplicateIndex({ minWords: 1 });
    for (const r of replies) index.add(r.id, r.text);
    const clusters = index.clusters();
    const clusterOf = new Map<string, number>();
    clusters.forEach((c, i) => c.members.forEach((m) => clusterOf.set(m, i)));

    const comparable = repeated.filter(([masked]) => contentWordCount(normalizeForDuplicates(masked)) >= 1);
    for (const [masked, ids] of comparable) {
      const cluster = clusterOf.get(ids[0] as string);
      expect(cluster, masked).toBeDefined();
      for (const id of ids) expect(clusterOf.get(id), masked).toBe(cluster);
    }
    // Normalisation (sign-offs, links, greetings) finds more than masking handles alone.
    const exactRows = clusters.filter((c) => c.exact).reduce((n, c) => n + c.size, 0);
    const repeatedRows = comparable.reduce((n, [, ids]) => n + ids.length, 0);
    expect(exactRows).toBeGreaterThan(0);
    expect(index.distinct).toBeLessThan(replies.length - repeatedRows / 2);
  });

  it('clusters the "send us a DM with your email address" canned replies together', () => {
    const index = new DuplicateIndex();
    for (const r of replies) index.add(r.id, r.text);
    const cluster = index
      .clusters()
      .find((c) => c.normalized.includes('send us a dm with your email address so we can follow up'));
    expect(cluster?.size).toBeGreaterThanOrEqual(5);
  });
});
