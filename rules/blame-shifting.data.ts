/**
 * Blame markers, by family (Davidow 2003: a failed account shifts responsibility away from the
 * firm). Patterns are regular-expression source matched on whole words, case-insensitively, on
 * text whose curly quotes are folded to ASCII. Extend them with the rule's `extraPhrases` option.
 */
import type { Phrase } from '../src/rule-kit/phrases.js';
import { DISOWNED, HANDED_OVER } from '../src/rule-kit/remedies.data.js';

export const FAMILIES = {
  'blames-customer': 'Blames the customer',
  'cites-policy': 'Hides behind policy',
  rebuke: 'Reminds the customer they were already told',
  lecture: 'Lectures the customer',
  deflection: 'Sends the customer to someone else without acting',
  'records-dispute': 'Uses records to dispute the customer',
  refusal: 'Refuses to take responsibility',
  condescension: 'Talks down to the customer',
  dispute: "Disputes the customer's account instead of looking into it",
} as const;

export type Family = keyof typeof FAMILIES;

/** A blame phrase and when it is forgiven. */
export interface BlamePhrase extends Phrase {
  family: Family;
  /** Not blame when the team acts in the same reply ("I've opened a claim with the carrier"). */
  excusedByAction?: boolean;
  /** Not blame when the reply also gives the customer a way forward (a link, a team to contact, a step). */
  excusedByWayForward?: boolean;
  /** Not blame when the same sentence reports our own action or commitment ("As I mentioned, the engineer is booked … I've confirmed it"). */
  excusedInActingSentence?: boolean;
  /** Information, not blame, unless it answers a complaint ("Please keep in mind that fees vary by country", "our agents are trained to help"). */
  onlyAgainstComplaints?: boolean;
}

const OWN_IT = ["Let's sort this out together: …", "I'm sorry this went wrong. Here's what I've done: …"];

