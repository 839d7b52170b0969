/**
 * What each sentence of a reply does about the problem: done, committed, facilitation (asking for
 * what we need, a question that diagnoses, an instruction), passing feedback on, a closing, a
 * refusal, or plain information. Phrase families live in `remedies.data.ts`.
 */
import type { Analysis, SentenceInfo } from '../pipeline/analysis-types.js';
import type { Reply, Span } from '../types.js';
import { isTeamName, teamNames } from './team-names.js';
import {
  CLOSINGS,
  COMMITTED,
  DEFENSIVE,
  DONE_PASSIVE_VERBS,
  CHANNEL_HANDOFF,
  DONE_VERBS,
  ELSEWHERE,
  FACILITATION,
  GOOD_NEWS,
  FEEDBACK,
  HEDGE,
  HOLDING,
  IMPERATIVE_LEAD,
  IMPERATIVE_VERBS,
  NAMED_CONTACT,
  REFUSAL,
  SELF_NAMES,
  NOUN_SUBJECT,
  VAGUE_POINTER,
  WAIT,
  WE,
} from './remedies.data.js';

export type RemedyKind = 'done' | 'committed' | 'facilitation' | 'feedback';

export interface Remedy extends Span {
  kind: RemedyKind;
  text: string;
  /** The sentence names when ("today", "by Friday", "within 24 hours"). */
  timed: boolean;
}

const anyOf = (patterns: string[]) => new RegExp(patterns.map((pattern) => `(?:${pattern})`).join('|'), 'i');

const DONE = new RegExp(
  // "has been deactivated as requested": done at the customer's request.
  `\\b(?:has|have) been [a-z]+ed as (?:you )?(?:requested|asked)\\b|` +
  `\\b${WE}(?:'ve| have| has| had|'d)?(?: (?:just|now|already|also|gone ahead and|went ahead and|personally|since|both|successfully))* ${DONE_VERBS}\\b` +
    // "I've looked at your order and rebooked it": a second action shares the subject.
    `|\\b${WE}(?:'ve| have)\\b[^.!?]{0,60}\\band (?:then |also )?${DONE_VERBS}\\b` +
    `|\\b(?:your|the|a|this|that|it|its|our|these|those|all)(?: [\\w'-]+){0,4} (?:has been|have been|was|were|is being|are being|has now been|have now been|is now|are now|got) (?:fully |now |successfully |already |just |been )?${DONE_PASSIVE_VERBS}\\b` +
    // Something of theirs waiting for them now: "your meal vouchers are in the app now".
    `|\\byour(?: [\\w'-]+){0,3} (?:is|are) (?:now |already )?(?:in|on) (?:your|the) (?:app|account|inbox|wallet)(?: now)?\\b`,
  'i',
);
const COMMITTED_RE = anyOf(COMMITTED);
const FEEDBACK_RE = anyOf(FEEDBACK);
const FACILITATION_RE = anyOf(FACILITATION);
// A leading "please" belongs to the closing it softens ("Please feel free to contact us…").
const CLOSING_RE = new RegExp(`\\b(?:(?:please|kindly|pls|so|and) )?(?:${CLOSINGS.join('|')})`, 'i');
const REFUSAL_RE = new RegExp(REFUSAL, 'i');
const HEDGE_RE = new RegExp(HEDGE, 'i');
const ELSEWHERE_RE = new RegExp(ELSEWHERE, 'i');
const DEFENSIVE_RE = new RegExp(DEFENSIVE, 'i');
const HOLDING_RE = new RegExp(HOLDING, 'i');
const VAGUE_POINTER_RE = new RegExp(VAGUE_POINTER, 'i');
const WAIT_RE = new RegExp(WAIT, 'i');
// Case matters: the capital marks the sentence's first word.
const NOUN_SUBJECT_RE = new RegExp(NOUN_SUBJECT);
/** An instruction to the customer, not a sentence that opens with a bare noun ('Schedule changes are …'). */
const isImperative = (text: string) => IMPERATIVE.test(text) && !NOUN_SUBJECT_RE.test(text);
const CHANNEL_HANDOFF_RE = new RegExp(CHANNEL_HANDOFF, 'i');

