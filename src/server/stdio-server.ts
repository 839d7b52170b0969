/**
 * `replylint serve --stdio`: one warm process answering newline-delimited JSON requests.
 * Requests are handled one at a time, so responses come back in request order. A request can
 * fail (bad JSON, no text, a bad config, a draft over the limit); the server never does: every
 * failure is an error response and the next line is read.
 */
import type { Readable, Writable } from 'node:stream';
import { UserError } from '../pipeline/errors.js';
import { LineSplitter, type LineEvent } from './line-reader.js';
import { DEFAULT_MAX_BYTES, RequestError, maxLineBytes, oversizedLine, parseRequest, type RequestId, type Response } from './protocol.js';
import { WarmLinter, type WarmLinterOptions } from './warm-linter.js';

export interface StdioServerOptions extends WarmLinterOptions {
  input: Readable;
  output: Writable;
  /** Largest draft (`text`, UTF-8 bytes) linted; larger ones get an error response. Default 1 MiB. */
  maxBytes?: number;
}

export interface StdioServer {
  /** Resolves once input has ended (or `close` was called) and every accepted request is answered. */
  done: Promise<void>;
  /** Stops reading; requests already read are still answered. */
  close(): void;
}

/** Pause reading when this many requests wait, resume when the backlog is down to the low mark. */
const HIGH_WATER = 64;
const LOW_WATER = 16;

function errorMessage(error: unknown): string {
  if (error instanceof RequestError) return error.message;
  if (error instanceof UserError) return error.format();
  const detail = error instanceof Error ? error.message : String(error);
  return `internal error: ${detail} (please report it)`;
}

export function serveStdio(options: StdioServerOptions): StdioServer {
  const { input, output } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const linter = new WarmLinter(options);
  const splitter = new LineSplitter(maxLineBytes(maxBytes));
  let queue: Promise<void> = Promise.resolve();
  let pending = 0;
  let closed = false;
  let finish: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => {
    finish = resolve;
  });

  const write = (response: Response) => {
    output.write(`${JSON.stringify(response)}\n`);
  };

  async function answer(event: LineEvent): Promise<void> {
    let id: RequestId = null;
    try {
      if (event.kind === 'oversized') throw oversizedLine(event.head, event.bytes, maxBytes);
      const request = parseRequest(event.text, maxBytes);
      id = request.id;
      const { id: _id, text, ...rest } = request;
      write({ id, result: await linter.lint(text, rest) });
    } catch (error) {
      write({ id: error instanceof RequestError ? error.id : id, error: { message: errorMessage(error) } });
    }
  }

  function enqueue(event: LineEvent): void {
    // Blank lines are keep-alives, not requests.
    if (event.kind === 'line' && event.text.trim() === '') return;
    pending++;
    if (pending >= HIGH_WATER) input.pause();
    queue = queue.then(async () => {
      await answer(event);
      pending--;
      if (pending <= LOW_WATER && !closed) input.resume();
    });
  }

  const onData = (chunk: Buffer | string) => {
    if (closed) return;
    for (const event of splitter.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)) enqueue(event);
  };
  const stop = () => {
    if (closed) return;
    closed = true;
    input.off('data', onData);
    input.pause();
    void queue.then(finish);
  };
  input.on('data', onData);
  input.once('end', () => {
    if (!closed) for (const event of splitter.end()) enqueue(event);
    stop();
  });
  input.once('error', stop);
  // Built now so the first request does not pay for config discovery and dictionaries;
  // a failure here is answered to the first request that needs this engine.
  linter.engine().catch(() => undefined);

  return { done: ended, close: stop };
}
