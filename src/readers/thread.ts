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
 * Memory. Threads need lookahead (a reply may come before the message it answers), so all records
 * are collected before any Reply is produced. What is kept is compact: link keys, role, date, the
 * body text (needed as context and as previous replies) and, for agent replies only, segments,
 * signature and quoted history. Raw MIME, HTML, attachments and customers' quoted history are gone
 * by then. For a 200 MB mbox this is the size of its plain-text bodies, typically a few percent.
 * A caller that cannot afford even that can read a file twice: first pass `links` only, second
 * pass with the text (not implemented: not needed at the sizes we target).
 */
import type { Reply } from '../types.js';
import type { MailRecord, Role } from './record.js';

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

/** What is kept of a record until its thread is known. */
interface Compact {
  seq: number;
  key: string;
  links: string[];
  role: Role;
  time?: number;
  record: MailRecord;
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

/** Collects records, then produces Replies. Feed with `add`, read with `replies()`. */
export class ThreadBuilder {
  readonly accounting: Accounting = { read: 0, agentReplies: 0, context: 0, failed: 0 };
  private readonly records: Compact[] = [];
  private readonly byKey = new Map<string, Compact>();
  private readonly isAgent: AgentMatcher;

  constructor(options: ThreadOptions = {}) {
    const agents = options.agents ?? [];
    this.isAgent = typeof agents === 'function' ? agents : agentMatcher(agents);
  }

  /**
   * Adds a record and says what it became. Every `agent` or `failed` record is the next Reply of
   * `replies()`, in this order, so a caller can index replies before threading is done.
   */
  add(record: MailRecord): Role | 'failed' {
    const seq = this.records.length;
    this.accounting.read++;
    const role: Role = record.role ?? (this.isAgent(record) ? 'agent' : 'customer');
    if (record.fatal) this.accounting.failed++;
    else if (role === 'agent') this.accounting.agentReplies++;
    else this.accounting.context++;

    let key: string;
    const links: string[] = [];
    if (record.kind === 'mail') {
      key = record.messageId ? mailKey(record.messageId) : `r:${record.source}\u0000${record.id}`;
      if (this.byKey.has(key)) key = `${key}\u0000${seq}`; // a repeated Message-ID is another message
      if (record.inReplyTo) links.push(mailKey(record.inReplyTo));
      for (const reference of record.references) links.push(mailKey(reference));
    } else {
      key = exportKey(record.source, record.id);
      if (record.threadKey !== undefined) links.push(`t:${record.source}\u0000${record.threadKey}`);
      else if (record.inReplyTo) links.push(exportKey(record.source, record.inReplyTo));
    }
    const compact: Compact = { seq, key, links, role, record };
    if (record.date) {
      const time = Date.parse(record.date);
      if (!Number.isNaN(time)) compact.time = time;
    }
    if (role === 'customer' && !record.fatal) {
      // Context needs only the text: drop what a customer message will never be asked for.
      compact.record = { ...record, segments: [] };
      delete compact.record.quoted;
      delete compact.record.signature;
    }
    this.records.push(compact);
    this.byKey.set(key, compact);
    return record.fatal ? 'failed' : role;
  }

  /** All Replies (agent messages and fatal records), in input order. */
  *replies(): Generator<Reply> {
    const threads = this.group();
    const out = new Map<number, Reply>();
    for (const members of threads) this.repliesOf(members, out);
    for (let seq = 0; seq < this.records.length; seq++) {
      const reply = out.get(seq);
      if (reply) yield reply;
    }
  }

  private group(): Compact[][] {
    const uf = new UnionFind();
    for (const c of this.records) for (const link of c.links) uf.union(c.key, link);

    // Subject fallback for mail that carries no links but says it is a reply.
    const bySubject = new Map<string, Compact>();
    for (const c of this.records) {
      const subject = c.record.subject;
      if (c.record.kind !== 'mail' || !subject || isReplySubject(subject)) continue;
      const norm = normaliseSubject(subject);
      if (norm !== '' && !bySubject.has(norm)) bySubject.set(norm, c);
    }
    for (const c of this.records) {
      const subject = c.record.subject;
      if (c.record.kind !== 'mail' || c.links.length > 0 || !subject || !isReplySubject(subject)) continue;
      const norm = normaliseSubject(subject);
      if (norm === '') continue;
      const first = bySubject.get(norm);
      if (first) uf.union(first.key, c.key);
      else bySubject.set(norm, c);
    }

    const groups = new Map<string, Compact[]>();
    for (const c of this.records) {
      const root = uf.find(c.key);
      const list = groups.get(root);
      if (list) list.push(c);
      else groups.set(root, [c]);
    }
    const threads: Compact[][] = [];
    for (const members of groups.values()) {
      const dated = members.every((m) => m.time !== undefined);
      if (dated) members.sort((a, b) => (a.time ?? 0) - (b.time ?? 0) || a.seq - b.seq);
      threads.push(members); // already in input order otherwise
    }
    return threads;
  }

  private repliesOf(members: Compact[], out: Map<number, Reply>): void {
    const threadId = members[0]?.record.id ?? '';
    const previous: string[] = [];
    let lastCustomer: Compact | undefined;
    members.forEach((c, position) => {
      const r = c.record;
      if (r.fatal || c.role === 'agent') {
        const reply: Reply = {
          filePath: r.source,
          id: r.id,
          text: r.text,
          segments: r.segments,
          thread: { id: threadId, position, previousReplies: [...previous] },
        };
        if (r.signature) reply.signature = r.signature;
        if (r.quoted !== undefined) reply.quoted = r.quoted;
        if (r.channel) reply.channel = r.channel;
        if (r.author) reply.author = r.author;
        if (r.date) reply.date = r.date;
        if (r.subject !== undefined) reply.subject = r.subject;
        if (r.fatal) reply.fatal = r.fatal;
        else {
          const context = this.contextFor(c, lastCustomer);
          if (context !== undefined) reply.context = context;
          previous.push(r.text);
        }
        out.set(c.seq, reply);
      } else {
        lastCustomer = c;
      }
    });
  }

  /** The In-Reply-To target when it is a readable customer message, else the latest earlier one. */
  private contextFor(c: Compact, lastCustomer: Compact | undefined): string | undefined {
    const parentKey = c.record.kind === 'mail' ? (c.record.inReplyTo ? mailKey(c.record.inReplyTo) : undefined) : c.record.inReplyTo ? exportKey(c.record.source, c.record.inReplyTo) : undefined;
    const parent = parentKey ? this.byKey.get(parentKey) : undefined;
    if (parent && parent.role === 'customer' && !parent.record.fatal) return parent.record.text;
    return lastCustomer?.record.text;
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
