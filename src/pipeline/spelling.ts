/**
 * Spelling with dictionary-en (the Hunspell dictionary retext-spell uses), checked against a
 * precompiled list of every word form instead of a live nspell instance.
 *
 * Why: nspell expands the dictionary's affix rules on load (~200 ms, most of replylint's cold
 * start), and its suggestions search two edits away (200+ ms for one foreign word, the p99 of a
 * warm server). So nspell runs once per dictionary version, to write the expanded forms to
 * `node_modules/.cache/replylint/` (or `$REPLYLINT_CACHE_DIR`); later processes read that file
 * (~1 MB, a few ms) and look words up by binary search. Suggestions are the known words one edit
 * away (a swap, a missing, extra or wrong letter), ranked in that order, or two doubling slips
 * away ("tommorow"): most typos, in microseconds; a word with nothing that near gets no suggestion
 * rather than a slow guess.
 * Brand-like tokens are never checked, and each draft has its own suggestion budget.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

/** Bump when the cache file's format or the way it is built changes. */
const FORMAT = 'words-v1';

/** A sorted, newline-separated word list, searched in place (no Set of 120k strings to build). */
export class WordList {
  constructor(private readonly text: string) {}

  static fromWords(words: Iterable<string>): WordList {
    return new WordList(`\n${[...new Set(words)].sort().join('\n')}\n`);
  }

  /** The list as stored in the cache file. */
  serialize(): string {
    return this.text;
  }

  has(word: string): boolean {
    if (word === '' || word.includes('\n')) return false;
    const text = this.text;
    // The words between the newlines at `low` and `high` are still candidates.
    let low = 0;
    let high = text.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      const before = text.lastIndexOf('\n', mid);
      const after = text.indexOf('\n', before + 1);
      const line = text.slice(before + 1, after);
      if (line === word) return true;
      if (line < word) low = after;
      else high = before;
    }
    return false;
  }
}

/** Where the expanded word list is kept; the file name changes with the dictionary and nspell. */
function cacheFile(): string | undefined {
  try {
    const parts: string[] = [FORMAT];
    for (const [specifier, files] of [
      ['dictionary-en', ['index.aff', 'index.dic']],
      ['nspell', ['package.json']],
    ] as const) {
      const entry = fileURLToPath(import.meta.resolve(specifier));
      let dir = path.dirname(entry);
      // nspell's entry is lib/index.js; its package.json is one level up.
      if (specifier === 'nspell' && path.basename(dir) === 'lib') dir = path.dirname(dir);
      for (const file of files) {
        const info = statSync(path.join(dir, file));
        parts.push(`${specifier}/${file}:${info.size}:${info.mtimeMs}`);
      }
    }
    const key = createHash('sha1').update(parts.join('|')).digest('hex').slice(0, 16);
    const root = process.env['REPLYLINT_CACHE_DIR'] ?? fileURLToPath(new URL('../../../node_modules/.cache/replylint/', import.meta.url));
    return path.join(root, `dictionary-en-${key}.words`);
  } catch {
    return undefined;
  }
}

/** Builds the word list the slow way: nspell expands dictionary-en, keeping forms it accepts. */
async function buildWordList(): Promise<WordList> {
  const [{ default: nspell }, { default: dictionary }] = await Promise.all([import('nspell'), import('dictionary-en')]);
  // dictionary-en hands out Uint8Arrays; nspell's types want Buffers (it reads them the same way).
  const checker = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  // nspell keeps every expanded form in `data`; forbidden and affix-only entries are filtered by `correct`.
  const forms = Object.keys((checker as unknown as { data: Record<string, unknown> }).data);
  return WordList.fromWords(forms.filter((form) => checker.correct(form)));
}

