/**
 * Quoted history and signature detection on plain text. Pure functions, line based: a reply's
 * structure (quote blocks, attribution lines, header blocks, sign-off) lives in whole lines, and
 * keeping whole lines lets the caller map every kept line back to its source line.
 *
 * What is cut (reported as `quoted`):
 *  - `>`-prefixed lines. Exception, by decision: one isolated line whose `>` is followed by a
 *    number, `=` or a currency sign ("> 5 items arrived broken", ">= 3 days", ">$100") is kept as
 *    text, because quoting never produces a lone line like that while people do write comparisons.
 *    A line like that next to other quoted lines, or right after an attribution, is still a quote.
 *  - attribution lines: "On <date>, <name> wrote:" (also wrapped over up to three lines) and the
 *    French, German, Spanish, Italian, Portuguese, Dutch and Scandinavian forms; a bare
 *    "<name> wrote:" only when a quote block follows. "On Monday we will ship…" has no "wrote:" and
 *    is text. When an attribution with a date and an address or name is followed by unprefixed text
 *    (HTML mail flattened without `>`), everything from the attribution on is history.
 *  - everything from an Outlook "-----Original Message-----" line (and its translations), a
 *    forwarded-message marker, a "From: / Sent: / To: / Subject:" header block (also localized), or
 *    an underscore rule ("____…") that is followed by such a header block; Outlook does not prefix
 *    history, so nothing after these markers is the writer's.
 *  - mobile footers ("Sent from my iPhone", "Get Outlook for iOS", …) on a line of their own.
 *
 * What is kept: everything else, including inline replies written between quote blocks. Runs of
 * kept lines are joined with one blank line so paragraphs from either side of a cut stay apart.
 */
import type { Span } from '../../types.js';

export interface QuoteSplit {
  /** The text the customer reads: kept lines; runs of them joined by one blank line. */
  text: string;
  /** The cut lines, in input order, joined by newlines (empty when nothing was cut). */
  quoted: string;
  /** For each line of `text`, the index of the input line it is (-1 for a blank line inserted between runs). */
  lineMap: number[];
  /** Input spans (line-aligned, line break excluded) that were cut, in order. */
  cut: Span[];
}

const QUOTE_LINE = /^[ \t]{0,3}>/;
/** `> 5 items`, `>= 3`, `>$100`: a comparison when it stands alone. */
const COMPARISON_LINE = /^[ \t]{0,3}>[ \t]?=?[ \t]*[\d$€£¥]/;

/** Attributions with their language's verb at the end; the leading word anchors them. */
const ATTRIBUTIONS: RegExp[] = [
  /^(?:-+\s*)?On\s.+\s(?:wrote|writes|said)\s*:$/i,
  /^Le\s.+\sa\s+écrit\s*:$/i,
  /^Am\s.+\sschrieb\b.*:$/i,
  /^El\s.+\sescribió\s*:$/i,
  /^Il\s.+\sha\s+scritto\s*:$/i,
  /^Em\s.+\sescreveu\s*:$/i,
  /^Op\s.+\sschreef\b.*:$/i,
  /^(?:Den|På)\s.+\sskrev\b.*:$/i,
];
/** Attribution openers, to try joining a wrapped attribution with the following lines. */
const ATTRIBUTION_START = /^(?:-+\s*)?(?:On|Le|Am|El|Il|Em|Op|Den|På)\s/i;
/** "John Smith <john@example.com> wrote:" — only trusted right before a quote block. */
const WEAK_ATTRIBUTION = /^.{1,200}\s(?:wrote|writes|a écrit|schrieb|escribió|ha scritto|escreveu|schreef|skrev)\s*:$/i;

const ORIGINAL_MESSAGE =
  /^\s*-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale|Mensagem original|Oorspronkelijk bericht|Originalmeddelande|Opprinnelig melding|Oprindelig meddelelse|Alkuperäinen viesti)\s*-{2,}\s*$/i;
const FORWARDED =
  /^\s*(?:-{2,}\s*(?:Forwarded message|Forwarded Message|Message transféré|Weitergeleitete Nachricht|Mensaje reenviado|Messaggio inoltrato|Mensagem encaminhada|Doorgestuurd bericht)\s*-*\s*$|-{2,}\s*Forwarded by\s.*-{2,}\s*$|Begin forwarded message:\s*$|Début du message réexpédié\s*:\s*$|Anfang der weitergeleiteten Nachricht:\s*$)/i;
