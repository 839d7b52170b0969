/**
 * What a reply does about the problem, as phrase families (regular-expression source, matched
 * case-insensitively on one sentence with curly quotes folded). A remedy has an agent, an action
 * and an object (DESIGN §4): done, committed, or facilitation (what we need from the customer, or
 * how they can do it themselves). Closings are courteous but move nothing.
 */

/** Who can act for the company. */
export const WE =
  "(?:i|we|our team|the team|my team|the (?:\\w+ ){1,2}team|our (?:\\w+ )?(?:team|department|specialists?|engineers?|technicians?|developers?|colleagues?|staff|experts?|agents?|partners?)|a member of (?:our|the) (?:\\w+ ){0,2}team|an? (?:engineer|technician|specialist|colleague|expert|agent|advisor|courier)|someone|they)";

/** Actions, past participle: what a remedy reports as done. */
export const DONE_VERBS =
  "(?:(?:taken|knocked|shaved) (?:[$£€]\\s?\\d[\\d.,]*|\\d+ ?%|it|that|the (?:\\w+ ){0,2}\\w+|your \\w+) off|popped|chased|swapped|switched|moved|been in touch|spoken (?:to|with)|spoke (?:to|with)|talked (?:to|with)|had a look|taken a look|took a look|looked at|posted|mailed|couriered|refunded|paid|replaced|reshipped|re-?sent|sent|issued|processed|credited|escalated|reset|fixed|resolved|updated|reactivated|re-?activated|restored|applied|added|removed|waived|reversed|expedited|rebooked|re-?booked|shipped|arranged|booked|scheduled|opened|filed|submitted|raised|logged|reported|forwarded|passed|shared|contacted|reached out|notified|flagged|corrected|changed|unlocked|upgraded|adjusted|refreshed|sorted|taken care|located|found(?! no\\b| nothing\\b)|placed|created|set up|extended|approved|released|cleared|investigated|looked into|looked in to|checked|verified|confirmed|followed up|requested|initiated|emailed|e-mailed|called|messaged|replied|responded|enabled|disabled|merged|deployed|compensated|honou?red|matched|made (?:a|the) (?:change|correction)|put (?:in|through)|gone ahead|went ahead|dm'?e?d|got your (?:dm|message|details|email|e-mail|info|note)|received your (?:dm|message|details|email|e-mail|info)|looped in|brought in|finished|completed|fitted|installed|asked (?:our|the|a|an|my|one of our) (?:[\\w-]+ ){0,3}(?:team|technician|engineer|manager|colleague|driver|courier|crew|staff|store|supervisor|department|specialist|desk|branch|kitchen|housekeeping|maintenance) to|allocated|assigned|cancell?ed (?:the|your|that|this) (?:duplicate|extra|second|charge|fee)|fed (?:this|it|that|your \\w+) back|fed back|reissued|re-issued|restocked|rectified|reinstated|activated|unblocked|lifted|reopened|repaired|reconnected|signed (?:you|your \\w+(?: \\w+)?) up|subscribed you)";

/** Participles that report a remedy in the passive: "your refund has been processed". */
export const DONE_PASSIVE_VERBS =
  "(?:posted|e-?mailed|mailed|couriered|refunded|paid (?:back|into|out)|replaced|reshipped|re-?sent|issued|processed|credited|escalated|reset|fixed|resolved|updated|reactivated|restored|applied|added|removed|waived|reversed|expedited|rebooked|re-?booked|arranged|booked|scheduled|raised|logged|reported|forwarded|passed|shared|flagged|corrected|changed|unlocked|upgraded|adjusted|located|found|extended|approved|released|cleared|investigated|looked into|enabled|deployed|honou?red|sorted|taken care of|restocked|rectified|reinstated|reissued|re-issued|lifted|reopened|activated|unblocked|dispatched|shipped|sent out|fed back|repaired|reconnected)";

/** Verbs that make an offer a specific one; "help" and "assist" alone are a courtesy. */
const SPECIFIC_ACTION =
  "(?!to\\b|take note\\b|do what (?:we|i) can\\b|do (?:to help|for you)\\b|do\\b(?=\\s*(?:[.!?,]|$))|see\\b(?! (?:what|if|whether|about|to it)\\b)|understand\\b|help\\b(?! (?:you )?(?:get|fix|sort|resolve|reset|recover|find|change|update|track|set up|book|cancel|unlock|restore|check|replace|refund))|assist\\b|support you\\b|be of\\b|be\\b(?! able to (?!help\\b|assist\\b|support\\b))|lend\\b|try (?:and|to) help|do (?:our|my) best|hear\\b|know\\b|chat\\b|talk\\b|see if (?:we|i) can help|answer any)";

