/**
 * Readability figures from the shared analysis. The seven formulas and the "hard sentence"
 * vote are retext-readability's (same packages, same age conversions, same threshold), but the
 * familiar-word lists are Sets instead of arrays scanned per word, which made retext-readability
 * the slowest step; `tests/readability-parity.test.ts` checks both agree on real replies.
 */
import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import { daleChall } from 'dale-chall';
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { flesch } from 'flesch';
import { gunningFog } from 'gunning-fog';
import { smogFormula } from 'smog-formula';
import { spache } from 'spache';
import { spacheFormula } from 'spache-formula';
import { syllable } from 'syllable';
import type { WordInfo } from './analysis-types.js';

const DALE_CHALL = new Set(daleChall);

// Counting syllables is the costliest step of the formulas, and support text repeats its words:
// remember counts (bounded, so a long audit does not grow without end).
const syllableCache = new Map<string, number>();

function syllablesOf(word: string): number {
  let count = syllableCache.get(word);
  if (count === undefined) {
    count = syllable(word);
    if (syllableCache.size >= 100_000) syllableCache.clear();
    syllableCache.set(word, count);
  }
  return count;
}
const SPACHE = new Set(spache);

/** retext-readability's counts (a type, so the formula packages' index signatures accept it). */
export type Counts = {
  sentence: number;
  word: number;
  syllable: number;
  letter: number;
  character: number;
  polysillabicWord: number;
  complexPolysillabicWord: number;
  /** Words not on the Dale–Chall list (unique familiar words discounted, as retext-readability does). */
  difficultWord: number;
  unfamiliarWord: number;
};

/** Counts for a run of words, exactly as retext-readability counts a sentence. */
export function countWords(words: Array<Pick<WordInfo, 'text'>>, sentences = 1): Counts {
  const familiar = new Set<string>();
  const easy = new Set<string>();
  let syllables = 0;
  let letters = 0;
  let polysyllabic = 0;
  let complex = 0;
  for (const { text } of words) {
    const caseless = text.toLowerCase();
    const count = syllablesOf(text);
    syllables += count;
    letters += text.length;
    if (count >= 3) {
      polysyllabic++;
      if (text.charCodeAt(0) === caseless.charCodeAt(0)) complex++;
    }
    if (SPACHE.has(caseless)) familiar.add(caseless);
    if (DALE_CHALL.has(caseless)) easy.add(caseless);
  }
  return {
    sentence: sentences,
    word: words.length,
    syllable: syllables,
    letter: letters,
    character: letters,
    polysillabicWord: polysyllabic,
    complexPolysillabicWord: complex,
    difficultWord: words.length - easy.size,
    unfamiliarWord: words.length - familiar.size,
  };
}

/** The reader's age each formula gives (retext-readability's conversions). */
export function ages(counts: Counts): number[] {
  const gradeToAge = (grade: number) => Math.round(grade + 5);
  return [
    gradeToAge(automatedReadability(counts)),
    gradeToAge(colemanLiau(counts)),
    gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]),
    20 - Math.floor(flesch(counts) / 10),
    gradeToAge(gunningFog(counts)),
    Math.ceil(Math.sqrt(smogFormula(counts)) + 2.5),
    gradeToAge(spacheFormula(counts)),
  ];
}

/** How many of the seven formulas put the text above `age` (retext-readability's vote). */
export function votesAbove(counts: Counts, age: number): number {
  return ages(counts).filter((value) => value > age).length;
}

/** A US school grade for a whole text: the median of the seven formulas' ages, minus five. */
export function gradeLevel(counts: Counts): number {
  const sorted = ages(counts).sort((a, b) => a - b);
  return (sorted[3] ?? 0) - 5;
}
