/**
 * The shape of a reply: its greeting line, its body and its sign-off block. Found once here,
 * so rules agree on where the body ends; rules judge what the sign-off says.
 */
import type { Span } from '../types.js';

export interface Line extends Span {
  text: string;
}

export interface SignOff extends Span {
  /** "Best," / "Thanks -" / "Kind regards" when there is one. */
  valediction?: Line;
  /** Lines (or the inline part) after the valediction: name, title, team, phone. */
  signer: Line[];
  /** How it was found. */
  style: 'block' | 'inline' | 'initials' | 'name-line' | 'delimiter';
}

const VALEDICTION_WORDS =
  '(?:best(?: wishes| regards)?|kind(?:est)? regards|warm(?:est)? regards|warmly|regards|sincerely(?: yours)?|yours(?: sincerely| truly)?|respectfully|cordially|cheers|thanks(?: again| so much| a lot)?|thank you(?: again| so much)?|many thanks|with thanks|thx|all the best|take care|talk soon|have a (?:great|good|nice|lovely) (?:day|one|evening|weekend)|speak soon|ta)';

/** A line that is only a valediction ("Best regards,"). */
const VALEDICTION_LINE = new RegExp(`^\\s*${VALEDICTION_WORDS}\\s*[,.!:;-]*\\s*$`, 'i');
/** A valediction followed by the signer on the same line ("Thanks - Mike", "Best, Maria"). */
const VALEDICTION_INLINE = new RegExp(`^\\s*(${VALEDICTION_WORDS}\\s*(?:[,!:;]|\\s[-–—~]|[-–—~]))\\s*(\\S.{0,60}?)\\s*$`, 'i');
/** Social sign-offs at the end of the last line: "-KC", "^RR", "/AY", "*ALS", "~Jen", "- Mike". */
const TRAILING_SIGNATURE = /(?:^|\s)([-–—~^*/]{1,2}\s?(?:[A-Z]{1,4}|[A-Z][a-z]{1,15}(?: [A-Z][a-z]{0,15}\.?)?)|\{\{[^{}]{1,60}\}\}|\{[a-z_.]{1,40}\})\s*$/;
/** A short line of capitalised words with no sentence punctuation ("Maria Lopez", "Acme Support Team"). */
const NAME_LINE = /^\s*[-–—~]?\s*(?:[A-Z][\w'’.-]*|[A-Z]{1,4}|&|of|the|and|\{\{[^{}]+\}\}|\{[\w.]+\})(?:[ ,|–—-]+(?:[A-Z][\w'’.-]*|&|of|the|and|\{\{[^{}]+\}\}|\{[\w.]+\}))*\s*$/;

/** Greeting lines: "Hi Sarah,", "Hello there!", "Dear Mr. Jones,", "Good morning Sam". */
const GREETING = /^\s*(?:(?:@\w+\s+)*)(?:hi|hello|hey|hiya|howdy|dear|greetings|good (?:morning|afternoon|evening)|hi there|hello there)\b[^\n.!?]{0,40}[,!:.]?[ \t]*(?=\n|$)/i;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, end, text: text.slice(start, end).replace(/\r$/, '') });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

export function findGreeting(text: string): Line | undefined {
  const match = GREETING.exec(text);
  if (!match) return undefined;
  const start = match.index + (match[0].length - match[0].trimStart().length);
  const end = match.index + match[0].trimEnd().length;
  return { start, end, text: text.slice(start, end) };
}

function isSignerLine(line: Line): boolean {
  const value = line.text.trim();
  if (value.length === 0 || value.length > 70) return false;
  // A sentence is not a signer line; phone numbers, e-mail and titles are.
  if (/[?]$/.test(value)) return false;
  if (/[.!]$/.test(value) && !/\b[A-Z]\.$|\b(?:Inc|Ltd|Co|Jr|Sr)\.$/.test(value)) return false;
  return value.split(/\s+/).length <= 8;
}

/**
 * Finds the sign-off at the end of a reply. `signature` is a block the reader already separated
 * (an e-mail `-- ` signature); the valediction just above it belongs to the sign-off too.
 */
export function findSignOff(text: string, signature?: Span): SignOff | undefined {
  const lines = splitLines(text);
  let last = lines.length - 1;
  while (last >= 0 && lines[last]?.text.trim() === '') last--;
  if (last < 0) return undefined;
  const searchEnd = signature ? lines.findIndex((line) => line.end >= signature.start) : last;

  // 1. A valediction line near the end, followed by short signer lines.
  for (let i = searchEnd; i >= Math.max(0, searchEnd - 6); i--) {
    const line = lines[i];
    if (!line) continue;
    const inline = VALEDICTION_INLINE.exec(line.text);
    if (VALEDICTION_LINE.test(line.text) || (inline && NAME_LINE.test(inline[2] ?? ''))) {
      const after = lines.slice(i + 1, last + 1).filter((l) => l.text.trim() !== '');
      if (!signature && !after.every(isSignerLine)) continue;
      if (after.length > 6 && !signature) continue;
      const signer: Line[] = [];
      let valediction: Line = line;
      if (inline && !VALEDICTION_LINE.test(line.text)) {
        const signerText = inline[2] ?? '';
        const signerStart = line.start + line.text.lastIndexOf(signerText);
        valediction = { start: line.start, end: signerStart, text: text.slice(line.start, signerStart) };
        signer.push({ start: signerStart, end: signerStart + signerText.length, text: signerText });
      }
      signer.push(...after);
      const end = lines[last]?.end ?? text.length;
      return { start: line.start, end, valediction, signer, style: signature ? 'delimiter' : 'block' };
    }
  }

  if (signature) {
    const signer = lines.filter((l) => l.start >= signature.start && l.text.trim() !== '' && !/^--\s*$/.test(l.text));
    return { start: signature.start, end: signature.end, signer, style: 'delimiter' };
  }

  const lastLine = lines[last];
  if (!lastLine) return undefined;

  // 2. Social initials or a dashed name at the end of the last line: "… today. ^RR".
  const trailing = TRAILING_SIGNATURE.exec(lastLine.text);
  if (trailing && trailing[1]) {
    const tokenStart = lastLine.start + lastLine.text.lastIndexOf(trailing[1]);
    const token = text.slice(tokenStart, lastLine.end).trimEnd();
    return {
      start: tokenStart,
      end: tokenStart + token.length,
      signer: [{ start: tokenStart, end: tokenStart + token.length, text: token }],
      style: /^[-–—~^*/]{1,2}\s?[A-Z]{1,4}$/.test(token) ? 'initials' : 'inline',
    };
  }

  // 3. A last line that is only a name (or a team name), after a finished sentence.
  const previous = lines.slice(0, last).reverse().find((l) => l.text.trim() !== '');
  if (previous && /[.!?)"”:]\s*$/.test(previous.text) && NAME_LINE.test(lastLine.text) && lastLine.text.trim().split(/\s+/).length <= 5) {
    return { start: lastLine.start, end: lastLine.end, signer: [lastLine], style: 'name-line' };
  }
  return undefined;
}
