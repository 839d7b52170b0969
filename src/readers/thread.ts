/**
 * From MailRecords to Replies: group records into threads, decide who is the agent, and give every
 * agent message its context (the customer message it answers) and its thread (the team's earlier
 * replies). Customer messages are context, not linted; fatal records are reported.
 *
 * Threading (JWZ-style, simplified):
 *  - mail: a record is joined to its In-Reply-To and to every id in References (union-find over
 *    Message-IDs, so a missing middle message does not split a thread). Message-IDs are global:
 *    threads may span files.
 *  - exports: `threadKey` when present (all records with it form one thread); otherwise
 *    `inReplyTo` links to the record with that id in the same source (twcs: a reply's
 *    in_response_to_tweet_id is the customer tweet; chains are followed to their root).
 *  - subject fallback, mail only: a message with no In-Reply-To and no References whose subject
 *    says it is a reply (Re:, AW:, SV:, Antw:, …) joins the thread of the first message with the
 *    same normalised subject (prefixes and [list] tags stripped, case and spaces folded). Two
 *    messages that are both not replies are never joined by subject alone: "Help" is not a thread.
 *  - order within a thread: by date when every member has one, else by input order; ties keep input
 *    order. `thread.id` is the id of the first message in that order.
 *
 * Memory. Threads need lookahead (a reply may come before the message it answers), so every record
 * is read before any Reply is produced. Records wait in a `RecordStore`: in memory by default, in a
 * temporary file for the audit (`SpillStore`). The builder itself keeps only small per-record
 * columns (kind, id, date, author; link keys until grouping), about 100 bytes a message, and builds
 * each Reply from the store when it is asked for. Customers' segments, signatures and quoted history
 * are dropped before storing: context needs only the text.
 */
import type { Reply } from '../types.js';
import type { MailRecord, Role } from './record.js';
import { MemoryStore, type RecordStore } from './record-store.js';

/** Decides whether a record without a known role was written by the team. */
export type AgentMatcher = (record: Pick<MailRecord, 'from' | 'author'>) => boolean;

/**
 * Builds a matcher from `--agent` values, compared case-insensitively:
 *  - `@example.com`: any address at that domain or a subdomain of it (`@support.example.com`);
 *  - `jane@example.com`: that exact address;
 *  - anything else: an author id (a CSV author column, a Twitter handle) or a sender's display name.
 */
export function agentMatcher(specs: readonly string[]): AgentMatcher {
  const domains: string[] = [];
  const addresses = new Set<string>();
  const authors = new Set<string>();
  for (const raw of specs) {
    const spec = raw.trim().toLowerCase();
    if (spec === '') continue;
    if (spec.startsWith('@') && spec.length > 1) domains.push(spec.slice(1));
    else if (spec.includes('@')) addresses.add(spec);
    else authors.add(spec);
  }
  return (record) => {
    const address = record.from?.address?.trim().toLowerCase();
    if (address) {
      if (addresses.has(address)) return true;
      const domain = address.slice(address.lastIndexOf('@') + 1);
      if (domains.some((d) => domain === d || domain.endsWith(`.${d}`))) return true;
    }
    const author = record.author?.trim().toLowerCase();
    if (author && (authors.has(author) || addresses.has(author))) return true;
    const name = record.from?.name?.trim().toLowerCase();
    return name !== undefined && authors.has(name);
  };
}

/** How many records went where: `read = agentReplies + context + failed`. */
export interface Accounting {
  read: number;
  /** Agent messages turned into Replies to lint. */
  agentReplies: number;
  /** Customer messages (context only). */
  context: number;
  /** Fatal records, reported as Replies with `fatal`. */
  failed: number;
}

export interface ThreadOptions {
  /** `--agent` values, or a matcher. Records with a `role` keep it. */
  agents?: readonly string[] | AgentMatcher;
  /** Where records wait until their thread is known (default: in memory). The caller closes it. */
  store?: RecordStore;
  /** Keep agent replies' quoted history (default true; the audit never lints it). */
  keepQuoted?: boolean;
}

