import type { Root } from 'nlcst';
import type { Span } from '../types.js';
import type { Line, SignOff, ThreadMarker } from './layout.js';
import type { Mask } from './masks.js';
import type { Placeholder } from './placeholders.js';

export interface WordInfo extends Span {
  /** The word as written. */
  text: string;
  /** True for masked tokens (URL, handle, placeholder, number, literal): not prose. */
  masked: boolean;
}

export interface SentenceInfo extends Span {
  text: string;
  words: WordInfo[];
  /** Inside the greeting line or the sign-off block. */
  frame: boolean;
}

/**
 * What every rule shares about one reply, computed once: the nlcst tree (parsed once, from the
 * masked text), sentences and words with offsets into `Reply.text`, masks, placeholders, and
 * the reply's greeting and sign-off.
 */
export interface Analysis {
  text: string;
  /** `text` with each mask replaced by a same-length word: what the parser saw. */
  maskedText: string;
  /** `text` with typographic quotes and dashes folded to ASCII (same length), for phrase matching. */
  plainText: string;
  tree: Root;
  sentences: SentenceInfo[];
  masks: Mask[];
  placeholders: Placeholder[];
  greeting?: Line;
  signOff?: SignOff;
  /** "1/2", "(2/3)": this reply is one part of a multi-part answer (social threads). */
  threadMarker?: ThreadMarker;
  /** The reply between greeting and sign-off. */
  body: Span;
  /** ISO 639-1 code of the body's language (`en`, `es`, `ja`…), `und` when there is no prose. */
  language: string;
  /** Words of prose (unmasked, outside greeting and sign-off). */
  wordCount: number;
}