export const COMMITTED = [
  // "I'll ship…", "we will call you by Friday", "our team will follow up" — any verb but hopes and pleasantries.
  `\\b${WE}(?:'ll| will| shall|'m going to| am going to|'re going to| are going to| is going to| are about to|'m about to| am about to)(?: (?:now|also|gladly|definitely|certainly|personally|immediately|quickly|right away|first|then|happily|absolutely|further|be sure to|make sure to|get right on|get on))* (?!be (?:here|there|around|waiting|glad to help|happy to help|more than happy to help|just a|a tweet)\\b|keep (?:everything|our fingers|fingers|you in (?:our|my) thoughts)\\b|see you\\b|miss\\b|love\\b|hope\\b|look forward\\b|always\\b|never\\b|take (?:it|this|that|your \\w+) on board\\b|note\\b|bear\\b|keep (?:this|that|it) in mind\\b)[a-z]+`,
  // Offers of a specific action: "we'd like to take a closer look", "I can look into that for you".
  `\\b${WE}(?:'d| would)? (?:like|love|want|be (?:happy|glad|more than happy|pleased)) (?:another chance |the chance |an opportunity |the opportunity |a chance )?to ${SPECIFIC_ACTION}[a-z]+`,
  `\\b${WE}(?:'d| would) (?:like|love) (?:an? \\w+|someone|our \\w+(?: \\w+)? team|the \\w+ team) to [a-z]+`,
  // Not a hope about someone else: "I hope they're able to resolve it".
  `(?<!\\bhope (?:that )?)\\b${WE}(?:'m| am|'re| are) (?:happy|glad|able|pleased|here) to ${SPECIFIC_ACTION}[a-z]+`,
  `\\b${WE} (?:can|could|may|want to|need to)(?: (?:definitely|certainly|also|gladly|absolutely|quickly|still|now))* ${SPECIFIC_ACTION}(?!(?:only|not|never)\\b)[a-z]+`,
  // "let me check", "let us look into that", "let's get this sorted" (not "let us know").
  "\\blet(?: me|'s| us)(?: \\w+)? (?!know\\b|us know\\b|me know\\b)(?:check|look|go over|go through|walk (?:you )?through|see what|get|take|find|fix|sort|dig|investigate|review|help (?:you )?(?:get|fix|sort|reset|find)|pass|escalate|raise|arrange|book|send|meet|work|carry on|continue|chat|talk|move|follow|request|flag|reach|contact|connect|grab|pull|have a look|take a look|start|begin|try|troubleshoot(?:ing)?)\\b",
  // Ongoing work: "we do work with Network Rail to reduce delays".
  `\\b${WE} (?:do |continue to |always |constantly )?work (?:closely )?(?:with|hard|to|on)\\b`,
  // Work under way: "our engineers are working on a fix", "we're looking into this".
  `\\b${WE}(?:'re| are|'m| am| is)(?: (?:currently|still|now|actively|already|busy|hard at work|working hard))* (?:working|replying|responding|writing back|looking into|looking in to|investigating|checking|reviewing|monitoring|on it|on the case|chasing|following (?:this )?up|dealing with|in touch with|liaising|speaking (?:to|with)|talking (?:to|with)|doing (?:everything|all) (?:we|i) can|(?:on site |on the way |out )?(?:fixing|repairing|restoring|replacing|reconnecting)|(?:releasing|rolling out|deploying|shipping|issuing|preparing) (?:a|an|the) (?:fix|patch|update|replacement|refund))\\b`,
  // What will happen, with a time: "some lines will reopen shortly", "the parcel will be redelivered tomorrow".
  "(?:\\b(?:will|should|is (?:expected|scheduled|due|set) to|are (?:expected|scheduled|due|set) to)|'ll) (?:be )?[a-z]+(?: [a-z]+)? (?:shortly|soon|today|tonight|tomorrow|within|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the end|end of|noon|\\d)|in the next|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at \\d|in (?:about |around |roughly |approximately |under |less than )?(?:\\d+|a few|an?|half an) (?:minutes?|mins?|hours?|hrs?|days?|working days?|weeks?)|(?:on|by|in the|before) (?:the )?\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)",
  // A status with its time: "marks will be released on the portal by 5pm Friday", "it'll be ready from 2pm today".
  "(?:\\bwill|'ll) be (?:[a-z]+ed|ready|available|back|open|on (?:its|the) way|with you)\\b[^.!?]{0,40}\\b(?:by|within|before|from|until|between|at) (?:\\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|noon|midday|the end|end of)",
  // Fixed now, or arriving: "the site had an outage, which is now fixed", "you should arrive about 40 mins late".
  "\\b(?:is|are) now (?:fixed|resolved|sorted|back (?:up|on|online)|working|restored|live)\\b|\\byou(?:'ll| will| should) (?:now )?arrive\\b",
  // Where it is now: "it's with the courier now", "your parcel is out for delivery".
  "\\b(?:it'?s|it is|your \\w+ is|they'?re|they are) (?:now |already )?(?:with the courier|on (?:its|their|the) way|out for delivery|in transit|being (?:shipped|delivered|repaired|processed))\\b",
  // A stated response time: "our team aims to reply within 24 hours".
  "\\b(?:aims?|strives?|tries|expects?) to (?:reply|respond|get back|answer|call you back|resolve)\\b[^.!?]{0,30}\\b(?:within|in the next|by)\\b",
  "\\b(?:this|it|that|your (?:\\w+ )?(?:order|issue|account|problem|refund|replacement))(?: will|'ll) be (?:resolved|fixed|sorted|replaced|refunded|restocked|delivered|sent|shipped|processed|credited|updated|corrected|restored|back)\\b",
  "\\b(?:is|are) (?:set|scheduled|due|expected) to (?:depart|arrive|leave|ship|be (?:delivered|shipped|back|restored|fixed))",
  "\\byou(?:'ll| will| should) (?:receive|get|see|hear (?:back|from)|have (?:it|them|this|that|your)|be (?:contacted|refunded|credited|called|emailed|able to))\\b",
  // Doing it now: "I'm sending you a prepaid returns label now".
  `\\b${WE}(?:'m| am|'re| are) (?:now |just |also )?(?:sending|posting|arranging|booking|refunding|issuing|processing|replacing|crediting|dispatching|reshipping|couriering)\\b`,
  // A date secured from whoever holds it: "our supplier has now confirmed delivery for tomorrow morning".
  "\\b(?:has|have|'ve) (?:now |just |since )?confirmed (?:the |a |your )?(?:delivery|dispatch|date|slot|booking|appointment|visit|collection|arrival|repair)\\b[^.!?]{0,30}\\b(?:for|on|by) (?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \\d|\\d)",
  // "Our engineers expect power back by 6:30pm".
  "\\b(?:expect|expects|estimate|estimates|anticipate|anticipates) (?:power|service|supplies|supply|water|it|this|that|the \\w+|your \\w+|everything|things) (?:to be |to (?:start |begin )?(?:coming|come) )?(?:back|restored|fixed|resolved|working|running|up)\\b",
  "\\b(?:hope|expect|aim|plan) to have (?:it|this|that|the \\w+|service|everything|you|things) (?:back|restored|fixed|resolved|sorted|running|up|working|on your way|moving)",
  "\\b(?:a|the|your) (?:fix|replacement|refund|technician|engineer|courier|credit|callback|call back|new \\w+) (?:is|will be|should be) (?:on (?:its|the) way|coming|arriving|issued|sent|processed|applied|in touch|scheduled|out)\\b",
];

