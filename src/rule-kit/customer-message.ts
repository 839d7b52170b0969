/**
 * What the customer's message is: a complaint (something failed, money was taken, or they are
 * angry), a request for help, a plain question, praise, or something else (banter). A complaint
 * needs an apology; a complaint, request or question needs a remedy or an answer; praise and
 * banter need neither. Phrase families live in `customer-message.data.ts`.
 */
import { plain } from '../pipeline/analyse.js';
import { CONTRAST, FAILURE, HELP_REQUEST, IMPLICIT_QUESTION, MONEY, NEGATIVE, NEGATIVE_EMOJI, NOT_OUR_FAILURE, PRAISE, PRAISE_EMOJI, RENEWED, SHOUTING, STRONG_PRAISE } from './customer-message.data.js';

export type MessageKind = 'complaint' | 'request' | 'question' | 'praise' | 'other';

export interface MessageSignals {
  /** Something specific failed (did not arrive, stopped working, is broken). */
  failure: boolean;
  /** Money: a wrong charge, a fee, a refund owed. */
  money: boolean;
  /** Anger or a negative judgement of the service. */
  negative: boolean;
  praise: boolean;
  /** Praise that outweighs a past problem it mentions, with no "but"/"still" keeping it open. */
  strongPraise: boolean;
  question: boolean;
  helpRequest: boolean;
  /** What we suggested did not work, or nobody answered ("I did. No response."). */
  renewed: boolean;
}

