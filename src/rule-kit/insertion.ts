/**
 * Where to insert what a reply is missing, so suggestions read naturally: an apology right after
 * the greeting (or at the start, after any @handles), a next step just before the sign-off.
 */
import type { Analysis } from '../pipeline/analysis-types.js';
import { contentEnd } from '../pipeline/layout.js';
import type { Suggestion } from '../types.js';

/** Offset right after the greeting line (and its line break), or after leading @handles. */
export function openingOffset(analysis: Analysis): { at: number; ownLine: boolean } {
  const text = analysis.text;
  if (analysis.greeting) {
    const after = text.slice(analysis.greeting.end);
    const breaks = /^[ \t]*(?:\r?\n)+/.exec(after);
    if (breaks) return { at: analysis.greeting.end + breaks[0].length, ownLine: true };
    const space = /^[ \t]*/.exec(after)?.[0].length ?? 0;
    return { at: analysis.greeting.end + space, ownLine: false };
  }
  const handles = /^\s*(?:@\w+\s+)*/.exec(text)?.[0].length ?? 0;
  return { at: handles, ownLine: false };
}

/** A sentence inserted after the greeting: "I'm sorry we got this wrong." */
export function insertAtOpening(analysis: Analysis, sentence: string, desc: string): Suggestion {
  const { at, ownLine } = openingOffset(analysis);
  const next = analysis.text.slice(at);
  const text = ownLine && /^\S/.test(next) ? `${sentence} ` : `${sentence}${next.trim() === '' ? '' : ' '}`;
  return { desc, fix: { range: [at, at], text } };
}

/** A sentence inserted just before the sign-off (or at the end of the words when unsigned). */
export function insertBeforeSignOff(analysis: Analysis, sentence: string, desc: string): Suggestion {
  const text = analysis.text;
  const signOff = analysis.signOff;
  if (signOff && /\n\s*$/.test(text.slice(0, signOff.start))) {
    // The sign-off sits on its own line(s): the next step closes the body's last paragraph.
    const bodyEnd = text.slice(0, signOff.start).replace(/\s+$/, '').length;
    return { desc, fix: { range: [bodyEnd, bodyEnd], text: ` ${sentence}` } };
  }
  if (signOff) return { desc, fix: { range: [signOff.start, signOff.start], text: `${sentence} ` } };
  const end = contentEnd(text);
  return { desc, fix: { range: [end, end], text: `${end > 0 ? ' ' : ''}${sentence}` } };
}