/** Passing feedback on: a remedy for suggestions and store feedback, not for a wrong charge. */
export const FEEDBACK = [
  // Passed on, not only noted: "your comments have been noted" and "we've made a note of it" are closings.
  "\\b(?:feedback|comments?|suggestions?|ideas?|thoughts|views|complaint|concerns?|experience)\\b[^.!?]{0,40}\\b(?:passed|shared|forwarded|fed back|sent|raised|reported|escalated)\\b",
  "\\b(?:pass|passed|share|shared|forward|forwarded|feed|fed|send|sent|raise|raised|report|reported)\\b[^.!?]{0,30}\\b(?:feedback|comments?|suggestions?|ideas?|thoughts|views|complaint|concerns?)\\b",
  // Passed to a team and no more ("I've passed this on to our membership team."): a suggestion is
  // answered, a wrong charge is not ("…, who will refund you today" is an action).
  "\\b(?:passed|forwarded|handed) (?:this|it|that|the matter|your (?:case|query|request|details)) (?:on |over )?to (?:our|the|a) (?:[\\w-]+ ){0,2}(?:team|department|colleagues|manager|managers|supervisor)(?=\\s*[.!]|\\s*$)",
  // Passed on only "so they're aware": the team is told, nothing is fixed.
  "\\bso (?:that )?(?:they(?:'re| are)|the (?:\\w+ )?team (?:is|are)|everyone(?:'s| is)) aware\\b",
  // Passed on "so it doesn't happen again": the next customer is spared, this one gets nothing.
  "\\b(?:passed|fed|sent|forwarded|shared|raised) (?:this|it|that|your \\w+)(?: on| back)?(?: to [^.!?]{1,40}?)? so (?:that )?(?:it|this|that) (?:doesn'?t|does not|won'?t|will not|never) happen again\\b",
  "\\b(?:take|taken|took) (?:it|this|that|your \\w+|these \\w+) on board|\\bfeed (?:this|it|that) back\\b|\\bkeep (?:this|that|it) in mind\\b",
];

