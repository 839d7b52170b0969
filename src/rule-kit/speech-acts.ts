/**
 * What a reply does and what the customer asked, recognised from phrasing. Shared by several
 * rules: whether the customer has a problem (apology needed?), whether the reply acts on it
 * (remedy given? deflection or ownership?), and what is only a closing pleasantry.
 */
import type { Analysis, SentenceInfo } from '../pipeline/analysis-types.js';
import type { Span } from '../types.js';

export type Situation = 'complaint' | 'question' | 'praise' | 'other';

// The customer's side: signs of a problem. Kept broad: missing an apology costs more than an extra one.
const PROBLEM =
  /\b(?:not|never|no longer|can'?t|cannot|won'?t|wouldn'?t|couldn'?t|didn'?t|doesn'?t|don'?t|isn'?t|wasn'?t|aren'?t|haven'?t|hasn'?t)\b[^.!?\n]{0,40}\b(?:work|working|arrive[ds]?|arriving|receive[ds]?|load|loading|respond|responding|help|helping|show|showing|open|connect|deliver|delivered|charge|let me|fix|fixed|answer|refund|refunded|come|came|sent|happy)\b|\b(?:late|delay(?:ed|s)?|cancell?ed|broken|broke|damaged|missing|wrong|error|errors|bug|glitch|overcharged?|charged (?:me )?(?:twice|again|double)|double[- ]charged|worst|terrible|awful|horrible|disgusting|disappoint(?:ed|ing|ment)|frustrat(?:ed|ing|ion)|annoy(?:ed|ing)|angry|furious|upset|ridiculous|unacceptable|pathetic|useless|joke|scam|rip[- ]?off|still waiting|waiting (?:for|on)|been waiting|hours?|outage|(?:is|are|went|been) down|crash(?:ed|es|ing)?|freez(?:es|ing)|frozen|issue|issues|problem|problems|fail(?:ed|s|ing|ure)?|lost|stuck|nobody|no one|rude|complain(?:t)?|refund|hold for|on hold|keeps?|again\?|why (?:is|are|does|do|did|can'?t|won'?t)|what the|wtf|smh|ugh|seriously|never again|fed up|sick of)\b|[😡😤😠🤬😩😫😭😢👎💩🙄]|\?!|!{2,}/iu;
const PRAISE = /\b(?:thanks?|thank you|thx|ty|love|loved|loving|great|awesome|amazing|excellent|perfect|best|fantastic|brilliant|appreciate|kudos|shout ?out|props|well done|good job|nice one|helpful|happy)\b|[❤️😍🥰👍🙌👏😊😀😃🙏💯🎉]/iu;
const QUESTION = /\?|^\s*(?:@\w+\s+)*(?:how|what|when|where|why|who|which|can|could|do|does|did|is|are|will|would|should|may|any ?(?:one|idea)|is there|are there)\b/im;

/** Classifies the customer's message: a complaint needs an apology; a question or praise does not. */
export function classifyCustomerMessage(text: string): Situation {
  if (PROBLEM.test(text)) return 'complaint';
  if (QUESTION.test(text)) return 'question';
  if (PRAISE.test(text)) return 'praise';
  return 'other';
}

