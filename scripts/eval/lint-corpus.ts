/**
 * Lints a set of replies as one corpus, as an audit does: canned-duplicate sees the clusters of
 * near-identical replies across the whole set and each reply's thread history.
 */
import { corpusClusters, duplicateLookup } from '../../src/pipeline/duplicates.js';
import { lintReply, type LintSettings } from '../../src/pipeline/run.js';
import type { LintResult, Reply } from '../../src/types.js';

export function replyKey(reply: Reply): string {
  return reply.id ?? reply.filePath;
}

export function lintCorpus(replies: Reply[], settings: LintSettings): Map<string, LintResult> {
  const clusters = corpusClusters(replies.map((reply) => ({ key: replyKey(reply), text: reply.text })));
  const results = new Map<string, LintResult>();
  for (const reply of replies) {
    const key = replyKey(reply);
    results.set(key, lintReply(reply, settings, duplicateLookup(reply, clusters.get(key))));
  }
  return results;
}