/** Asking the customer for what we need, or showing them how to do it themselves. */
export const FACILITATION = [
  // "DM us your order number", "send us a private message", "please reach us here: <link>"
  // Not after a subject ("orders reach the warehouse", "it gives the", "which calls the") or as a
  // noun ("logged the drop at 14:02"); the verb is
  // looked ahead for first, so the lookbehind runs only where one starts.
  "(?=(?:dm|direct|private|pm|message|send|e-?mail|call|ring|text|reply|write|share|provide|confirm|give|tell|shoot|drop|follow|reach|contact|get|speak|chat|post|click|tap|visit)\\b)(?<!\\b(?:it|they|we|he|she|that|which|who|the|a|an|your|our|my|his|her|their|(?:aim|aims|strive|strives|hope|hopes|wish) to|(?!pls\\b|plz\\b|thanks\\b|yes\\b|us\\b|is\\b|was\\b|has\\b|this\\b|as\\b)[a-z]+s) )\\b(?:dm|direct message|private message|pm|message|send|e-?mail|call|ring|text|reply|write|share|provide|confirm|give|tell|shoot|drop|follow|reach|contact|get in touch|speak|chat|post|click|tap|visit)(?: (?:us|me|over|out|back|through|in|to us|with us|on))*(?: (?:a|an|your|the|with|some|more|any|details|this|that|what|which|when|where|how|if|whether|at|via|here|on|in|by|through|using|for|to|dm|pm|note|message|line|link|form|below|above))\\b",
  // Where to do it: "Cancelling your membership can be done here: <link>"
  "\\bcan be (?:done|found|changed|requested|updated|managed|cancell?ed|booked|tracked|viewed|reset) (?:here|at|on|via|online|through|from|in (?:the|your))\\b",
  // Diagnosis: "have you tried the download queue?", "did you restart the router?"
  "\\b(?:have|did) you (?:already |yet )?(?:tried|try|checked|check|restarted|restart|updated|update|cleared|clear|reinstalled|reinstall|logged|signed|reset)\\b",
  // Pointing to help that fits: "we have some documentation that may help: <link>"
  "\\b(?:documentation|article|guide|instructions|steps|resources?|help page|faq) (?:that|which) (?:may|might|should|will|can|could) help\\b",
  // Check-ins: "are you still unable to log in?", "is the app still crashing?"
  "\\b(?:are|is) (?:you|it|this|that|the \\w+) still (?:unable|not|having|seeing|experiencing|getting|facing|happening|showing|crashing|failing|down|broken|an issue|a problem)\\b",
  // Asking for what we need: "I require your full name and address", "we'll need your order number"
  "\\b(?:i|we)(?:'ll| will)? (?:require|need) (?:your|the (?:order|account|booking|tracking|reference)|some|a few|more) ",
  // "May we have the screenshot?", "could I get your booking reference"
  "\\b(?:may|can|could) (?:we|i) (?:please )?(?:have|get|grab|see|ask for|take|confirm|check)\\b",
  // Asking for it indirectly: "it would be helpful to gather the date of the incident", "providing a photo will help us investigate"
  "\\b(?:it would|it'd|it will|it'll) (?:be )?(?:helpful|useful|a great help|great) (?:to (?:gather|have|know|receive|get|see|include|hear)|if you (?:could|can) (?:send|share|provide|include|gather|give|tell|confirm))\\b|\\bproviding (?:us with )?[^.!?]{0,50}\\b(?:will|would|can|could) (?:help|assist|allow|enable) us\\b",
  // Check-ins: "let us know if the steps work", "let me know how it goes"
  "\\blet (?:us|me) know (?:if|whether|how|what|when|which) (?!you (?:need|have|require)|there)",
  // "you can find / track / request it here", "you'll need to reset it"
  // Advice: "I'd recommend checking in at the airport", "I strongly advise you to contact our security team"
  "(?:\\b(?:i|we)(?:'d| would)? (?:strongly |would )?|(?:^|[.!?]\\s+)(?:@\\w+\\s+)*)(?:recommend|suggest|advise) (?:you (?:to )?[a-z]+|that you [a-z]+|[a-z]+ing)\\b",
  "(?<!(?:when|if|whenever|once|before|after|until|unless) )\\byou(?:'ll be able to|'re able to|'ll need to| (?:can|could|may|might want to|should be able to|will be able to|are able to|will need to|need to|have to|just need to|can also|could also|should|would need to)) (?:also |then |now |simply |just |always )?(?:find|track|check|change|update|reset|request|cancel|return|get|see|view|manage|download|contact|reach|call|book|use|apply|claim|submit|file|opt|switch|turn|edit|access|recover|redeem|start|add|remove|upgrade|downgrade|select|choose|enable|disable|follow|visit|go|head|send|email|dm|message|speak|chat|try|bring|take|restart|reinstall|install|clear|log|sign|tap|click|open|enter|register|set|pick|collect|drop|print|complete|fill|ask|look|refer|read|report|raise|write|share|provide|confirm|give|let|make)\\b",
  "\\b(?:here(?:'s| is) how|follow (?:these|the|this) (?:steps|link|guide|instructions)|the steps (?:are|below)|steps below|instructions (?:below|here)|more info(?:rmation)? (?:here|at|on)|details (?:here|at)|info (?:here|at)|check (?:here|this out|out this)|this link|the link (?:below|above|provided)|the following link|this article|this guide|this page|here(?:'s| is) (?:an?|the|our) (?:\\w+ )?(?:article|guide|link|page|video|faq|tutorial)|click (?:here|below|the link|on the))\\b",
];

