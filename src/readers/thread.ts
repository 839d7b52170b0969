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
 * temporary file for the audit (`SpillStore`). The builder itself keeps a few numbers per record
 * in typed columns, each reply's id and author, and, until threads are grouped, the link keys; it
 * builds each Reply from the store when it is asked for. Customers' segments, signatures and quoted history
 * are dropped before storing: context needs only the text.
 */
import type { Reply } from '../types.js';
import type { MailRecord, Role } from './record.js';
import { UnionFind } from '../dedupe/union-find.js';
import { Column, float64Column, int32Column, uint8Column } from '../typed-arrays.js';
import { MemoryStore, type RecordStore } from './record-store.js';
import { KeyTable } from './key-table.js';

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

function exportKey(source: string, id: string): string {
  return `x:${source}\u0000${id}`;
}

function mailKey(messageId: string): string {
  return `m:${messageId.trim().toLowerCase()}`;
}

/**
 * Link keys as integer nodes of a union-find, one per key: a record's own key, or a key only
 * referenced so far (a missing middle message, a parent not read yet). Keys are kept as hashes.
 */
class Links {
  private readonly nodes = new KeyTable();
  readonly sets = new UnionFind();
  /** The record (seq) each node is, or -1 for a key only referenced so far. */
  private readonly records = int32Column();

  node(key: string): number {
    let node = this.nodes.get(key);
    if (node < 0) {
      node = this.sets.add();
      this.records.push(-1);
      this.nodes.set(key, node);
    }
    return node;
  }

  /** The record with this key, or -1. */
  recordOf(key: string): number {
    const node = this.nodes.get(key);
    return node < 0 ? -1 : this.records.at(node);
  }

  recordAt(node: number): number {
    return this.records.at(node);
  }

  claim(node: number, seq: number): void {
    this.records.set(node, seq);
  }
}

const AGENT = 0;
const CUSTOMER = 1;
const FAILED = 2;

/** What the audit's cluster table needs of a reply, without reading its body back. */
export interface ReplyMeta {
  id: string;
  /** Equal for replies of one thread. */
  thread: number | string;
  author?: string;
  /** Milliseconds since the epoch. */
  time?: number;
}

/**
 * Collects records, then produces Replies. Feed with `add`, read with `replies()`.
 *
 * Records go to the store. What stays here is a few numbers per record in typed columns (indexed
 * by `seq`, the record's input position and its store handle), the id and author of each reply,
 * and, until threads are grouped, the link keys. Links are joined as records arrive, so
 * References lists are never kept.
 */
export class ThreadBuilder {
  readonly accounting: Accounting = { read: 0, agentReplies: 0, context: 0, failed: 0 };
  private readonly isAgent: AgentMatcher;
  private readonly store: RecordStore;
  private readonly keepQuoted: boolean;

  // Per record (by seq).
  private readonly kinds = uint8Column();
  /** Milliseconds since the epoch, NaN when the record has no valid date. */
  private readonly times = float64Column();
  /** The In-Reply-To target's seq, for agent replies whose target was read; else -1. */
  private readonly parents = int32Column();
  // Per reply (by its index in `replies()`).
  private readonly replySeqs = int32Column();
  private readonly replyIds: string[] = [];
  private readonly replyAuthors: Array<string | undefined> = [];
  private readonly internedAuthors = new Map<string, string>();

  // Until grouping: link keys and their union-find, the subject fallback, parents not read yet.
  private links: Links | undefined = new Links();
  private recordNodes: Column<Int32Array> | undefined = int32Column();
  private firstBySubject = new KeyTable();
  private replySubjects: Array<[norm: string, node: number]> = [];
  private unresolvedParents: Array<[seq: number, node: number]> = [];

  // After grouping, per record: thread, position, context and the team's previous reply (-1: none).
  private grouped = false;
  private threadOf = new Int32Array(0);
  private positions = new Int32Array(0);
  private contexts = new Int32Array(0);
  private previous = new Int32Array(0);
  /** Per thread: its first record, and that record's id once asked for. */
  private threadFirst: number[] = [];
  private readonly threadIds = new Map<number, string>();

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
    const links = this.links;
    const recordNodes = this.recordNodes;
    if (!links || !recordNodes) throw new Error('ThreadBuilder: add() after threads were grouped');
    const seq = this.kinds.length;
    this.accounting.read++;
    const role: Role = record.role ?? (this.isAgent(record) ? 'agent' : 'customer');
    const kind = record.fatal ? FAILED : role === 'agent' ? AGENT : CUSTOMER;
    if (kind === FAILED) this.accounting.failed++;
    else if (kind === AGENT) this.accounting.agentReplies++;
    else this.accounting.context++;

    let key: string;
    let parentKey: string | undefined;
    const linked: string[] = [];
    if (record.kind === 'mail') {
      key = record.messageId ? mailKey(record.messageId) : `r:${record.source}\u0000${record.id}`;
      if (links.recordOf(key) >= 0) key = `${key}\u0000${seq}`; // a repeated Message-ID is another message
      if (record.inReplyTo) linked.push((parentKey = mailKey(record.inReplyTo)));
      for (const reference of record.references) linked.push(mailKey(reference));
    } else {
      key = exportKey(record.source, record.id);
      if (record.inReplyTo) parentKey = exportKey(record.source, record.inReplyTo);
      if (record.threadKey !== undefined) linked.push(`t:${record.source}\u0000${record.threadKey}`);
      else if (parentKey) linked.push(parentKey);
    }
    const node = links.node(key);
    links.claim(node, seq);
    recordNodes.push(node);
    for (const link of linked) links.sets.union(node, links.node(link));
    if (record.kind === 'mail') this.noteSubject(record, node, linked.length > 0);

