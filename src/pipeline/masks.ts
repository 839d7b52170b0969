/**
 * Spans of a reply that are not prose: URLs, e-mail addresses, @handles, hashtags, order and
 * ticket numbers, emoji and template placeholders. They are masked before parsing so they parse
 * as single words, and rules never judge them as words (spelling, readability, phrases).
 */
import type { Span } from '../types.js';
import type { Placeholder } from './placeholders.js';

export type MaskKind = 'url' | 'email' | 'handle' | 'hashtag' | 'number' | 'emoji' | 'placeholder' | 'literal';

export interface Mask extends Span {
  kind: MaskKind;
}

const PATTERNS: Array<[MaskKind, RegExp]> = [
  ['url', /\b(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?)\]'’]|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|uk|us|ca|de|fr|ly|gl|gov|edu|app)\/[^\s<>"]*[^\s<>".,;:!?)\]'’]/gi],
  ['email', /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g],
  ['handle', /(?<![\w@])@\w{1,30}/g],
  ['hashtag', /(?<![\w#&])#[A-Za-z]\w*/g],
  // Order, ticket, case numbers and other codes: #12345, 12345678, AB-123456, A1B2C3D4.
  ['number', /(?<![\w#])#\d{2,}\b|\b\d[\d-]{4,}\d\b|\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{2,}(?:-[A-Z0-9]+)+\b|\b(?=[A-Za-z]*\d)[A-Za-z]{1,4}\d{4,}[A-Za-z0-9]*\b/g],
  ['emoji', /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*/gu],
];

export function findMasks(text: string, placeholders: Placeholder[], literals: Span[] = []): Mask[] {
  const masks: Mask[] = placeholders.map((p) => ({ start: p.start, end: p.end, kind: 'placeholder' }));
  for (const literal of literals) masks.push({ ...literal, kind: 'literal' });
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      masks.push({ start: match.index, end: match.index + match[0].length, kind });
    }
  }
  masks.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop masks inside an earlier one (an @ inside an e-mail inside a URL).
  const merged: Mask[] = [];
  for (const mask of masks) {
    const last = merged[merged.length - 1];
    if (last && mask.start < last.end) {
      if (mask.end > last.end) last.end = mask.end;
      continue;
    }
    merged.push({ ...mask });
  }
  return merged;
}

/**
 * The text the parser sees: each mask (but emoji, which parse as symbols) replaced by a single
 * word of the same length, so offsets do not move.
 */
export function maskText(text: string, masks: Mask[]): string {
  if (masks.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const mask of masks) {
    if (mask.kind === 'emoji') continue;
    out += text.slice(cursor, mask.start);
    const length = mask.end - mask.start;
    out += 'X' + 'x'.repeat(Math.max(0, length - 1));
    cursor = mask.end;
  }
  return out + text.slice(cursor);
}

export function overlaps(masks: Mask[], start: number, end: number): boolean {
  // Masks are sorted and disjoint: binary search the first mask ending after `start`.
  let low = 0;
  let high = masks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((masks[mid]?.end ?? 0) <= start) low = mid + 1;
    else high = mid;
  }
  const mask = masks[low];
  return mask !== undefined && mask.start < end;
}
