/**
 * Spell checking with nspell and dictionary-en (the Hunspell pair retext-spell uses). Called
 * directly rather than through retext-spell for two reasons measured on support text: a
 * suggestion for an unknown CamelCase brand costs hundreds of milliseconds, and retext-spell's
 * suggestion cap is shared by every draft a process handles. Here each draft has its own budget,
 * brand-like tokens are never checked, and the dictionary loads only when the check is on.
 */
import type NSpell from 'nspell';

export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

let loading: Promise<NSpell> | undefined;

/** Loads (once per process) the English dictionary; 100–200 ms the first time. */
export function loadDictionary(): Promise<NSpell> {
  loading ??= (async () => {
    const [{ default: nspell }, { default: dictionary }] = await Promise.all([import('nspell'), import('dictionary-en')]);
    // dictionary-en hands out Uint8Arrays; nspell's types want Buffers (it reads them the same way).
    return nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  })();
  return loading;
}

let loaded: NSpell | undefined;

/** Makes the dictionary available to `speller()`; rules call this from `prepare`. */
export async function prepareSpeller(): Promise<void> {
  loaded ??= await loadDictionary();
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
      const lower = word.toLowerCase();
      if (extra.has(lower)) return true;
      return known.get(word) ?? remember(known, word, base.correct(word) || base.correct(lower));
    },
    suggest(word) {
      return suggestions.get(word) ?? remember(suggestions, word, base.suggest(word));
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
