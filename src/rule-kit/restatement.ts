/**
 * Whether a reply restates the customer's specific problem in its own words (Min, Lim & Magnini
 * 2015: paraphrasing the complaint helps). A canned reply that does so is still canned, but the
 * customer can see it was written for them, so it costs less.
 */
import type { Analysis } from '../pipeline/analysis-types.js';

// Words every support exchange shares: they say nothing about this customer's problem.
const GENERIC = new Set(
  (
    'about after again also always back been before being come could does doing done from have having here help just know like ' +
    'look make more much need only over please really same send should some still sure take than thank thanks that their them ' +
    'then there these they this time today very want were what when where which while will with would your yours youre dont cant ' +
    'account order issue issues problem problems support service team message email number details info information dm dms ' +
    'assist assistance contact follow reach reply respond get got going sorry apologize apologise hear happy glad hello there'
  ).split(' '),
);

function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[a-z][a-z']{3,}/g)) {
    const word = match[0].replace(/'s$|'/g, '');
    if (word.length >= 4 && !GENERIC.has(word)) words.add(word.replace(/(?:ing|ed|es|s)$/, ''));
  }
  return words;
}

/** True when the reply's body names at least two specific things from the customer's message. */
export function restatesProblem(analysis: Analysis, context: string | undefined): boolean {
  if (!context) return false;
  const theirs = contentWords(context.replace(/@\w+|https?:\/\/\S+/g, ' '));
  if (theirs.size === 0) return false;
  const body = analysis.maskedText.slice(analysis.body.start, analysis.body.end);
  let shared = 0;
  for (const word of contentWords(body)) if (theirs.has(word) && ++shared >= 2) return true;
  return false;
}
