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

const compile = (patterns: string[]) => new RegExp(patterns.map((pattern) => `(?:${pattern})`).join('|'), 'iu');
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

export function messageSignals(text: string): MessageSignals {
  const value = words(text).replace(DENIED_FEELING, ' ');
  const praise = PRAISE_RE.test(value) || PRAISE_EMOJI.test(value);
  const failure = FAILURE_RE.test(value.replace(NOT_OUR_FAILURE_ALL, ' '));
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