// Without the u flag: the families are ASCII but for £ and €, and case-insensitive matching in
// unicode mode runs these long alternations about four times slower.
const compile = (patterns: string[]) => new RegExp(patterns.map((pattern) => `(?:${pattern})`).join('|'), 'i');
const FAILURE_RE = compile(FAILURE);
const MONEY_RE = compile(MONEY);
const NEGATIVE_RE = compile(NEGATIVE);
const PRAISE_RE = new RegExp(`\\b(?:${PRAISE.join('|')})\\b`, 'i');
const HELP_RE = compile(HELP_REQUEST);
const IMPLICIT_QUESTION_RE = new RegExp(`\\b(?:${IMPLICIT_QUESTION})\\b`, 'i');
const STRONG_PRAISE_RE = new RegExp(`\\b(?:${STRONG_PRAISE})\\b`, 'i');
const CONTRAST_RE = new RegExp(CONTRAST, 'i');
const RENEWED_RE = new RegExp(`\\b(?:${RENEWED})`, 'i');
const NOT_OUR_FAILURE_ALL = new RegExp(NOT_OUR_FAILURE.source, 'gi');
/** Something of ours failed, not knowing how or the customer's own slip set aside. */
const ourFailure = (text: string) => FAILURE_RE.test(text.replace(NOT_OUR_FAILURE_ALL, ' '));
// A question mark, or a question without one: "how do I reset it", "can you check my order".
const QUESTION =
  /\?|(?:^|[.!]\s+)(?:(?:how|what|when|where|why|who|which)(?:'s| is| are| do| does| did| can| could| will| would| should| was| were| has| have)|(?:can|could|do|does|did|is|are|will|would|should)\s+(?:you|i|we|it|they|there|someone|anyone|my|this|that))\b/im;

/** The message without @handles, links and hashtags' # (words inside hashtags still count). */
function words(text: string): string {
  return plain(text)
    .replace(/(\w) '(t|s|re|ve|ll|d|m)\b/g, "$1'$2")
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/(?<![\w])@\w+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// "??" insists. Insisting on a plain question ("Where is the bind button???") is not anger.
const INSISTENT = /\?{2,}/;
const ASKS_INSISTENTLY = /(?:^|[.!?]\s+)(?:how|what|when|where|which|who|is|are|can|could|do|does|did|will|would|should|has|have)\b[^.!?]*\?{2,}/i;

// Feelings the customer says they do not have: "I'm not frustrated, just sad", "not even mad".
const DENIED_FEELING = /\b(?:not|never|n't) (?:even |really |too |that |at all )?(?:frustrated|mad|angry|upset|annoyed|disappointed|bothered)\b/gi;
// A hard time we eased is thanks, not a complaint: "you made a horrible day a little easier".
const EASED_HARDSHIP =
  /\b(?:made|make|makes|making) (?:a|an|the|this|that|what was|my|our) (?:really |very |truly )?(?:horrible|awful|terrible|hard|difficult|sad|tough|stressful|upsetting|horrendous|rough) (?:day|time|week|month|year|situation|experience|journey|trip|process)(?: (?:a (?:little|lot|bit)|so much|much|far))? (?:easier|better|more bearable|bearable|brighter|less stressful)\b/gi;

export function messageSignals(text: string): MessageSignals {
  const value = words(text).replace(DENIED_FEELING, ' ').replace(EASED_HARDSHIP, ' thanks ');
  const praise = PRAISE_RE.test(value) || PRAISE_EMOJI.test(value);
  const failure = ourFailure(value);
  const money = MONEY_RE.test(value);
  const insistsAngrily = INSISTENT.test(value) && (failure || money || !ASKS_INSISTENTLY.test(value));
  return {
    failure,
    money,
    // Capitals shout anger, or delight: "THANK YOU!!! YOU ARE A REAL MVP!!!"
    negative: NEGATIVE_RE.test(value) || NEGATIVE_EMOJI.test(value) || (SHOUTING.test(value) && !praise) || insistsAngrily,
    praise,
    strongPraise: STRONG_PRAISE_RE.test(value) && !CONTRAST_RE.test(value),
    question: QUESTION.test(value) || IMPLICIT_QUESTION_RE.test(value),
    helpRequest: HELP_RE.test(value) || NOT_OUR_FAILURE.test(value),
    renewed: RENEWED_RE.test(value),
  };
}

/**
 * Classifies a customer's message. A failure, a money problem or a negative judgement makes a
 * complaint; praise without any of them is praise; a question or a bare request for help ("I have
 * a problem with my phone, can you help?") is not a complaint until the customer says what failed.
 */
export function classifyMessage(text: string): { kind: MessageKind; signals: MessageSignals } {
  const signals = messageSignals(text);
  let kind: MessageKind;
  if (signals.strongPraise && !signals.negative && !signals.money) kind = 'praise';
  else if (signals.failure || signals.money || signals.negative) kind = 'complaint';
  else if (signals.praise && !signals.question) kind = 'praise';
  else if (signals.helpRequest) kind = 'request';
  else if (signals.question) kind = 'question';
  else if (signals.praise) kind = 'praise';
  else kind = 'other';
  return { kind, signals };
}

// The customer's words in the company's voice: "my order" is "your order", "you charged me" is "we charged you".
const VOICE: Record<string, string> = {
  i: 'you', "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", me: 'you', my: 'your', mine: 'yours', myself: 'yourself',
  we: 'you', "we're": "you're", "we've": "you've", us: 'you', our: 'your', ours: 'yours',
  you: 'we', u: 'we', "you're": "we're", "you've": "we've", "you'd": "we'd", "you'll": "we'll", your: 'our', ur: 'our', yours: 'ours', "y'all": 'we',
};
// After a first person turned into "you", the verb follows: "I am" → "you are", "I was" → "you were".
const AGREE: Record<string, string> = { am: 'are', was: 'were' };
const OPENER = /^(?:(?:hey|hi|hello|so|well|ugh+|lol|omg|wow|yo|ok(?:ay)?|guys|seriously)\b[\s,!.]*)+/i;
const SUBJECT = /^(?:you|your|you're|you've|we|our|we're|we've|the|this|that|these|those|it|its|it's|there|there's|a|an|nobody|no one|someone|his|her|their|they|they're|he|she)$/i;
// Tweets drop the "I": "never got my order", "haven't received my refund". (Not "was" or "been":
// "was late" and "been like this" drop an "it".)
const DROPPED_I = /^(?:never|haven'?t|didn'?t|ordered|paid|received)$/i;
const DROPPED_I_VOICED: Record<string, string[]> = { havent: ['you', "haven't"], didnt: ['you', "didn't"] };
const JOINED = /\b(?:but|so|because|cause|cuz|when|which|while|lol|guess|tried|even|still)\b/i;
// A wish or a demand is not what went wrong: "I would like a refund", "you should have known".
const WISH = /\b(?:want|wants|wanna|would like|'d like|need|needs|wish|hope|should|shouldn't|should've|gotta|please|pls|can't be|fathom)\b/i;
const ASKS = /^(?:why|how|what|when|where|who|which|can|could|would|will|is|are|do|does|did|has|have|should)\b/i;

/**
 * The problem the customer reports, ready to apologise for: the first plain statement of a failure
 * or a money problem in their message, one clause of 3 to 12 words, in the company's voice ("My order never
 * arrived" → "your order never arrived"). Undefined when they only ask, rant or praise.
 */
export function problemClause(text: string): string | undefined {
  // Sentences and lines first: words() joins lines.
  for (const part of text.split(/(?<=[.!?])\s+|\n+/)) {
    // One clause: what follows a comma or a dash is often a second thought ("…, why no help?").
    const raw = words(part).replace(/#/g, '').replace(OPENER, '').split(/,\s+|\s+[-–—]\s+|\.{2,}|…/)[0] ?? '';
    if (raw.includes('?')) continue;
    const sentence = raw.replace(/[\s.!,;:]+$/u, '').trim();
    if (ASKS.test(sentence) || WISH.test(sentence) || NEGATIVE_RE.test(sentence)) continue;
    const tokens = sentence.split(/\s+/);
    // Short and single: a long or joined clause ("…, so why does it keep freezing") reads badly as an apology.
    if (tokens.length < 3 || tokens.length > 12 || JOINED.test(sentence)) continue;
    if (!ourFailure(sentence) && !MONEY_RE.test(sentence)) continue;
    // Emoji and emoticons say how it felt; the apology names what happened.
    if (/[^\p{L}\p{N}\s'’.,£$€%&/-]/u.test(sentence.replace(/\p{Extended_Pictographic}|\uFE0F/gu, ''))) continue;
    let previous = '';
    const voiced = tokens.map((token) => {
      const lower = token.toLowerCase();
      const swapped = VOICE[lower] ?? (previous === 'i' ? AGREE[lower] : undefined);
      previous = lower;
      return swapped ?? token;
    });
    // "never got my order" drops its "I": put it back, in our voice ("you never got your order").
    // "lost my booking" has no subject either, but whose act it was cannot be told: skip it.
    const first = voiced[0] ?? '';
    if (DROPPED_I.test(first)) voiced.splice(0, 1, ...(DROPPED_I_VOICED[first.toLowerCase()] ?? ['you', first.toLowerCase()]));
    else if (!SUBJECT.test(first)) continue;
    const clause = voiced.join(' ').replace(/\p{Extended_Pictographic}|\uFE0F/gu, '').replace(/\s+/g, ' ').trim();
    return clause.charAt(0).toLowerCase() + clause.slice(1);
  }
  return undefined;
}
