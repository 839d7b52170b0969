import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/fix/apply.js';
import { SourceRangeMapper } from '../../src/fix/source-ranges.js';
import { readString } from '../../src/readers/index.js';

describe('applyFixes', () => {
  it('applies non-overlapping fixes in text order, whatever order they come in', () => {
    const { output, applied, skipped } = applyFixes('one two three', [
      { range: [8, 13], text: '3' },
      { range: [0, 3], text: '1' },
    ]);
    expect(output).toBe('1 two 3');
    expect(applied).toHaveLength(2);
    expect(skipped).toEqual([]);
  });

  it('leaves overlapping (and touching) fixes for the next pass, ESLint-style', () => {
    const { output, skipped } = applyFixes('abcdef', [
      { range: [0, 3], text: 'X' },
      { range: [2, 4], text: 'Y' },
      { range: [3, 4], text: 'Z' },
    ]);
    expect(output).toBe('Xdef');
    expect(skipped.map((fix) => fix.text)).toEqual(['Y', 'Z']);
  });

  it('counts the same edit proposed twice once, and refuses ranges outside the text', () => {
    const fix = { range: [0, 1] as [number, number], text: 'A' };
    const { output, applied, skipped } = applyFixes('ab', [fix, { ...fix }, { range: [1, 9], text: '?' }]);
    expect(output).toBe('Ab');
    expect(applied).toHaveLength(1);
    expect(skipped).toEqual([{ range: [1, 9], text: '?' }]);
  });

  it('inserts at an empty range', () => {
    expect(applyFixes('Hi,\nThanks', [{ range: [4, 4], text: 'Sorry. ' }]).output).toBe('Hi,\nSorry. Thanks');
  });
});

describe('mapping text offsets to the source', () => {
  it('maps through a cut comment and keeps ranges that are verbatim', async () => {
    const source = 'Hello <!-- note --> there, the the end.\n';
    const [reply] = await readString(source, 'a.txt');
    if (!reply) throw new Error('no reply');
    const text = reply.text;
    const at = text.indexOf('the the');
    const mapped = new SourceRangeMapper(source).map(reply, { range: [at, at + 4], text: '' });
    expect(mapped).toEqual({ fix: { range: [source.indexOf('the the'), source.indexOf('the the') + 4], text: '' } });
  });

  it('refuses a range whose source differs (a comment inside it)', async () => {
    const source = 'Hello <!-- note --> there.\n';
    const [reply] = await readString(source, 'a.txt');
    if (!reply) throw new Error('no reply');
    const start = reply.text.indexOf('Hello');
    const end = reply.text.indexOf('there') + 5;
    const mapped = new SourceRangeMapper(source).map(reply, { range: [start, end], text: 'Hi there' });
    expect(mapped).toMatchObject({ reason: expect.stringMatching(/differs/) });
  });

  it('refuses a range inside HTML markup and maps one in plain text', async () => {
    const source = '<p>As previously <i>mentioned</i>, it went to the the card.</p>\n';
    const [reply] = await readString(source, 'a.html');
    if (!reply) throw new Error('no reply');
    const mapper = new SourceRangeMapper(source);
    const phrase = reply.text.indexOf('As previously mentioned');
    expect(mapper.map(reply, { range: [phrase, phrase + 23], text: 'To recap' })).toHaveProperty('reason');
    const twice = reply.text.indexOf('the the');
    const mapped = mapper.map(reply, { range: [twice, twice + 4], text: '' });
    expect(mapped).toEqual({ fix: { range: [source.indexOf('the the'), source.indexOf('the the') + 4], text: '' } });
  });
});
