// Our per-sentence "hard sentence" verdict (the seven formulas over Sets of familiar words, in
// src/pipeline/readability.ts) against real retext-readability, on the real twcs company replies:
// same tree, same words, same age, threshold and minimum length. They must agree on every sentence.
import type { Root, Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextReadability from 'retext-readability';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline/analyse.js';
import { countWords, votesAbove } from '../../src/pipeline/readability.js';
import { twcsReplies } from '../dedupe/fixtures.js';

const SETTINGS = [
  { age: 16, minWords: 5 }, // retext-readability's defaults
  { age: 19, minWords: 8 }, // the readability rule's defaults (grade 14, 8 words)
];

describe('readability parity with retext-readability on twcs replies', () => {
  const replies = twcsReplies();

  for (const { age, minWords } of SETTINGS) {
    it(`agrees on every sentence at age ${age}, ${minWords}+ words`, () => {
      const plugin = retextReadability({ age, threshold: 4 / 7, minWords });
      let sentences = 0;
      let agreed = 0;
      let hard = 0;
      for (const reply of replies) {
        const analysis = analyse({ text: reply.text });
        const file = new VFile({ value: analysis.maskedText });
        plugin(analysis.tree as Root, file);
        const theirs = new Set(file.messages.map((message) => message.place && 'start' in message.place ? message.place.start.offset : undefined));
        visit(analysis.tree as Root, 'SentenceNode', (sentence: Sentence) => {
          const words: Array<{ text: string }> = [];
          visit(sentence, 'WordNode', (word) => {
            words.push({ text: toString(word) });
          });
          const ours = words.length >= minWords && votesAbove(countWords(words), age) >= 4;
          const retext = theirs.has(sentence.position?.start.offset);
          sentences++;
          if (ours === retext) agreed++;
          if (retext) hard++;
        });
      }
      console.log(`readability parity (age ${age}, ${minWords}+ words): ${agreed}/${sentences} sentences agree (${((100 * agreed) / sentences).toFixed(2)}%), ${hard} hard`);
      expect(sentences).toBeGreaterThan(4000);
      expect(hard).toBeGreaterThan(0);
      expect(agreed).toBe(sentences);
    });
  }
});