const UNDERSCORE_RULE = /^\s*_{10,}\s*$/;
/** Header names of an unprefixed Outlook history block, in the languages Outlook ships. */
const HEADER_FROM = /^\s*\*?(?:From|De|Von|Van|Da|Från|Fra|Lähettäjä)\s*:\*?\s*\S/i;
const HEADER_SENT = /^\s*\*?(?:Sent|Date|Envoyé|Gesendet|Datum|Enviado|Fecha|Inviato|Data|Verzonden|Skickat|Sendt|Lähetetty)\s*:/i;
const HEADER_TO = /^\s*\*?(?:To|Cc|À|A|An|Para|Aan|Till|Til|Vastaanottaja)\s*:/i;
const HEADER_SUBJECT = /^\s*\*?(?:Subject|Objet|Betreff|Asunto|Oggetto|Onderwerp|Ämne|Emne|Assunto|Aihe)\s*:/i;

const MOBILE_FOOTER =
  /^\s*(?:Sent from my\s|Sent from (?:Mail|Outlook|Yahoo Mail|Gmail|ProtonMail|my mobile)\b|Sent via\s|Sent with\s|Get Outlook for\s|Envoyé de mon\s|Envoyé depuis\s|Von meinem\s.*gesendet|Gesendet von\s|Enviado desde mi\s|Enviado do meu\s|Inviato da\s|Verzonden vanaf\s|Verstuurd vanaf\s|Skickat från\s)/i;

/** An attribution strong enough to cut unprefixed history after it: it carries a date and a sender. */
function isStrongAttribution(joined: string): boolean {
  return /\d/.test(joined) && /[@,]/.test(joined);
}

interface Attribution {
  /** Lines it spans (0: no attribution here). */
  span: number;
  /** One of the "On … wrote:" forms, not just "<name> wrote:". */
  formal: boolean;
  /** Formal and carrying a date and a sender: strong enough to open unprefixed history. */
  strong: boolean;
}

/** Matches an attribution starting at line `i` (joining up to three wrapped lines). */
function attributionAt(lines: readonly string[], i: number): Attribution {
  const none = { span: 0, formal: false, strong: false };
  const first = (lines[i] ?? '').trim();
  if (first === '' || QUOTE_LINE.test(lines[i] ?? '')) return none;
  let joined = first;
  for (let span = 1; span <= 3; span++) {
    if (span > 1) {
      const next = (lines[i + span - 1] ?? '').trim();
      if (next === '' || joined.length > 300) break;
      joined = `${joined} ${next}`;
      if (!ATTRIBUTION_START.test(first)) break;
    }
    // Every attribution form ends with a colon: a cheap test before the costly patterns.
    if (!joined.endsWith(':')) continue;
    if (ATTRIBUTIONS.some((re) => re.test(joined))) return { span, formal: true, strong: isStrongAttribution(joined) };
    if (span === 1 && WEAK_ATTRIBUTION.test(joined)) return { span, formal: false, strong: false };
  }
  return none;
}

/**
 * An unprefixed header block ("From: … Sent: … To: … Subject: …") starting at line `i`: a From
 * line, a Sent/Date line, and a Subject line — or a To line when the From line has an address.
 * An itinerary ("From: London / To: Paris / Date: 12 May") has neither and stays text.
 */
function headerBlockAt(lines: readonly string[], i: number): boolean {
  const from = lines[i] ?? '';
  if (!HEADER_FROM.test(from)) return false;
  let sent = false;
  let to = false;
  let subject = false;
  for (let j = i + 1; j < Math.min(lines.length, i + 8); j++) {
    const line = lines[j] ?? '';
    if (line.trim() === '') continue;
    if (HEADER_SENT.test(line)) sent = true;
    else if (HEADER_SUBJECT.test(line)) subject = true;
    else if (HEADER_TO.test(line)) to = true;
  }
  return sent && (subject || (to && from.includes('@')));
}

/** The first line from which everything is history, or `lines.length`. */
function historyStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (QUOTE_LINE.test(line)) continue;
    if (ORIGINAL_MESSAGE.test(line) || FORWARDED.test(line) || headerBlockAt(lines, i)) return i;
    if (UNDERSCORE_RULE.test(line)) {
      for (let j = i + 1, seen = 0; j < lines.length && seen < 3; j++) {
        if ((lines[j] ?? '').trim() === '') continue;
        seen++;
        if (headerBlockAt(lines, j)) return i;
      }
    }
  }
  return lines.length;
}

