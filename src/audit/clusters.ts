/**
 * Canned-reply clusters across a mailbox: near-identical replies sent to different customers,
 * with how many, by whom, when, and one example.
 */
import { DuplicateIndex } from '../dedupe/index.js';
import type { CorpusCluster } from '../rule-kit/corpus.js';
import type { ReplyMeta } from '../readers/thread.js';
import type { Reply } from '../types.js';

export interface CannedCluster {
  size: number;
  /** Distinct threads (customers) it was sent to. */
  threads: number;
  agents: string[];
  firstDate?: string;
  lastDate?: string;
  /** Lowest Dice similarity of a member to the first one. */
  similarity: number;
  exact: boolean;
  example: string;
  /** Result ids (record ids) of the members, in input order. */
  members: string[];
}

export interface ClusterOptions {
  threshold?: number;
  minWords?: number;
  allowList?: string[];
  minSize?: number;
}

export interface Clustering {
  clusters: CannedCluster[];
  /** For each reply index, the cluster its canned-duplicate check sees. */
  byIndex: Map<number, CorpusCluster>;
  millis: number;
}

/**
 * Near-identical agent replies, keyed by their index in the reply list. Fed as replies are known
 * (the audit adds each agent message while mail is still being parsed on the workers, so indexing
 * costs no extra wall time), then `finish` confirms candidates and builds the clusters.
 */
export class ReplyClusterer {
  /** Dropped by `finish`: linting a large mailbox needs the clusters, not the index. */
  private index: DuplicateIndex | undefined;
  private millis = 0;

  constructor(private readonly options: ClusterOptions = {}) {
    this.index = new DuplicateIndex({
      ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
      ...(options.minWords !== undefined ? { minWords: options.minWords } : {}),
      ...(options.allowList ? { allowList: options.allowList } : {}),
    });
  }

  /** Adds the agent reply that will be `replies[index]` (fatal records are never added). */
  add(index: number, text: string): void {
    const started = performance.now();
    if (!this.index) throw new Error('ReplyClusterer: add() after finish()');
    this.index.add(String(index), text);
    this.millis += performance.now() - started;
  }

  /** Confirms candidates and builds the clusters; `meta(i)` describes the reply added as `i`. */
  finish(meta: (index: number) => ReplyMeta | undefined): Clustering {
    const started = performance.now();
    const clusters: CannedCluster[] = [];
    const byIndex = new Map<number, CorpusCluster>();
    const index = this.index;
    if (!index) throw new Error('ReplyClusterer: finish() called twice');
    this.index = undefined;
    for (const cluster of index.clusters({ minSize: this.options.minSize ?? 2 })) {
      const members = cluster.members.map(Number);
      const memberMeta = members.map(meta).filter((m): m is ReplyMeta => m !== undefined);
      const ids = memberMeta.map((m) => m.id);
      // First and last date without a string per member: a macro may have been sent 50,000 times.
      let first = Infinity;
      let last = -Infinity;
      for (const m of memberMeta) {
        if (m.time === undefined || Number.isNaN(m.time)) continue;
        first = Math.min(first, m.time);
        last = Math.max(last, m.time);
      }
      const threads = new Set(memberMeta.map((m) => m.thread));
      const agents = [...new Set(memberMeta.map((m) => m.author).filter((author): author is string => author !== undefined))];
      clusters.push({
        size: cluster.size,
        threads: threads.size,
        agents,
        ...(first <= last ? { firstDate: new Date(first).toISOString(), lastDate: new Date(last).toISOString() } : {}),
        similarity: cluster.similarity,
        exact: cluster.exact,
        example: cluster.representative,
        members: ids,
      });
      // A macro sent 50,000 times is one cluster: each member names only a few others, taken from
      // the first six ids, and every member after the sixth shares one view, so this stays small.
      const firstIds = ids.slice(0, 6);
      const view = (position: number): CorpusCluster => ({ size: threads.size, others: firstIds.filter((_, j) => j !== position).slice(0, 5), similarity: cluster.similarity });
      const later = view(-1);
      members.forEach((member, position) => {
        // The cluster as a member sees it: sent to this many different customers.
        byIndex.set(member, position < 6 ? view(position) : later);
      });
    }
    this.millis += performance.now() - started;
    return { clusters, byIndex, millis: this.millis };
  }
}

/** Clusters the agent replies of a finished list (by their index in `replies`). */
export function clusterReplies(replies: Reply[], options: ClusterOptions = {}): Clustering {
  const clusterer = new ReplyClusterer(options);
  replies.forEach((reply, i) => {
    if (!reply.fatal) clusterer.add(i, reply.text);
  });
  return clusterer.finish((i) => {
    const reply = replies[i];
    if (!reply) return undefined;
    const id = reply.id ?? reply.filePath;
    return { id, thread: reply.thread?.id ?? id, ...(reply.author !== undefined ? { author: reply.author } : {}), ...(reply.date !== undefined ? { time: Date.parse(reply.date) } : {}) };
  });
}
