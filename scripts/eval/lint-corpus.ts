/**
 * Lints a set of replies as one corpus, as an audit does: canned-duplicate sees the clusters of
 * near-identical replies across the whole set and each reply's thread history.
 */
import { clusterReplies } from '../../src/audit/clusters.js';
import { duplicateLookup } from '../../src/pipeline/duplicates.js';
import { lintReply, type LintSettings } from '../../src/pipeline/run.js';
import type { LintResult, Reply } from '../../src/types.js';

export function replyKey(reply: Reply): string {
  return reply.id ?? reply.filePath;
}

export function lintCorpus(replies: Reply[], settings: LintSettings): Map<string, LintResult> {
  const { byIndex } = clusterReplies(replies);
  const results = new Map<string, LintResult>();
  replies.forEach((reply, i) => results.set(replyKey(reply), lintReply(reply, settings, duplicateLookup(reply, byIndex.get(i)))));
  return results;
}
