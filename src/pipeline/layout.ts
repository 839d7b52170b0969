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
  style: 'block' | 'inline' | 'initials' | 'name-line' | 'bare-name' | 'delimiter';
}

const VALEDICTION_WORDS =
  '(?:best(?: wishes| regards)?|(?:with )?(?:best|kind|warm)(?:est)? (?:wishes|regards)|warmly|regards|rgds|sincerely(?: yours)?|yours(?: sincerely| truly)?|respectfully|cordially|cheers|thanks(?: again| so much| a lot)?|thank you(?: again| so much)?|many thanks(?: and kind regards)?|with thanks|thx|ty|all the best|take care|talk soon|have a (?:great|good|nice|lovely) (?:day|one|evening|weekend)|speak soon|ta)';

/** A line that is only a valediction ("Best regards,"). */
const VALEDICTION_LINE = new RegExp(`^\\s*${VALEDICTION_WORDS}\\s*[,.!:;-]*\\s*$`, 'i');
/** A valediction followed by the signer on the same line ("Thanks - Mike", "Best, Maria"). */
const VALEDICTION_INLINE = new RegExp(`^\\s*(${VALEDICTION_WORDS}\\s*(?:[,!:;]|\\s[-–—~]|[-–—~]))\\s*(\\S.{0,60}?)\\s*$`, 'i');
/** A short line of capitalised words with no sentence punctuation ("Maria Lopez", "Acme Support Team"). */
const NAME_LINE = /^\s*[-–—~]?\s*(?:\p{Lu}[\w\p{Ll}'’.-]*|[A-Z]{1,4}|&|of|the|and|\{\{[^{}]+\}\}|\{[\w.]+\})(?:[ ,|–—-]+(?:\p{Lu}[\w\p{Ll}'’.-]*|&|of|the|and|at|from|\(\p{Lu}[\w &'’-]{1,30}\)|\{\{[^{}]+\}\}|\{[\w.]+\}))*\s*$/u;

/**
 * What can sign a social reply after a marker: initials ("RR", "ab" after ^ * ~ /), a name
 * ("Mike", "Danny Harvey", "DaniH", "JeremyJ"), or an agent placeholder.
 */
const SIGNER = "(?:[A-Z]{1,4}|[A-Z]\\.(?:[A-Z]\\.?){1,2}|\\p{Lu}[\\p{Ll}'’]{1,15}(?:\\p{Lu}[\\p{Ll}'’]{0,15}){0,2}(?: \\p{Lu}[\\p{Ll}'’]{0,15}\\.?)?|\\{\\{[^{}]{1,60}\\}\\}|\\{[a-z_.]{1,40}\\})";
/**
 * Social sign-offs at the end of the reply: "-KC", "^RR", "/AY", "*ALS", "~Jen", "- Mike",
 * "= JJ", "--JV", "^sp". The marker follows a space, punctuation (".-RM", "!- Anwar"), a thread
 * marker's digit ("2/2^ML"), or a word when a space follows the dash ("Thank you- Mariya"); after
 * an emoji ("☺-Sabi"); or glued to the last word when a name or initials follow ("like it-Tabby",
 * "go-DD"), unless the pair is a compound ("Wi-Fi", "pre-Christmas").
 */
const TRAILING_SIGNATURE = new RegExp(
  `(?:(?:^|(?<=[^\\p{L}\\p{N}]))([-–—~^*/=|]{1,2})\\s?(${SIGNER}|[a-z]{2,3}(?<=[~^*/]\\s?[a-z]{2,3}))(?: x{1,3}| (?:at|from|@) \\p{Lu}[\\w&'’-]*(?: \\p{Lu}[\\w&'’-]*){0,2})?` +
    `|(?<=\\d)([\\^*])(${SIGNER})` +
    `|(?<=[a-z])([-–—])\\s(${SIGNER})` +
    `|(?<=[a-z.!])([-–—])(?!(?:Fi|Mail|Mobile|Christmas|Commerce|Book|Books|Reader|Ray|Pad|Phone|Shirt|Mart|Up|In|Out|Friday|Monday|Tuesday|Wednesday|Thursday|Saturday|Sunday)\\.?$)([A-Z][a-z'’]{2,15}|[A-Z]{2,3}))(?: \\((?:\\p{Lu}[\\w &'’-]{1,30}|(?:she|he|they|ze|xe)\\/\\w+)\\))?\\.?$`,
  'u',
);
/** A name and the team it belongs to closing the last line: "… minutes. — Priya, Support", "… changes. Gareth, network team", "… today. Nadia | Greenway", "… crossed! Ollie @ BunHouse". */
const NAME_AND_TEAM =
  /(?<=[.!?]\s{1,3})(?:(?:[-–—~]\s?)?([A-Z][a-z'’]{1,15}(?: [A-Z][a-z'’]{1,15})?),\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,2}(?:team|support|care|service|services|desk|department|dept|billing|helpdesk|crew|relations|sales|accounts)|[-–—~]\s?([A-Z][a-z'’]{1,15}),\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}|([A-Z][a-z'’]{1,15})\s?[|@]\s?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\.?$/i;
/**
 * A name and its company after the last sentence, without a dash: "… booking email. Fiona, Isla
 * Ferries". Case-sensitive, unlike NAME_AND_TEAM: without the dash only the capitals tell it from a
 * closing clause.
 */
const NAME_COMMA_COMPANY = /(?<=[.!?\p{Extended_Pictographic}]\s{1,3})([A-Z][a-z'’]{1,15}),\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}\.?$/u;
/** A valediction and a name closing the last line: "… today. Thanks, Mike", "… soon. Cheers - Jo", "… back. Kind regards, Fiona (Guest Relations)", "Cheers, Tom at Brightwater". */
const INLINE_CLOSING = new RegExp(`(?:^|(?<=[.!?\\p{Extended_Pictographic}\\uFE0F]\\s{1,3}))${VALEDICTION_WORDS}\\b[,!]?\\s*[-–—~]?\\s*(\\p{Lu}[\\p{Ll}'’]{1,15}(?: \\p{Lu}[\\p{Ll}'’]{0,15})?)(?: \\((?:\\p{Lu}[\\w &'’-]{1,30}|(?:she|he|they)\\/\\w+)\\)| (?:at|from|@) \\p{Lu}[\\w&'’-]*(?: \\p{Lu}[\\w&'’-]*){0,2})?\\.?$`, 'iu');
/** A bare first name (or initials) after the last sentence: "… rail replacement. Phil.", "…ございました。ET", "See you! Bex x", "Enjoy the film! Dani from Starlight". */
const BARE_NAME = /(?:(?<=[.!?。！？)）♪┛\p{Extended_Pictographic}\uFE0F]\s{0,3})|(?<=[.!?。！？)]\s{0,3}\S*https?:\/\/\S+\s{1,3}))(\p{Lu}[\p{Ll}'’]{1,15}(?: from (?:the )?[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,2}| x{1,3})?|[A-Z]{2,3}|\{\{[^{}]{1,60}\}\}|\{[a-z_.]{1,40}\})\.?$/u;
/** Japanese and Chinese text: a Latin "TY" after it is an agent's initials, not "thank you". */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/** One-word sentences that close a reply but are not names. */
const NOT_BARE_NAMES =
  /^(?:thanks|thank|thx|ty|cheers|enjoy|welcome|congrats|congratulations|done|agreed|absolutely|definitely|sure|noted|yes|no|ok|okay|great|awesome|perfect|nice|cool|wow|oops|hooray|yay|bye|goodbye|later|soon|again|anytime|always|apologies|sorry|regards|best|cheers|enjoy|indeed|exactly|same|true|right|please|hi|hello|hey|amazing|brilliant|fantastic|lovely|excellent|good|happy|safe|travels|asap|faq|usa|uk|eu|us|dm|pm|fyi|btw|ps|lol|omg|ios|tv|hd|pc|ok|id|pin|atm|eta|sms|uber|lyft|apple|amazon|xbox)$/i;

/** Thread markers: "1/2", "(2/3)", "2/2.", "...1/2". */
const MARKER = /(?<![\w/])\(?([1-9])\s?\/\s?([1-9])\)?(?![\w/])/g;
const HANDLES_ONLY = /^\s*(?:@\w+\s*)*$/;
/** What may follow an end marker: a signature, punctuation, links. */
const AFTER_END_MARKER = /^[\s.…]*(?:[-–—~^*/=]{0,2}\s?[A-Za-z]{1,20}(?: [A-Z][a-z]{0,15})?)?[\s.…]*$/;

export interface ThreadMarker extends Span {
  /** This part's number. */
  part: number;
  /** How many parts the answer has. */
  of: number;
}

/**
 * The "n/m" marker of a reply that is one part of a multi-tweet answer, when it opens the reply
 * (after @handles) or closes it (before or after the signature and links). Not a date or "24/7".
 */
export function findThreadMarker(text: string): ThreadMarker | undefined {
  for (const match of text.matchAll(MARKER)) {
    const part = Number(match[1]);
    const of = Number(match[2]);
    if (part > of || of < 2) continue;
    const before = text.slice(0, match.index).replace(/\.{2,}$|…$/, '');
    const after = text.slice(match.index + match[0].length).replace(/https?:\/\/\S+/g, ' ');
    if (HANDLES_ONLY.test(before) || AFTER_END_MARKER.test(after)) {
      return { start: match.index, end: match.index + match[0].length, part, of };
    }
  }
  return undefined;
}

// Trailing parts that are not words of the reply: links, emoji, dots, a thread marker.
const TRAILING_NOISE = [
  /\s+$/,
  /(?:^|\s)(?:https?:\/\/|www\.)\S+$/,
  /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*$/u,
  /(?:\.{2,}|…)$/,
  // A closing hashtag after a signature: "-KJ #TeamBrightwater".
  /(?<=[-–—~^*/=|]\s?[\p{L}.'’]{1,20})\s+#\w+$/u,
  /(?<=\S)\s+[.!]$/,
  /(?<![\w/])\(?[1-9]\s?\/\s?[1-9]\)?\.?$/,
];

/** Where the reply's words end: "… ^Anoop 2/2 https://t.co/…" ends after "^Anoop". */
export function contentEnd(text: string): number {
  let head = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const noise of TRAILING_NOISE) {
      const next = head.replace(noise, '');
      if (next !== head) {
        head = next;
        changed = true;
      }
    }
  }
  return head.length;
}

/** Greeting lines: "Hi Sarah,", "Hello there!", "Dear Mr. Jones,", "Good morning Sam". */
// The words after "Hi" must be a name or "there" ("Dear Mr. Jones,"), so a short one-line reply
// ("Hi, we have replied via DM.") is not mistaken for a greeting and dropped from the body.
const GREETING =
  /^\s*(?:(?:@\w+\s+)*)(?:hi|hello|hey|hiya|howdy|dear|greetings|good (?:morning|afternoon|evening))(?:[ \t]+(?:there|all|team|folks|everyone|[A-Z][\w'’.-]*|\{\{[^{}]+\}\}|\{[\w.]+\}|\[[A-Z _]+\]|@\w+)){0,4}[ \t]*[,!:.]?[ \t]*(?=\n|$)/i;

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

// Under the name: a legal footer, a P.S., contact details. The sign-off is looked for above them.
const FOOTER =
  /\b(?:confidential|intended (?:solely |only )?for|disclaimer|registered (?:in|office)|company (?:no|number|registration)|vat (?:no|number|reg)|authori[sz]ed and regulated|do not reply to this)\b/i;
const POSTSCRIPT = /^\s*P\.?\s?S\.?(?=[\s:,])/;
const CONTACT_DETAIL =
  /^\s*(?:(?:t|tel|phone|m|mob|mobile|e|email|e-mail|w|web|fax|opening hours|hours|open)\s*[:.]|\+?\d[\d\s().-]{6,}$|[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$|(?:https?:\/\/|www\.)\S+\s*$|-{2,}\s*$)/i;
const POSTCODE_LINE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\s*$/;
const isContactDetail = (line: Line | undefined) => line !== undefined && (CONTACT_DETAIL.test(line.text) || POSTCODE_LINE.test(line.text));

/** The last line of the reply's own words, above trailing footers, a P.S. and contact lines. */
function aboveTrailingExtras(lines: Line[], last: number): number {
  let end = last;
  for (;;) {
    let start = end;
    while (start > 0 && lines[start - 1]?.text.trim() !== '') start--;
    // The first paragraph is the reply itself, whatever it says.
    if (start === 0) break;
    const paragraph = lines.slice(start, end + 1);
    const opening = paragraph[0]?.text ?? '';
    const extra = FOOTER.test(opening) || POSTSCRIPT.test(opening) || paragraph.every(isContactDetail);
    if (!extra) break;
    end = start - 1;
    while (end > 0 && lines[end]?.text.trim() === '') end--;
  }
  // Contact lines, a registration line or a P.S. closing the last paragraph: "Marta\nBrightwater Care\nOpening hours: Mon-Fri 9-5".
  let paragraphStart = end;
  while (paragraphStart > 0 && lines[paragraphStart - 1]?.text.trim() !== '') paragraphStart--;
  const postscript = lines.findIndex((line, i) => i > paragraphStart && i <= end && POSTSCRIPT.test(line.text));
  if (postscript > 0) end = postscript - 1;
  while (end > paragraphStart && (isContactDetail(lines[end]) || FOOTER.test(lines[end]?.text ?? ''))) end--;
  return end;
}

function isSignerLine(line: Line): boolean {
  const value = line.text.trim();
  if (value.length === 0 || value.length > 70) return false;
  // A sentence is not a signer line; phone numbers, e-mail and titles are.
  if (/[?]$/.test(value)) return false;
  if (/[.!]$/.test(value) && !/\b[A-Z]\.$|\b(?:Inc|Ltd|Co|Jr|Sr)\.$/.test(value)) return false;
  return value.split(/\s+/).length <= 8;
}

/** Words of a team or a role, not a person: "Waste Services", "Practice Manager". */
const ROLE_OR_TEAM = /\b(?:team|services?|support|care|department|dept|desk|billing|office|manager|reception|relations|sales|accounts|helpdesk|crew|practice|council|customer|members?|admin|operations)\b/i;

/** A short line of its own ending in a comma or "!": "Happy cycling,", "With apologies,". */
function closesOnItsOwn(line: Line): boolean {
  const words = line.text.trim().split(/\s+/);
  return /[,!]\s*$/.test(line.text) && words.length <= 6 && !GREETING.test(line.text);
}

function signerAt(text: string, start: number, end: number): Line {
  return { start, end, text: text.slice(start, end) };
}

/**
 * Finds the sign-off at the end of a reply. `signature` is a block the reader already separated
 * (an e-mail `-- ` signature); the valediction just above it belongs to the sign-off too.
 */
export function findSignOff(text: string, signature?: Span): SignOff | undefined {
  const end = contentEnd(text);
  const lines = splitLines(text.slice(0, end));
  let last = lines.length - 1;
  while (last >= 0 && lines[last]?.text.trim() === '') last--;
  if (last < 0) return undefined;
  if (!signature) last = aboveTrailingExtras(lines, last);
  const searchEnd = signature ? lines.findIndex((line) => line.end >= signature.start) : last;

  // 1. A valediction line near the end, followed by short signer lines.
  for (let i = searchEnd; i >= Math.max(0, searchEnd - 6); i--) {
    const line = lines[i];
    if (!line) continue;
    const inline = VALEDICTION_INLINE.exec(line.text);
    // A closing line of the writer's own ("With apologies,", "See you on the gym floor,") above a name.
    const ownClosing = i > 0 && !VALEDICTION_LINE.test(line.text) && closesOnItsOwn(line) && NAME_LINE.test(lines[i + 1]?.text ?? '');
    if (VALEDICTION_LINE.test(line.text) || (inline && NAME_LINE.test(inline[2] ?? '')) || ownClosing) {
      const after = lines.slice(i + 1, last + 1).filter((l) => l.text.trim() !== '');
      if (!signature && !after.every(isSignerLine)) continue;
      if (after.length > 6 && !signature) continue;
      const signer: Line[] = [];
      let valediction: Line = line;
      if (inline && !VALEDICTION_LINE.test(line.text)) {
        const signerText = inline[2] ?? '';
        const signerStart = line.start + line.text.lastIndexOf(signerText);
        valediction = signerAt(text, line.start, signerStart);
        signer.push(signerAt(text, signerStart, signerStart + signerText.length));
      }
      signer.push(...after);
      return { start: line.start, end: text.length, valediction, signer, style: signature ? 'delimiter' : 'block' };
    }
  }

  if (signature) {
    const signer = lines.filter((l) => l.start >= signature.start && l.text.trim() !== '' && !/^--\s*$/.test(l.text));
    return { start: signature.start, end: signature.end, signer, style: 'delimiter' };
  }

  const lastLine = lines[last];
  if (!lastLine) return undefined;
  const lastText = lastLine.text.replace(/\s+$/, '');

  // 2. Social initials or a dashed name at the end of the last line: "… today. ^RR". Not a pipe
  // after a name ("… today. Nadia | Greenway"): step 3b reads the name and the brand together.
  const nameAndTeam = NAME_AND_TEAM.exec(lastText);
  const trailing = TRAILING_SIGNATURE.exec(lastText);
  if (trailing && !(trailing[1] === '|' && nameAndTeam?.[3])) {
    const start = lastLine.start + trailing.index;
    const token = signerAt(text, start, lastLine.start + lastText.length);
    const name = trailing[2] ?? trailing[4] ?? trailing[6] ?? '';
    return { start, end: text.length, signer: [token], style: /^[A-Za-z]{1,4}$/.test(name) && !/^[A-Z][a-z]+$/.test(name) ? 'initials' : 'inline' };
  }

  // 3. A valediction and a name closing the last line: "… today. Thanks, Mike".
  const closing = INLINE_CLOSING.exec(lastText);
  // The pattern is case-insensitive for the valediction; the name must be capitalised.
  if (closing && closing[1] && /^\p{Lu}[\p{Ll}'’]+(?: \p{Lu}[\p{Ll}'’]*)?$/u.test(closing[1])) {
    const start = lastLine.start + closing.index;
    const nameStart = lastLine.start + lastText.lastIndexOf(closing[1]);
    return {
      start,
      end: text.length,
      valediction: signerAt(text, start, nameStart),
      signer: [signerAt(text, nameStart, lastLine.start + lastText.length)],
      style: 'inline',
    };
  }

  // 3b. A name and its team closing the last line: "… minutes. — Priya, Support", "Nadia | Greenway".
  const nameAndCompany = nameAndTeam ?? NAME_COMMA_COMPANY.exec(lastText);
  const teamSigner = nameAndCompany?.[1] ?? nameAndCompany?.[2] ?? nameAndCompany?.[3];
  if (nameAndCompany && teamSigner && /^[A-Z]/.test(teamSigner)) {
    const start = lastLine.start + nameAndCompany.index;
    return { start, end: text.length, signer: [signerAt(text, start, lastLine.start + lastText.length)], style: 'inline' };
  }

  // 4. Up to three lines that are only names (a person, a team, a company: "Ruth\nPawWay Pet
  // Supplies"), after a finished sentence or a short closing line of its own ("Happy cycling,").
  const filled = lines.slice(0, last + 1).filter((l) => l.text.trim() !== '');
  let named = 0;
  while (named < 3 && named < filled.length - 1) {
    const line = filled[filled.length - 1 - named];
    if (!line || !NAME_LINE.test(line.text) || line.text.trim().split(/\s+/).length > 5) break;
    named++;
  }
  // A block of names is read only when it starts with a person's name ("Ruth", "Gareth Lewis",
  // "Mrs J. Ashby", "{{agent.first_name}}"):
  // "Reception Team\nBrightSmile Dental" is a team and a company, and the company looks like a name.
  const top = filled[filled.length - named]?.text ?? '';
  if (named > 1 && (!/^\s*(?:(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? )?(?:[A-Z]\. ?){0,2}[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?|\{\{[^{}]+\}\}|\{[\w.]+\})\s*$/.test(top) || ROLE_OR_TEAM.test(top))) named = 1;
  const before = filled[filled.length - 1 - named];
  if (named > 0 && before && (/[.!?)"”:]\s*$/.test(before.text) || closesOnItsOwn(before))) {
    const signer = filled.slice(filled.length - named);
    return { start: signer[0]?.start ?? lastLine.start, end: text.length, signer, style: 'name-line' };
  }

  // 5. A bare first name or initials after the last sentence: "… rail replacement. Phil."
  // A closing emoji after the name is decoration: "Dani from Starlight 🍿".
  const bare = BARE_NAME.exec(lastText.replace(/[\s\p{Extended_Pictographic}\uFE0F]+$/u, ''));
  if (bare && bare[1] && (!NOT_BARE_NAMES.test(bare[1]) || (/^[A-Z]{2,3}$/.test(bare[1]) && CJK.test(lastText))) && bare.index > 0) {
    const start = lastLine.start + bare.index;
    return { start, end: text.length, signer: [signerAt(text, start, lastLine.start + lastText.length)], style: 'bare-name' };
  }
  return undefined;
}