const REPLY_PREFIX = /^\s*(?:(?:re|aw|sv|vs|antw|antwort|ynt|odp|rif|r|réf|ref|tr|fwd?|wg|enc)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*|\[[^\]]*\]\s*)+/i;
const REPLY_ONLY = /^\s*(?:\[[^\]]*\]\s*)*(?:re|aw|sv|vs|antw|antwort|ynt|odp|rif|r)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]/i;

/** Subject without reply/forward prefixes and [list] tags, case and whitespace folded. */
export function normaliseSubject(subject: string): string {
  return subject.replace(REPLY_PREFIX, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function isReplySubject(subject: string): boolean {
  return REPLY_ONLY.test(subject);
}

class UnionFind {
  private readonly parent = new Map<string, string>();

  find(key: string): string {
    let root = key;
    for (let next = this.parent.get(root); next !== undefined && next !== root; next = this.parent.get(root)) root = next;
    // Path compression keeps later finds near O(1).
    for (let node = key, next = this.parent.get(node); next !== undefined && next !== root; node = next, next = this.parent.get(node)) {
      this.parent.set(node, root);
    }
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

function exportKey(source: string, id: string): string {
  return `x:${source}\u0000${id}`;
}

function mailKey(messageId: string): string {
  return `m:${messageId.trim().toLowerCase()}`;
}

/** What a record became: a reply to lint, customer context, or a record that could not be read. */
type Kind = 'agent' | 'customer' | 'failed';

/** What the audit's cluster table needs of a reply, without reading its body back. */
export interface ReplyMeta {
  id: string;
  threadId: string;
  author?: string;
  date?: string;
}

/**
 * Collects records, then produces Replies. Feed with `add`, read with `replies()`.
 *
 * Records go to the store; what stays here is per-record columns (indexed by `seq`, the record's
 * input position and its store handle) plus, until threads are grouped, the link keys. Links are
 * joined as records arrive, so References lists are never kept.
 */
export class ThreadBuilder {
  readonly accounting: Accounting = { read: 0, agentReplies: 0, context: 0, failed: 0 };
  private readonly isAgent: AgentMatcher;
  private readonly store: RecordStore;
  private readonly keepQuoted: boolean;

  private readonly kinds: Kind[] = [];
  private readonly ids: string[] = [];
  /** Milliseconds since the epoch, NaN when the record has no valid date. */
  private readonly times: number[] = [];
  private readonly authors: Array<string | undefined> = [];
  /** Record seqs of the Replies, in input order. */
  private readonly replySeqs: number[] = [];
  private readonly internedAuthors = new Map<string, string>();

  // Until grouping: link keys, the union-find over them, and the subject fallback.
  private keys: string[] = [];
  private byKey = new Map<string, number>();
  private links = new UnionFind();
  private firstBySubject = new Map<string, string>();
  private replySubjects: Array<[norm: string, key: string]> = [];
  /** Agent replies whose In-Reply-To was not read yet when they were. */
  private unresolvedParents: Array<[seq: number, key: string]> = [];
  /** Per record: the In-Reply-To target's seq when it was read, else -1. */
  private readonly parents: number[] = [];

  // After grouping, per record: thread, position, context and the team's previous reply (-1: none).
  private grouped = false;
  private threadOf: number[] = [];
  private positions: number[] = [];
  private contexts: number[] = [];
  private previous: number[] = [];
  private threadIds: string[] = [];

  constructor(options: ThreadOptions = {}) {
    const agents = options.agents ?? [];
    this.isAgent = typeof agents === 'function' ? agents : agentMatcher(agents);
    this.store = options.store ?? new MemoryStore();
    this.keepQuoted = options.keepQuoted ?? true;
  }

  /**
   * Adds a record and says what it became. Every `agent` or `failed` record is the next Reply of
   * `replies()`, in this order, so a caller can index replies before threading is done.
   */
  add(record: MailRecord): Role | 'failed' {
    if (this.grouped) throw new Error('ThreadBuilder: add() after threads were grouped');
    const seq = this.kinds.length;
    this.accounting.read++;
    const role: Role = record.role ?? (this.isAgent(record) ? 'agent' : 'customer');
    const kind: Kind = record.fatal ? 'failed' : role;
    if (kind === 'failed') this.accounting.failed++;
    else if (kind === 'agent') this.accounting.agentReplies++;
    else this.accounting.context++;

    let key: string;
    let parentKey: string | undefined;
    if (record.kind === 'mail') {
      key = record.messageId ? mailKey(record.messageId) : `r:${record.source}\u0000${record.id}`;
      if (this.byKey.has(key)) key = `${key}\u0000${seq}`; // a repeated Message-ID is another message
      if (record.inReplyTo) parentKey = mailKey(record.inReplyTo);
      if (parentKey) this.links.union(key, parentKey);
      for (const reference of record.references) this.links.union(key, mailKey(reference));
      this.noteSubject(record, key, parentKey !== undefined || record.references.length > 0);
    } else {
      key = exportKey(record.source, record.id);
      if (record.inReplyTo) parentKey = exportKey(record.source, record.inReplyTo);
      if (record.threadKey !== undefined) this.links.union(key, `t:${record.source}\u0000${record.threadKey}`);
      else if (parentKey) this.links.union(key, parentKey);
    }
    this.keys.push(key);
    this.byKey.set(key, seq);
    const parent = kind === 'agent' && parentKey ? this.byKey.get(parentKey) : undefined;
    this.parents.push(parent ?? -1);
    if (kind === 'agent' && parentKey && parent === undefined) this.unresolvedParents.push([seq, parentKey]);

    this.kinds.push(kind);
    this.ids.push(record.id);
    const time = record.date ? Date.parse(record.date) : NaN;
    this.times.push(time);
    this.authors.push(record.author === undefined ? undefined : this.intern(record.author));
    if (kind !== 'customer') this.replySeqs.push(seq);

    if (kind === 'customer') {
      // Context needs only the text: drop what a customer message will never be asked for.
      const { quoted: _quoted, signature: _signature, ...rest } = record;
      this.store.put({ ...rest, segments: [] });
    } else if (!this.keepQuoted && record.quoted !== undefined) {
      const { quoted: _quoted, ...rest } = record;
      this.store.put(rest);
    } else {
      this.store.put(record);
    }
    return kind === 'failed' ? 'failed' : role;
  }

  /** All Replies (agent messages and fatal records), in input order, each built when asked for. */
  *replies(): Generator<Reply> {
    this.group();
    for (const seq of this.replySeqs) yield this.reply(seq);
  }

  /** How many Replies `replies()` yields. */
  get replyCount(): number {
    return this.replySeqs.length;
  }

  /** Id, thread, author and date of the `index`-th Reply, without building it. Ends reading. */
  replyMeta(index: number): ReplyMeta | undefined {
    this.group();
    const seq = this.replySeqs[index];
    if (seq === undefined) return undefined;
    const meta: ReplyMeta = { id: this.ids[seq]!, threadId: this.threadIds[this.threadOf[seq]!]! };
    const author = this.authors[seq];
    if (author !== undefined) meta.author = author;
    const time = this.times[seq]!;
    if (!Number.isNaN(time)) meta.date = new Date(time).toISOString();
    return meta;
  }

  private reply(seq: number): Reply {
    const r = this.store.get(seq);
    const previousReplies: string[] = [];
    for (let p = this.previous[seq]!; p >= 0; p = this.previous[p]!) previousReplies.push(this.store.get(p).text);
    previousReplies.reverse();
    const reply: Reply = {
      filePath: r.source,
      id: r.id,
      text: r.text,
      segments: r.segments,
      thread: { id: this.threadIds[this.threadOf[seq]!]!, position: this.positions[seq]!, previousReplies },
    };
    if (r.signature) reply.signature = r.signature;
    if (r.quoted !== undefined) reply.quoted = r.quoted;
    if (r.channel) reply.channel = r.channel;
    if (r.author) reply.author = r.author;
    if (r.date) reply.date = r.date;
    if (r.subject !== undefined) reply.subject = r.subject;
    if (r.fatal) reply.fatal = r.fatal;
    else {
      const context = this.contexts[seq]!;
      if (context >= 0) reply.context = this.store.get(context).text;
    }
    return reply;
  }

  private intern(value: string): string {
    const known = this.internedAuthors.get(value);
    if (known !== undefined) return known;
    this.internedAuthors.set(value, value);
    return value;
  }

  /** Subject fallback, for mail that carries no links but says it is a reply. */
  private noteSubject(record: MailRecord, key: string, linked: boolean): void {
    const subject = record.subject;
    if (!subject) return;
    const norm = normaliseSubject(subject);
    if (norm === '') return;
    if (!isReplySubject(subject)) {
      if (!this.firstBySubject.has(norm)) this.firstBySubject.set(norm, key);
    } else if (!linked) {
      this.replySubjects.push([norm, key]);
    }
  }

  /** Groups records into threads and fixes each one's position, context and previous reply. */
  private group(): void {
    if (this.grouped) return;
    this.grouped = true;
    // A reply-only subject joins the first message that is not a reply; failing that, the first
    // reply with that subject.
    for (const [norm, key] of this.replySubjects) {
      const first = this.firstBySubject.get(norm);
      if (first !== undefined) this.links.union(first, key);
      else this.firstBySubject.set(norm, key);
    }
    for (const [seq, key] of this.unresolvedParents) {
      const parent = this.byKey.get(key);
      if (parent !== undefined) this.parents[seq] = parent;
    }

    const groups = new Map<string, number[]>();
    this.keys.forEach((key, seq) => {
      const root = this.links.find(key);
      const members = groups.get(root);
      if (members) members.push(seq);
      else groups.set(root, [seq]);
    });
    // Linking is done: free the keys before the replies are built.
    this.keys = [];
    this.byKey = new Map();
    this.links = new UnionFind();
    this.firstBySubject = new Map();
    this.replySubjects = [];
    this.unresolvedParents = [];

    const count = this.kinds.length;
    this.threadOf = new Array<number>(count).fill(-1);
    this.positions = new Array<number>(count).fill(0);
    this.contexts = new Array<number>(count).fill(-1);
    this.previous = new Array<number>(count).fill(-1);
    for (const members of groups.values()) {
      // By date when every member has one, else (already) in input order; ties keep input order.
      if (members.every((seq) => !Number.isNaN(this.times[seq]!))) members.sort((a, b) => this.times[a]! - this.times[b]! || a - b);
      const thread = this.threadIds.push(this.ids[members[0]!]!) - 1;
      let lastCustomer = -1;
      let lastReply = -1;
      members.forEach((seq, position) => {
        this.threadOf[seq] = thread;
        this.positions[seq] = position;
        const kind = this.kinds[seq]!;
        if (kind === 'customer') {
          lastCustomer = seq;
          return;
        }
        this.previous[seq] = lastReply;
        if (kind === 'agent') {
          // The In-Reply-To target when it is a readable customer message, else the latest earlier one.
          const parent = this.parents[seq]!;
          this.contexts[seq] = parent >= 0 && this.kinds[parent] === 'customer' ? parent : lastCustomer;
          lastReply = seq;
        }
      });
    }
    this.parents.length = 0;
  }
}

/** Threads a stream (or list) of records; returns every Reply and the accounting. */
export async function buildReplies(
  records: AsyncIterable<MailRecord> | Iterable<MailRecord>,
  options: ThreadOptions = {},
): Promise<{ replies: Reply[]; accounting: Accounting }> {
  const builder = new ThreadBuilder(options);
  for await (const record of records) builder.add(record);
  return { replies: [...builder.replies()], accounting: builder.accounting };
}

/**
 * Streams Replies one by one (after reading all records: see "Memory" above). `accounting`, when
 * given, is filled in as records are read.
 */
export async function* threadReplies(
  records: AsyncIterable<MailRecord> | Iterable<MailRecord>,
  options: ThreadOptions = {},
  accounting?: Accounting,
): AsyncGenerator<Reply> {
  const builder = new ThreadBuilder(options);
  for await (const record of records) builder.add(record);
  if (accounting) Object.assign(accounting, builder.accounting);
  yield* builder.replies();
}
