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

/** A speller with a personal word list on top of the shared dictionary. */
export function speller(personal: Iterable<string>): Speller {
  const base = loaded;
  if (!base) throw new Error('spelling dictionary not loaded: call prepareSpeller() first');
  const extra = new Set<string>();
  for (const word of personal) extra.add(word.toLowerCase());
  const cache = new Map<string, boolean>();
  return {
    correct(word) {
      const lower = word.toLowerCase();
      if (extra.has(lower)) return true;
      let known = cache.get(word);
      if (known === undefined) {
        known = base.correct(word) || base.correct(lower);
        cache.set(word, known);
      }
      return known;
    },
    suggest(word) {
      return base.suggest(word);
    },
  };
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
