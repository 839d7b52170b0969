/**
 * Declarative phrase rules, after Vale's `existence` and `substitution` checks: a list of
 * patterns (regular-expression source, matched case-insensitively on whole words) with what to
 * say and what to write instead. Phrase lists live as data beside each rule.
 */
import type { Analysis } from '../pipeline/analysis-types.js';
import { overlaps } from '../pipeline/masks.js';
import type { Span } from '../types.js';

export interface Phrase {
  /** Regular-expression source; `\b` is added on both sides. Matched on ASCII-folded text. */
  pattern: string;
  /** Which family of the rule this phrase belongs to (often a message id). */
  family: string;
  /** Better wordings to suggest. */
  expected?: string[];
  /** A safe replacement for exactly the matched text, when one exists. */
  replacement?: string;
  /** Share of the rule's weight a match costs (0–1). */
  cost?: number;
}

export interface PhraseMatch extends Span {
  phrase: Phrase;
  text: string;
}

export interface CompiledPhrases {
  phrases: Phrase[];
  regexes: RegExp[];
}

// Whole words: a word boundary at each end, or at the end no word character next. (A closing \b
// alone would refuse a phrase that ends in punctuation, "it's that simple:", before a space.)
export function compilePhrases(phrases: Phrase[]): CompiledPhrases {
  return { phrases, regexes: phrases.map((phrase) => new RegExp(`\\b(?:${phrase.pattern})(?:\\b|(?!\\w))`, 'gi')) };
}

const compiledOptions = new WeakMap<readonly string[], RegExp[]>();

/**
 * Case-insensitive regexps for a list of pattern options (agent placeholders, say), compiled once
 * per list rather than once per draft.
 */
export function compileOptionPatterns(sources: readonly string[]): RegExp[] {
  let compiled = compiledOptions.get(sources);
  if (!compiled) {
    compiled = sources.map((source) => new RegExp(source, 'i'));
    compiledOptions.set(sources, compiled);
  }
  return compiled;
}

/** Spans of the text inside quotation marks ("…", “…”): quoted policy text, the customer's own words. */
export function quotedSpans(plainText: string): Span[] {
  const spans: Span[] = [];
  for (const match of plainText.matchAll(/"[^"\n]{3,400}"/g)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

function within(spans: Span[], start: number, end: number): boolean {
  return spans.some((span) => start >= span.start && end <= span.end);
}

export interface MatchOptions {
  /** Only match inside this span of the text (e.g. the body, not the sign-off). */
  span?: Span;
  /** Skip matches inside quotation marks. */
  skipQuoted?: boolean;
}

/** Finds every phrase in the reply, skipping masked tokens (and quotations when asked). */
export function matchPhrases(analysis: Analysis, compiled: CompiledPhrases, options: MatchOptions = {}): PhraseMatch[] {
  const text = analysis.plainText;
  const from = options.span?.start ?? 0;
  const to = options.span?.end ?? text.length;
  const quotes = options.skipQuoted ? quotedSpans(text) : [];
  const matches: PhraseMatch[] = [];
  compiled.regexes.forEach((regex, index) => {
    const phrase = compiled.phrases[index];
    if (!phrase) return;
    regex.lastIndex = from;
    for (let match = regex.exec(text); match && match.index < to; match = regex.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      if (end > to || overlaps(analysis.masks, start, end) || within(quotes, start, end)) continue;
      matches.push({ start, end, phrase, text: analysis.text.slice(start, end) });
    }
  });
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  // One finding per place: drop matches nested in an earlier, longer one.
  return matches.filter((match, i) => !matches.slice(0, i).some((other) => match.start >= other.start && match.end <= other.end));
}

/** The sentence (by index into `analysis.sentences`) containing an offset. */
export function sentenceAt(analysis: Analysis, offset: number): number {
  const sentences = analysis.sentences;
  let low = 0;
  let high = sentences.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid];
    if (!sentence) break;
    if (sentence.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** Tests a pattern (regular-expression source, whole words, case-insensitive) against some text. */
export function has(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}
