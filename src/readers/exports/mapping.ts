/**
 * Column mappings: which CSV column feeds which MailRecord field.
 *
 * Syntax — comma-separated `field=source` pairs:
 *
 *     id=tweet_id,text=text,inReplyTo=in_response_to_tweet_id,author=author_id,role=inbound:False=agent:True=customer
 *
 *  - `field` is one of: id, text, inReplyTo, thread, author, role, date, subject, channel.
 *  - `source` is a header name (matched case-insensitively, surrounding spaces ignored), or `#N`
 *    for the N-th column (1-based; needed for a file without a header row, see `header`), or a
 *    double-quoted constant: `channel="social"`.
 *  - `role` takes a column and `:value=role` pairs: `role=inbound:False=agent:True=customer`.
 *    Values compare case-insensitively after trimming (so False, FALSE and false match); a value
 *    with no pair leaves the role unknown, and threading then decides (see `agentMatcher`).
 *    `agent` and `customer` are the only roles.
 *  - `text` is required. Without `id`, records are named `line-N` after their first line.
 *
 * Built-in preset `twcs`: the Customer Support on Twitter layout (with or without pandas' unnamed
 * index column, True/False in any case).
 */
import type { Channel } from '../../types.js';
import type { Role } from '../record.js';

export const MAPPED_FIELDS = ['id', 'text', 'inReplyTo', 'thread', 'author', 'role', 'date', 'subject', 'channel'] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** Where a field's value comes from. */
export type ColumnRef = { kind: 'name'; name: string } | { kind: 'index'; index: number } | { kind: 'constant'; value: string };

export interface ColumnMapping {
  fields: Partial<Record<Exclude<MappedField, 'role'>, ColumnRef>>;
  role?: { column: ColumnRef; values: Map<string, Role> };
  /** Whether the first row names the columns (default true). */
  header: boolean;
}

export const PRESETS: Record<string, string> = {
  twcs:
    'id=tweet_id,text=text,inReplyTo=in_response_to_tweet_id,author=author_id,' +
    'role=inbound:false=agent:true=customer,date=created_at,channel="social"',
};

export class MappingError extends Error {
  override name = 'MappingError';
}

function parseRef(source: string, pair: string): ColumnRef {
  const value = source.trim();
  if (value === '') throw new MappingError(`mapping "${pair}": missing column after "="`);
  const constant = /^"(.*)"$/.exec(value);
  if (constant) return { kind: 'constant', value: constant[1] ?? '' };
  const index = /^#(\d+)$/.exec(value);
  if (index) {
    const n = Number(index[1]);
    if (n < 1) throw new MappingError(`mapping "${pair}": column numbers start at #1`);
    return { kind: 'index', index: n - 1 };
  }
  return { kind: 'name', name: value.toLowerCase() };
}

/** Parses a mapping spec or a preset name. Throws MappingError with a one-line message. */
export function parseMapping(spec: string, options: { header?: boolean } = {}): ColumnMapping {
  const expanded = PRESETS[spec.trim()] ?? spec;
  const mapping: ColumnMapping = { fields: {}, header: options.header ?? true };
  for (const pair of expanded.split(',')) {
    if (pair.trim() === '') continue;
    const eq = pair.indexOf('=');
    if (eq < 0) throw new MappingError(`mapping "${pair.trim()}": expected field=column`);
    const field = pair.slice(0, eq).trim();
    const known = MAPPED_FIELDS.find((name) => name.toLowerCase() === field.toLowerCase());
    if (!known) throw new MappingError(`mapping "${pair.trim()}": unknown field "${field}" (fields: ${MAPPED_FIELDS.join(', ')})`);
    const source = pair.slice(eq + 1);
    if (known === 'role') {
      const [column = '', ...values] = source.split(':');
      const roles = new Map<string, Role>();
      for (const entry of values) {
        const [value, role] = entry.split('=');
        const normalised = role?.trim().toLowerCase();
        if (value === undefined || (normalised !== 'agent' && normalised !== 'customer')) {
          throw new MappingError(`mapping "${pair.trim()}": expected value=agent or value=customer, got "${entry}"`);
        }
        roles.set(value.trim().toLowerCase(), normalised);
      }
      if (roles.size === 0) throw new MappingError(`mapping "${pair.trim()}": role needs at least one value=role pair`);
      mapping.role = { column: parseRef(column, pair.trim()), values: roles };
    } else {
      mapping.fields[known] = parseRef(source, pair.trim());
    }
  }
  if (!mapping.fields.text) throw new MappingError('mapping: text=COLUMN is required');
  const channel = mapping.fields.channel;
  if (channel?.kind === 'constant' && !isChannel(channel.value)) {
    throw new MappingError(`mapping: channel must be email, chat or social, got "${channel.value}"`);
  }
  return mapping;
}

export function isChannel(value: string): value is Channel {
  return value === 'email' || value === 'chat' || value === 'social';
}

/** A mapping bound to a header row: column positions resolved once. */
export interface BoundMapping {
  get(field: Exclude<MappedField, 'role'>, row: readonly string[]): string | undefined;
  role(row: readonly string[]): Role | undefined;
  /** Names of the columns the mapping uses that the header lacks. */
  missing: string[];
}

export function bindMapping(mapping: ColumnMapping, header: readonly string[] | undefined): BoundMapping {
  const missing: string[] = [];
  const names = (header ?? []).map((name) => name.replace(/^\uFEFF/, '').trim().toLowerCase());
  const resolve = (ref: ColumnRef): ((row: readonly string[]) => string | undefined) => {
    if (ref.kind === 'constant') return () => ref.value;
    if (ref.kind === 'index') return (row) => row[ref.index];
    const at = names.indexOf(ref.name);
    if (at < 0) {
      missing.push(ref.name);
      return () => undefined;
    }
    return (row) => row[at];
  };
  const getters = new Map<string, (row: readonly string[]) => string | undefined>();
  for (const [field, ref] of Object.entries(mapping.fields)) if (ref) getters.set(field, resolve(ref));
  const roleGetter = mapping.role ? resolve(mapping.role.column) : undefined;
  return {
    get: (field, row) => getters.get(field)?.(row),
    role: (row) => {
      const value = roleGetter?.(row);
      return value === undefined ? undefined : mapping.role?.values.get(value.trim().toLowerCase());
    },
    missing,
  };
}
