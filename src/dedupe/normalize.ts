/**
 * What makes two customer-service replies "the same reply".
 *
 * Two replies are the same canned text when they differ only in what an agent or a macro fills in
 * per customer: who is addressed (handles, names, greetings), who signs (valedictions, names,
 * social initials such as `-KC` or `^RR`), which order/ticket/date/amount/link is quoted, the
 * quoted history underneath, emoji, case, curly quotes and spacing. {@link normalizeForDuplicates}
 * removes or masks exactly those, so that equal normalised bodies mean "the same reply" and the
 * Dice similarity of normalised bodies measures how much of the *wording* is shared.
 *
 * Variable parts are replaced by mask tokens (`#num`, `#url`, …) rather than deleted when their
 * position carries meaning ("within #num hours"); addressing and signing are deleted outright
 * because they are not part of the message.
 *
 * @module
 */

/** The mask tokens that replace variable parts. Each starts with `#`, which no other word keeps. */
export const MASK = {
  url: '#url',
  email: '#email',
  user: '#user',
  number: '#num',
  date: '#date',
  time: '#time',
  money: '#money',
  placeholder: '#ph',
} as const;

/** Default minimum {@link contentWordCount} for a reply to take part in duplicate detection. */
export const DEFAULT_MIN_WORDS = 6;

// ─── Character-level clean-up ────────────────────────────────────────────────────────────────

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&nbsp;': ' ',
};

/** Exports of social channels keep HTML entities (`&amp;`); decode the handful that occur. */
function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|apos|nbsp);/g, (m) => HTML_ENTITIES[m] ?? m);
}

/** NFKC folds full-width forms, ligatures and `…`; then curly quotes and dashes become ASCII. */
function unifyCharacters(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u200B\u200C\u2060\uFEFF]/g, '');
}

// ─── Quoted history ──────────────────────────────────────────────────────────────────────────

/** A line from which everything below is forwarded or replied-to history. */
const HISTORY_CUT = /^\s*(?:-{2,}\s*(?:original message|forwarded message)\s*-{2,}|_{5,})\s*$/i;
/** "On Tue, 3 Oct 2017, Jane <jane@x.com> wrote:" introduces a quote block. */
const QUOTE_HEADER = /^\s*on\b.{0,300}\bwrote:\s*$/i;

/** Drops `>`-quoted lines, their "…wrote:" header, and Outlook-style history below a cut line. */
function stripQuotedHistory(text: string): string {
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    if (HISTORY_CUT.test(line)) break;
    if (/^\s*>/.test(line) || QUOTE_HEADER.test(line)) continue;
    kept.push(line);
  }
  return kept.join('\n');
}

// ─── Masking variable parts ──────────────────────────────────────────────────────────────────

/**
 * Template placeholders: `{{Order Number}}`, `{{{x}}}`, `{name}`, `[CUSTOMER NAME]`, `%NAME%`,
 * `${name}`. The placeholder's own words say what it will hold, so `{{Order Number}}` masks like
 * the number an agent would type there, and a filled-in reply compares equal to its template.
 */
const PLACEHOLDER =
  /\$?\{\{\{?[^{}\n]{1,80}\}\}\}?|\{%[^%\n]{0,80}%\}|\$?\{[A-Za-z_][\w .-]{0,40}\}|\[(?:[A-Z][A-Za-z]*)(?:[ _.-][A-Za-z]+){0,4}\]|%[A-Za-z_][\w.]{0,40}%/g;

