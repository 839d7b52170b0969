/**
 * Is a text English? The phrase rules (blame, apology, remedy) and the prose checks (spelling,
 * grammar, readability formulas) only know English; on a Spanish or Japanese reply they would
 * report nonsense ("Lamentamos" misspelt, no apology found). Rules ask this and step aside.
 *
 * Cheap and deterministic: letters outside the Latin script decide first; otherwise the count of
 * frequent function words of English against those of the other languages support teams
 * commonly write in. Short texts with no evidence count as English.
 */

// Frequent words that are not also frequent English words (so "a", "me", "no" are left out).
const FUNCTION_WORDS: Record<string, string[]> = {
  en: 'the and you your we our to is are for with this that it be have can will please thanks thank sorry us of in on at if not what how'.split(' '),
  es: 'el la los las por para que con tus hemos una del nos te es está están su sus muy gracias hola favor ayuda puedes lamentamos esto pero cuando donde tu mensaje mensajes al lo le se usted estamos'.split(' '),
  fr: 'le les des une est pour vous nous avec dans sur pas merci bonjour votre vos être avez sont cette mais où qui ce je'.split(' '),
  de: 'der die das und ist nicht wir ihr sie ein eine danke für mit auf bitte uns dich dir du hast haben wird kannst gerne leider hier alle sich auch noch oder aber wie was dein deine ihre wenn schon über darüber mehr kein findest gibt zu'.split(' '),
  pt: 'você não obrigado obrigada olá nosso nossa muito em com para uma pelo pela está sinto'.split(' '),
  it: 'il che per non sono della grazie ciao siamo questo nostro vostro gli'.split(' '),
  nl: 'het een niet wij jij jouw bedankt voor met zijn hebben graag je'.split(' '),
};

const LOOKUP = new Map<string, string[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), language]);
}

/** Strips what is not language: handles, links, hashtags, numbers. */
function prose(text: string): string {
  return text.replace(/https?:\/\/\S+|www\.\S+|[@#]\w+|\d+/g, ' ');
}

/** The language of a text, as an ISO 639-1 code, or `und` when there is nothing to go on. */
export function detectLanguage(text: string): string {
  const clean = prose(text);
  const letters = clean.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 'und';
  const latin = letters.filter((letter) => /\p{Script=Latin}/u.test(letter)).length;
  if (latin / letters.length < 0.5) {
    if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(clean)) return 'ja';
    if (/\p{Script=Han}/u.test(clean)) return 'zh';
    if (/\p{Script=Hangul}/u.test(clean)) return 'ko';
    if (/\p{Script=Cyrillic}/u.test(clean)) return 'ru';
    if (/\p{Script=Arabic}/u.test(clean)) return 'ar';
    return 'und';
  }
  const votes = new Map<string, number>();
  for (const word of clean.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const language of LOOKUP.get(word) ?? []) votes.set(language, (votes.get(language) ?? 0) + 1);
  }
  const english = votes.get('en') ?? 0;
  let best = 'en';
  let bestVotes = english;
  for (const [language, count] of votes) {
    if (language !== 'en' && count > bestVotes) {
      best = language;
      bestVotes = count;
    }
  }
  // Another language must clearly outvote English: one "la" in "la carte" is not Spanish.
  return best !== 'en' && bestVotes >= 2 && bestVotes > english ? best : 'en';
}

/** Whether English-only checks can judge a text of this language (`und`: nothing to go on, so yes). */
export function isEnglish(language: string): boolean {
  return language === 'en' || language === 'und';
}