    let parent = -1;
    if (kind === AGENT && parentKey) {
      const parentNode = links.node(parentKey);
      parent = links.recordAt(parentNode);
      if (parent < 0) this.unresolvedParents.push([seq, parentNode]);
    }
    this.parents.push(parent);
    this.kinds.push(kind);
    this.times.push(record.date ? Date.parse(record.date) : NaN);
    if (kind !== CUSTOMER) {
      this.replySeqs.push(seq);
      this.replyIds.push(record.id);
      this.replyAuthors.push(record.author === undefined ? undefined : this.intern(record.author));
    }

    if (kind === CUSTOMER) {
      // Context needs only the text: drop what a customer message will never be asked for.
      const { quoted: _quoted, signature: _signature, ...rest } = record;
      this.store.put({ ...rest, segments: [] });
    } else if (!this.keepQuoted && record.quoted !== undefined) {
      const { quoted: _quoted, ...rest } = record;
      this.store.put(rest);
    } else {
      this.store.put(record);
    }
    return kind === FAILED ? 'failed' : role;
  }

  /** All Replies (agent messages and fatal records), in input order, each built when asked for. */
  *replies(): Generator<Reply> {
    this.group();
    for (let index = 0; index < this.replySeqs.length; index++) yield this.reply(this.replySeqs.at(index));
  }

  /** How many Replies `replies()` yields. */
  get replyCount(): number {
    return this.replySeqs.length;
  }

  /** Id, thread, author and date of the `index`-th Reply, without building it. Ends reading. */
  replyMeta(index: number): ReplyMeta | undefined {
    this.group();
    if (index < 0 || index >= this.replySeqs.length) return undefined;
    const seq = this.replySeqs.at(index);
    const meta: ReplyMeta = { id: this.replyIds[index]!, thread: this.threadOf[seq]! };
    const author = this.replyAuthors[index];
    if (author !== undefined) meta.author = author;
    const time = this.times.at(seq);
    if (!Number.isNaN(time)) meta.time = time;
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
      thread: { id: this.threadId(this.threadOf[seq]!), position: this.positions[seq]!, previousReplies },
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

  /** The id of a thread's first record (read back from the store: customers' ids are not kept). */
  private threadId(thread: number): string {
    let id = this.threadIds.get(thread);
    if (id === undefined) {
      id = this.store.get(this.threadFirst[thread]!).id;
      this.threadIds.set(thread, id);
    }
    return id;
  }

  private intern(value: string): string {
    const known = this.internedAuthors.get(value);
    if (known !== undefined) return known;
    this.internedAuthors.set(value, value);
    return value;
  }

  /** Subject fallback, for mail that carries no links but says it is a reply. */
  private noteSubject(record: MailRecord, node: number, linked: boolean): void {
    const subject = record.subject;
    if (!subject) return;
    const norm = normaliseSubject(subject);
    if (norm === '') return;
    if (!isReplySubject(subject)) {
      if (!this.firstBySubject.has(norm)) this.firstBySubject.set(norm, node);
    } else if (!linked) {
      this.replySubjects.push([norm, node]);
    }
  }

  /** Groups records into threads and fixes each one's position, context and previous reply. */
  private group(): void {
    const links = this.links;
    const recordNodes = this.recordNodes;
    if (this.grouped || !links || !recordNodes) return;
    this.grouped = true;
    // A reply-only subject joins the first message that is not a reply; failing that, the first
    // reply with that subject.
    for (const [norm, node] of this.replySubjects) {
      const first = this.firstBySubject.get(norm);
      if (first >= 0) links.sets.union(first, node);
      else this.firstBySubject.set(norm, node);
    }
    for (const [seq, node] of this.unresolvedParents) this.parents.set(seq, links.recordAt(node));

    // Each thread as a list through `next`, headed at its root node: no array per thread, so a
    // mailbox of a million threads needs two typed arrays here, not a million small ones.
    const count = this.kinds.length;
    const head = new Int32Array(links.sets.length).fill(-1);
    const next = new Int32Array(count);
    for (let seq = count - 1; seq >= 0; seq--) {
      const root = links.sets.find(recordNodes.at(seq));
      next[seq] = head[root]!;
      head[root] = seq;
    }
    // Linking is done: free the keys before the replies are built.
    this.links = undefined;
    this.recordNodes = undefined;
    this.firstBySubject = new KeyTable();
    this.replySubjects = [];
    this.unresolvedParents = [];

    this.threadOf = new Int32Array(count);
    this.positions = new Int32Array(count);
    this.contexts = new Int32Array(count).fill(-1);
    this.previous = new Int32Array(count).fill(-1);
    const members: number[] = [];
    for (const first of head) {
      if (first < 0) continue;
      members.length = 0;
      for (let seq = first; seq >= 0; seq = next[seq]!) members.push(seq);
      // By date when every member has one, else (already) in input order; ties keep input order.
      if (members.every((seq) => !Number.isNaN(this.times.at(seq)))) members.sort((a, b) => this.times.at(a) - this.times.at(b) || a - b);
      const thread = this.threadFirst.push(members[0]!) - 1;
      let lastCustomer = -1;
      let lastReply = -1;
      members.forEach((seq, position) => {
        this.threadOf[seq] = thread;
        this.positions[seq] = position;
        const kind = this.kinds.at(seq);
        if (kind === CUSTOMER) {
          lastCustomer = seq;
          return;
        }
        this.previous[seq] = lastReply;
        if (kind === AGENT) {
          // The In-Reply-To target when it is a readable customer message, else the latest earlier one.
          const parent = this.parents.at(seq);
          this.contexts[seq] = parent >= 0 && this.kinds.at(parent) === CUSTOMER ? parent : lastCustomer;
          lastReply = seq;
        }
      });
    }
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