function placeholderMask(placeholder: string): string {
  const inner = placeholder.toLowerCase();
  if (/^\{%/.test(inner)) return ' '; // template logic ({% if %}) is not text
  if (/url|link|website|web site|site|page/.test(inner)) return ` ${MASK.url} `;
  if (/e-?mail/.test(inner)) return ` ${MASK.email} `;
  if (/amount|price|total|cost|refund|balance|fee/.test(inner)) return ` ${MASK.money} `;
  if (/date|day/.test(inner)) return ` ${MASK.date} `;
  if (/time|hour/.test(inner)) return ` ${MASK.time} `;
  if (/number|\bno\b|\bid\b|order|ticket|case|account|tracking|reference|phone|code/.test(inner)) {
    return ` ${MASK.number} `;
  }
  if (/name|agent|customer|user|first|last/.test(inner)) return ' '; // addressing, like a name
  return ` ${MASK.placeholder} `;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|co|uk|us|ca|de|fr|au|in|ly|gl|me|app|help|support)\b(?:\/[^\s<>"]*)?/gi;
const MAYBE_URL = /https?:|www\.|\.(?:com|net|org|io|co|uk|us|ca|de|fr|au|in|ly|gl|me|app|help|support)\b/i;
const HANDLE = /(^|[^\p{L}\p{N}_@])@[\p{L}\p{N}_]{1,30}/gu;

/** Emoji pictographs, their modifiers and joiners, keycaps and flags. */
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u{FE0E}\u{FE0F}\u{200D}\u{20E3}]/gu;
/** Text emoticons (`:)`, `;-P`, `<3`, `^_^`) standing alone between spaces. */
const EMOTICON = /(^|\s)(?:[:;=][-o^']?[)(\][dDpP/\\|*3oO0]+|[)(\]\[][-o^']?[:;=]|<3+|\^_*\^|[xX]D+)(?=\s|$|[.,!?])/g;

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE = new RegExp(
  [
    `\\b\\d{4}-\\d{1,2}-\\d{1,2}(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?Z?)?\\b`,
    `\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b`,
    `\\b\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\b`,
    `\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b\\.?(?:,?\\s+\\d{4})?`,
  ].join('|'),
  'gi',
);
/**
 * Weekday names; abbreviations only capitalised and before a day number ("Tue 31 Oct"), since
 * "wed", "sat" and "sun" are also words ("we'd" folds to "wed").
 */
const WEEKDAY_NAME = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/gi;
const WEEKDAY_ABBREVIATION = /\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b(?=[.,]?\s+\d)/g;
const TIME = /\b\d{1,2}(?::\d{2}){1,2}\s?(?:[ap]\.?m\.?\b)?|\b\d{1,2}\s?[ap]\.?m\b\.?/gi;
const MONEY =
  /[$£€¥₹]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn)\b)?|\b\d[\d,]*(?:\.\d+)?\s?(?:usd|eur|gbp|dollars?|euros?|pounds?|cents?|p)\b/gi;
/** Any remaining token holding a digit: order/ticket/case numbers, phone numbers, SKUs, counts. */
const NUMBER = /(?<![\p{L}\p{N}])#?\p{L}*\p{N}(?:[\p{L}\p{N}_-]|[.,:/](?=\p{N}))*/gu;

/** Masks links, addresses and handles first: their punctuation must not be read as sentences. */
function maskAddresses(text: string): string {
  // Each pattern runs only when a cheap test says it can match: on long formulaic replies the
  // patterns themselves, tried at every position, cost more than the rest of normalisation.
  let t = text;
  if (/[{[%]/.test(t)) t = t.replace(PLACEHOLDER, placeholderMask);
  if (t.includes('@')) t = t.replace(EMAIL, ` ${MASK.email} `);
  if (MAYBE_URL.test(t)) t = t.replace(URL, ` ${MASK.url} `);
  if (t.includes('@')) t = t.replace(HANDLE, (_m, before: string) => `${before}${MASK.user}`);
  return t;
}

/**
 * Masks the variable values an agent types in: amounts first (`$23.50` is not a date), then dates,
 * times, and any digit run left.
 */
function maskValues(text: string): string {
  const t = /day\b/i.test(text) ? text.replace(WEEKDAY_NAME, ` ${MASK.date} `) : text;
  if (!/\p{N}/u.test(t)) return t;
  return t
    .replace(WEEKDAY_ABBREVIATION, ` ${MASK.date} `)
    .replace(MONEY, ` ${MASK.money} `)
    .replace(DATE, ` ${MASK.date} `)
    .replace(TIME, ` ${MASK.time} `)
    .replace(NUMBER, ` ${MASK.number} `);
}

// ─── Addressing: greetings, vocatives, leading handles ──────────────────────────────────────

/**
 * Makes the ASCII letters of a regular-expression source match either case. JavaScript (Node 20)
 * has no inline `(?i:…)`, and the `i` flag would also make `\p{Lu}` match lowercase letters, which
 * would turn every word after "Thanks" into a signer's name.
 */
function anyCase(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] ?? '';
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (/[a-z]/i.test(c)) {
      out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
    } else {
      out += c;
    }
  }
  return out;
}