/** Verbs that open an instruction: "Try restarting", "Go to Settings > …", "Please run the tracert". */
export const IMPERATIVE_VERBS =
  "(?:get (?:help|in touch|started|support)|join|try|go|head|navigate|tap|click|press|select|choose|open|visit|check|follow|restart|reboot|reinstall|install|update|uninstall|clear|log|sign|turn|switch|enable|disable|use|swipe|hold|unplug|plug|reset|toggle|make sure|ensure|double-check|download|contact|call|reach|give|see|refer|look|find|fill|complete|submit|request|book|schedule|order|return|bring|take|remove|insert|connect|disconnect|power|dm|direct message|message|send|email|e-mail|reply|write|share|provide|confirm|tell|let (?:us|me) know (?!if (?:you|there)(?:'s| is| have| need| are)? ?(?:any|anything|something|someone|more|further|other|need|questions?)\\b)|drop|shoot|run|back ?up|delete|add|enter|type|copy|paste|allow|sign in|log in|visit|speak|ask|pop|grab|post|text|ring|verify|include|attach|forward|keep an eye|monitor|test|power cycle|hard reset|force (?:quit|close|stop)|meet|chat)";

/** What comes before an imperative verb at the start of a sentence. */
export const IMPERATIVE_LEAD = "(?:(?:please|kindly|pls|plz|just|simply|first|firstly|then|next|also|so|now|and|meanwhile|in the meantime|to (?:start|begin)|if (?:it|that|this|the \\w+|you)[^,]{0,60},|for (?:refund|more|further|help|assistance|details|info|information)[^,]{0,40},|to [^,]{0,60},)[,:]? )*";

