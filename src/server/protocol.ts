/**
 * The `serve --stdio` protocol: one JSON object per line each way.
 *
 *   → { "id": 1, "text": "…", "context"?: "…", "channel"?: "email"|"chat"|"social",
 *       "config"?: { …replylintrc… }, "previousReplies"?: ["…"], "format"?: "text"|"markdown"|"html" }
 *   ← { "id": 1, "result": LintResult }    or    { "id": 1, "error": { "message": "…" } }
 *
 * Validation is by hand rather than by schema so every refusal names the field and says how to
 * fix it, in the same one-line style as the CLI's errors.
 */
import { closest } from '../pipeline/errors.js';
import type { ConfigFile } from '../pipeline/config-schema.js';
import type { DraftFormat } from '../readers/index.js';
import type { Channel, LintResult } from '../types.js';

export type RequestId = string | number | null;

export interface LintRequest {
  id: RequestId;
  text: string;
  context?: string;
  channel?: Channel;
  config?: ConfigFile;
  previousReplies?: string[];
  format?: DraftFormat;
}

export type Response = { id: RequestId; result: LintResult } | { id: RequestId; error: { message: string } };

export const DEFAULT_MAX_BYTES = 1024 * 1024;

/**
 * The longest request line read at all. JSON escaping can make a draft up to six times longer
 * (`\u0001`), and context and earlier replies ride along; anything longer is refused unread.
 */
export function maxLineBytes(maxBytes: number): number {
  return maxBytes * 8 + 64 * 1024;
}

const FIELDS = ['id', 'text', 'context', 'channel', 'config', 'previousReplies', 'format'] as const;
const CHANNELS: readonly Channel[] = ['email', 'chat', 'social'];
const FORMATS: readonly DraftFormat[] = ['text', 'markdown', 'html'];

export class RequestError extends Error {
  constructor(
    readonly id: RequestId,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

function describeSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** The id of a request too large to parse, if it comes first in the line: `{"id": 7, …`. */
export function idFromHead(head: string): RequestId {
  const match = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(head);
  if (!match?.[1]) return null;
  try {
    const value: unknown = JSON.parse(match[1]);
    return typeof value === 'string' || typeof value === 'number' ? value : null;
  } catch {
    return null;
  }
}

export function oversizedLine(head: string, bytes: number, maxBytes: number): RequestError {
  return new RequestError(
    idFromHead(head),
    `request is ${describeSize(bytes)}, over the ${describeSize(maxLineBytes(maxBytes))} line limit; it was not read (drafts may be up to ${describeSize(maxBytes)}: start the server with --max-bytes to raise that)`,
  );
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Parses and validates one request line. Throws a `RequestError` naming what is wrong. */
export function parseRequest(line: string, maxBytes: number): LintRequest {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new RequestError(null, `malformed JSON: ${reason} (send one JSON object per line)`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RequestError(null, 'a request must be a JSON object like {"id": 1, "text": "…"}');
  }
  const request = value as Record<string, unknown>;
  const rawId = request['id'];
  const id: RequestId = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null;
  const fail = (message: string): never => {
    throw new RequestError(id, message);
  };
  if (rawId === undefined) fail('request has no "id" (a string or number echoed in the response)');
  if (id === null && rawId !== null) fail('"id" must be a string or a number');

  for (const key of Object.keys(request)) {
    if ((FIELDS as readonly string[]).includes(key)) continue;
    const suggestion = closest(key, FIELDS);
    fail(`unknown field "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ` (fields: ${FIELDS.join(', ')})`}`);
  }
  const text = request['text'];
  if (text === undefined) fail('request has no "text": send the draft to check as "text"');
  if (typeof text !== 'string') fail('"text" must be a string');
  const draft = text as string;
  const bytes = Buffer.byteLength(draft, 'utf8');
  if (bytes > maxBytes) fail(`"text" is ${describeSize(bytes)}, over the ${describeSize(maxBytes)} limit (split the draft, or start the server with --max-bytes ${bytes})`);

  const parsed: LintRequest = { id, text: draft };
  const context = request['context'];
  if (context !== undefined) {
    if (typeof context !== 'string') fail('"context" must be a string (the customer\'s message)');
    parsed.context = context as string;
  }
  const channel = request['channel'];
  if (channel !== undefined) {
    if (typeof channel !== 'string' || !(CHANNELS as readonly string[]).includes(channel)) fail(`"channel" must be one of ${CHANNELS.join(', ')}`);
    parsed.channel = channel as Channel;
  }
  const format = request['format'];
  if (format !== undefined) {
    if (typeof format !== 'string' || !(FORMATS as readonly string[]).includes(format)) fail(`"format" must be one of ${FORMATS.join(', ')}`);
    parsed.format = format as DraftFormat;
  }
  const previous = request['previousReplies'];
  if (previous !== undefined) {
    if (!isStringArray(previous)) fail('"previousReplies" must be an array of strings (earlier replies, oldest first)');
    parsed.previousReplies = previous as string[];
  }
  const config = request['config'];
  if (config !== undefined) {
    if (config === null || typeof config !== 'object' || Array.isArray(config)) fail('"config" must be an object, as in .replylintrc.json');
    // Its contents are validated when the engine is built, with the config file's messages.
    parsed.config = config as ConfigFile;
  }
  return parsed;
}