/** A capitalised word: a name, when it is not one of {@link NOT_NAMES}. */
const NAME = "\\p{Lu}[\\p{Ll}'-]+";
/** Capitalised words that open sentences; after a greeting they are not the customer's name. */
const NOT_NAMES = new Set([
  'please', 'thanks', 'thank', 'we', 'i', 'sorry', 'our', 'you', 'your', 'can', 'could', 'would',
  'just', 'welcome', 'it', 'this', 'that', 'what', 'how', 'is', 'are', 'do', 'did', 'have', 'if',
  'so', 'yes', 'no', 'let', 'happy', 'glad', 'great', 'help', 'unfortunately', 'apologies', 'my',
  'hope', 'as', 'to', 'for', 'in', 'on', 'not', 'all', 'any', 'good', 'sure', 'ok', 'okay',
]);
const GREETING_WORD = new RegExp(
  `^${anyCase('(?:hi|hii|hello|hey|heya|hiya|howdy|greetings|hallo|good\\s+(?:morning|afternoon|evening|day)|dear)')}(?![\\p{L}])`,
  'u',
);
const GREETING_SEPARATOR = /^[ \t]*,?[ \t]*/;
const GREETING_QUALIFIER = new RegExp(
  `^(?:${anyCase('there|again|all|everyone|everybody|folks|friend|team|sir|madam|valued customer|customer')}|#user)(?![\\p{L}])`,
  'u',
);
const GREETING_NAMES = new RegExp(`^${NAME}(?:[ \\t]+${NAME}){0,2}(?![\\p{L}])`, 'u');
/** What may close a greeting: punctuation or a symbol ("Hi>"), a line break, or the end. */
const GREETING_END = /^[ \t]*(?:[^\p{L}\p{N}\s#]+|\n|$)/u;

/**
 * Punctuation and symbols left at the start once emoji or handles are gone ("😎, Have a great
 * week"); a currency sign stays when an amount follows it.
 */
const LEADING_PUNCTUATION = /^(?:[^\p{L}\p{N}#\p{Sc}]|#(?!\p{L})|\p{Sc}(?!\s?\p{N}))+/u;

/** Drops the leading handles of a social reply (`@115712 @Acme …`): they address, not say. */
function stripLeadingHandles(text: string): string {
  return text.replace(LEADING_HANDLES, '');
}
const LEADING_HANDLES = new RegExp(`^(?:\\s*${MASK.user}(?![\\p{L}])[,:]?)+`, 'u');

/**
 * Drops a leading greeting with whom it addresses: "Hi Sarah,", "Hello there!", "Dear John,",
 * "Good afternoon William,", "Hello, Josh!", "Hey!", "Hi {{name}},". A bare greeting word that runs
 * into a sentence without punctuation ("Hello this does not…") keeps the sentence.
 */
function stripGreeting(text: string): string {
  const trimmed = text.replace(/^\s+/, '');
  const greeting = GREETING_WORD.exec(trimmed);
  if (!greeting) return text;
  const afterGreeting = trimmed.slice(greeting[0].length);
  const afterSeparator = afterGreeting.slice(GREETING_SEPARATOR.exec(afterGreeting)?.[0].length ?? 0);
  let addressee = GREETING_QUALIFIER.exec(afterSeparator)?.[0];
  if (addressee === undefined) {
    const names = GREETING_NAMES.exec(afterSeparator)?.[0];
    const first = names?.split(/\s+/)[0]?.toLowerCase();
    if (names !== undefined && first !== undefined && !NOT_NAMES.has(first)) addressee = names;
  }
  const rest = addressee === undefined ? afterGreeting : afterSeparator.slice(addressee.length);
  const end = GREETING_END.exec(rest);
  // "Dear" is a greeting only with an addressee; other greetings need an addressee or punctuation.
  const isDear = /^dear/i.test(trimmed);
  if (isDear ? addressee === undefined || !end : addressee === undefined && !end) return text;
  return rest.slice(end?.[0].length ?? 0);
}

/** Vocative names inside the text: "Glad you had fun, Sarah!" → "Glad you had fun!". */
function stripVocatives(text: string): string {
  if (!text.includes(',')) return text;
  return text.replace(VOCATIVE, (m, name: string) => (NOT_NAMES.has(name.toLowerCase()) ? m : ''));
}
const VOCATIVE = new RegExp(`,[ \\t]*(${NAME})(?=[ \\t]*(?:[!.?]|$|\\n|${MASK.url}))`, 'gu');

// ─── Sign-offs and signatures ────────────────────────────────────────────────────────────────

const VALEDICTION = anyCase(
  '(?:best(?:\\s+(?:wishes|regards))?|kind(?:est)?\\s+regards|warm(?:est)?\\s+regards|regards|rgds|br|' +
  'thanks(?:\\s+(?:again|so\\s+much|a\\s+lot))?|thx|ty|thank\\s+you(?:\\s+(?:so|very)\\s+much)?|many\\s+thanks|' +
  'cheers|sincerely(?:\\s+yours)?|yours(?:\\s+(?:truly|sincerely|faithfully))?|all\\s+the\\s+best|' +
  'take\\s+care|talk\\s+soon|respectfully|with\\s+(?:thanks|gratitude)|' +
  'have\\s+an?\\s+(?:great|good|nice|wonderful|lovely|fantastic)\\s+(?:day|one|weekend|evening|night|week))',
);
/** A signer: a name or team of up to four words, each capitalised or an initialism. */
const SIGNER = `(?:${NAME}|\\p{Lu}{1,5}\\.?|#user)(?:\\s+(?:${NAME}|\\p{Lu}{1,5}\\.?|&|of|the))*`;
/** A whole line that is a valediction, optionally followed by who signs it. */
/** Punctuation and symbols around a valediction and its signer ("Thanks -", "Cheers!!", "Ty;"). */
const MARKS = '[^\\p{L}\\p{N}\\s#]*';
const VALEDICTION_LINE = new RegExp(`^\\s*${VALEDICTION}\\s*${MARKS}\\s*(?:${SIGNER})?\\s*${MARKS}\\s*$`, 'u');
/** The last sentence of a one-line reply when it is only a valediction (and signer). */
const VALEDICTION_TAIL = new RegExp(
  `(^|[.!?]\\s*|\\n)\\s*${VALEDICTION}\\s*${MARKS}\\s*(?:${SIGNER})?\\s*${MARKS}((?:\\s*${MASK.url})*)\\s*$`,
  'u',
);
/**
 * Social sign-offs: initials or a first name after a marker — `-KC`, `- Dan`, `^RR`, `/AY`,
 * `*ALS`, `~Jen`, `^Osebi.` — at the very end, possibly before links (kept: they are content).
 * The marker must follow whitespace or a sentence end ("there!- Anwar"), so `and/or` or `sign-in`
 * are never read as signatures.
 */
const SOCIAL_SIGNATURE = new RegExp(
  `(^|\\s|[.!?])(?:[-~^/*]|--)\\s?(?:\\p{L}[\\p{L}.]{0,14}(?:\\s+\\p{Lu}[\\p{L}.]{0,14}){0,2})\\s*((?:\\s*${MASK.url})*)\\s*$`,
  'u',
);
/**
 * A closing line naming only a team, in title case: "The Support Team", "Customer Care",
 * "Idea Care". Lowercase lines ("contact our support team") are sentences, not sign-offs.
 */
const TEAM_LINE =
  /^\s*(?:-\s*)?(?:The\s+)?(?:\p{Lu}[\p{L}&]*\s+){0,3}(?:Team|Support|Care|Service|Services|Department|Dept\.?|Desk|Helpdesk|TEAM|SUPPORT|CARE)\s*[.!]?\s*$/u;
/** A line a signature block may hold: a short name/title/company line, contact details. */
const SIGNATURE_BODY_LINE = /^\s*[\p{L}&.,'()|-]+(?:\s+[\p{L}&.,'()|-]+){0,5}\s*$|^\s*(?:#url|#email|#user|\+?[\d\s().-]{7,})(?:\s+.*)?$/u;

/** Cuts at the RFC 3676 signature delimiter "-- " (the block below it is the signature). */
function stripDelimitedSignature(text: string): string {
  const lines = text.split('\n');
  const cut = lines.findIndex((l) => /^--\s?$/.test(l));
  return cut >= 0 ? lines.slice(0, cut).join('\n') : text;
}

/**
 * Cuts a trailing sign-off block: a valediction line ("Best regards," / "Thanks - Mike") followed by
 * at most four short name, title, company or contact lines.
 */
function stripSignOffBlock(text: string): string {
  const lines = text.trimEnd().split('\n');
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 6); i--) {
    const line = lines[i] ?? '';
    const rest = lines.slice(i + 1).filter((l) => l.trim() !== '');
    if (rest.length > 4 || !rest.every((l) => SIGNATURE_BODY_LINE.test(l))) break;
    // A team line signs only below some content: a one-line "Customer Care" is the whole reply.
    if (VALEDICTION_LINE.test(line) || (i > 0 && rest.length === 0 && TEAM_LINE.test(line))) {
      return lines.slice(0, i).join('\n');
    }
  }
  return text;
}

/** Strips sign-offs until none is left ("Thanks! -Becky" loses "-Becky", then "Thanks!"). */
function stripSignOff(text: string): string {
  // Sign-offs live in the last lines; anchored-at-end patterns tried over a whole long reply
  // would rescan it from every position, so only the tail is searched.
  const full = stripDelimitedSignature(text);
  const tailStart = Math.max(0, full.lastIndexOf('\n', full.length - SIGN_OFF_WINDOW) + 1);
  const head = full.slice(0, tailStart);
  let current = full.slice(tailStart);
  for (let round = 0; round < 4; round++) {
    const before = current;
    current = stripSignOffBlock(current);
    current = current.replace(SOCIAL_SIGNATURE, (_m, lead: string, urls: string) => `${lead}${urls}`);
    current = current.replace(VALEDICTION_TAIL, (_m, lead: string, urls: string) => `${lead}${urls}`);
    current = current.trimEnd();
    if (current === before) break;
  }
  return head + current;
}

/** Characters from the end (rounded to a line start) searched for a sign-off. */
const SIGN_OFF_WINDOW = 400;

// ─── Final folding ───────────────────────────────────────────────────────────────────────────

const MASK_TOKENS = Object.values(MASK).map((t) => t.slice(1));
const STRAY_HASH = new RegExp(`#(?!(?:${MASK_TOKENS.join('|')})\\b)`, 'g');
const REPEATED_MASK = new RegExp(`(#(?:${MASK_TOKENS.join('|')}))(?:\\s+\\1\\b)+`, 'g');

/** Lowercases, joins contractions, drops punctuation and stray `#`, folds whitespace. */
function foldPunctuationAndCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\p{L})'(?=\p{L})/gu, '$1') // we're → were: spelling of the same words, not a break
    .replace(/[^\p{L}\p{N}#\s]+/gu, ' ')
    .replace(STRAY_HASH, ' ')
    .replace(/\s+/g, ' ')
    .replace(REPEATED_MASK, '$1') // "555 123 4567" is one number, not three
    .trim();
}

/** Hashtags are words the agent wrote (`#Boorito`); their `#` must not look like a mask token. */
function unhashTags(text: string): string {
  return text.replace(UNHASH, '$1');
}
/** A `#` opening a word, unless the word is a mask token (so normalising twice changes nothing). */
const UNHASH = new RegExp(`(^|[^\\p{L}\\p{N}&])#(?!(?:${MASK_TOKENS.join('|')})(?![\\p{L}\\p{N}]))(?=\\p{L})`, 'gu');

/**
 * Normalises a reply body for duplicate detection.
 *
 * In order: decode entities and unify characters (NFKC, curly quotes, dashes, spaces); drop quoted
 * history; mask placeholders, e-mail addresses, URLs and @handles; drop leading handles, a leading
 * greeting and the names it addresses, vocative names (", Sarah!"), and the trailing sign-off
 * (valediction + signer lines, team sign-offs, social initials such as `-KC`, `^RR`, `/AY`, `*ALS`,
 * `~Jen`); mask dates, times, money amounts and any other digit run; drop emoji and emoticons;
 * lowercase; strip punctuation; fold whitespace.
 *
 * Two replies with equal results are the same reply for the purpose of duplicate detection.
 *
 * @example
 * normalizeForDuplicates('@115712 Please send us a Private Message so we can assist. -KC')
 * // → 'please send us a private message so we can assist'
 */
export function normalizeForDuplicates(text: string): string {
  let t = unifyCharacters(decodeEntities(text));
  t = stripQuotedHistory(t);
  t = unhashTags(t);
  t = t.replace(EMOJI, ' ').replace(EMOTICON, '$1 ');
  t = maskAddresses(t);
  for (let round = 0; round < 4; round++) {
    // "@a Hi there! @b @c Hello Sam, …": handles and greetings can alternate at the start.
    const before = t;
    t = stripGreeting(stripLeadingHandles(t).replace(LEADING_PUNCTUATION, ''));
    if (t === before) break;
  }
  t = stripSignOff(t);
  t = stripVocatives(t);
  t = maskValues(t);
  return foldPunctuationAndCase(t);
}

/**
 * Counts the words of a normalised body that are not mask tokens.
 *
 * Callers use it to leave out short acknowledgements ("Thanks!", "You're welcome!", "Happy to
 * help"): they look alike in every mailbox and are never evidence of a canned reply.
 */
export function contentWordCount(normalized: string): number {
  let count = 0;
  for (const word of normalized.split(' ')) {
    if (word !== '' && !word.startsWith('#')) count++;
  }
  return count;
}
