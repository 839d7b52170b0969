import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../../src/server/line-reader.js';
import { idFromHead, parseRequest } from '../../src/server/protocol.js';
import { stableKey } from '../../src/server/warm-linter.js';

describe('LineSplitter', () => {
  it('joins lines split across chunks, including inside a multi-byte character', () => {
    const splitter = new LineSplitter(1024);
    const bytes = Buffer.from('{"text":"café"}\r\n{"b":2}\n{"c"');
    const events = [...splitter.push(bytes.subarray(0, 13)), ...splitter.push(bytes.subarray(13)), ...splitter.end()];
    expect(events).toEqual([
      { kind: 'line', text: '{"text":"café"}' },
      { kind: 'line', text: '{"b":2}' },
      { kind: 'line', text: '{"c"' },
    ]);
  });

  it('discards an over-long line without buffering it, keeping its head', () => {
    const splitter = new LineSplitter(10);
    const events = [...splitter.push(Buffer.from('{"id":7,"text":"')), ...splitter.push(Buffer.alloc(100, 97)), ...splitter.push(Buffer.from('"}\nok\n'))];
    expect(events[0]).toMatchObject({ kind: 'oversized', bytes: 118 });
    expect(events[1]).toEqual({ kind: 'line', text: 'ok' });
    expect(idFromHead(events[0]?.kind === 'oversized' ? events[0].head : '')).toBe(7);
  });
});

describe('requests', () => {
  it('finds an id at the head of a line when it comes first', () => {
    expect(idFromHead('{ "id" : "a\\"b", "text": "…')).toBe('a"b');
    expect(idFromHead('{"text": "…", "id": 3')).toBeNull();
  });

  it('accepts the documented fields', () => {
    expect(parseRequest('{"id":1,"text":"Hi","context":"c","channel":"chat","config":{},"previousReplies":["p"],"format":"markdown"}', 100)).toEqual({
      id: 1, text: 'Hi', context: 'c', channel: 'chat', config: {}, previousReplies: ['p'], format: 'markdown',
    });
  });

  it('measures the draft limit in UTF-8 bytes', () => {
    expect(() => parseRequest(JSON.stringify({ id: 1, text: 'é'.repeat(6) }), 11)).toThrow(/"text" is 12 bytes, over the 11 bytes limit/);
  });

  it('keys engines by config value, not key order', () => {
    expect(stableKey({ rules: { a: 'off', b: 'warn' }, channel: 'chat' })).toBe(stableKey({ channel: 'chat', rules: { b: 'warn', a: 'off' } }));
    expect(stableKey(undefined)).toBe('null');
  });
});
