import fc from 'fast-check';
import { compareTwoStrings } from 'string-similarity';
import { describe, expect, it } from 'vitest';
import { BigramArena, bigramProfile, dice, diceOfProfiles, diceUpperBound } from '../../src/dedupe/dice.js';
import { normalizeForDuplicates } from '../../src/dedupe/normalize.js';
import { bitextResponses, sample, seededInt, twcsReplies } from './fixtures.js';

/** Real pairs: random pairs of twcs replies and their normalised forms, plus near pairs. */
function realPairs(): [string, string][] {
  const texts = twcsReplies().map((r) => r.text);
  const int = seededInt(11);
  const pairs: [string, string][] = [];
  for (let k = 0; k < 3000; k++) {
    const a = texts[int(texts.length)] as string;
    const b = texts[int(texts.length)] as string;
    pairs.push([a, b], [normalizeForDuplicates(a), normalizeForDuplicates(b)]);
  }
  // Neighbours in the file often answer the same customer in similar words.
  for (let i = 0; i + 1 < texts.length; i++) pairs.push([texts[i] as string, texts[i + 1] as string]);
  const long = sample(bitextResponses(), 200, 3);
  for (let i = 0; i + 1 < long.length; i++) pairs.push([long[i] as string, long[i + 1] as string]);
  return pairs;
}

describe('Dice over precomputed bigrams', () => {
  it("equals string-similarity's compareTwoStrings on real twcs and Bitext pairs", () => {
    const pairs = realPairs();
    const mismatches = pairs.filter(([a, b]) => dice(a, b) !== compareTwoStrings(a, b));
    expect(mismatches).toEqual([]);
    expect(pairs.length).toBeGreaterThan(8000);
  });

  it('equals compareTwoStrings through the arena too', () => {
    const texts = sample(twcsReplies(), 400, 5).map((r) => normalizeForDuplicates(r.text));
    const arena = new BigramArena();
    texts.forEach((t) => arena.add(t));
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j += 7) {
        if (texts[i] === texts[j]) continue; // the arena compares distinct texts only
        const expected = compareTwoStrings(texts[i] as string, texts[j] as string);
        expect(arena.dice(i, j)).toBe(expected);
        const atLeast = arena.diceAtLeast(i, j, 0.5);
        if (expected >= 0.5) expect(atLeast).toBe(expected);
        else expect(atLeast).toBeLessThan(0.5);
      }
    }
  });

  it('equals compareTwoStrings on arbitrary strings, including surrogate pairs and short ones', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), (a, b) => {
        expect(dice(a, b)).toBe(compareTwoStrings(a, b));
      }),
      { numRuns: 2000, seed: 7 },
    );
    for (const [a, b] of [['', ''], ['a', 'a'], ['a', 'b'], ['ab', 'ab '], ['a b', 'ab'], ['aaaa', 'aa']] as const) {
      expect(dice(a, b)).toBe(compareTwoStrings(a, b));
    }
  });

  it('bounds Dice from above by the profile sizes', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 2 }), fc.string({ minLength: 2 }), (a, b) => {
        const pa = bigramProfile(a);
        const pb = bigramProfile(b);
        expect(diceOfProfiles(pa, pb)).toBeLessThanOrEqual(diceUpperBound(pa.length, pb.length) + 1e-12);
      }),
      { seed: 8 },
    );
  });

  it('gives up early but never wrongly in diceAtLeast', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 2, maxLength: 60 }),
        fc.string({ minLength: 2, maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, threshold) => {
          fc.pre(a !== b);
          const arena = new BigramArena();
          arena.add(a);
          arena.add(b);
          const exact = arena.dice(0, 1);
          const early = arena.diceAtLeast(0, 1, threshold);
          if (exact >= threshold) expect(early).toBe(exact);
          else expect(early).toBeLessThan(threshold);
        },
      ),
      { numRuns: 1000, seed: 9 },
    );
  });
});