/** Courteous endings that are not a next step. */
export const CLOSINGS = [
  // Open offers after the customer has said what is wrong: "Is there anything I may be able to help with?"
  "is there anything(?: \\w+){0,3}? (?:(?:that )?(?:i|we) (?:may|can|could|might)(?: be able to)?|(?:that )?(?:i|we) (?:would|'d) be able to) (?:help|assist|do)|have you had an? (?:issue|problem) (?:that )?(?:i|we) (?:can|could|may) help (?:you )?with",
  "feel free to reach (?:back )?out(?: to (?:us|me))?(?: again)?(?: (?:once|when|if|should|after|any ?time)\\b)",
  // "Feel free to leave your feedback at the link": a suggestion box, not a fix.
  "feel free to (?:leave|share|submit|send|post|give) (?:us )?(?:your |any |some )?(?:feedback|suggestions?|comments?|thoughts|ideas)",
  // "Give us a shout if you need anything": an open door, not a step.
  "(?:feel free to |just |do )?give (?:us|me) a (?:shout|call|bell|ring|buzz)(?: (?:if|when|whenever|any ?time)\\b[^.!?]{0,40})?(?=\\s*[.!]|\\s*$)",
  "feel free to (?:contact|reach(?: out)?|get in touch|let us know|drop|message|dm|ask|tweet|send|call|email)(?: (?:us|me))?(?: (?:out|back|a line|a message|a dm))?(?! (?:us|me|out|back|a line|a message|a dm)\\b)(?! (?:your|the|with your|a copy|details|photos?|pictures?)\\b)",
  "(?:please )?(?:do(?:n'?t| not) hesitate to(?: (?:contact|reach(?: out)?|get in touch|ask|call|email|e-mail|dm|message|tweet|let (?:us|me) know|write)(?: (?:to )?(?:us|me|out|back))*)?|let (?:us|me) know if (?:you|there|we|i)(?:'s| is| have| need| are| would| do| can| could| may)? ?(?:be of |help with )?(?:any|anything|something|someone|more|further|other|need|questions?|we can|i can|you need|you have|you'd)|if you (?:have|need|require) (?:any|anything|further|more|other|additional)\\b)",
  // Conditional offers to someone who has already said what is wrong (labels: "if there's anything I can help with, DM me").
  // "If you'd like us to look into it, DM us", "If you change your mind, let us know": the step waits on a wish.
  "\\bif you(?:'d| would) like (?:us|me) to (?:look into|check|investigate|help|take a look|have a look|look at)\\b[^.!?,]{0,40}|\\bif you (?:want (?:to )?)?change (?:your|you'?re) mind\\b",
  "\\bif you(?:'re| are) still (?:having|experiencing|facing|seeing|getting) (?:any )?(?:trouble|issues?|problems?|difficult(?:y|ies)|errors?)\\b[^.!?,]{0,60}|\\bif you(?:'re| are) (?:still )?(?:unhappy|not happy|dissatisfied|not satisfied)\\b[^.!?,]{0,60}|\\bif you (?:face|encounter|experience|run into|hit|see|get) (?:any )?(?:future |further |more |other |new )?(?:errors?|issues?|problems?|trouble)\\b[^.!?,]{0,40}|\\bif (?:you (?:happen to |still )?(?:need|have|require|want|would like)|there(?:'s| is| are)|we can|i can)(?: (?:any|anything|more|further|additional|other|some|else))* (?:help|assistance|a hand|support|questions?|anything|further|more|issues?|concerns?|problems?|info|information|we can|i can|else|assist)\\b",
  // "If it happens again, DM us", "if it's still there after that, feel free to reach out", "if you'd
  // like to discuss this further, call the desk", "staff are happy to provide an estimate if asked".
  "\\bif (?:it|this|that) (?:happens|occurs|comes up|persists|continues)(?: again)?\\b[^.!?]{0,60}|\\bif (?:it'?s|it is|they'?re|they are) still (?:there|showing|happening|pending)\\b[^.!?]{0,60}|\\bif you(?:'d| would) like to (?:discuss|talk about|go through|chat about) (?:this|it|that)\\b[^.!?]{0,60}|\\b(?:are|is) (?:always )?(?:happy|glad|pleased) to (?:\\w+ ){1,4}if (?:asked|requested|you ask|needed|required)\\b",
  // Deferrals: come back if it still fails ("let us know if you haven't received it within 48 hours").
  // "Let us know if the problem continues", "if you feel anything was missing, please let us know": come
  // back if it persists, or if the customer still believes what they have already told us.
  "let (?:us|me) know (?:if|should|when) (?:the |this |that |your )?(?:problem|issue|fault|it|this|that|trouble)(?: \\w+)? (?:continues|persists|happens again|comes back|returns|recurs|keeps happening|carries on)\\b|\\bif you (?:feel|think|believe) (?:that )?(?:anything|something|there|any \\w+|an? \\w+) (?:was|is|were|are|has been|may have been) (?:missing|wrong|not right|incorrect|damaged|faulty)\\b[^.!?]{0,60}",
  "let (?:us|me) know if (?:you (?:haven'?t|have not|still|don'?t (?:receive|get|hear|see))|it (?:doesn'?t|does not|hasn'?t|has not|still|isn'?t)|(?:this|that) (?:doesn'?t|does not|still)|(?:the|your) \\w+ (?:doesn'?t|does not|hasn'?t|has not|isn'?t|is not|still))",
  "hope (?:this|that|it) (?:helps|helped|clears|answers|is helpful)",
  "(?:we|i) (?:value|appreciate) (?:your|the|you) (?:feedback|business|patience|input|loyalty|understanding|comments|support|reaching out|letting us know|bringing|taking the time)",
  "thanks? (?:you )?(?:so much |again |very much )?for (?:taking the time to (?:\\w+ )?)?(?:reaching out|contacting|getting in touch|your (?:patience|feedback|understanding|business|message|time|loyalty|support|tweet|note|kind words|comments)|letting us know|the (?:feedback|heads up|shout ?out|kind words|update|info|information)|being a (?:loyal |valued )?customer|choosing|tweeting|flagging|sharing|confirming|clarifying|following)",
  "have a (?:great|good|nice|wonderful|lovely|fantastic|safe|happy) (?:day|one|evening|weekend|night|flight|trip|time)",
  "(?:we(?:'re| are)|i(?:'m| am)) (?:always |just |right )?here (?:to help|for you|if you need|whenever|to assist)|^\\W*here to help|(?:help is|we(?:'re| are)|i(?:'m| am)) (?:just |only |always )?(?:a|one) (?:tweet|dm|message|call) away",
  "happy to help|glad (?:we|i) could help|glad to help|anything else (?:we|i) can (?:help|do|assist)|(?:is there )?anything else (?:(?:we|i) (?:may|can|could) )?(?:help|assist)",
  "please (?:keep us|let us) (?:updated|posted|in the loop)|keep us (?:updated|posted|in the loop)|please be patient|(?:we|i) (?:appreciate|thank you for) your patience",
  "(?:we|i) hope (?:you(?:'ll| will)? (?:give us|come back|visit|enjoy|fly|see)|to see you|to welcome you)|(?:we|i) (?:would )?love to (?:have|see|welcome) you",
  "(?:we|i) (?:take|takes) (?:this|these|that|it|\\w+ \\w+|\\w+) (?:very |extremely |really )?seriously|(?:our|the) goal is|(?:we|i) always (?:want|strive|aim)|(?:we|i) never want|strive to|(?:we|i) want (?:you|our customers|every customer) to (?:have|enjoy|feel)",
  // Availability and priorities, not a step: "our support team is always available to assist you", "your satisfaction is our priority".
  "(?:our|the) (?:\\w+ )?(?:team|agents?|representatives|staff|experts) (?:is|are) (?:always |here and |standing by and )?(?:available|ready|standing by|here) to (?:help|assist|support)(?: you)?\\b|(?:your|customer) satisfaction is our (?:top |highest |number one |first )?priority",
  "(?:your|the) (?:comments?|feedback|complaint|concerns?) (?:has|have) been (?:noted|logged|recorded|received)|(?:we(?:'ve| have)|i(?:'ve| have)) (?:noted|logged|recorded|made a note of) (?:your|the|this)",
];

/** Telling the customer it cannot be done, or that there is no information. */
export const REFUSAL =
  "\\b(?:could(?:n'?t| not) (?:offer|help|do|change|find|refund|provide|process|assist|waive|accept|give)|(?:that|this|it)(?:'s| is) (?:our|the|company|standard) policy|per (?:our )?policy|(?<!\\b(?:are|were|is) (?:you|it|they) (?:still )?)(?:not able|unable)|(?<!\\byou )(?:can(?:no|')?t|cannot)|can not|won'?t be able|would not be able|wouldn'?t be able|no longer|not possible|(?:don'?t|do not) have (?:any )?(?:information|info|access|details|an update|visibility|control)|aren'?t able|are not able|(?:is|are) not available|(?:isn'?t|aren'?t) available|not something (?:we|i)|nothing (?:more|else|further)|(?:don'?t|do not|doesn'?t|does not) (?:deal|handle|offer|provide|support|allow|accept|refund|cover|comment)|(?:not|never) (?:be )?(?:refunded|refundable|compensated|eligible)|non-?refundable)\\b";