function readCached(file: string | undefined): WordList | undefined {
  if (!file) return undefined;
  try {
    return new WordList(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Writes the list for the next process; a read-only install just rebuilds each time. */
function writeCache(file: string | undefined, list: WordList): void {
  if (!file) return;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    // Written aside and renamed, so a concurrent reader never sees half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, list.serialize());
    renameSync(temporary, file);
  } catch {
    // No cache: correct, only slower to start.
  }
}

let loading: Promise<WordList> | undefined;

/** Loads (once per process) the English word list: from the cache, else built and cached. */
export function loadDictionary(): Promise<WordList> {
  loading ??= (async () => {
    const file = cacheFile();
    const cached = readCached(file);
    if (cached) return cached;
    const built = await buildWordList();
    writeCache(file, built);
    return built;
  })();
  return loading;
}

let loaded: WordList | undefined;

/** Makes the dictionary available to `speller()`; rules call this from `prepare`. */
export async function prepareSpeller(): Promise<void> {
  loaded ??= await loadDictionary();
}

/** Hunspell's case rules: a word is known as written, lower-cased, or (in capitals) capitalised. */
function knownIn(list: WordList, word: string): boolean {
  if (list.has(word)) return true;
  const lower = word.toLowerCase();
  if (lower !== word && list.has(lower)) return true;
  if (word.length > 1 && word === word.toUpperCase()) return list.has(word.charAt(0) + lower.slice(1));
  return false;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz'";

/** Known words one edit from `word`: swaps first (the commonest typo), then wrong, missing and extra letters. */
export function suggestionsFor(list: WordList, word: string): string[] {
  const lower = word.toLowerCase();
  const found: string[] = [];
  const seen = new Set<string>([lower]);
  const consider = (candidate: string) => {
    if (seen.has(candidate)) return;
    seen.add(candidate);
    if (list.has(candidate)) found.push(candidate);
  };
  // "categorys" → "categories": a consonant's y becomes "ies" in the plural.
  if (/[^aeiou]ys$/.test(lower)) consider(`${lower.slice(0, -2)}ies`);
  for (let i = 0; i + 1 < lower.length; i++) consider(lower.slice(0, i) + lower.charAt(i + 1) + lower.charAt(i) + lower.slice(i + 2));
  for (let i = 0; i < lower.length; i++) for (const letter of LETTERS) consider(lower.slice(0, i) + letter + lower.slice(i + 1));
  for (let i = 0; i < lower.length; i++) consider(lower.slice(0, i) + lower.slice(i + 1));
  for (let i = 0; i <= lower.length; i++) for (const letter of LETTERS) consider(lower.slice(0, i) + letter + lower.slice(i));
  // Two doubling slips in one word ("tommorow" → "tomorrow", "accomodation" → "accommodation"):
  // the commonest typo two edits away, and cheap to search.
  if (found.length === 0) for (const once of doublingEdits(lower)) for (const twice of doublingEdits(once)) consider(twice);
  return found;
}

/** `word` with one double letter made single, or one single letter doubled: "untill" → "until". */
export function doublingEdits(word: string): string[] {
  const edits: string[] = [];
  for (let i = 0; i < word.length; i++) {
    const letter = word.charAt(i);
    if (letter === word.charAt(i + 1)) edits.push(word.slice(0, i) + word.slice(i + 1));
    else if (letter !== word.charAt(i - 1) && /[a-z]/.test(letter)) edits.push(word.slice(0, i + 1) + letter + word.slice(i + 1));
  }
  return edits;
}

// Bounded caches: a long audit sees the same names and typos again and again, but memory must not grow without end.
const CACHE_LIMIT = 50_000;

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

const spellers = new Map<string, Speller>();

/**
 * A speller with a personal word list on top of the shared dictionary. One per distinct list,
 * kept for the process: checking a word in nspell costs microseconds, suggesting milliseconds,
 * and drafts of one team repeat their words.
 */
export function speller(personal: Iterable<string>): Speller {
  const base = loaded;
  if (!base) throw new Error('spelling dictionary not loaded: call prepareSpeller() first');
  const extra = new Set<string>();
  for (const word of personal) extra.add(word.toLowerCase());
  const key = [...extra].sort().join('\u0000');
  const existing = spellers.get(key);
  if (existing) return existing;
  const known = new Map<string, boolean>();
  const suggestions = new Map<string, string[]>();
  const created: Speller = {
    correct(word) {
      if (extra.has(word.toLowerCase())) return true;
      return known.get(word) ?? remember(known, word, knownIn(base, word));
    },
    suggest(word) {
      return suggestions.get(word) ?? remember(suggestions, word, suggestionsFor(base, word));
    },
  };
  if (spellers.size > 16) spellers.clear();
  spellers.set(key, created);
  return created;
}

/**
 * Tokens a spell checker must leave alone: brand names and product codes (CamelCase, all caps,
 * digits), capitalised words (proper nouns mid-sentence), very short or very long tokens.
 */
export function isCheckable(word: string): boolean {
  if (word.length < 3 || word.length > 24) return false;
  if (/[^A-Za-z'’-]/.test(word)) return false;
  if (/^[A-Z]/.test(word)) return false;
  if (/[a-z][A-Z]/.test(word)) return false;
  return true;
}

let broad: { sorted: WordList; rest: Set<string> } | undefined;

/**
 * word-list's file is sorted but for a word or two: keep the sorted lines as they are (no array of
 * 274,000 strings, no sort) and set the others aside.
 */
function readBroadList(text: string): { sorted: WordList; rest: Set<string> } {
  const rest = new Set<string>();
  const cuts: Array<[number, number]> = [];
  let previous = '';
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const word = text.slice(start, end);
    if (word < previous) {
      rest.add(word);
      cuts.push([start, end + 1]);
    } else previous = word;
    start = end + 1;
  }
  let kept = '';
  let from = 0;
  for (const [start, end] of cuts) {
    kept += text.slice(from, start);
    from = end;
  }
  kept += text.slice(from);
  return { sorted: new WordList(`\n${kept.replace(/\n+$/, '')}\n`), rest };
}

/**
 * A broad list of English words (word-list: 274,000, informal ones included: "delish", "ahold",
 * "bants"), asked only before an unknown word would be reported, and read on first use: Hunspell
 * lacks much of what replies really say, and a word someone wrote down as English is not a typo.
 * Kept as the file's one sorted string (about 3 MB), not a Set of 274,000 strings (about 21 MB).
 */
export function inBroadEnglish(word: string): boolean {
  if (!broad) {
    try {
      const file = fileURLToPath(import.meta.resolve('word-list'));
      broad = readBroadList(readFileSync(path.join(path.dirname(file), 'words.txt'), 'utf8'));
    } catch {
      broad = { sorted: new WordList('\n'), rest: new Set() };
    }
  }
  const lower = word.toLowerCase();
  return broad.sorted.has(lower) || broad.rest.has(lower);
}
