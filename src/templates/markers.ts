/**
 * Fill-in markers: the words an author leaves where the agent must still write something
 * ("INSERT HERE", "FILL IN", "XXX", "[insert link]", "#<ISSUE_NUMBER>"). Unlike placeholders
 * (`{{ … }}`, see `src/pipeline/placeholders.ts`), no help desk fills them: left in a sent reply,
 * the customer reads them.
 *
 * Every pattern here was checked against the shared template repositories (ansible-ticket-stubs,
 * oss saved replies) and against ordinary prose, where the same words occur as English:
 * "insert the card", "the date is TBD", "click here". So markers are matched in capitals, or inside
 * brackets, or standing alone on their line; never as lower-case words in a sentence.
 */
import type { Span } from '../types.js';
import { isAnglePlaceholder } from './angle-placeholders.js';

export interface Marker extends Span {
  /** The marker as written, e.g. `INSERT PR(S) HERE`. */
  raw: string;
}

/** Capitalised words that may follow INSERT/PASTE/ADD inside a marker: "INSERT SHA/PR LINK HERE". */
const CAPS_WORD = String.raw`[A-Z][A-Z0-9()/'’&_-]*`;

const PATTERNS: RegExp[] = [
  // "INSERT HERE", "INSERT REASONS!", "(A) INSERT ITEM HERE", "PASTE LOG HERE", "ADD LINK HERE".
  // A lone "INSERT" or "ENTER" is a key on the keyboard, so at least one more capitalised word.
  new RegExp(String.raw`(?:\([A-Z]\)\s+)?\b(?:INSERT|PASTE|ADD|ENTER|PUT)\b(?:[ \t]+${CAPS_WORD}){1,6}!?`, 'g'),
  // "… LINK HERE", "NAME HERE": capitals ending in HERE (not "CLICK HERE", which is a link label).
  new RegExp(String.raw`\b(?:(?!CLICK\b|TAP\b|LOOK\b|COME\b)${CAPS_WORD}[ \t]+){1,5}HERE\b`, 'g'),
  // "FILL IN", "FILL ME IN", "FILL-IN", "TO BE FILLED", "TO BE CONFIRMED".
  /\bFILL(?:[ -]ME)?[ -]IN\b|\bTO BE (?:FILLED(?: IN)?|CONFIRMED|DECIDED|ADDED)\b/g,
  // Editors' markers that never belong in a reply.
  /\b(?:XXX+|TODO|FIXME|TKTK|PLACEHOLDER|LOREM IPSUM)\b(?![-–][A-Za-z])/g,
  // TBD/TBA only where they stand for missing text: alone on a line (or list item), bracketed, or "TBD:".
  /^[ \t]*(?:[-*•][ \t]+)?(?:TBD|TBA|TBC)[.!]?[ \t]*$|[([](?:TBD|TBA|TBC)[)\]]|\b(?:TBD|TBA|TBC):/gm,
  // Bracketed instructions in any case: "[insert link]", "(your name)", "<paste log here>". Not
  // "(add a new address under Settings)": verbs other than insert/fill in are prose in brackets.
  /[[(<]\s*(?:insert|fill in|your name|customer(?:'s)? name|agent(?:'s)? name)\b[^\])>\n]{0,50}[\])>](?!\()|[[<][^\]>\n]{1,40}\bhere\s*[\]>](?!\()/gi,
  // Numbers left as words: "#NUMBER", "#ISSUE_NUMBER", "order #ORDER_ID".
  /#(?:NUMBER|NUM|ID|ISSUE|TICKET|ORDER|PR)(?:_[A-Z]+)*\b/g,
];

/** Angle-bracket names that are not HTML: "#<ISSUE_NUMBER>", "@<reporter>", "<PROJECT NAME>". */
const ANGLE = /<([A-Za-z][\w-]*)([^<>\n]{0,60})>/g;

/** Fill-in markers in `text`, in order, overlapping matches merged. */
export function findMarkers(text: string): Marker[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(ANGLE)) {
    if (isAnglePlaceholder(match[1] ?? '', match[2] ?? '')) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const raw = match[0];
      // Trim the whitespace and line ends a pattern may have taken around the marker.
      const lead = raw.length - raw.trimStart().length;
      const start = match.index + lead;
      const end = match.index + raw.trimEnd().length;
      if (end > start) spans.push({ start, end });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Marker[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      if (span.end > last.end) {
        last.end = span.end;
        last.raw = text.slice(last.start, last.end);
      }
      continue;
    }
    merged.push({ ...span, raw: text.slice(span.start, span.end) });
  }
  return merged;
}