/** Guessing at a cause instead of finding out: "may not have been available", "it sounds like". */
export const HEDGE = "\\b(?:may|might|could) (?:not )?have (?:been|had)|\\blikely\\b|\\bprobably\\b|\\b(?:it|this) (?:seems|sounds|appears|looks) (?:like|that|to)|\\bsounds like\\b";

/** Handing the matter over: "raise it with", "take this up with", "report it to" (someone named next). */
export const HAND_OFF = "raise (?:this|it|that)(?: directly)? with|take (?:this|it|that) up(?: directly)? with|report (?:this|it|that)(?: directly)? to";

/** The problem disowned onto someone else: "in DPX's hands", "on the hotel's side". */
export const DISOWNED = "\\bin (?:the )?(?:[\\w&-]+(?:'s|s')|their) hands\\b|\\bon (?:the )?[\\w&-]+(?:'s|s') (?:side|end)\\b";

/**
 * The matter said to belong to someone else: the partner, the bank or the manufacturer "handles"
 * it, "it sits with their desk", "best raised with the driver", "something your bank will need to
 * look into", "sellers are independent businesses", "it'd be one for them", "between you and
 * PetSure", "they are best placed to tell you".
 */
export const HANDED_OVER =
  "\\b(?:is|are) (?:handled|dealt with|managed|processed|operated|carried out|run|decided|fulfilled|owned|set|determined|allocated|controlled) (?:directly |entirely |solely |separately |independently )?by (?:the |your |their |our (?:\\w+ )?(?:partners?|contractors?)\\b)|\\b(?:sits|lies|rests) (?:entirely |solely )?with (?:the|their|your|them)\\b|\\bbest (?:raised|taken up|directed|addressed|discussed|handled|resolved) (?:directly )?with\\b|\\bsomething (?:your|the|their) (?:\\w+ ){0,2}(?:will|would|'ll|'d) (?:need|have) to\\b|\\b(?:are|is) (?:an? )?(?:independent|separate) (?:businesses|business|companies|company|sellers?|retailers?|merchants?|operators?)\\b|\\b(?:it'?d|it would|it'?s|it is|that'?s|that would) be one for (?:them|the \\w+|your \\w+)\\b|\\b(?:is )?one (?:to take up|to raise|for you to take up) with\\b|\\b(?:is|'s) (?:all )?between you and\\b|\\b(?:they|they're|they are|who are) (?:best|better) placed to\\b";

/** Sending the customer to another company instead of acting. */
/** "contact Kuwait Airways": a named company to contact (checked against the team's own names). */
export const NAMED_CONTACT = new RegExp(`\\b(?:contact(?:ing)?|reach(?:ing)? out to|get(?:ting)? in touch with|speak(?:ing)? (?:to|with)|talk(?:ing)? to|call(?:ing)?|check(?:ing)? with|${HAND_OFF}) ((?:[A-Z][\\w&'-]+ ){0,3}[A-Z][\\w&'-]+)`);

export const ELSEWHERE =
  "\\b(?:contact|reach out to|get in touch with|speak (?:to|with)|talk to|call|check with|take (?:it|this|that) up with|raise (?:it|this|that) with|address (?:it|this|that)? ?with) (?:the|your|a|their) (?:\\w+ )?(?:seller|sellers|vendor|merchant|carrier|courier|manufacturer|maker|bank|card issuer|credit card company|issuing bank|retailer|marketplace|third[- ]party|shipping company|delivery company|postal service|post office|airline|provider|isp|developer|publisher|dealer|distributor|supplier|partner|landlord|insurer|insurance company|hotel|host|restaurant|driver|installer|travel agent|booking site|payment provider|network|operator|studio|sender|front desk|property|venue|organi[sz]er|gp|doctor|prescriber|vet|employer)\\b" +
  // Handed back to a party named before, or disowned: "raise it with them", "in DPX's hands", "it's the merchant who …".
  "|\\b(?:go through|raise (?:it |this |that )?with|take (?:it |this |that )?up with|chase (?:it |this |that )?(?:up )?with) them\\b|\\b(?:give|giving) them a (?:ring|call|bell)\\b|\\bring them\\b|\\brather than (?:with )?us\\b|" + DISOWNED + "|\\bit'?s (?:the|your) (?:\\w+ )?(?:merchant|seller|bank|carrier|courier|retailer|hotel|property|restaurant|airline|provider|sender) (?:who|that)\\b|\\bhandles? their own\\b|" + HANDED_OVER +
  "|\\b(?:seller|manufacturer|carrier|courier|bank|card issuer|retailer|airline|provider|developer|publisher|dealer|supplier|insurer|hotel|restaurant)s?\\b[^.!?]*\\b(?:contact|reach out to|get in touch with|speak (?:to|with)|talk to|call) (?:them|they)\\b";