export const PHRASES: BlamePhrase[] = [
  // The customer's fault.
  {
    family: 'blames-customer',
    pattern:
      // Not inside a step to check ("check if there are fields you might have missed").
      "(?<!\\b(?:(?:check|verify|see|find out) (?:if|whether)|make sure|ensure)\\b[^.!?]{0,60})you (?:must|might|may) have (?!been (?:\\w+ )?(?:frustrat|disappoint|upset|annoy|worr|stress|confus|through|wait|dealing|expecting|looking)|felt|had (?:a|an|quite|such)|gone through|seen|heard|noticed|received|got|gotten|missed (?:us|our)|experienced|encountered|faced|suffered|endured|undergone|run into|come across)(?:\\w+(?:ed|en)|made|done|sent|put|set|lost|forgot|left|chose|bought|paid|typed|hit|deleted|entered|selected|clicked|changed|used|missed|booked|ordered|cancell?ed|opted|turned)\\b",
    expected: ["It looks like something went wrong with …; I've fixed it by …", "Let's double-check … together."],
    cost: 1,
  },
  {
    // "You probably waited too long before clicking it": the customer's timing blamed for our failure.
    family: 'blames-customer',
    pattern:
      "(?=you )(?<!\\b(?:if|when|unless|in case|whether|sorry|apologi[sz]e|apologies|regret|hate)\\b[^.!?]{0,40})you (?:probably |likely |clearly |obviously |(?:must|may|might) have )?(?:waited|left it|clicked|tried|called|booked|ordered|arrived|checked in|applied|cancell?ed|came|responded|replied|paid|requested|submitted|returned|reported|logged in|signed up)(?: \\w+)? too (?:long|late|early|soon)",
    expected: ["It looks like … didn't go through in time; I've …", "Let's fix this together: …"],
    cost: 1,
  },
  {
    family: 'blames-customer',
    pattern: 'you should(?: not|n\'t)? have (?:read|checked|contacted|called|ordered|selected|chosen|clicked|entered|used|done|asked|waited|followed|looked|known|noticed|kept|saved|reported|told|informed|cancell?ed|returned|updated|bought|purchased|booked|signed up|provided)',
    expected: ['Next time, … will help; for now I have …'],
    cost: 1,
  },
  {
    family: 'blames-customer',
    pattern:
      "you (?:failed|neglected|forgot|omitted) to|you (?:did not|didn'?t|never) (?:read|follow|check|provide|enter|select|update|include|specify|tell|inform|notify|contact|return|cancel|save|confirm|verify|complete|submit|pay|register|activate|opt in)|you were (?:supposed|required|told|asked|advised|informed|notified|warned) to|if you had (?:read|followed|checked|contacted|provided|entered|told|called|updated)|had you (?:read|followed|checked|contacted|provided|entered|told|called|updated)|you (?:clearly|obviously) (?:did|didn'?t|have|haven'?t|were|weren'?t)",
    expected: ["It looks like … didn't go through; I've …", "Let's fix this together: …"],
    cost: 1,
  },
  {
    family: 'blames-customer',
    pattern:
      "(?:this|that|it|the (?:issue|problem|error|mistake|delay)) (?:is|was) (?:due to|because of|caused by) (?:your|you) (?!request|order|booking)\\w+|(?:user|customer) (?:error|mistake|fault)|your (?:mistake|fault)|your error(?! (?:message|code|screen|is (?:attended|resolved|fixed|being)|will be|has been|gets? (?:fixed|resolved|attended)))|(?:is|was) (?:entirely |totally |completely )?your (?:fault|mistake|responsibility|problem)|(?:the )?(?:issue|problem|error|fault) (?:is|lies|was) (?:on|with) your (?:end|side)|you (?:entered|typed|selected|chose|provided|gave us|put in) (?:the |an )?(?:wrong|incorrect|invalid|bad)",
    expected: ['Let me look into what happened with …', "I've corrected … for you."],
    cost: 1,
  },
  {
    // "The cancellation wasn't completed because the final button wasn't pressed": the customer's step, in the passive.
    family: 'blames-customer',
    pattern:
      "(?:button|box|checkbox|link|step|form|option|code|field)s?['\"]? (?:wasn'?t|was not|weren'?t|were not|hadn'?t been|had not been) (?:pressed|clicked|selected|completed|ticked|filled(?: in)?|entered|followed|used|submitted|confirmed)\\b",
    expected: ["It looks like … didn't go through; I've …", "Let's fix this together: …"],
    cost: 1,
    onlyAgainstComplaints: true,
  },
  // Policy as a shield.
  {
    family: 'cites-policy',
    pattern:
      "as (?:stated|outlined|explained|described|specified|detailed|noted|mentioned|set out|written) (?:in|on|under|by) (?:our|the|your) (?:\\w+ ){0,2}(?:policy|policies|policy wording|policy documents?|terms|t&cs?|terms and conditions|terms of (?:service|use|sale)|conditions(?: of (?:carriage|sale|service|use|booking))?|tariff|agreement|contract|faq|website|fine print|guidelines|page|handbook|guide|brochure|leaflet)|as per (?:our|the) (?:\\w+ ){0,2}(?:policy|policies|terms|t&cs?|terms and conditions|guidelines|conditions|page|website|handbook|agreement|contract)|(?:as per|due to|because of|required by) (?:the )?(?:legislation|law|regulations?|government rules)|(?:but )?(?:we|our \\w+) (?:do |always |strictly )?(?:follow|comply with|adhere to|meet) (?:all )?(?:the )?(?:\\w+ )?(?:regulations|legislation|laws|legal requirements)|per (?:our|the) (?:\\w+ )?(?:policy|policies|terms)|(?:it is|it's|that is|that's|this is) (?:our|company|the company's|store|standard) policy|(?:our|the) (?:t&cs?|terms(?: and conditions)?|terms of (?:service|use|sale)|conditions of (?:hire|carriage|sale|booking|service)) (?:clearly )?(?:state|states|say|says|require|requires|specify|specifies)\\b|our (?:\\w+ )?policy (?:is|states|says|clearly|does not|doesn't|prohibits|requires|only allows|won'?t|will not)|(?:according to|under|in line with|in accordance with) (?:our|the) (?:\\w+ )?(?:policy|policies|terms|t&cs?|terms and conditions)|(?:policy|policies) (?:does not|doesn'?t|do not|don'?t|won'?t) (?:allow|permit|let us)|you agreed to (?:our|the) (?:terms|policy|conditions)|(?:our )?hands are tied",
    expected: ["Here's what I can do: …", "I can't …, but I can …"],
    cost: 0.6,
  },
  // A rule restated as the answer to a complaint: "booking rules apply", "damage must be reported within 24 hours".
  {
    family: 'cites-policy',
    pattern:
      "(?:booking|fare|ticket|ticketing|baggage|luggage|these|those|the same|our|usual|normal|standard|strict) (?:rules?|restrictions) (?:still |do |does |will )?(?:apply|applies|applied)\\b|(?:we|i) (?:just |simply |do |always )?(?:have|need|want) to be (?:fair|consistent) (?:to|with|for) (?:all|every|everyone|everybody)|(?:the same )?(?:rules?|policy|policies|fees?|charges?) (?:apply|applies) (?:equally )?to (?:all|every|everyone|everybody)\\b|(?:must|has to|have to|needs to|need to) be (?:reported|assessed|claimed|made|submitted|raised|registered|logged|filed|requested|inspected) (?:in person |in writing |at the \\w+ |online )?within \\d+ (?:hours|days|minutes|working days|business days)|(?:doors|gates?|check-?in|boarding) (?:close|closes|shut|shuts|ends?) (?:\\d+|thirty|fifteen|ten|twenty|forty|sixty) (?:seconds|minutes|mins) (?:before|prior to) (?:departure|the (?:flight|train|sailing|departure))",
    expected: ["Here's what I can do: …", "I can't …, but I can …"],
    cost: 0.6,
    excusedByAction: true,
    excusedByWayForward: true,
  },
  // A fee restated, and the customer told they were shown it, in answer to a complaint about it.
  {
    family: 'cites-policy',
    pattern: "(?:is|are|will be|was|were) (?:all )?subject to (?:an? |the )?(?:[\\w-]+ ){0,2}(?:fee|charge|penalty|surcharge|fine)s?\\b",
    expected: ["Here's what I can do: …", "I can't …, but I can …"],
    cost: 0.6,
    excusedByAction: true,
    onlyAgainstComplaints: true,
  },
  {
    family: 'rebuke',
    pattern:
      "(?:this|that|it|which|the (?:fee|charge|cost|price|fare|total|amount|policy|rule|condition|restriction)s?) (?:is|was|are|were) (?:clearly |always |all |also |very )*(?:shown|displayed|stated|listed|explained|mentioned|advised|outlined|highlighted|noted|made clear|visible) (?:during|at|when|on|in|before|throughout|prior to)\\b",
    expected: ["I'm sorry this wasn't clearer. Here's what I can do: …"],
    cost: 0.5,
    onlyAgainstComplaints: true,
  },
  // "As previously mentioned": tells the customer they should have listened.
  {
    family: 'rebuke',
    pattern:
      "as (?:(?:i|we) )?(?:previously|already|earlier|before) (?:mentioned|stated|said|explained|advised|noted|indicated|informed|discussed|told you|outlined|communicated)|as (?:(?:i|we) )?(?:mentioned|stated|said|explained|advised|noted|indicated|informed you|told you) (?:previously|already|before|earlier|in (?:my|our) (?:previous|last|earlier) (?:email|message|reply|response|tweet))|as (?:i|we) (?:have )?(?:already )?(?:said|explained|told you|mentioned)(?: (?:before|previously|earlier|already|several times|multiple times|more than once))?|like (?:i|we) (?:said|mentioned|told you)|(?:i|we) (?:have )?already (?:explained|told you|answered|addressed|responded to) (?:this|that)|(?:my|our) (?:earlier|previous|last|original|first) (?:message|reply|tweet|response|answer|e-?mail) (?:was|is) (?:correct|right|accurate)|once again,? (?:i|we) (?:must|have to|need to|will)",
    expected: ['To recap:', 'Here are the steps again:'],
    replacement: 'To recap',
    cost: 0.5,
    excusedInActingSentence: true,
  },
  // Telling the customer they could have known: the charge was published, next time do it our way.
  {
    family: 'rebuke',
    pattern:
      "(?:we|it) (?:do |does )?(?:advise|state|publish|display|show|list|explain|make clear)s? (?:our |the |all |these )?(?:\\w+ )?(?:charges|fees|prices|rates|costs|terms|policy|conditions|rules) (?:online|on our (?:website|site|app)|on the (?:website|site|app)|in (?:our|the) (?:terms|app|confirmation))|(?:charges|fees|prices|rates|costs|terms|conditions|details|allowances?|limits|restrictions) (?:are|is) (?:clearly |all |always )?(?:available|displayed|shown|listed|published|stated|advised|visible)(?: to (?:view|see|read))? (?:online|on (?:our|the) (?:[\\w&-]+ ){0,2}(?:website|site|app|page)|in (?:the|our) app|in (?:the |our )?reception|at (?:the |our )?(?:desk|counter|reception|checkout|till)|before|prior to)|(?:(?<![a-z] )|(?<=\\b(?:so|and|but|just) ))for future reference|for future (?:trips|travel|bookings?|orders?|visits?|purchases?|stays?|deliveries|appointments?),? (?:please |just )?(?:tell|let us know|check|make sure|call|contact|book|remember|allow|arrive|read|ensure|double[- ]check)\\b|(?:for )?next time,? (?:please |just |it'?s worth |try to )?(?:make sure|remember|be sure|call|check|double[- ]check|read|contact|let us know|add|adding|book|buy|order|allow|arrive|keep)|in (?:the )?future,? (?:please )?(?:make sure|remember|be sure|call|check|read|contact)",
    expected: ['Here are the charges for your call: …; I have …', "I'm sorry this wasn't clearer. Here's what I can do: …"],
    cost: 0.5,
  },
  // The customer told they were shown it: "as the plans page says quite clearly", "the size limits are printed on every confirmation".
  {
    family: 'rebuke',
    pattern:
      "as (?:the|our|your) (?:\\w+ ){0,2}(?:release notes|e-?mails?|notice|notification|letter|text|message|terms|faq|website|site|page|confirmation|announcement|listing|description|details|tariff|contract)s? (?:explained|explains|stated|states|mentioned|mentions|said|says|showed|shows|made clear|makes clear)(?: quite| very)? clearly\\b|(?:it'?s|it is|they'?re|they are|this is|that'?s) (?:all )?(?:clearly )?(?:in|on) (?:the|our) (?:faq|terms|t&cs|website|help page|tariff)\\b",
    expected: ["I'm sorry this wasn't clearer. Here's what I can do: …"],
    cost: 0.5,
  },
  {
    family: 'rebuke',
    pattern:
      "as (?:the|our|your) (?:\\w+ ){0,2}(?:release notes|e-?mails?|notice|notification|letter|text|message|terms|faq|website|site|page|confirmation|announcement|listing|description|tariff|contract)s? (?:explained|explains|stated|states|mentioned|mentions|said|says|showed|shows|made clear|makes clear)\\b|(?:limits?|rates?|fees?|charges?|prices?|rules?|terms|conditions|restrictions)(?: \\w+)? (?:are|is) (?:all |clearly |always )*(?:printed |shown |listed |stated |displayed |included |explained )?(?:on|in) (?:every|each|the|your|our) (?:booking |order )?(?:confirmation|booking|ticket|receipt|invoice|bill|website|app|tariff page|terms)s?\\b|(?:(?:it'?s|it is) (?:always |usually |generally |really )?(?:worth|best|a good idea|wise|advisable)|(?<=^|[.!?]\\s)worth) (?:(?:double |quickly |just )?\\w+ing|to \\w+)[^.!?]{0,60}\\bbefore (?:you\\b|your next\\b|the next\\b|subscribing|booking|ordering|travell?ing|buying|placing|signing|paying|purchasing|setting off|leaving|heading)|to avoid (?:this|that|it|[\\w ]{1,30}?) (?:happening )?(?:again|in (?:the )?future|going forward|next time)\\b|as (?:it )?(?:says|said|states|stated|shows|explains) (?:on|in) (?:our|the|your) (?:\\w+ ){0,2}(?:website|site|app|page|terms|confirmation|email|booking)\\b|(?:the )?(?:signs?|notices?|posters?) (?:at|on|in|by) (?:the |our )?\\w+ (?:clearly )?(?:ask|asks|tell|tells|say|says|state|states|warn|warns)\\b|(?=next time\\b)(?<!\\b(?:they|they're|they'll|there|he|she|we|we're|we'll|i|i'll|i'm|(?:the|our) (?:restaurant|store|shop|driver|rider|team|kitchen|crew|courier|branch|staff|partner)s?|show you|see you|welcome you|have you|serve you)\\b[^.!?,]{0,40})next time\\b(?=\\s*(?:[,.!;:]|$|[^\\x00-\\x7F]))|(?:for future \\w+|in future|going forward),? (?:it'?s|it is) (?:always |usually |generally )?(?:worth|best|a good idea|wise)\\b|(?:it'?s|it is) (?:always )?worth (?:remembering|noting|bearing in mind|keeping in mind)\\b|recommend (?:checking|reading|reviewing|looking at)[^.!?]{0,60}\\bbefore (?:ordering|booking|buying|purchasing|travell?ing|you)\\b|which (?:is|was|are|were) (?:clearly |also )?(?:noted|shown|stated|listed|mentioned|explained|flagged|highlighted|set out) (?:under|on|in|at) [^.!?,]{0,30}?\\b(?:page|website|site|listing|description|terms|conditions|confirmation|checkout|booking form|policy|faq)\\b|(?:we|which we) (?:did |had |have )?(?:flag|flagged|mention|mentioned|state|stated|note|noted|show|showed|display|displayed|warn|warned) (?:this |it )?(?:on|in|at|during) (?:the )?(?:checkout|booking|order|confirmation|website|app|page|terms)|(?:the )?(?:full |total )?(?:amount|total|price|cost) (?:is|was) (?:clearly |always )?(?:shown|displayed|stated|listed) (?:at|on|in|before|during)\\b|(?:members|customers|people|users|guests) who (?:book|order|arrive|check|read|plan|sign up)[^.!?]{0,40}\\b(?:rarely|never|don'?t) (?:have|get|run into)\\b",
    expected: ["I'm sorry this wasn't clearer. Here's what I can do: …"],
    cost: 0.5,
    excusedInActingSentence: true,
    onlyAgainstComplaints: true,
  },
  // "… as stated in the terms and conditions you agreed to", "the parent handbook you received": the customer told they had the rules.
  {
    family: 'rebuke',
    pattern:
      "(?:the|our) (?:\\w+ )?(?:terms(?: and conditions| of (?:service|use|sale))?|t&cs?|policy|conditions|tariff|contract|agreement|form|paperwork|documents?),? (?:that |which )?you (?:agreed to|accepted|signed(?: up to)?)\\b|(?:the|your|our) (?:\\w+ ){0,2}(?:handbook|terms(?: and conditions)?|t&cs?|policy|conditions|contract|agreement|rules) (?:that )?you (?:received|were given|were sent|were emailed)\\b",
    expected: ["I'm sorry this wasn't clearer. Here's what I can do: …"],
    cost: 0.5,
  },
  // A price or fee defended by how it is set, against a complaint about it.
  {
    family: 'cites-policy',
    pattern:
      "(?:prices?|premiums?|fees?|rates?|charges?|costs?|tariffs?) (?:are|is|were|was|have been|has been) (?:\\w+ ){0,2}(?:reviewed|set|calculated|worked out|based on|determined|rebalanced|adjusted)\\b|(?:fees?|charges?|prices?|premiums?|surcharges?) (?:help|helps|covers?|go(?:es)? towards) (?:us )?(?:to )?(?:cover|pay for|fund|maintain|keep|run|the cost)|(?:we(?:'re| are)|we) (?:only )?(?:obligated|obliged) to|we(?:'re| are) only (?:required|allowed|permitted) to|(?:fee|charge|penalty|surcharge) applies (?:whenever|when|if|to (?:all|every|any))\\b|(?:applies|apply|checked|measured|enforced|charged) (?:to|for) (?:every|all|each) (?:passenger|customer|guest|travell?er|member|user)s?\\b",
    expected: ["Here's what I can do: …", "I can't …, but I can …"],
    cost: 0.6,
    excusedByAction: true,
    onlyAgainstComplaints: true,
  },
  // Lecturing.
  {
    family: 'lecture',
    pattern:
      "please (?:understand|realize|realise) that|you (?:need|have|ought) to (?:understand|realize|realise|appreciate|remember) that|you (?:should|must) (?:understand|realize|realise|know|remember|be aware) that|it is (?:the )?(?:customer'?s|your|the buyer'?s|the user'?s) responsibility|it'?s your responsibility|(?:is|are|was|remains) (?:solely |entirely )?(?:the )?(?:customer'?s|your|the buyer'?s|the user'?s) responsibility|(?:customers|users|buyers) (?:are|is) (?:responsible|expected|required) (?:for|to)",
    expected: ['I know this is not what you hoped for.', 'Here is what happens next: …'],
    cost: 0.5,
    excusedInActingSentence: true,
  },
  // Reminders that inform a customer who asked, and lecture one who complained. ("Please note that" and
  // "kindly note" are left out: no labelled reply lectures with them, and e-mail uses them for every caveat.)
  {
    family: 'lecture',
    pattern: "please (?:be (?:aware|advised|informed)|keep in mind|bear in mind|remember) that",
    expected: ['I know this is not what you hoped for.', 'Here is what happens next: …'],
    cost: 0.5,
    excusedInActingSentence: true,
    onlyAgainstComplaints: true,
  },
  {
    family: 'lecture',
    pattern:
      "(?:knowing|understanding|checking|reading|being aware of|planning) [^.!?]{0,60}\\b(?:is|are) (?:always |really )?(?:key|important|essential|vital|crucial|a must)|(?<=^|[.!?]\\s)(?:knowing|checking|reading|double[- ]checking|making sure|planning|keeping an eye on)\\b[^.!?]{0,70}\\bbefore\\b[^.!?]{0,40}\\b(?:can|could|will|helps?|may) (?:save|avoid|prevent|spare|help)\\b",
    expected: ['I know this is not what you hoped for.', 'Here is what happens next: …'],
    cost: 0.5,
    onlyAgainstComplaints: true,
  },
  {
    family: 'lecture',
    pattern:
      "do note\\b|(?:a lot of|lots of|many|most) (?:people|customers|users|guests|travell?ers|members) (?:count on|rely on|use|like|prefer|love|enjoy|manage|find|are happy|have no)",
    expected: ['I know this is not what you hoped for.', 'Here is what happens next: …'],
    cost: 0.5,
  },
  // Pointing elsewhere. Only a finding when the reply does nothing itself (checked by the rule).
  {
    family: 'deflection',
    pattern:
      "(?<!for (?:more|further) (?:information|info|details)[,:]? )(?:please |you(?: will| would|'ll|'d)? (?:need|have|want) to |you (?:should|can|could|may|must) |i (?:would |'d )?(?:suggest|recommend|advise) (?:you |that you )?|we (?:would |'d )?(?:suggest|recommend|advise) (?:you |that you )?|best to |recommend |suggest |advise )(?:contact|contacting|reach out to|reaching out to|get in touch with|getting in touch with|speak to|speak with|speaking (?:to|with)|talk to|talk with|call|calling|check with|checking with|take (?:it|this|that) up with|direct (?:your|any) \\w+ to|raise (?:it|this|that) with|file (?:a claim|a complaint|a dispute) with|open (?:a case|a dispute|a claim) with) (?:the|your|a|their|our(?= (?:[\\w-]+ )?partners?\\b)) (?:[\\w-]+ )?(?:seller|sellers|vendor|merchant|carrier|courier|manufacturer|maker|studio|game studio|bank|card issuer|credit card company|issuing bank|retailer|store|shop|marketplace|third[- ]party|shipping company|delivery company|delivery service|postal service|post office|airline|provider|service provider|isp|developer|publisher|dealer|distributor|supplier|partner|app store|landlord|insurer|insurance company|hotel|property|host|restaurant|driver|installer|agent|travel agent|booking site|payment provider|network|operator|sender|front desk|venue|organi[sz]er)",
    expected: ["I've contacted the {party} for you and will update you by …", "I'll follow this up with the {party} myself."],
    cost: 0.8,
    excusedByAction: true,
  },
  {
    // "If Kuwait Airways flew you last, you would need to contact them": the party was named before.
    family: 'deflection',
    pattern: "(?:you(?: would| will|'d|'ll| may| might) (?:need|have) to|(?:it )?(?:would|'d|will|'ll) be best to|(?:it'?s|it is) best to|(?:i|we) (?:would |'d )?(?:suggest|recommend|advise) (?:you |that you )?) (?:contact|call|speak (?:to|with)|reach out to|get in touch with|check with) them\\b",
    expected: ["I've contacted them for you and will update you by …", "I'll follow this up with them myself."],
    cost: 0.8,
    excusedByAction: true,
  },
  {
    family: 'deflection',
    pattern:
      "(?:the|your) (?:\\w+ )?(?:seller|vendor|merchant|carrier|courier|manufacturer|retailer|airline|provider|developer|publisher|dealer|supplier|insurer) should have (?:delivered|sent|shipped|dispatched|contacted|refunded|told|informed|updated|provided|arranged|collected|processed)\\b|(?:have|did) you (?:had a chance to |tried to |been able to |already |yet )?(?:contact(?:ed)?|asked?|spoken? (?:to|with)|speak (?:to|with)|reach(?:ed)? out to|call(?:ed)?|check(?:ed)? with) (?:the|your) (?:\\w+ )?(?:seller|vendor|merchant|carrier|courier|manufacturer|bank|card issuer|retailer|airline|provider|developer|publisher|dealer|supplier|insurer)|allow (?:\\w+ )?(?:hours?|days?|business days|working days|weeks?) for (?:the|your) (?:\\w+ )?(?:seller|vendor|merchant|carrier|courier|manufacturer|bank|retailer|airline|provider)|(?:contract|agreement|transaction|sale|purchase|matter|dispute|issue) is (?:between|with) you and (?:the|your) (?:\\w+ )?(?:seller|vendor|merchant|carrier|courier|manufacturer|bank|retailer|provider)|(?:handled|dealt with|processed|managed|covered|decided|set|controlled|determined|billed) by (?:the|your|our) (?:\\w+ )?(?:partner|partner courier|logistics partner|delivery partner|manufacturer|seller|vendor|merchant|carrier|courier|bank|card issuer|retailer|airline|provider|developer|publisher|network|studio|league)s?|(?:reach out to|contact|speak (?:to|with)|get in touch with|call) (?:them|they) directly(?! (?:at|via|through|on|using) (?:\\{\\{|\\[|(?:our|the|this)(?: provided)? (?:customer |dedicated )?(?:support|service|care|team|phone|number|live chat|chat|e-?mail|hotline)))",
    expected: ["I've contacted the {party} for you and will update you by …", "I'll follow this up with them myself."],
    cost: 0.8,
    excusedByAction: true,
  },
  {
    family: 'deflection',
    pattern:
      "(?:is|are|was|were|lies|falls) (?:completely |entirely |totally |unfortunately |simply )?(?:out of|outside(?: of)?|beyond) (?:our|my) (?:control|hands|remit|scope)|outside (?:of )?what (?:we|i)(?:'re| are| am|'m)? (?:able to|can) control|(?:count|counts|counted|qualif(?:y|ies|ied)|classed|treated) as (?:an? )?extraordinary circumstances?|(?:it|this|that|the (?:issue|problem|fault))(?:'s| is| was) not (?:an issue |a problem |a fault )?(?:on|at|from) (?:our|my) (?:end|side)\\b|(?:this|that|it|the \\w+) (?:was|is|were) (?:completely |totally |simply |sadly |unfortunately )?unavoidable|until (?:the )?(?:power company|utility company|electricity (?:company|provider)|energy provider|local authority|council) (?:can |is able to |has )?(?:restore|fix|repair|resolve)|(?:report|take|raise|direct) (?:the matter|this|it|that|the issue|the problem) (?:to|with) (?:our|the) (?:[\\w-]+ )?partners?\\b|(?:we|i) (?:have|had) no (?:control|say|influence) over|(?:we|i) (?:do not|don'?t|cannot|can'?t) control|(?:this|that|it) is (?:a|an) (?:issue|problem|matter|question) (?:for|with) (?:the|your) (?:seller|carrier|courier|manufacturer|bank|marketplace|third[- ]party|provider|airline|retailer)|(?:sold|shipped|fulfilled|handled|managed|operated|listed) by (?:a |an |the )?(?:third[- ]party|marketplace|another|independent|external) (?:seller|vendor|merchant|company|partner|provider)s?|(?:is|are|was|were|becomes?|remains?) (?:now |solely |entirely |then )?(?:the )?(?:seller|vendor|merchant|carrier|courier|manufacturer|bank|retailer|airline|provider|marketplace|third[- ]party|shipping company|delivery company|post office|postal service)(?:'s|s'|s)? responsibility|(?:is|are|becomes?|remains?) (?:now |solely |entirely |then )?their responsibility",
    expected: ["I'll follow this up with them myself and let you know by …"],
    cost: 0.8,
  },
  {
    family: 'deflection',
    pattern:
      "(?:due to|because of|caused by|(?:an? |the )?issue with|(?:an? |the )?problem with) (?:the )?(?:licensing|licen[cs]e|contractual|rights|broadcasting|legal) (?:agreements?|restrictions?|reasons?|issues?|changes?|deals?|terms)|(?:licensing|licen[cs]e|contractual|rights) (?:agreements?|restrictions?) between|(?:as|when|because|once) (?:the |their |our )?licen[cs]es? (?:run out|expire|end|lapse|are up)|not (?:ours|our (?:listing|product|item|decision|responsibility|problem))\\b|(?:seller|marketplace|third[- ]party)(?:'s)? (?:listing|item|product|decision)",
    expected: ["I'll follow this up with them myself and let you know by …", 'Here is what I can do from our side: …'],
    cost: 0.8,
  },
  // Responsibility placed with someone else: "the restaurant's responsibility rather than ours",
  // "it would be for the retailer to reverse it", "once orders leave us they're in DPX's hands".
  {
    family: 'deflection',
    pattern:
      "(?:it(?:'s| is| would be| will be)|that(?:'s| is| would be)) (?:up to|for) (?!you\\b)(?:the |your |them|they|[A-Z][\\w&'-]+)(?:[\\w&' -]{0,30}?) to (?:reverse|refund|fix|sort|resolve|handle|release|replace|repair|cancel|compensate|deal with|look into|honou?r|investigate)\\b|(?:they|he|she)(?:'re| are|'s| is) the ones? (?:who|that) (?:would |will |can |could )?(?:need to|have to|can|could|should|must|has|have) |(?:sellers|merchants|restaurants|hotels|partners|hosts|vendors|retailers|properties)(?: on [\\w&-]+)? (?:handle|manage|deal with|process|set|are responsible for) (?:their own|all|any)\\b|our (?:riders|drivers|couriers|hosts|partners|sellers|contractors) are (?:all )?(?:self-employed|independent(?: contractors)?|third[- ]party|contractors|freelance)\\b|(?:something|a thing|an issue|a problem) (?:that )?(?:every|all|most|many) [\\w ]{1,30}? (?:deals? with|experiences?|faces?|goes through|go through|has to deal with)\\b",
    expected: ["I'll follow this up with them myself and let you know by …", 'Here is what I can do from our side: …'],
    cost: 0.8,
    excusedByAction: true,
  },
  // Disowning outright ("rather than us", "on the hotel's side", "in DPX's hands"): no action of ours excuses it.
  // Where a thing is done ("tests are booked through the DVSA rather than us") informs someone who
  // asked; to a complaint ("it's handled by the seller rather than us") it disowns.
  {
    family: 'deflection',
    pattern: "(?:rather than|and not)(?<=\\b(?:through|via|by|from|at|in|on) (?:the |a |an |your )?[\\w&' -]{1,40}(?:rather than|and not)) (?:with )?(?:us|ours)\\b",
    expected: ['Here is what I can do from our side: …', "I'll follow this up with them myself and let you know by …"],
    cost: 0.8,
    onlyAgainstComplaints: true,
  },
  // Whose responsibility it is ("the restaurant's responsibility rather than ours") disowns, whoever asked.
  {
    family: 'deflection',
    pattern:
      "(?:rather than|and not)(?<!\\b(?:through|via|by|from|at|in|on) (?:the |a |an |your )?[\\w&' -]{1,40}(?:rather than|and not)) (?:with )?(?:us|ours|our (?:\\w+ )?(?:responsibility|problem|side|end))\\b|(?:is|are|'s) (?:entirely |all |completely |really )?down to (?:them|the (?:\\w+ )?(?:bank|seller|courier|carrier|manufacturer|airline|hotel|insurer|provider|artist|promoter|venue|council)|your (?:bank|card issuer|provider|insurer)|a (?:national|nationwide|industry|global)\\b)|\\btheirs to (?:manage|decide|handle|fix|sort|set|control)\\b|(?:it'?s|it is) (?:now |all )?with (?:your|the) (?:bank|card issuer|card provider)\\b|, not (?:ours|by us|with us|our (?:responsibility|problem|fault))\\b|" + DISOWNED,
    expected: ['Here is what I can do from our side: …', "I'll follow this up with them myself and let you know by …"],
    cost: 0.8,
  },
  // Told to someone who asked (customs duties "are the responsibility of the recipient"), it informs.
  {
    family: 'deflection',
    pattern: "(?:is|are|was|were) (?:the )?(?:sole |full )?responsibility of (?:the|your|their) ",
    expected: ["I'll follow this up with them myself and let you know by …", 'Here is what I can do from our side: …'],
    cost: 0.8,
    excusedByAction: true,
    onlyAgainstComplaints: true,
  },
  // Sending the customer back to a party named before: "you'd need to raise it with them directly".
  {
    family: 'deflection',
    pattern:
      "raise (?:(?:it|this|that|these|those) )?(?:directly )?with them\\b|take (?:it|this|that) up with them\\b|(?:need|needs|have|has) to go through them\\b|chase (?:it|this|that)(?: up)? with (?:them|(?:the|your|his|her|their) (?:own )?(?:bank|seller|carrier|courier|provider|airline|hotel|property|landlord|insurer))\\b|(?:because|as|since) we (?:need|have to wait for|are waiting (?:for|on)) (?:the )?(?:other|third[- ]party|their) (?:insurer|party|company|bank|airline|carrier|seller|side)\\b|(?:need|needs|have|has) to (?:go|be (?:made|sent|directed|raised|addressed)) (?:directly )?to them\\b|(?:request|claim|ask for|get) (?:the |a |your )?(?:refund|compensation|replacement|repair|money back)s? (?:directly )?from them\\b|they(?:'re| are) the (?:best )?(?:people|ones|team|place) to (?:ask|contact|speak to|talk to|chase)\\b|(?:has|have|need|needs) to be (?:made|sent|submitted|raised|directed|addressed) (?:directly )?to (?:the|your|their) (?!(?:\\w+ )?(?:team|department|form|page|app|website|site)\\b)",
    expected: ["I've contacted them for you and will update you by …", "I'll follow this up with them myself."],
    cost: 0.8,
    excusedByAction: true,
  },
  // Records used to contradict the customer. The rule keeps only sentences that dispute.
  {
    family: 'records-dispute',
    pattern:
      "there(?:'s| is| was| are| were) no (?:payment|transaction|payment transaction|record|booking|order|refund request|complaint|call|contact|request|reading|meter reading)s?\\b|(?:our|my|the) (?:payment |booking |billing |order |delivery )?(?:records?|system|systems|logs?|data|tracking(?: information| info| details)?|notes|files|account notes) (?:only |clearly |also )?(?:indicate|indicates|show|shows|state|states|say|says|reflect|reflects|confirm|confirms|suggest|suggests|tell us|tells us)|according to (?:our|my|the) (?:records?|system|systems|logs?|data|tracking(?: information| info)?|notes|files)|(?:we|i) (?:have|show|see|can see|can find) no (?:record|evidence|sign|trace)|(?:we|i) (?:have|can see|see|show) (?:this|that|the|your) (?:\\w+ ){0,2}(?:reported|recorded|logged|listed|showing|marked)\\b|(?:our |the )?(?:crew|agent|branch|attendant|driver|courier|engineer|technician|staff|team|system)(?: on \\w+)? (?:has |have |had )?(?:logged|recorded|noted|marked)\\b|(?:the |our )?(?:driver|rider|courier|engineer|technician|fitter|installer|inspector|crew|housekeeping|staff)'?s? (?:report|log|logs|notes|handheld|device|scanner|checklist|records?|sheet|app) (?:shows?|showed|logged|logs|recorded|records|confirms?|confirmed|indicates?|says|said|notes?|noted|states?)\\b|(?:the |your )?(?:\\w+ )?(?:mail|post|courier|carrier|airline|seller|partner)s? (?:have|has|had) (?:now |already )?confirmed\\b|(?:the |our )?(?:driver|rider|courier|engineer|technician|fitter) (?:attempted|attemped|tried to deliver|called round|knocked)\\b|(?:the |our |your )?(?:driver'?s |courier'?s |rider'?s |engineer'?s |delivery |check-?in |collection |drop-?off |handover )?(?:photo|photos|picture|pictures|gps|scanner|scan|proof of delivery|camera|tracking)(?: taken (?:at|on) (?:collection|delivery|return|check-?in|drop-?off)| from (?:this morning|yesterday|check-?in|collection|drop-?off|delivery))?(?: and (?:the )?(?:photo|gps|scan|scanner|tracking))? (?:both )?(?:shows?|showed|logged|logs|puts?|recorded|records|confirms?|confirmed|indicates?|says|said)\\b",
    expected: ['I checked your order and …', "I've looked into this and …"],
    cost: 0.8,
  },
  // "Looking at the order, the 28 pack was what was selected": the order read back against the
  // customer. Acting on what it shows ("… so I've credited £40") is looking into it.
  {
    family: 'records-dispute',
    pattern: "(?:looking at|having (?:checked|looked at)) (?:the|your) (?:order|booking|account|records?|notes)\\b",
    expected: ['I checked your order and …', "I've looked into this and …"],
    cost: 0.8,
    excusedByAction: true,
  },
  // Refusing responsibility outright.
  {
    family: 'refusal',
    pattern:
      "(?:there(?:'s| is) )?nothing (?:more |else |further )?(?:we|i) (?:can|could) (?:do|action|offer)|(?:there'?s|there is) only so much (?:we|i) (?:can|could) do|(?:we|i) (?:can(?:not|'t)|are unable to|am unable to) (?:do|help) (?:anything|any more|anymore|much)(?: (?:more|else|further))?|(?:we|i) (?:are|am|were) not (?:responsible|liable|accountable)|(?:we|i) (?:can(?:not|'t)|will not|won'?t) be (?:held )?(?:responsible|liable|accountable)|(?:not|isn'?t|is not|wasn'?t|was not) (?:our|my) (?:fault|responsibility|problem|issue|concern)|(?:this|that) (?:is|was) not (?:something|anything) (?:we|i) (?:can|could) (?:help|assist) with|(?:we|i) (?:do not|don'?t) (?:take|accept) (?:any )?(?:responsibility|liability)|(?:the|our|this|that) decision (?:therefore |still |will )?stands?\\b|(?:not one|not something) (?:we|i) can (?:take off|remove|refund|waive|reverse|change|alter|override|adjust)\\b|(?:we|i)(?:'re| are|'m| am)? (?:unable|not able) to (?:remove|waive|reverse|cancel|refund) (?:the|this|that|your) (?:\\w+ )?(?:charge|fee|fine|penalty)\\b|(?:compensation|costs?|expenses?|refunds?)(?: [\\w ]{0,30}?)? (?:isn'?t|aren'?t|is not|are not|won'?t be|will not be) (?:payable|due|owed|reimbursable|refundable)\\b",
    expected: ["Here's what I can do: …", "I'll find out who can fix this and come back to you by …"],
    cost: 0.9,
  },
  // "We're unable to help you with that": a refusal with no pointer anywhere.
  {
    family: 'refusal',
    pattern:
      "(?:we|i) (?:wouldn'?t|would not|won'?t|will not) (?:be able to )?(?:offer|provide|give|issue|refund|compensate|honou?r|waive|reimburse)\\b|(?:we|i) (?:don'?t|do not) (?:offer|provide|give|issue|allow|do) (?:any )?(?:price adjustments?|refunds?|compensation|exchanges?|credits?|discounts?|partial refunds?)\\b|(?:we|i)(?:'re| are|'m| am| would| will|'d|'ll)? (?:not|n't|never|unable|be unable)(?: be)?(?: able| allowed| permitted)?(?: to)? (?:help|assist|verify|change|offer|refund|comment|discuss|address|deal with|do anything|support|process|accept|honou?r|waive|make an exception|override|reverse|transfer)|(?:we|i) (?:do not|don'?t|cannot|can'?t) (?:deal with|handle|help with|support|discuss|comment on)",
    expected: ["I can't …, but here is who can: … and I'll …", "Here's what I can do: …"],
    cost: 0.7,
    excusedByWayForward: true,
  },
  {
    family: 'condescension',
    pattern:
      "all you (?:need|have|had) to do (?:is|was)|(?:is|it'?s|it is) (?:really |quite |very |pretty )?(?:straightforward|simple|easy) (?:if|as long as|once) you (?:follow|read|use|do|check)\\b|(?:most|many) (?:customers|people|users) (?:have|get) it (?:done|sorted|working|set up)\\b|(?:it'?s|it is|this is|that'?s|that is)(?<!\\b\\w+ing (?:it'?s|it is|this is|that'?s|that is)) (?:(?:really|very|quite|pretty|super|actually) )*(?:simple|easy|not (?:hard|difficult|rocket science)|straightforward|common sense)(?:[,:.!]| to| really| enough| and)|(?:most|many|other) (?:customers|people|users) (?:manage|do|figure|can do) (?:it|this|that)|(?:most|many) (?:people|customers|users|members) get the hang of it|as (?:anyone|everyone) (?:can|could|would|knows)|(?:please )?calm down|you people|with all due respect|if you (?:had )?(?:bothered|cared) to|obviously,? you|you clearly|for the (?:last|final|third|second|hundredth) time",
    expected: ['Here are the steps: …', 'I know this is frustrating; here is what I can do: …'],
    cost: 0.6,
  },
  // Policing the customer's tone instead of answering the complaint.
  {
    family: 'condescension',
    pattern:
      "(?:avoid|refrain from|stop) (?:the use of|using|use of) (?:that|this|such|foul|abusive|offensive|bad|strong|rude)(?: (?:kind|type|sort) of)? language|(?:there(?:'s| is) )?no need (?:for|to use) (?:that|such|this|the)(?: (?:kind|type|sort) of)? (?:language|tone|attitude|abuse|swearing)|(?:it'?s|it is|that'?s|that is) (?:very |really |quite )?(?:upsetting|hurtful|unacceptable|uncalled for|not (?:nice|acceptable|appropriate|necessary)) (?:to (?:call|speak to|talk to|swear at|shout at) (?:us|me|our \\w+|the \\w+)|when you (?:call|speak|talk|swear))|(?:we|i) (?:will not|won'?t|do not|don'?t) (?:tolerate|accept) (?:abuse|abusive|rude|offensive|foul|(?:that|this|such)(?: (?:kind|type|sort) of)? (?:language|behaviou?r|abuse))|(?:mind|watch) your (?:language|tone)",
    expected: ["I'm sorry we let you down. Here's what I'll do: …", "I understand why you're angry; let me put this right: …"],
    cost: 0.6,
  },
  // Defending the company instead of looking into what the customer says happened.
  {
    family: 'dispute',
    pattern:
      "as far as (?:i|we) can (?:see|tell),? (?:this|the|your|it)\\b[^.!?]{0,40}\\b(?:on time|to schedule|as (?:normal|scheduled|expected)|normally|fine|correct(?:ly)?|working)\\b|(?:we|i|the team|our team|(?:the |our )?staff|they) (?:do not|don'?t|did not|didn'?t|cannot|can'?t|could not|couldn'?t) (?:recall|remember) (?:ever )?(?:saying|telling|promising|offering|agreeing|doing)|(?:found|there (?:is|was)|detected) (?:nothing|no (?:fault|issue|problem|error|sign of (?:damage|a fault|wear)))(?: wrong)?|(?:the )?damage (?:likely |probably |must have |may have )?(?:occurred|occured|happened|was caused|was done) (?:after|during|in) (?:delivery|transit|use|handling)|(?:this|that|it) (?:is|was) (?:a )?(?:great|good|fair|reasonable|standard|common|normal) (?:option|price|deal|fee|charge|practice|value)|you(?:'re| are) only (?:able|allowed|permitted|entitled) to|(?:it )?(?:sounds|looks|seems) like you (?:had|have|booked|bought|chose|selected|purchased|used|were on|did)",
    expected: ["I'm sorry — I'll look into what happened and come back to you by …", "Thank you for telling us; I've asked the team to check …"],
    cost: 0.7,
  },
  // "Our staff are trained to be courteous" defends the team against a complaint; told to someone who asked, it informs.
  {
    family: 'dispute',
    pattern:
      "(?:our|all (?:of )?our) (?:\\w+ )?(?:staff|team members|team|agents|employees|chefs|cooks|drivers|technicians?|engineers?|representatives|associates|kitchens?|stores?|products?|dishes|meals|food|items|parcels|packages|rooms) (?:are|is|follow|go through|undergo|adhere to|have been) (?:fully |all |always |highly |carefully |thoroughly |freshly )?(?:trained(?! to (?:handle|help|assist|guide|support|answer|resolve|deal with|provide|process))|required|strict|rigorous|careful|checked|tested|inspected|qualified|courteous|professional|polite|respectful|held to|prepared|made|cooked|cleaned|packed)|(?:we|i)(?:'ve| have)? (?:received|had|got) no (?:other |similar |further |previous |more )?complaints? (?:about|regarding|against|of|from|for)",
    expected: ["I'm sorry — I'll look into what happened and come back to you by …", "Thank you for telling us; I've asked the team to check …"],
    cost: 0.7,
    onlyAgainstComplaints: true,
  },
  // The team's conduct or the charge asserted against the customer's account: "the engineer did attend",
  // "our drivers always knock", "the charges have been applied correctly".
  {
    family: 'dispute',
    pattern:
      "(?:the|our) (?:\\w+ )?(?:engineer|driver|courier|technician|rider|agent|fitter|installer)s? (?:did|always|do always|will always|would always|definitely) (?:attend|knock|arrive|visit|call|come|try|wait|ring|check|follow|leave)\\b|(?:charges?|fees?|bill|amount|premium|price|payment)s? (?:was|were|has|have|had) (?:therefore |also )?(?:been )?(?:taken|charged|applied|billed|collected|calculated) (?:as normal|correctly|accurately|as expected|properly)\\b|(?:completed|delivered|sent|processed|successful)(?: correctly| successfully| fine| as normal)? (?:at|on|from) our (?:end|side)\\b|(?:standard|normal|common|usual|typical) (?:practice )?(?:across|in|throughout) (?:the|our) industry\\b",
    expected: ["I'm sorry — I'll look into what happened and come back to you by …", 'Thank you for telling us; I\'ve asked the team to check …'],
    cost: 0.7,
    onlyAgainstComplaints: true,
  },
  // The failure made normal, or the service declared fine, against a complaint: "part of running a
  // busy clinic", "the system is working as intended", "couriers can be rough", "estimates, not a guarantee".
  {
    family: 'dispute',
    pattern:
      "(?:is|are) (?:just |simply |all )?(?:part of (?:running|life|the job|travel|flying)|to be expected)\\b|(?:is|are|was) working (?:as (?:intended|designed|expected)|correctly|fine|normally|properly)\\b|(?<!\\b(?:to|should|will|would|can|could|it'?ll) )\\bworks? (?:fine|perfectly|correctly|as (?:intended|designed))\\b|(?:couriers?|carriers?|drivers?|the post|postal services?|airlines?|riders?) can be (?:a bit |quite |sometimes )?(?:rough|slow|careless|unpredictable)\\b|(?:are|is) (?:always |only |just )?(?:an? )?(?:estimates?|guide|guidance|approximate|approximation)s? (?:rather than|and not|not) (?:a )?guarantee|(?:are|is) (?:an? )?(?:guide|estimate|indication) only\\b|(?:times?|windows?|slots?|dates?|timings?|timescales?) (?:are|is) (?:only |just |always )?(?:an? )?(?:estimates?|guide|approximate|indicative)\\b",
    expected: ["I'm sorry — I'll look into what happened and come back to you by …", 'Thank you for telling us; I\'ve asked the team to check …'],
    cost: 0.7,
    onlyAgainstComplaints: true,
  },
  // The customer's own doing, by implication: "that would have stopped this", "the phone took a knock".
  {
    family: 'blames-customer',
    pattern:
      "(?:this|that|it|which) (?:usually|normally|typically|generally|almost always|often) (?:happens|means|occurs|is because|is caused)\\b|(?:usually|normally|typically|generally|almost always|often|most often|mostly|more often than not) (?:happens?|occurs?) (?:when|if|on|with|after) (?:you\\b|your\\b|(?:an?|the) \\w+ (?:is|was|isn'?t|wasn'?t|hasn'?t|is not|was not|has not)\\b|\\w+ (?:with|where|that)\\b)|(?:it'?s|it is|this is) (?:usually|normally|often|typically|generally|most likely|probably) (?:just )?your\\b|(?:that|which|this) would have (?:stopped|prevented|avoided|saved)\\b|(?:that|which|this) would explain (?:why|the)\\b|(?:as|because|since) (?:we|i) (?:haven'?t|have not|hadn'?t|had not|didn'?t|did not|never) (?:had|received|got|been sent|been given|heard)\\b[^.!?]{0,40}\\bfrom you\\b|(?:it'?s )?(?:possible|likely|probable) (?:that )?(?:the|your) (?:\\w+ )?(?:took a knock|was dropped|got (?:wet|damaged|knocked|dropped)|was damaged)\\b|(?:a lot of|lots of|many|most) (?:customers|people|users|members) (?:accidentally|mistakenly|forget to|don'?t realise|miss)\\b",
    expected: ["It looks like … didn't go through; I've …", "Let's fix this together: …"],
    cost: 1,
    onlyAgainstComplaints: true,
  },
  // Answering a complaint by praising the product or comparing it with the competition.
  {
    family: 'dispute',
    pattern:
      "(?:is|are|was|were) (?:comparable|similar|equal|equivalent) (?:to|with) (?:that of |those of )?(?:other|most|many|all)(?: \\w+)? (?:airlines|carriers|operators|companies|providers|retailers|brands|banks|networks|competitors|hotels|stores)|(?:in line with|on par with|the same as|better than|no different (?:from|to)) (?:the )?(?:industry(?: standards?)?|(?:other|most|many)(?: \\w+)? (?:airlines|carriers|operators|companies|providers|retailers|brands|banks|networks|competitors|hotels|stores))|(?:some of )?the (?:best|finest|friendliest) \\w+(?: \\w+)? in the (?:business|industry)",
    expected: ["I'm sorry this fell short — I'll pass it on to …, and here's what I can do: …"],
    cost: 0.7,
  },
  // The failure made normal: "a few marks on the way in aren't unusual", "common across all UK
  // networks", "that's completely normal with the volumes we're handling".
  {
    family: 'dispute',
    pattern:
      "(?:is|are|'s|'re|was|were) (?:\\w+ )?(?:completely |perfectly |quite |pretty |very |fairly |really |entirely |all too )?(?:normal|common|usual|typical)(?= (?:across|for|at|with|this time|in|among|on|when|during|after|if)\\b|\\s*[.!,;]|\\s*$)|(?:aren'?t|are not|isn'?t|is not|not) (?:at all |that |too )?(?:unusual|uncommon|rare|abnormal)\\b|(?:these|such) things (?:can |do )?happen\\b",
    expected: ["I'm sorry this happened — I'll look into it and come back to you by …"],
    cost: 0.7,
    onlyAgainstComplaints: true,
  },
  // The failure put down to a usual cause ("drops are often down to how many devices …"), a
  // reminder we sent, a job "definitely" done: against a complaint, unless we act on it or own the
  // cause ("often down to a fault on our side").
  {
    family: 'dispute',
    pattern:
      "(?:(?:is|are|can be|'s|'re) (?:often|usually|normally|typically|generally|mostly|most often|commonly|nearly always|almost always|more often than not)|can (?:often|usually|normally|typically|generally|sometimes) be) (?:just )?(?:down to|due to|caused by|the result of|because of)\\b(?! (?:a |an |the )?(?:\\w+ ){0,2}(?:on|at|from) our (?:side|end)\\b| us\\b| our\\b)|more often than not,? (?:it'?s|it is|this is|that'?s|they'?re)\\b|(?:was|were|has been|have been) (?:definitely|certainly|definately|100%) [a-z]+ed\\b|(?:a |an |the |our )?(?:texts?|emails?|sms|letters?|notifications?|reminders?) (?:went|was sent|were sent|was emailed|went out) to (?:your|you)\\b",
    expected: ["I'm sorry this happened — I'll look into it and come back to you by …"],
    cost: 0.7,
    onlyAgainstComplaints: true,
    excusedByAction: true,
  },
  // A test or a visit set against the customer's report: "it's showing no faults from our side",
  // "the driver attempted delivery at 11:52 and left a card".
  {
    family: 'dispute',
    pattern:
      "(?:shows?|showing|showed) no (?:faults?|issues?|problems?|errors?)\\b|(?:do not|don'?t|did not|didn'?t|does not|doesn'?t) show (?:any )?(?:damage|faults?|issues?|problems?|scratch(?:es)?|dents?|marks?)\\b|no (?:faults?|issues?|problems?|errors?) (?:from|on|at) our (?:side|end)\\b|(?:driver|courier|rider|engineer|technician|postman|postie)s? (?:attempted (?:delivery|to deliver|collection|to collect)|left a (?:card|calling card|note|notice))\\b",
    expected: ["I'm sorry — I'll look into what happened and come back to you by …", "Thank you for telling us; I've asked the team to check …"],
    cost: 0.7,
    onlyAgainstComplaints: true,
  },
  // "It only takes a second" reassures someone who asks; to someone it failed, it talks down.
  {
    family: 'condescension',
    pattern: "(?:it )?only takes a (?:second|moment|minute|few seconds)\\b",
    expected: ['Here are the steps: …', 'I know this is frustrating; here is what I can do: …'],
    cost: 0.6,
    onlyAgainstComplaints: true,
  },
  // A hand-off: the partner, the bank or the manufacturer "handles" it, "it sits with their desk",
  // "best raised with the driver", "they'll be able to look at options for you".
  {
    family: 'deflection',
    pattern:
      "not something (?:we|i) (?:can )?(?:control|decide|manage|set|influence|have control over)\\b|(?:we|i) (?:don'?t|do not|can'?t|cannot) (?:have |see )?(?:any )?(?:visibility|sight|oversight|control) (?:of|over|into|on) (?:their|the (?:\\w+ )?(?:contractor|partner|courier|airline|seller|carrier|organi[sz]er|bank|manufacturer)'?s?)\\b|" + HANDED_OVER,
    expected: ["I'll follow this up with them myself and let you know by …", 'Here is what I can do from our side: …'],
    cost: 0.8,
    excusedByAction: true,
    onlyAgainstComplaints: true,
  },
  // The rule recited: "isn't covered under section 4.2 of your policy", "carried at owner's risk".
  {
    family: 'cites-policy',
    pattern:
      "(?:isn'?t|is not|aren'?t|are not|wasn'?t|was not|weren'?t|were not) covered (?:under|by|in|on)\\b|(?:is|are) only (?:covered|saved|refunded|refundable|valid|eligible|accepted|guaranteed|protected) (?:when|if|for|where|under)\\b|\\b(?:section|clause|paragraph) \\d+(?:\\.\\d+)?\\b|at (?:the )?(?:owner'?s|customer'?s|your own) risk\\b",
    expected: ["Here's what I can do: …", "I can't …, but I can …"],
    cost: 0.6,
    onlyAgainstComplaints: true,
  },
  // The decision restated as final: "we won't be reversing it", "the charge will stay in place".
  {
    family: 'refusal',
    pattern:
      "(?:we|i) (?:won'?t|will not) be (?:reversing|refunding|changing|removing|lifting|waiving|overturning|reinstating|amending|reconsidering)\\b|(?:charge|fee|ban|decision|penalty|fine|suspension)s? (?:will|would) (?:stay|remain|stand)(?: in place)?\\b|(?:decision|ban|charge) (?:stands|is final)\\b",
    expected: ["I can't …, but here is who can: … and I'll …", "Here's what I can do: …"],
    cost: 0.7,
  },
  // The customer told what they should do: "we always recommend letting us know before you travel",
  // "Always link before updating!",
  // "next time, just have your certificate ready", "do cancel before a trial ends next time".
  {
    family: 'lecture',
    pattern:
      "(?:we|i)(?:'d| would)? always (?:recommend|advise|suggest|ask)\\b|(?:we|i) (?:would |do |kindly )?ask for (?:your|their) understanding\\b(?! and patience| while| during)|(?:we )?ask (?:all )?(?:our )?(?:guests|customers|passengers|visitors|members|clients|patients) to (?:appreciate|understand|note|remember|bear in mind|accept)\\b|(?:it'?s|it is) (?:really |very |so )?important (?:that )?(?:someone|you|your|customers|guests)\\b|(?:are|is) always (?:cheaper|quicker|faster|easier|better) (?:when|if|online|in the app)\\b|(?<=^|[.!?]\\s)always (?!been\\b)[a-z]+ (?:[a-z]+ )?(?:before|first)\\b|(?:it'?s|it is) always (?:worth|best|a good idea|wise|advisable|sensible)\\b|(?:next time|in future|in the future|going forward),? (?:just |please |do |simply |kindly |always )?(?:have|make sure|check|cancel|remember|ensure|let us know|allow|book|keep|contact|tell|bring|read|add|select|choose|use|try|give)\\b|\\b(?:do|please|just) (?:remember to |make sure (?:to |you )?)?(?:cancel|check|have|bring|book|allow|keep|read|let us know)\\b[^.!?]{0,50}\\bnext time\\b",
    expected: ['I know this is not what you hoped for.', 'Here is what happens next: …'],
    cost: 0.5,
    onlyAgainstComplaints: true,
  },
  // A rule restated with its deadline: "Bins need to be at the kerb by 6:30am".
  {
    family: 'cites-policy',
    pattern:
      "(?:need|needs|must|has to|have to) (?:to )?be (?:out|at|on|put out|left out|presented|ready|in place|returned|reported|cancell?ed|booked)\\b[^.!?]{0,30}\\bby (?:\\d|midnight|noon|the)",
    expected: ["Here's what I can do: …", "I can't …, but I can …"],
    cost: 0.6,
    onlyAgainstComplaints: true,
  },
  // The customer told where it was written: "the care label does say", "it's on our pricing page too".
  {
    family: 'rebuke',
    pattern:
      "(?:the|your) (?:care )?(?:label|instructions|manual|user guide|packaging)(?: (?:on|in|for|with) [^.!?,]{1,30}?)? (?:does |do |clearly |also )*(?:say|says|state|states|warn|warns|advise|advises|mention|mentions)\\b|(?:it'?s|it is|this is|that'?s|that is) (?:all |also |clearly )*(?:in|on) (?:the|our) (?:sign[- ]?up|pricing|booking|product|plans?|checkout|order) (?:page|screen|form)\\b|(?:we|i can see we) (?:emailed|e-mailed|wrote to|texted|messaged|notified|told|informed|warned) you (?:about|of|on \\d|on the \\d|that|in advance|before)\\b",
    expected: ["I'm sorry this wasn't clearer. Here's what I can do: …"],
    cost: 0.5,
    onlyAgainstComplaints: true,
  },
  // The customer's details blamed: "small errors in the details entered can push the price up".
  {
    family: 'blames-customer',
    pattern: "(?:errors?|mistakes?|typos?|inaccurac(?:y|ies)) in the (?:details|information|info|address|data|postcode|form) (?:you )?(?:entered|provided|gave|supplied|typed|submitted)\\b",
    expected: ["It looks like … didn't go through; I've …", "Let's fix this together: …"],
    cost: 1,
    onlyAgainstComplaints: true,
  },
];

