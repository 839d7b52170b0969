/**
 * The situation a reply answers, from the customer's message when it is known, from the thread
 * (a customer supplying details we asked for is not a new complaint), or else from the draft
 * itself. Shared by the apology and remedy rules, so they agree on what the customer needs.
 */
import type { Analysis } from '../pipeline/analysis-types.js';
import type { Reply } from '../types.js';
import { classifyMessage, type MessageKind, type MessageSignals } from './customer-message.js';
import { ASKED_CUSTOMER, SENDS_WHAT_WE_ASKED } from './customer-message.data.js';

/**
 * - `complaint`: something went wrong for the customer (an apology and a remedy are owed);
 * - `request` / `question`: they need help or an answer, not an apology;
 * - `info`: mid-thread, they answered what we asked (no new apology; the reply should move on);
 * - `praise` / `other`: thanks, banter, a broadcast: neither is owed.
 */
export type Situation = MessageKind | 'info';

export interface SituationInfo {
  situation: Situation;
  /** Known only from the customer's message. */
  signals?: MessageSignals;
  /** The situation was read from the customer's message (not guessed from the draft). */
  fromContext: boolean;
}

// The draft's side, when there is no customer message: a reply that talks about a failure answers a complaint.
const DRAFT_PROBLEM =
  /\b(?:sorry|apologi[sz]e|apologies|inconvenien(?:ce|t)|frustrat\w*|disappoint\w*|delay(?:ed|s)?|late|damaged|broken|faulty|missing|wrong|error|mistake|issue|issues|problem|problems|trouble|outage|not (?:arrived|received|working|delivered)|hasn'?t (?:arrived|shipped)|charged twice|double[- ]charged|overcharged|lost|unfortunately|expired|declined|rejected|invalid)\b/i;
// An apology or an "unfortunately" in the draft says the customer's message was about a problem.
const DRAFT_OWNS_PROBLEM = /\b(?:sorry|apologi[sz]e|apologies|unfortunately|regret)\b/i;
// The agent's own reaction shows the customer reported a problem: "That's concerning", "Oh no!",
// "the issues you've experienced". Such a message was a complaint, whatever its wording.
const DRAFT_SEES_PROBLEM =
  /\b(?:oh no|uh oh|oh dear|yikes|that'?s (?:concerning|troubling|worrying|alarming|not good|no good|not right|not ok(?:ay)?|not what we want)|(?:this|that) (?:does not|doesn'?t) (?:sound|look|seem) (?:good|right|ideal)|(?:incredibly|very|really|most) concerning|that'?s (?:odd|weird|strange|troublesome|unusual|unfortunate)|(?:very|how) (?:odd|strange|weird)|troublesome to (?:see|hear)|the (?:issues?|problems?|trouble|difficult(?:y|ies)) (?:you(?:'ve| have| are|'re)? (?:experienced|had|faced|been (?:having|experiencing|facing)|having|experiencing|facing|reported|mentioned)))\b/i;
// The draft opens glad about how things turned out: the customer reported it fixed ("Okay great!
// Glad it's downloading now"). Nothing is owed but courtesy.
const DRAFT_GLAD_RESOLVED = /^\W*(?:@\w+\W+)*(?:(?:ok(?:ay)?|oh|great|awesome|perfect|excellent|yay)[!,.]*\s+)?(?:(?:that'?s|so|we'?re|i'?m|very) )?(?:glad|great|good|happy|pleased|awesome|delighted) (?:to (?:hear|know|see|read)|that|it'?s|you(?:'re| are| were| got| have))/i;
const DRAFT_THANKS_ONLY = /^\s*(?:(?:@\w+\s*)+)?(?:you'?re (?:very |so |most )?welcome|thanks?|thank you|glad|happy|great|awesome|we'?re (?:glad|happy|thrilled)|so glad|that'?s great|love (?:this|that|it|to hear)|enjoy)\b/i;

function body(analysis: Analysis): string {
  return analysis.plainText.slice(analysis.body.start, analysis.body.end);
}

const DRAFT_REFUSAL = /\b(?:nothing (?:more|else|further) (?:we|i) can do|(?:we|i) (?:are|am|'re|'m) (?:not able|unable) to|(?:we|i) (?:aren'?t|are not) able to|(?:we|i) (?:can(?:no|')?t|cannot|could not|couldn'?t) (?:help|offer|change|refund|do|comment|assist)|out of our control|not our (?:fault|responsibility))\b/i;

export function draftRefuses(analysis: Analysis): boolean {
  return DRAFT_REFUSAL.test(body(analysis));
}

export function draftAnswersProblem(analysis: Analysis): boolean {
  return DRAFT_PROBLEM.test(body(analysis));
}

/** A public post nobody asked for: on social, no customer message and not addressed to anyone. */
export function isBroadcast(reply: Reply, analysis: Analysis): boolean {
  return reply.channel === 'social' && (reply.context ?? '').trim() === '' && !/^\s*@\w/.test(analysis.text) && !analysis.greeting;
}

/**
 * The customer answered a question we had asked them in this thread, without new anger and
 * without saying our step failed ("I did. No response." renews the complaint).
 */
function suppliesAskedInformation(reply: Reply, signals: MessageSignals): boolean {
  const previous = reply.thread?.previousReplies ?? [];
  const last = previous[previous.length - 1];
  // Without the thread, the customer may say so: "here's the photo you asked for".
  const asked = last !== undefined ? ASKED_CUSTOMER.test(last) : SENDS_WHAT_WE_ASKED.test(reply.context ?? '');
  return asked && !signals.negative && !signals.money && !signals.renewed;
}

export function situationOf(reply: Reply, analysis: Analysis): SituationInfo {
  const context = reply.context;
  if (context !== undefined && context.trim() !== '') {
    const { kind, signals } = classifyMessage(context);
    const answering = kind === 'complaint' || kind === 'request';
    if (kind !== 'praise' && DRAFT_GLAD_RESOLVED.test(body(analysis)) && !signals.negative && !signals.money) return { situation: 'praise', signals, fromContext: true };
    if (answering && suppliesAskedInformation(reply, signals)) return { situation: 'info', signals, fromContext: true };
    // A message we cannot read as a problem, answered with an apology or a refusal, was one.
    if (kind === 'other' && (DRAFT_OWNS_PROBLEM.test(body(analysis)) || draftRefuses(analysis))) return { situation: 'complaint', signals, fromContext: true };
    if ((kind === 'other' || kind === 'question') && DRAFT_SEES_PROBLEM.test(body(analysis))) return { situation: 'complaint', signals, fromContext: true };
    return { situation: kind, signals, fromContext: true };
  }
  if (isBroadcast(reply, analysis)) return { situation: 'other', fromContext: false };
  if (draftAnswersProblem(analysis)) return { situation: 'complaint', fromContext: false };
  const text = body(analysis);
  if (DRAFT_THANKS_ONLY.test(text) && !/\?/.test(text)) return { situation: 'praise', fromContext: false };
  return { situation: 'other', fromContext: false };
}

// One situation per reply and analysis: several rules ask.
const cache = new WeakMap<Analysis, SituationInfo>();

export function situation(reply: Reply, analysis: Analysis): SituationInfo {
  let found = cache.get(analysis);
  if (!found) {
    found = situationOf(reply, analysis);
    cache.set(analysis, found);
  }
  return found;
}