/** Defending the company instead of answering: blame, policy, "as mentioned" (records are judged apart: they may bring good news). */
export const DEFENSIVE =
  "\\byou (?:must|should|failed|didn'?t|did not|never|forgot)\\b|\\b(?:user|customer|your) (?:error|mistake|fault)\\b|\\bas (?:(?:i|we) )?(?:have |had |'ve )?(?:previously |already )?(?:mentioned|stated|explained|advised|said|told you)\\b|\\bout of our control\\b|\\bnot (?:our|my) (?:fault|responsibility)\\b|\\bfound nothing\\b|\\bno (?:fault|issue|problem) (?:was |could be )?found\\b";

/** Moving the conversation to private messages: not a promise to fix anything, so it may be repeated. */
export const CHANNEL_HANDOFF =
  "\\b(?:got|received|seen|see) your (?:dm|message|pm)\\b|\\b(?:meet|see|chat with|talk to|speak with) you (?:back )?(?:there|in (?:dm|pm|private|the dms?))\\b|\\b(?:replied|responded|sent you a (?:dm|message|pm)|sent a dm)(?: to you)?(?: (?:via|in|by|through) (?:dm|pm|private message))?\\b|\\bcarry on (?:chatting|the conversation) (?:there|in dm)\\b";

/** Holding replies: they promise an answer, not an action ("we will respond as soon as possible"). */
export const HOLDING =
  "(?:respond|reply|get back to you|be in touch|answer|contact you|look at (?:it|this|your \\w+)) (?:to you )?as soon as (?:possible|we can)|high (?:volume|number) of|in the order (?:it was|they were|they are) received|in due course";

/** Pointing at a page with no link: "please check our FAQ page". */
export const VAGUE_POINTER =
  "\\b(?:check|see|visit|read|refer to|look at|have a look at|go to|head to) (?:our|the) (?:faqs?|faq page|website|site|help (?:centre|center|pages?|section)|terms|app|community|forums?|page)\\b";

/**
 * Waiting asked of the customer, which is not a step: "please allow up to 10 working days", "we'd
 * advise giving it a fortnight", "keep an eye on our status page".
 */
export const WAIT =
  "\\b(?:please |kindly )?allow (?:up to |at least |another |a further )?(?:\\d+|a few|a couple of|one|two|three|five|seven|ten)(?:\\s*-\\s*\\d+)? (?:working |business )?(?:days|weeks|hours)\\b|\\bgiv(?:e|ing) it (?:a (?:fortnight|week|few days|couple of (?:days|weeks))|another (?:day|week|few days)|\\d+ (?:days|weeks)|(?:a )?(?:few|couple of) (?:more )?(?:days|weeks))\\b|\\bkeep an eye on (?:our|the) (?:\\w+ )?(?:status|service|updates?|news) (?:page|site|feed|account)\\b|\\bcheck back (?:later|soon|in a)\\b";

/**
 * A sentence that opens with a bare noun phrase and its verb, not an imperative: "Schedule changes
 * are made by the airline", "Hold baggage allowances are shown on the fare page". An imperative's
 * object takes a determiner ("Check your settings are …").
 */
export const NOUN_SUBJECT =
  "^\\W*(?:@\\w+\\W+)*[A-Z][a-z]+ (?!(?:the|your|our|a|an|this|that|these|those|it|them|its|my|his|her|their|sure|if|whether|out|up|in|on|off|to|for|with|back|us|me)\\b)[a-z]+(?: [a-z]+)? (?:are|is|was|were|depends?|vary|varies)\\b";

/** The team's own words when an instruction names someone to contact: not another company. */
// Our own departments: "call Reservations", "contact Customer Relations" is not another company.
export const SELF_NAMES = /^(?:us|our|support|customer|care|service|team|help|me|the|a|an|reservations|bookings|sales|billing|accounts|baggage|claims|refunds|returns|relations)$/i;

/** Records cited to report progress: information, not blame. */
export const GOOD_NEWS =
  /\b(?:refund|replacement|credit|reimbursement|order|package|parcel|payment|charge|fee|return|exchange|claim|request|ticket|case|fix|repair)s?(?: (?:of|for|on|to|from) [^.!?,]{1,30}?)? (?:was|has been|have been|is being|will be|is|are) (?:already )?(?:issued|processed|approved|reversed|voided|waived|corrected|refunded|sent|shipped|dispatched|credited|completed|applied|resolved|submitted|received|on (?:its|the) way|in transit|scheduled|out for delivery|being processed)|\b(?:refund|credit|payment|money|reimbursement)s?(?: of [^.!?,]{1,20}?)? (?:reached|landed (?:in|on)|arrived (?:in|on)|went (?:back )?(?:to|into))\b|\b(?:we|i)(?:'ve| have) (?:already )?(?:refunded|credited|issued|sent|shipped|processed)\b/i;