function nextNonBlank(lines: readonly string[], from: number, end: number): number {
  let j = from;
  while (j < end && (lines[j] ?? '').trim() === '') j++;
  return j;
}

/** Classifies each input line as cut (true) or kept (false). */
function classify(lines: readonly string[]): boolean[] {
  const end = historyStart(lines);
  const cut = lines.map((_, i) => i >= end);
  const quoted = lines.map((line) => QUOTE_LINE.test(line));

  let limit = end;
  for (let i = 0; i < limit; i++) {
    const line = lines[i] ?? '';
    if (quoted[i]) {
      const isolated = !quoted[i - 1] && !quoted[i + 1];
      if (isolated && COMPARISON_LINE.test(line) && !cut[i - 1]) continue;
      cut[i] = true;
      continue;
    }
    if (MOBILE_FOOTER.test(line) && line.trim().length <= 80) {
      cut[i] = true;
      continue;
    }
    const attribution = attributionAt(lines, i);
    if (attribution.span === 0) continue;
    const after = nextNonBlank(lines, i + attribution.span, limit);
    const followedByQuote = after < limit && quoted[after] === true;
    if (followedByQuote || (after >= limit && attribution.formal)) {
      // Cut the attribution and the blank lines up to its quote block (or to the end).
      for (let j = i; j < after; j++) cut[j] = true;
      i = after - 1;
    } else if (attribution.strong) {
      // Unprefixed history: the attribution opens everything that follows.
      for (let j = i; j < lines.length; j++) cut[j] = true;
      limit = i;
    }
  }
  return cut;
}

/** Splits a plain-text body into what the customer reads and the quoted history that was cut. */
export function stripQuoted(input: string): QuoteSplit {
  const lines = input.split('\n');
  const cutLines = classify(lines);

  const keptRuns: number[][] = [];
  const cutSpans: Span[] = [];
  const quotedLines: string[] = [];
  let run: number[] = [];
  let offset = 0;
  let lastCut: Span | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (cutLines[i]) {
      if (run.length > 0) keptRuns.push(run);
      run = [];
      quotedLines.push(line);
      if (lastCut && lastCut.end + 1 === offset) lastCut.end = offset + line.length;
      else {
        lastCut = { start: offset, end: offset + line.length };
        cutSpans.push(lastCut);
      }
    } else {
      run.push(i);
    }
    offset += line.length + 1;
  }
  if (run.length > 0) keptRuns.push(run);

  const outLines: string[] = [];
  const lineMap: number[] = [];
  for (const kept of keptRuns) {
    // Trim blank lines at both ends of a run; the separator between runs is one blank line.
    let a = 0;
    let b = kept.length;
    while (a < b && (lines[kept[a] ?? -1] ?? '').trim() === '') a++;
    while (b > a && (lines[kept[b - 1] ?? -1] ?? '').trim() === '') b--;
    if (a === b) continue;
    if (outLines.length > 0) {
      outLines.push('');
      lineMap.push(-1);
    }
    for (let k = a; k < b; k++) {
      const index = kept[k] ?? 0;
      outLines.push(lines[index] ?? '');
      lineMap.push(index);
    }
  }

  // Trailing blank lines inside the last run were trimmed; trailing spaces on lines are kept verbatim.
  const quoted = quotedLines.join('\n').replace(/^\s*\n|\s+$/g, '');
  return { text: outLines.join('\n'), quoted, lineMap, cut: cutSpans };
}

/** Spans of `text` that are quoted history (line-aligned). */
export function findQuoted(text: string): Span[] {
  return stripQuoted(text).cut;
}

const VALEDICTION = new RegExp(
  '^(?:' +
    [
      'best', 'best regards', 'best wishes', 'all the best', 'all best', 'kind regards', 'kindest regards',
      'warm regards', 'warmest regards', 'warm wishes', 'regards', 'with regards', 'many thanks', 'thanks',
      'thanks again', 'thanks so much', 'thanks a lot', 'thanks in advance', 'thank you', 'thank you so much',
      'thank you again', 'thank you for your patience', 'thx', 'cheers', 'sincerely', 'yours sincerely',
      'sincerely yours', 'yours truly', 'yours', 'respectfully', 'take care', 'talk soon', 'speak soon',
      'cordially', 'have a great day', 'have a nice day', 'have a good day', 'have a great weekend',
      'cordialement', 'bien cordialement', 'bien à vous', 'merci', 'mit freundlichen grüßen',
      'mit freundlichen grüssen', 'mfg', 'viele grüße', 'beste grüße', 'liebe grüße', 'grüße', 'gruß',
      'saludos', 'un saludo', 'atentamente', 'gracias', 'cordiali saluti', 'saluti', 'grazie',
      'met vriendelijke groet', 'groeten', 'hälsningar', 'med vänliga hälsningar', 'mvh',
    ].join('|') +
    ')',
  'i',
);
/** Words allowed lowercase in a name after a valediction on the same line ("Thanks, the Acme team"). */
const NAME_FILLERS = new Set(['the', 'team', 'from', 'and', '&', 'of', 'de', 'van', 'von', 'der', 'la', 'le', 'support', 'care']);