/** Moving to private messages ("I've got your DM, I'll meet you there"): no promise to fix anything. */
export function isChannelHandoff(text: string): boolean {
  return CHANNEL_HANDOFF_RE.test(text);
}
const THEY_PROMISE = /\bthey(?:'ll| will| can| could| should| may| might| would)\b/i;
const OUR_PROMISE = /(?<!\bthan )\b(?:i|we)(?:'ll| will| can| could)\b/i;
/** "They'll be able to tell you more": another party's promise, not ours. */
const promisedByThem = (text: string) => THEY_PROMISE.test(text) && !OUR_PROMISE.test(text);
// Records cited as evidence ("our records indicate it was dispatched") report no action of ours.
const RECORDS = /\b(?:records?|system|systems|tracking|logs?) (?:indicate|show|state|say|confirm)s?\b/i;
// Clauses a refusal does not taint: "You won't be able to revert it, but we can look into the issues".
// A comma before "so", "and" or a request ("…, please send us the file") starts a new clause.
const CLAUSE_BREAK = /\s*(?:\bbut\b|\bhowever\b|\balthough\b|\bthough\b|;|,\s*(?=so\b|and\b|please\b|kindly\b|more (?:details|info)))\s*/i;
const OPENING = "^\\W*(?:@\\w+\\W+)*(?:(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening))\\b[^,.!?]{0,30}[,.!]\\s*|(?:ok(?:ay)?|great|got it|thanks?|thank you|sure|alright|right|perfect|oh no|hmm+)[,.!]\\s*)*";
const IMPERATIVE = new RegExp(`${OPENING}${IMPERATIVE_LEAD}(?:${IMPERATIVE_VERBS})\\b`, 'i');
// Any verb addressed to the customer and pointing at us: "Tweet us for …", "Hit us up here".
const VERB_US = new RegExp(`${OPENING}${IMPERATIVE_LEAD}(?!(?:to|for|with|from|of|by|at|on|in|about|thank|thanks|let|help|join|like|love|trust|believe|tell)\\b)[a-z]+ (?:us|me) (?:a |an |your |the |at |on |in |via |for |with |here|directly|back|over|up|now|today)`, 'i');
const PLEASE_VERB = /\b(?:please|kindly|pls|plz)\s+(?!understand|note|be\b|keep in mind|bear in mind|remember|realize|realise|read (?:our|my|the)|accept|do(?:n'?t| not) hesitate|feel free|let us know if|let me know if|keep us)[a-z]/i;
const LECTURE = /\b(?:for future reference|next time|in future|in the future|as (?:previously )?(?:mentioned|stated|explained)|(?:your|the customer'?s|the buyer'?s) responsibility)\b|\bplease (?:understand|note|be aware|be advised|keep in mind|bear in mind|remember|read (?:our|my|the))\b/i;
// A question, with or without its mark: "Was the item sold by Amazon or a third-party seller: <link>".
const QUESTION =
  /\?|^\W*(?:@\w+\W+)*(?:(?:hi|hello|hey)(?: there)?\W+)?(?:(?:was|were|is|are|did|do|does|have|has|can|could|would|will)\s+(?:you|it|the|this|that|your|there|they)|(?:what|which|where|when|how|who)(?:'s| is| are| was| were| do| does| did| can| could| would)\b)/i;
// A sentence that opens as a question asks; it refuses nothing: "Are you stating that 466 is not available to you?"
const ASKING = /^\W*(?:@\w+\W+)*(?:(?:hi|hello|hey)(?: there)?\W+)?(?:was|were|is|are|did|do|does|have|has|can|could|would|will|what|which|where|when|how|who)\b[^.!]*\?\W*$/i;
const TIME =
  /\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week|weekend)|next (?:week|business day|working day)|within (?:the next )?(?:\d+|a|one|two|three|24|48|72)\s*(?:-\s*\d+\s*)?(?:minutes?|hours?|hrs?|days?|business days?|working days?|weeks?)|in (?:\d+|a|one|two|three|a few|the next (?:\d+|few))(?:\s*-\s*\d+)? (?:minutes?|hours?|days?|business days?|working days?|weeks?)|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the end of|end of|eod|eow|noon|midday|lunchtime|(?:around |about )?\d+(?:st|nd|rd|th)?(?:[:.]\d\d)?\s*(?:am|pm)?)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:\d+|one|two|three|five|seven)\s*(?:-\s*\d+\s*)?(?:business |working )?(?:days?|hours?|weeks?)|in (?:about|around|roughly|approximately|under|less than) (?:\d+|a few|an?|half an) (?:minutes?|mins?|hours?|hrs?|days?|working days?|weeks?)|(?:on|by|in the|before) (?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|right (?:away|now)|immediately|asap|shortly|soon|first thing|at \d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.))\b/i;

export interface SentenceAct {
  done: boolean;
  committed: boolean;
  feedback: boolean;
  facilitation: boolean;
  /** Only courtesy ("feel free to contact us", "if you need anything, DM us"). */
  closing: boolean;
  refusal: boolean;
  hedge: boolean;
  question: boolean;
  /** Tells the customer to do something (not information). */
  imperative: boolean;
  /** Blame, records, policy, "as mentioned": defends instead of answering. */
  defensive: boolean;
  /** Sends the customer to another company, or disowns the problem. */
  elsewhere: boolean;
}

/** What the reply around a sentence tells us. */
export interface ActOptions {
  /** The reply contains a link (a pointer to a page is then a real one). */
  hasLink?: boolean;
  /** The team's own names, lower-cased (a handle, a brand): contacting them is not going elsewhere. */
  selfNames?: string[];
}

/** "contact Kuwait Airways": where a sentence sends the customer to another company by name. */
export function namedCompanyContact(value: string, selfNames: string[]): { index: number; text: string; name: string } | undefined {
  const match = NAMED_CONTACT.exec(value);
  const name = match?.[1];
  if (!match || !name) return undefined;
  const first = name.split(' ')[0] ?? '';
  if (SELF_NAMES.test(first) || isTeamName(first, selfNames, 2) || isTeamName(name, selfNames, 2)) return undefined;
  return { index: match.index, text: match[0], name };
}

function namesAnotherCompany(value: string, selfNames: string[]): boolean {
  return namedCompanyContact(value, selfNames) !== undefined;
}

interface ClauseAct {
  done: boolean;
  committed: boolean;
  instruction: boolean;
}

function clauseAct(clause: string, options: ActOptions): ClauseAct {
  if (REFUSAL_RE.test(clause) && !ASKING.test(clause)) return { done: false, committed: false, instruction: false };
  const done = DONE.test(clause) && !RECORDS.test(clause);
  // "Hopefully it'll settle down soon" hopes; it promises nothing.
  const committed = !done && COMMITTED_RE.test(clause) && !HOLDING_RE.test(clause) && !/\bhopefully\b/i.test(clause);
  const vague = VAGUE_POINTER_RE.test(clause) && !options.hasLink;
  const instruction = !vague && !WAIT_RE.test(clause) && (FACILITATION_RE.test(clause) || isImperative(clause) || PLEASE_VERB.test(clause) || VERB_US.test(clause));
  return { done, committed, instruction };
}

/**
 * What a sentence offers besides its closing: a closing with a real step beside it is not only a
 * closing. A conditional courtesy ("if there's anything we can help with, DM us") takes its
 * consequent with it, so only what comes before it is left; put last ("Please DM us if you still
 * need help"), its consequent is what comes before it, and nothing is left. ("Let us know if the
 * steps work out or if you need help" checks on a step: that stays.)
 */
function besidesClosing(value: string, closing: RegExpExecArray | null): string {
  if (!closing) return value;
  const before = value.slice(0, closing.index);
  const after = value.slice(closing.index + closing[0].length);
  if (!/^if\b/i.test(closing[0])) return `${before} ${after}`;
  const trailing = closing.index > 0 && !/\bif\b/i.test(before) && /^[^.!?]{0,60}[.!?]*\s*$/.test(after);
  return trailing ? '' : before;
}

/** What one sentence (ASCII-folded) does. */
export function sentenceAct(value: string, options: ActOptions = {}): SentenceAct {
  const closingMatch = CLOSING_RE.exec(value);
  const rest = besidesClosing(value, closingMatch);
  const elsewhere = ELSEWHERE_RE.test(value) || namesAnotherCompany(value, options.selfNames ?? []);
  const lecture = LECTURE.test(value);
  const question = QUESTION.test(value);
  const refusal = REFUSAL_RE.test(value) && !ASKING.test(value);
  // A question after a courtesy in one sentence still asks: "We're here to help, is this on all your TVs?"
  const asks = closingMatch ? ASKING.test(value.slice(closingMatch.index + closingMatch[0].length).replace(/^[\s,;:–-]+/, '')) : question;
  const feedback = FEEDBACK_RE.test(value);
  const clauses = rest.split(CLAUSE_BREAK).map((clause) => clauseAct(clause, options));
  const done = !feedback && clauses.some((clause) => clause.done);
  // "They'll be able to tell you more" after sending the customer elsewhere is the other party's promise, not ours.
  const theirPromise = elsewhere && promisedByThem(value);
  const committed = !feedback && !done && !theirPromise && clauses.some((clause) => clause.committed);
  const instruction = clauses.some((clause) => clause.instruction);
  // "We'll be sure to share your feedback" passes it on; it asks nothing of the customer.
  const facilitation = !elsewhere && !lecture && !feedback && (instruction || (asks && !refusal));
  return {
    done,
    committed,
    feedback,
    facilitation,
    closing: closingMatch !== null && !done && !committed && !facilitation && !feedback,
    refusal,
    hedge: HEDGE_RE.test(value),
    question,
    imperative: instruction || elsewhere || lecture || isImperative(value) || PLEASE_VERB.test(value) || VERB_US.test(value),
    // Records that dispute defend; records that report progress inform ("our records show your refund was issued").
    defensive: DEFENSIVE_RE.test(value) || (RECORDS.test(value) && !GOOD_NEWS.test(value)),
    elsewhere,
  };
}

function bodySentences(analysis: Analysis): SentenceInfo[] {
  return analysis.sentences.filter((sentence) => !sentence.frame);
}

// Sentences belong to one analysis, and an analysis to one reply: judge each sentence once.
const acts = new WeakMap<SentenceInfo, SentenceAct>();

function actOf(reply: Pick<Reply, 'context' | 'author'>, analysis: Analysis, sentence: SentenceInfo): SentenceAct {
  let act = acts.get(sentence);
  if (!act) {
    const hasLink = analysis.masks.some((mask) => mask.kind === 'url');
    act = sentenceAct(analysis.plainText.slice(sentence.start, sentence.end), { hasLink, selfNames: teamNames(reply) });
    acts.set(sentence, act);
  }
  return act;
}

type Conversation = Pick<Reply, 'context' | 'author'>;

/** Remedies in the reply's body, one per sentence, strongest kind first. */
export function findRemedies(reply: Conversation, analysis: Analysis): Remedy[] {
  const remedies: Remedy[] = [];
  let previousElsewhere = false;
  for (const sentence of bodySentences(analysis)) {
    const act = actOf(reply, analysis, sentence);
    // "… it's with your bank rather than us. They'll be able to tell you more." Their promise, not ours.
    const theirs = previousElsewhere && !act.done && promisedByThem(sentence.text);
    previousElsewhere = act.elsewhere;
    const kind: RemedyKind | undefined = act.done ? 'done' : act.committed && !theirs ? 'committed' : act.facilitation ? 'facilitation' : act.feedback ? 'feedback' : undefined;
    if (kind) remedies.push({ start: sentence.start, end: sentence.end, kind, text: sentence.text, timed: TIME.test(analysis.plainText.slice(sentence.start, sentence.end)) });
  }
  return remedies;
}

/** Closing sentences of the body (shown when they are all a reply offers). */
export function findClosings(reply: Conversation, analysis: Analysis): SentenceInfo[] {
  return bodySentences(analysis).filter((sentence) => actOf(reply, analysis, sentence).closing);
}

/** True when the team acts (done or committed): naming a third party while acting is ownership. */
export function isAction(text: string): boolean {
  const act = sentenceAct(text);
  return act.done || act.committed;
}

const YES_OR_NO = /^\W*(?:@\w+\W+)*(?:yes|yep|yup|yeah|no|nope|that'?s (?:correct|right|true)|correct|exactly|indeed|it (?:is|does|will|can|has))\b/i;

const NOT_INFORMATION = /^\W*(?:@\w+\W+)*(?:sorry|so sorry|we'?re sorry|i'?m sorry|thanks|thank you|we apologi[sz]e|i apologi[sz]e|apologies|hi|hello|hey|oh no|uh oh|ugh|we understand|i understand|we hear you|we know|we get it|not what|that'?s not|this is not|we'?re (?:disappointed|saddened|sad)|happy|glad|great|awesome)\b/i;

/**
 * Sentences that state information (an answer): declarative, of some length, not a closing,
 * thanks or sympathy, not a refusal and not a guess at the cause.
 */
export function informationSentences(reply: Conversation, analysis: Analysis): SentenceInfo[] {
  return bodySentences(analysis).filter((sentence) => {
    const value = analysis.plainText.slice(sentence.start, sentence.end);
    // "That's correct." "Yes, it is." A yes or no answers a yes-no question, however short.
    const yesOrNo = YES_OR_NO.test(value);
    if (!yesOrNo && sentence.words.filter((word) => !word.masked).length < 4) return false;
    const act = actOf(reply, analysis, sentence);
    if (act.question || act.closing || act.refusal || act.hedge || act.imperative || act.defensive) return false;
    if (yesOrNo) return true;
    // "Apologies for the confusion, this would be located at the front": the answer may follow a courtesy.
    return value.split(/,\s+/).some((clause) => clause.split(/\s+/).length >= 4 && !NOT_INFORMATION.test(clause));
  });
}