/** Sentences that dispute the customer; records cited with one of these in the same sentence are blame. */
export const DISPUTE_CUES =
  /\bno answer\b|\bmissed appointment\b|\bbefore the \w+ (?:went|was|arrived|came)\b|\b(?:match(?:ed|es|ing)?) (?:to |with )?your (?:address|postcode|location)\b|\bat your (?:front |back )?(?:door|address|property|house|home|gate|porch)\b|\bhanded (?:over|to (?:you|the customer|customer|the recipient))\b|\b(?:went|gone|was put|was placed) (?:in|into) (?:the |a )?(?:locker|letterbox|mailbox|safe place|parcel box)\b|\bso (?:it|they|this|that|the \w+) (?:will|should|must|would) (?:be|have been) there\b|\bonly (?:one|1|a single|once)\b|\b(?:at|as) (?:\d\/\d|\w+-eighths|\w+ quarters?|half|empty|not presented|not at home|no answer)\b|\bshows? no (?:damage|sign|fault|record)\b|\b(?:yours|it) passed\b|\b(?:placed|left|put|delivered) (?:at|by|on|in|behind|outside|with|to) (?:your|the)\b|\b(?:an? )?attempt(?:ed)?\b|\b(?:was|were|has been|have been|had been|'s been) (?:successfully )?(?:delivered|signed for|received|collected|used|redeemed|activated|accepted|picked up|left|dropped off|attempted)|\b(?:you|your (?:account|card|order|number))(?: \w+)? (?:did not|didn'?t|never|have not|haven'?t|has not|hasn'?t|was not|wasn'?t|were not|weren'?t) |\bno (?:record|evidence|sign|trace|charge|payment|order|call|contact|request|complaint|issue|problem|fault|outage)s?\b|\byou (?:were|have been|had been|was) (?:charged|billed|notified|informed|told|advised|sent|emailed|contacted|warned|refunded)|\bwhat was (?:selected|ordered|chosen|booked)\b|\b(?:was|were) (?:selected|chosen|ordered) at checkout\b|\b(?:correctly|accurately|properly|as expected|as normal|as intended|as designed|exactly as|without (?:any )?(?:issue|problem|error)s?)\b|\bworking (?:fine|properly|correctly|normally|as (?:expected|intended))\b|\b(?:valid|legitimate|correct|accurate|authori[sz]ed)\b|\byou(?:rself)? (?:cancell?ed|requested|authori[sz]ed|agreed|placed|made|changed|selected|chose|opted|declined|used|redeemed|received|signed)\b|\byourself\b|\b(?:perfect|good|excellent) condition\b|\b(?:intact|undamaged)\b|\b(?:on time|\d+ (?:minutes?|mins?) early|ahead of schedule|to schedule)\b|\b(?:cannot|can'?t|unable to|not able to)\b/i;