// The draft's side: a reply that talks about a problem is answering a complaint.
const DRAFT_PROBLEM =
  /\b(?:sorry|apologi[sz]e|apologies|inconvenien(?:ce|t)|frustrat\w*|disappoint\w*|delay(?:ed|s)?|late|damaged|broken|missing|wrong|error|mistake|issue|issues|problem|problems|trouble|outage|not (?:arrived|received|working|delivered)|hasn'?t (?:arrived|shipped)|charged twice|double[- ]charged|overcharged|refund|replacement|lost|cancell?ed|concern|concerns|experience(?:d|s)? (?:with|this|that)|unfortunately)\b/i;
const DRAFT_THANKS_ONLY = /^\s*(?:(?:@\w+\s*)+)?(?:you'?re (?:very |so )?welcome|thanks?|thank you|glad|happy|great|awesome|we'?re (?:glad|happy|thrilled)|so glad|that'?s great|love (?:this|that|it|to hear)|enjoy)\b/i;

export function draftAnswersProblem(analysis: Analysis): boolean {
  return DRAFT_PROBLEM.test(analysis.plainText.slice(analysis.body.start, analysis.body.end));
}

export function draftIsThanksOnly(analysis: Analysis): boolean {
  const body = analysis.plainText.slice(analysis.body.start, analysis.body.end);
  return DRAFT_THANKS_ONLY.test(body) && !DRAFT_PROBLEM.test(body) && !/\?/.test(body);
}

/** The situation a reply answers: from the customer's message when known, else from the draft. */
export function situation(analysis: Analysis, context: string | undefined): Situation {
  if (context !== undefined && context.trim() !== '') return classifyCustomerMessage(context);
  if (draftAnswersProblem(analysis)) return 'complaint';
  if (draftIsThanksOnly(analysis)) return 'praise';
  return 'other';
}

export type RemedyKind = 'done' | 'committed' | 'facilitation';

export interface Remedy extends Span {
  kind: RemedyKind;
  text: string;
  /** The sentence names when ("today", "by Friday", "within 24 hours"). */
  timed: boolean;
}

const WE = "(?:i|we|our team|the team|my team|our (?:\\w+ )?(?:team|department|specialists?|engineers?|technicians?|developers?)|they)";
const ACTION_PAST =
  "(?:refunded|replaced|reshipped|re-?sent|sent|issued|processed|credited|escalated|reset|fixed|resolved|updated|cancell?ed|reactivated|re-?activated|restored|applied|added|removed|waived|reversed|expedited|rebooked|re-?booked|shipped|arranged|booked|scheduled|opened|filed|submitted|raised|logged|reported|forwarded|passed (?:this|it|that|your \\w+) (?:on|along)|passed (?:on|along)|shared|contacted|reached out|notified|flagged|corrected|changed|unlocked|upgraded|adjusted|refreshed|sorted|taken care|located|found|placed|created|set up|extended|approved|released|cleared|investigated|looked into|checked|verified|confirmed|followed up|requested|initiated|emailed|called|messaged|replied|responded|enabled|disabled|merged|deployed|compensated|honou?red|matched|made (?:a|the) (?:change|correction|note)|put (?:in|through)|gone ahead|went ahead|DMed|DM'd)";
const ACTION_BASE =
  "(?:refund|replace|reship|re-?send|send|ship|issue|process|credit|escalate|reset|fix|resolve|update|cancel|reactivate|restore|apply|add|remove|waive|reverse|expedite|rebook|arrange|book|schedule|open|file|submit|raise|log|report|forward|pass (?:this|it|that|your \\w+) (?:on|along)|pass (?:on|along)|share|contact|reach out|notify|flag|correct|change|unlock|upgrade|adjust|sort|take care|locate|find|look into|look in to|investigate|check|verify|confirm|follow up|call|email|e-?mail|message|DM|get back|get (?:this|that|it|you|your \\w+) (?:sorted|fixed|resolved|back|replaced|refunded|sent|working|going|covered|taken care of)|make (?:this|that|it|things) right|review|research|dig into|take a look|have a look|see what (?:we|i) can do|help (?:you )?(?:get|fix|sort|resolve|track|reset|recover|find|change|update|with (?:this|that|the|your))|assist (?:you )?(?:with|in)|work on|keep you (?:updated|posted|informed)|monitor|track|expedite|honou?r|match|compensate|speak (?:to|with)|talk (?:to|with)|connect|pull up|provide|offer|set up|help|assist)";

// Done: "I've refunded…", "we have escalated…", "I just sent…", "your refund has been processed".
const DONE = new RegExp(
  `\\b${WE}(?:'ve| have| had|'d)?(?: (?:just|now|already|also|gone ahead and|went ahead and|personally|since))* ${ACTION_PAST}\\b` +
    `|\\b(?:your|the|a|this|that|it|its|our)(?: \\w+){0,3} (?:has been|have been|was|were|is being|are being|has now been|is now|are now) (?:fully |now |successfully |already )?(?:refunded|replaced|reshipped|re-?sent|sent|issued|processed|credited|escalated|reset|fixed|resolved|updated|cancell?ed|reactivated|restored|applied|added|removed|waived|reversed|expedited|rebooked|shipped|arranged|booked|scheduled|opened|filed|submitted|raised|logged|reported|forwarded|passed (?:on|along)|shared|flagged|corrected|changed|unlocked|upgraded|adjusted|located|found|placed|created|extended|approved|released|cleared|investigated|looked into|enabled|deployed|honou?red|sorted|taken care of|restocked|rectified|reinstated)\\b`,
  'i',
);
// Committed: "I'll ship…", "we will call you by Friday", "our engineers are working on a fix".
const COMMITTED = new RegExp(
  `\\b${WE}(?:'ll| will| shall|'m going to| am going to|'re going to| are going to| are about to| can| could|'d like to| would like to|'d be (?:happy|glad) to| would be (?:happy|glad) to|'m (?:happy|glad) to| am (?:happy|glad) to|'re (?:happy|glad) to| are (?:happy|glad) to| want to| need to| plan to| intend to| are (?:currently )?(?:working|looking) (?:on|into)|'re (?:currently )?(?:working|looking) (?:on|into)| am (?:currently )?(?:working|looking) (?:on|into)|'m (?:currently )?(?:working|looking) (?:on|into)| (?:is|are) (?:currently )?(?:working|looking|investigating|aware|on it)|'re (?:currently )?(?:investigating|aware|on it))(?: (?:now|also|gladly|definitely|certainly|be|personally|immediately|quickly|right away|first|then|happily|absolutely|further|surely|more than happy to|happy to|able to))* (?:${ACTION_BASE}|on (?:it|this|that)|(?:a )?fix)\\b` +
    `|\\blet (?:me|us)(?: \\w+)? (?:${ACTION_BASE})\\b` +
    `|\\b(?:a|the) (?:fix|replacement|refund|technician|engineer|courier|credit|callback|call back|new \\w+) (?:is|will be|should be) (?:on (?:its|the) way|coming|arriving|issued|sent|processed|applied|in touch|scheduled|out)\\b` +
    `|\\byou(?:'ll| will| should) (?:receive|get|see|hear (?:back|from))\\b`,
  'i',
);
// Facilitation: asking for what we need, or telling the customer how to do it themselves.
const FACILITATION = new RegExp(
  [
    // "DM us your order number", "send us a private message", "please email support@…"
    "\\b(?:please |kindly |could you |can you |would you |feel free to |go ahead and |just )?(?:dm|direct message|private message|pm|message|send|email|e-?mail|call|ring|text|reply (?:to us )?with|share|provide|confirm|give|tell|let (?:us|me) know|shoot|drop|follow)(?: (?:us|me|over))?(?: (?:a|your|the|with|some|more|an|over|via|in|at|any|details|this|that|what|which|when|where|how|if|whether|DM|PM))\\b",
    // imperative instructions: "Try restarting", "Go to Settings > …", "Tap …"
    "(?:^|[.!?:]\\s+|\\n\\s*(?:[-*•]|\\d+[.)])?\\s*)(?:please |kindly |you can |you could |you may |you'll need to |you will need to |simply |just |first,? |then,? |next,? |also,? )?(?:try|go to|head to|head over to|navigate to|tap|click|press|select|choose|open|visit|check out|follow|restart|reboot|reinstall|install|update|uninstall|clear|log out|log in|sign out|sign in|turn (?:off|on)|switch|enable|disable|use|swipe|hold|unplug|plug|reset|toggle|make sure|ensure|double-check|download|update|contact (?:us|our)|call (?:us|our)|reach (?:out to )?(?:us|our)|give (?:us|our)|see|read|refer to|look for|find|fill (?:out|in)|complete|submit|request|book|schedule|order|return|bring|take|remove|insert|connect|disconnect|power)\\b",
    // "you can find / track / change it here: <url>"
    "\\byou (?:can|could|may|should be able to|'ll be able to|will be able to|are able to|'re able to) (?:find|track|check|change|update|reset|request|cancel|return|get|see|view|manage|download|contact|reach|call|book|use|apply|claim|submit|file|opt|switch|turn|edit|access|recover|redeem|start|add|remove|upgrade|downgrade|select|choose|enable|disable|follow|visit|go|head|send|email|DM|message|speak|chat)\\b",
    "\\b(?:here(?:'s| is) how|follow (?:these|the|this) (?:steps|link|guide|instructions)|the steps (?:are|below)|steps below|instructions (?:below|here)|more info(?:rmation)? (?:here|at)|details (?:here|at)|info (?:here|at)|this link|the link below|this article|this guide|this page)\\b",
    // asking for the details we need: "What's your order number?", "Which device are you using?"
    "\\b(?:what(?:'s| is| was| are)|which|when did|where did|how long|can you (?:tell|confirm|share|send|let)|could you (?:tell|confirm|share|send|let)|are you (?:using|seeing|getting|able)|is (?:this|it|that) (?:happening|on)|do you (?:have|see|know|remember|still)|did you (?:receive|get|try|see|order|purchase|buy|use))\\b[^?\\n]{0,120}\\?",
  ].join('|'),
  'i',
);
const TIME =
  /\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week|weekend)|next (?:week|business day|working day)|within (?:the next )?(?:\d+|a|one|two|three|24|48|72)\s*(?:-\s*\d+\s*)?(?:minutes?|hours?|days?|business days?|working days?|weeks?)|in (?:\d+|a|one|two|three|a few|the next (?:\d+|few))(?:\s*-\s*\d+)? (?:minutes?|hours?|days?|business days?|working days?|weeks?)|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the end of|end of|eod|eow|noon|\d)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:\d+|one|two|three|five|seven)\s*(?:-\s*\d+\s*)?(?:business |working )?(?:days?|hours?|weeks?)|right away|immediately|asap|shortly|soon|first thing)\b/i;