/** "Best," / "Thanks!" alone, or "Thanks, Maria" / "Best - the Acme team": returns the kind. */
function valedictionLine(line: string): 'alone' | 'named' | undefined {
  const trimmed = line.trim();
  const match = VALEDICTION.exec(trimmed);
  if (!match) return undefined;
  const rest = trimmed.slice(match[0].length);
  if (/^[\s,.!:;—–-]*$/.test(rest)) return 'alone';
  const tail = /^\s*[,—–-]\s*(.+)$/.exec(rest)?.[1]?.trim();
  if (!tail || tail.length > 40 || /[.?!:;]$/.test(tail)) return undefined;
  const words = tail.split(/\s+/);
  if (words.length > 5) return undefined;
  const nameLike = words.every((word) => /^[\p{Lu}^*/\-~]/u.test(word) || NAME_FILLERS.has(word.toLowerCase()));
  return nameLike ? 'named' : undefined;
}

/** A line that can belong to a signature block: a name, a title, a company, a phone, a link. */
function isShortSignatureLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > 72 || trimmed.endsWith('?')) return false;
  const words = trimmed.split(/\s+/);
  if (words.length > 10) return false;
  // A sentence ("I'll wait for your reply.") is body text, an abbreviation ("Acme Inc.") is not.
  if (/[.!]$/.test(trimmed) && words.length >= 4 && !/\b(?:Inc|Ltd|Co|Corp|LLC|GmbH|S\.A|B\.V|Jr|Sr)\.$/i.test(trimmed)) return false;
  return true;
}

/** Where a valediction block that runs to line `end` (exclusive) starts, or -1. */
function valedictionBlock(lines: readonly string[], end: number): number {
  // Look at most 8 lines up: a closing is 1 valediction line and 1–5 short lines (plus blanks).
  for (let i = end - 1; i >= Math.max(0, end - 12); i--) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const kind = valedictionLine(line);
    if (kind) {
      const following = lines.slice(i + 1, end).filter((l) => l.trim() !== '');
      if (following.length > 5 || !following.every(isShortSignatureLine)) return -1;
      if (kind === 'alone' && following.length === 0) return -1;
      return i;
    }
    if (!isShortSignatureLine(line)) return -1;
  }
  return -1;
}

/**
 * The signature block of a reply: from an RFC 3676 `-- ` delimiter line (a bare `--` too when at
 * most 10 lines follow) to the end, or a trailing closing block: a valediction ("Best,",
 * "Regards,", "Thanks,", "Cheers", "Sincerely", "Thank you,", …) followed by 1–5 short lines, or a
 * valediction with a name on its own line ("Thanks, Maria"). A closing right above a delimiter is
 * part of the block. Trailing whitespace is outside the span.
 */
export function findSignature(text: string): Span | undefined {
  const lines = text.split('\n');
  let end = lines.length;
  while (end > 0 && (lines[end - 1] ?? '').trim() === '') end--;
  if (end === 0) return undefined;

  let start = -1;
  for (let i = end - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (line === '-- ' || line === '-- \r' || (line.trimEnd() === '--' && end - i - 1 <= 10)) {
      if (i + 1 >= end) break; // a delimiter with nothing after it signs nothing
      start = i;
      const closing = valedictionBlock(lines, i);
      if (closing >= 0) start = closing;
      break;
    }
  }
  if (start < 0) start = valedictionBlock(lines, end);
  if (start < 0) return undefined;

  let offset = 0;
  for (let i = 0; i < start; i++) offset += (lines[i] ?? '').length + 1;
  const textEnd = text.replace(/\s+$/, '').length;
  return offset < textEnd ? { start: offset, end: textEnd } : undefined;
}
