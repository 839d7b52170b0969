// `replylint serve --stdio` as agents run it: a real subprocess, many requests, bad ones included.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../../src/pipeline/lint.js';
import { root, ServeClient } from './helpers.js';

const BAD = readFileSync(path.join(root, 'fixtures/examples/bad-reply.txt'), 'utf8');
const GOOD = readFileSync(path.join(root, 'fixtures/examples/good-reply.txt'), 'utf8');

let client: ServeClient | undefined;
afterEach(() => {
  client?.child.kill();
  client = undefined;
});

describe('serve --stdio', () => {
  it('answers with the object lint() returns, for many requests in one process, in order', async () => {
    client = new ServeClient();
    const context = 'My order never arrived and nobody answers my emails.';
    const requests = [
      { id: 1, text: BAD },
      { id: 'two', text: GOOD, context },
      { id: 3, text: GOOD, previousReplies: [GOOD] },
      { id: 4, text: 'Thanks, we shipped it today! ^KC', channel: 'social' },
      { id: 5, text: BAD, config: { rules: { 'blame-shifting': 'off' } } },
    ];
    // All written at once: responses still come back one per request, in request order.
    client.write(requests.map((request) => `${JSON.stringify(request)}\n`).join(''));
    const responses = [];
    for (let i = 0; i < requests.length; i++) responses.push(await client.next());
    expect(responses.map((response) => response.id)).toEqual([1, 'two', 3, 4, 5]);
    for (const [index, request] of requests.entries()) {
      const { id: _id, text, ...options } = request;
      const expected = await lint(text, { ...options, cwd: root } as Parameters<typeof lint>[1]);
      expect(responses[index]?.result).toEqual(JSON.parse(JSON.stringify(expected)));
    }
    expect(responses[2]?.result?.messages.some((m) => m['messageId'] === 'repeated-in-thread')).toBe(true);
    expect(responses[4]?.result?.messages.some((m) => m['ruleId'] === 'blame-shifting')).toBe(false);
    expect(await client.end()).toEqual({ code: 0, signal: null });
  });

  it('answers every bad request with an error and keeps serving', async () => {
    client = new ServeClient();
    const bad: Array<[string, RegExp, string | number | null]> = [
      ['{"id": 1, "text": "unterminated', /^malformed JSON: .* \(send one JSON object per line\)$/, null],
      ['[1, 2]', /must be a JSON object/, null],
      ['{"id": 2}', /request has no "text"/, 2],
      ['{"id": 3, "text": 42}', /"text" must be a string/, 3],
      ['{"text": "Hello"}', /request has no "id"/, null],
      ['{"id": 4, "text": "Hi", "contxt": "x"}', /unknown field "contxt" \(did you mean "context"\?\)/, 4],
      ['{"id": 5, "text": "Hi", "channel": "fax"}', /"channel" must be one of email, chat, social/, 5],
      ['{"id": 6, "text": "Hi", "config": {"rules": {"missing-apolgy": "off"}}}', /unknown rule "missing-apolgy" \(did you mean "missing-apology"\?\)/, 6],
      ['{"id": 7, "text": "Hi", "config": {"rulez": {}}}', /unknown key "rulez" \(did you mean "rules"\?\)/, 7],
      ['{"id": 8, "text": "Hi", "config": {"rules": {"readability": ["warn", {"maxSentenceWords": "many"}]}}}', /rule "readability": option "maxSentenceWords"/, 8],
      ['{"id": 9, "text": "   "}', /is empty: nothing to lint/, 9],
      ['{"id": 10, "text": "Hi", "previousReplies": "earlier"}', /"previousReplies" must be an array of strings/, 10],
    ];
    for (const [line, message, id] of bad) {
      client.write(`${line}\n`);
      const response = await client.next();
      expect(response.id).toEqual(id);
      expect(response.error?.message).toMatch(message);
      expect(response.result).toBeUndefined();
    }
    const after = await client.send({ id: 'still-alive', text: GOOD });
    expect(after.result?.passed).toBe(true);
    expect(await client.end()).toEqual({ code: 0, signal: null });
  });

  it('refuses a 5 MB draft with a clear message, and a line too long to read, without dying', async () => {
    client = new ServeClient();
    const big = await client.send({ id: 'big', text: 'a'.repeat(5 * 1024 * 1024) });
    expect(big.error?.message).toMatch(/^"text" is 5.0 MB, over the 1.0 MB limit \(split the draft, or start the server with --max-bytes \d+\)$/);
    // Longer than the line limit (8 × max-bytes + 64 KiB): refused unread, its id still found.
    client.write(`{"id": "huge", "text": "${'b'.repeat(9 * 1024 * 1024)}"}\n`);
    const huge = await client.next();
    expect(huge.id).toBe('huge');
    expect(huge.error?.message).toMatch(/^request is 9.0 MB, over the 8.1 MB line limit; it was not read/);
    expect((await client.send({ id: 'after', text: GOOD })).result?.passed).toBe(true);
    await client.end();
  });

  it('--max-bytes raises or lowers the limit', async () => {
    client = new ServeClient(['--max-bytes', '100']);
    const refused = await client.send({ id: 1, text: GOOD });
    expect(refused.error?.message).toMatch(/over the 100 bytes limit/);
    expect((await client.send({ id: 2, text: 'Shipped today. -KC' })).result).toBeDefined();
    await client.end();
  });

  it('answers a last request without a newline, then exits 0 at end of input', async () => {
    client = new ServeClient();
    client.write(JSON.stringify({ id: 'last', text: GOOD }));
    const exited = client.end();
    expect((await client.next()).id).toBe('last');
    expect(await exited).toEqual({ code: 0, signal: null });
  });

  it('shuts down cleanly on SIGTERM and SIGINT with stdin still open', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      client = new ServeClient();
      expect((await client.send({ id: 1, text: GOOD })).result).toBeDefined();
      client.child.kill(signal);
      // Handled, not killed by the signal: exit code 0 and no signal.
      expect(await client.exited).toEqual({ code: 0, signal: null });
    }
  });
});