/** Closings: courteous, but not a next step. */
export const CLOSING =
  /\b(?:feel free to (?:contact|reach|get in touch|let us know|drop|message|DM|ask)|(?:please )?(?:do(?:n'?t| not) hesitate to|let (?:us|me) know if (?:you|there)(?:'s| is| have| need| are)? ?(?:any|anything|more|further|other|need|questions?|we can)|if you (?:have|need) (?:any|anything|further|more|other)\b[^.!?\n]{0,40})|hope (?:this|that|it) (?:helps|helped|clears|answers|is helpful)|we (?:value|appreciate) (?:your|the) (?:feedback|business|patience|input|loyalty|understanding)|thanks? (?:you )?(?:so much |again )?for (?:reaching out|contacting|getting in touch|your (?:patience|feedback|understanding|business|message|time|loyalty|support|tweet|note)|letting us know|the (?:feedback|heads up|shout ?out|kind words|update)|being a (?:loyal |valued )?customer|choosing)|have a (?:great|good|nice|wonderful|lovely|fantastic) (?:day|one|evening|weekend|night)|we(?:'re| are) (?:always )?here (?:to help|for you|if you need)|happy to help|glad (?:we could|to) help|anything else (?:we|i) can (?:help|do))\b/i;

function isClosingOnly(sentence: SentenceInfo, plainText: string): boolean {
  const value = plainText.slice(sentence.start, sentence.end);
  const match = CLOSING.exec(value);
  if (!match) return false;
  // What is left once the closing is removed must not itself be a remedy.
  const rest = value.slice(0, match.index) + ' ' + value.slice(match.index + match[0].length);
  return !DONE.test(rest) && !COMMITTED.test(rest) && !FACILITATION.test(rest);
}

/** Remedies in the reply's body, one per sentence, strongest kind first. */
export function findRemedies(analysis: Analysis): Remedy[] {
  const remedies: Remedy[] = [];
  for (const sentence of analysis.sentences) {
    if (sentence.frame) continue;
    const value = analysis.plainText.slice(sentence.start, sentence.end);
    if (isClosingOnly(sentence, analysis.plainText)) continue;
    const kind: RemedyKind | undefined = DONE.test(value)
      ? 'done'
      : COMMITTED.test(value)
        ? 'committed'
        : FACILITATION.test(value)
          ? 'facilitation'
          : undefined;
    if (kind) remedies.push({ start: sentence.start, end: sentence.end, kind, text: sentence.text, timed: TIME.test(value) });
  }
  return remedies;
}

/** Closing sentences of the body (shown when they are all a reply offers). */
export function findClosings(analysis: Analysis): SentenceInfo[] {
  return analysis.sentences.filter((sentence) => !sentence.frame && isClosingOnly(sentence, analysis.plainText));
}

/** True when a sentence has the team acting (done or committed): naming a third party while acting is ownership. */
export function isAction(text: string): boolean {
  return DONE.test(text) || COMMITTED.test(text);
}

const SYMPATHY_OR_THANKS = /^\s*(?:(?:@\w+\s*)+)?(?:sorry|we'?re sorry|i'?m sorry|thanks|thank you|we apologi[sz]e|apologies|hi|hello|hey|oh no|uh oh|ugh|we understand|i understand)\b/i;

/**
 * Whether the body states information: a declarative sentence of some length that is not a
 * closing, a greeting, thanks or sympathy. Used when the customer asked a plain question.
 */
export function answers(analysis: Analysis): boolean {
  return analysis.sentences.some((sentence) => {
    if (sentence.frame || sentence.words.length < 4) return false;
    const value = analysis.plainText.slice(sentence.start, sentence.end);
    return !/\?\s*$/.test(value) && !SYMPATHY_OR_THANKS.test(value) && !isClosingOnly(sentence, analysis.plainText);
  });
}
