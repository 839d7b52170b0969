/**
 * What a customer's message says, as phrase families (regular-expression source, matched
 * case-insensitively on text with curly quotes folded). Reviewable data: extend a family rather
 * than special-casing a message.
 */

const NEGATION =
  "(?:not|never|no longer|can'?t|cannot|couldn'?t|won'?t|wouldn'?t|didn'?t|doesn'?t|don'?t|isn'?t|wasn'?t|aren'?t|weren'?t|haven'?t|hasn'?t|hadn'?t|unable to|fail(?:s|ed)? to|refuses? to|refused to)";
const SERVICE_VERBS =
  '(?:work|works|working|worked|arrive[ds]?|arriving|receive[ds]?|receiving|get|got|gotten|load|loads|loading|respond|responded|responding|help|helped|helping|show|shows|showing|showed|open|opens|connect|connects|connecting|deliver|delivered|charge|let me|fix|fixed|answer|answered|refund|refunded|come|came|sent|send|sending|print|printing|play|plays|playing|sync|syncing|update|updating|download|downloading|stream|streaming|log ?in(?:to)?|sign ?in(?:to)?|getting|turn(?:ed)? on|access|find|change|cancel|call (?:me )?back|ring|reply|replied|populated|validate|verify|give|gave|turn(?:ed)? up|show(?:ed)? up|pick(?:ed)? up|mash|honou?r|accept|accepted|process|processed|go through|went through|ship|shipped|install|redeem|reset|hear back|heard back|talk|speak|reach|get through|contact|heat|heating|heat up|cool|cooling|drain|start|starting|boot|booting|charging|synced|authori[sz]e|authori[sz]ed|finish|assemble)';

/** A specific failure: something did not happen, broke, or went wrong. */
export const FAILURE = [
  `${NEGATION}\\b[^.!?\\n]{0,40}\\b${SERVICE_VERBS}\\b`,
  '(?:stopped|stops|quit|quits) (?:working|connecting|sending|loading|showing|responding|syncing|charging|playing)',
  '(?:keeps?|kept) (?:crashing|freezing|asking|dropping|spinning|saying|failing|logging|disconnecting|buffering|defaulting|rebooting|restarting|giving|showing|telling|popping|coming up|happening|charging|sending)',
  '(?:messed|screwed|mixed) up|(?:this|the|my) (?:issue|problem|error) (?:is|gets|has been) (?:fixed|resolved|sorted)',
  'dropped (?:out|off|my|the)|(?:is|are|went|been|goes|going) (?:down|offline)|boots? me (?:off|out)',
  'crash(?:ed|es|ing)|freez(?:es|ing)|frozen|glitch(?:y|es|ing)?|bugg?y|\\bbugs?\\b|errors?\\b|broken|\\bbroke\\b(?<!\\b(?:i\'?m|i am|we\'?re|we are|so|too) broke)|damaged|defective|faulty|leak(?:s|ing)?|mou?ldy?|\\braw\\b',
  '(?:arrived|came|turned up|delivered|is|was)(?: back| out| through)? (?:all |completely )?(?:soaked|wet|crushed|smashed|cracked|dented|torn|ripped|leaking|empty|incomplete|opened|cold|melted|spoiled|rotten|stale)|missing|\\blost\\b|\\bstuck\\b|delay(?:ed|s)?|\\blate\\b(?<!\\btoo late|\\b(?:i|we)(?:\'ll| will|\'m| am|\'re| are) (?:be |running |going to be )?(?:\\w+ ){0,3}late|\\b(?:work|works|working|stay|stays|staying|open|opens)\\slate)(?! to\\b)|cancell?ed|canceled on|expired|\\bdead\\b|killing (?:my|the) \\w+|drain(?:s|ing|ed)? (?:my |the )?battery|wrong|incorrect|outage|power cut|out of sync|blurry|not (?:delivered|received|arrived|here|fixed|resolved|collected|emptied|picked up|processed|refunded|replaced|repaired|updated|synced)',
  "no (?:internet|service|signal|power|wi-?fi|tv|hd|response|reply|answer|resolution|progress|luck|sign|tech|phones?|help|one (?:answers|replies|helps|called)|way)\\b",
  "still (?:no|not|waiting|nothing|haven'?t|hasn'?t|can'?t|being|charged|broken|down|failing|locked|no|receiving|getting|seeing|having|showing|coming up|happening|the same)",
  '(?:waited|waiting|been waiting|wait(?:ing)? (?:for|on)|on hold|hold for|hours? (?:on hold|waiting))',
  'locked out|throttl\\w+|nobody|no one',
  // Trouble, waiting and things that will not work, in everyday words.
  "(?:having|have|had|got|experiencing) (?:some |a lot of |real |any |so many )?(?:trouble|difficulty|difficulties|problems?|issues?) (?:with|on|in|since|today|again)",
  "it'?s been (?:about |over |almost |nearly |more than )?(?:a|an|one|two|three|four|five|several|\\d+) (?:days?|weeks?|months?|hours?)|been like this (?:for|since)|stranded|gr[ae]yed out|unobtainable|(?:had|have) to (?:throw|bin|send|take) (?:it |them |the \\w+ )?(?:away|back)|made (?:me|us) pay|why is (?:this|it) happening",
  // Asked to fix, moved or dropped without asking, or a favourite taken away.
  "(?:when|gonna|going to|will you|are you going to|please|pls|plz|need to|needs to) fix\\b|(?:was|were|got|been|have been|has been) (?:moved|bumped|downgraded|rebooked|cancell?ed|kicked|removed|dropped)\\b|(?:don'?t|doesn'?t|no longer) (?:have|carry|sell|offer|stock|make|serve)\\b[^.!?]{0,30}\\banymore|no longer (?:available|working|supported|offered)|discontinued|complain(?:ed|ing|t|ts)\\b|past (?:the )?(?:departure|arrival|delivery) (?:time|date)|what happened\\?",
  // Slowness and partial failure: "you are being slow", "data is barely working".
  "\\b(?:so |very |too |really |being |painfully |super )slow\\b|slow(?:ness| speeds?| internet| connection| service| response)|barely (?:work\\w*|load\\w*|usable|connect\\w*|any)",
  // The help already given did not work: "I already tried this. It failed."
  "(?:already|i'?ve|we'?ve|i have|we have) tried (?:this|that|it|everything|all)|\\b(?:it|that|this) failed\\b",
  'used to (?:work|be (?:fine|ok|okay|good|better))|missed (?:the|my|her|his|our) (?:connection|flight|train|bus|appointment|delivery)|left (?:my|his|her|our) \\w+ (?:in|on|at)|look what (?:you|they|\\w+) (?:did|have done) to|break(?:s|ing)?\\b|(?:is|are) (?:it|they|\\w+) down\\b',
  '\\b(?:substituted|swapped) (?:my|our|the) [^.!?]{1,30}? (?:with|for)\\b|\\b(?:internet|broadband|wi-?fi|service|network|signal|power|tv|app|site|website|line|connection|servers?|system)\\s+(?:is\\s+|has been\\s+|been\\s+|still\\s+|went\\s+|was\\s+)?(?:down|offline|out)\\b(?=\\s+(?:since|for|again|all|today|tonight|this|in|at|every)\\b|\\s*[.!?]|\\s*$)|(?:rejected|declined|turned down|refused) (?:my|our|the) (?:\\w+ )?(?:claim|application|refund|request|return|appeal|complaint|card|payment)|no record of (?:my|our|the|this) (?:booking|reservation|order|payment|account|ticket|claim|call)|\\bwiped\\b|\\berased\\b|deleted (?:all )?(?:my|our)\\b|accident(?!al)|injur\\w*|\\bhurt\\b|(?:ended up|landed|sent|rushed|taken|put) (?:\\w+ )?(?:in|to|into) (?:the )?hospital|emergency|unsafe|dangerous|assault\\w*|harass\\w*|discriminat\\w*|racist|threaten\\w*|stolen|hacked|fraud\\w*|security issue',
  '(?:having|have|had|got) (?:some |a lot of |real )?(?:trouble|difficulty|difficulties|problems?|issues?) \\w+ing\\b',
  "(?:wasn'?t|weren'?t|was not|were not|hasn'?t been|haven'?t been|has not been|have not been|never (?:been )?)\\s\\w+ed\\b",
  'supposed to (?:arrive|come|get here|show up|ship|be (?:here|delivered|fixed|ready))|should have (?:arrived|been|come|shipped)|was due (?:to|on|yesterday|last)|says? (?:it was |it\'s |it is )?delivered|nothing (?:here|arrived|came)|never (?:came|showed|turned up|arrived)|where(?: is|\'s| are) my|\\bfault\\b',
  'allergic reaction|(?:had|having|got|suffered|caused) an? (?:\\w+ )?reaction|anaphyla\\w*|food poisoning|made (?:me|us|my \\w+) (?:sick|ill)|(?:hair|plastic|glass|metal|bug|insect|fly|mould|bone|stone|battery|worm|string|wire) in (?:my|the|our|it)|came with \\w+ (?:on|in) it',
  'no (?:broadband|connection|signal|water|heating|electricity|gas|phone|data|network|cable|reception)\\b',
  // Everyday words for damage, outages and things gone: "split at the seam", "a 5cm tear", "power's
  // been off for 3 hours", "just vanished", "buffered through the second half", "was meant to come".
  "\\b(?:snapped|split|chipped|scratched|scuffed|dented|gouged|shattered|bent|warped|peeling|faded|stained)\\b(?! (?:screen|ends?|second|decision|payment|bill|shift|test)\\b)|\\ba (?:\\w+ )?(?:tear|rip|hole|dent|scratch|crack|chip|stain|gouge)(?: in| on| along| across)\\b|\\b(?:power|water|heating|hot water|gas|electricity|electric|internet|broadband|wi-?fi|service|signal|phone line)(?:'s| is| has| was)? (?:been )?(?:off|out|down)\\b(?! (?:of|to)\\b)|vanish(?:ed|es|ing)|disappear(?:ed|s|ing)|buffer(?:ed|s|ing)\\b|black screen|(?:can'?t|cannot|unable to|couldn'?t) watch\\b|(?:was|were) meant to (?:come|arrive|be (?:here|delivered|fixed|ready)|turn up|show up|deliver|call)|(?:dropping|drops) (?:out|off|every|all|constantly|my|the|connection|signal)\\b|(?:order|payment|transaction|booking|upload|install|installation|update|download|checkout) (?:has )?failed\\b|no \\w+ (?:in|with) (?:my|the|our) (?:order|bag|box|delivery|meal|parcel)\\b|says? (?:my |the |our |your )?(?:\\w+ )?(?:was |has been |is )delivered|(?:isn'?t|is not|it'?s not|not) (?:in|on|showing (?:in|on|up in|up on)) my (?:account|dashboard|library|basket|app|statement|inbox|list|courses)\\b|(?:chucked|threw|thrown|tossed|flung|dumped|kicked) (?:my|the|our) (?:parcel|package|order|delivery|box|bag)s?\\b|\\b(?:you|your \\w+|it|they)(?: just| have| has|'ve)? (?:took|taken|take|charged) [$£€]\\s?\\d|(?:took|taken|take|booked) (?:the|a) day off\\b|\\b(?:missed|skipped) (?:\\w+ )?(?:collections?|appointments?|deliver(?:y|ies)|pickups?|visits?)\\b|\\b(?:drove|walked|went) (?:straight |right )?(?:past|by) (?:it|us|me|my|the)\\b|\\b(?:went|sent|delivered|gone|shipped) to (?:my |the |an? )?(?:old|wrong|previous|former|neighbou?r'?s?) (?:address|house|flat|door|home)\\b|\\b(?:arrived|came|turned up) (?:all |completely |really )?(?:warm|hot|defrosted|thawed|off)\\b|\\b(?:smelled|smelt|smells|tasted|tastes) (?:off|bad|funny|rotten|sour|wrong)\\b|\\bhad to (?:bin|throw out|throw away)\\b|\\b(?:card|payment|transaction|account)s? (?:was |were |got |is |has been |keeps? (?:getting |being )?)?(?:declined|rejected|refused|blocked|frozen|suspended)\\b|\\bas an? ['\"]?(?:substitute|sub)\\b|\\binstead of (?:the |my |our )?(?:\\w+ ){0,2}(?:i|we) (?:ordered|asked for|paid for|booked)\\b",
  // Not told, given the wrong thing, or something else than booked: "why didn't you tell us?", "you
  // gave me 50mg tablets instead of 25mg", "the jeans don't fit", "booked a sea view room and got one overlooking the car
  // park"; a fault that has lasted: "'out for delivery' for three days now"; money taken from the
  // account (a failure, not a charge dispute: thanks for getting it back still read as praise).
  "(?:didn'?t|did not|never|not) (?:you )?(?:tell|told|inform|informed|notify|notified|warn|warned) (?:me|us)\\b|\\b(?:gave|sent|delivered|brought|served|given) (?:me|us) [^.!?]{1,40}? instead of\\b|\\b(?:they|it|these|those|the [\\w ]{1,30}?) (?:don'?t|doesn'?t|didn'?t) fit\\b|\\b(?:booked|ordered|paid for|asked for|requested) (?:a |an |the |my )?[^.!?]{1,40}? (?:and|but) (?:got|received|was given|were given|ended up with)\\b|\\bfor (?:\\w+ ){0,2}(?:days|weeks|hours|months) now\\b|\\b(?:sizes?|way|much|far) too (?:small|big|large|tight|short|long|loose)\\b|(?:taken|took|taking|debited|removed|withdrawn) [$£€]\\s?\\d[\\d,.]* (?:out of|from) (?:my|our)\\b|what(?: is|'s) going on\\b|\\b(?:dirty|filthy|grubby|stolen|ran out|(?:has|have|'ve|had) run out)\\b|\\b(?:was|were|got) (?:taken|nicked) from\\b|\\b(?:was|were|is|are|have been|has been) (?:all |completely )?(?:gone|wiped)\\b",
  // Left to it, turned away, shaking after our work, asked again: "Guard did nothing", "turned away at
  // the gate", "had new tyres fitted and now the wheel wobbles", "the second time I've asked", "it
  // still came out", "supposed to be in the locker but it's not there".
  "\\b(?:did|does|do|has done|have done|doing) nothing\\b|\\bturned (?:me |us |him |her |them )?away\\b|\\brefused (?:me |us )?entry\\b|\\b(?:fitted|installed|repaired|serviced|fixed|replaced|delivered|updated|upgraded|cleaned)\\b[^.!?]{0,40}\\b(?:and|but) now\\b|\\b(?:second|third|fourth|fifth|\\d+(?:nd|rd|th)) time (?:i'?ve|i have|we'?ve|we have|i'?m|i am|that|this has|it'?s)\\b|\\b(?:asked|told|emailed|called|rung|written|chased) (?:you )?(?:twice|three times|several times|multiple times|repeatedly)\\b|\\bstill (?:came|come|went|got|gets|was|were) (?:out|taken|charged|billed|debited)\\b|\\bsupposed to be\\b[^.!?]{0,50}\\bbut\\b|\\b(?:it'?s|it is|they'?re|they are) not (?:there|here)\\b|\\b(?:can'?t|cannot|couldn'?t|unable to) (?:i |we )?watch (?:the|it|any|my|our|this|live)\\b",
  // Money taken unasked (a failure like money taken from the account, so thanks for its return still reads as praise): "just took £199 for a renewal I never asked for", "without my consent".
  "\\b(?:took|taken|take|taking|debited|deducted) (?:out )?(?:my |our )?[$£€]\\s?\\d|\\b(?:never|didn'?t|did not) (?:asked|ask|agreed|agree|signed up|sign up|authori[sz]ed?|order(?:ed)?) (?:for|to)\\b|\\bwithout (?:my|our|any) (?:permission|consent|authori[sz]ation|agreement)\\b",
  // Everyday faults in plain words: "only works half the time", "making a grinding noise", "logged me
  // out", "smelled of smoke", "keep getting passed around", "trying to cancel for two weeks",
  // "double-booked", "overcrowded", "the showers have been cold for a week", "given to someone
  // else", "a different colour from the picture", "arrived with a ripped cushion".
  "\\bonly works? (?:half|some|part) (?:of )?the time\\b|\\bworks? (?:on and off|intermittently|sometimes)\\b|\\bmak(?:es|ing|e) (?:a |an |this )?(?:\\w+ )?(?:noise|noises|sound)\\b|\\b(?:squeak|rattl|clunk)\\w*|\\blogged (?:me|us) out\\b|\\bkick(?:s|ed|ing)? (?:me|us) (?:out|off)\\b|\\bsmell(?:s|ed|t|ing)? (?:of|like|awful|bad|terrible|damp|musty|horrible)\\b|\\bstains\\b|\\b(?:passed|pushed|bounced|transferred) (?:around|back and forth|from pillar to post)\\b|\\btrying to \\w+(?: \\w+)? for (?:\\d+|a|an|two|three|four|five|six|several|over a) (?:days?|weeks?|months?|hours?)\\b|\\bdouble[- ]?book(?:ed|ing)\\b|\\bover-?crowded\\b|\\b(?:has|have|had) been (?:cold|freezing|broken|closed|out of order|off|down|dirty|filthy|flooded|leaking|blocked|unusable) (?:for|since|all)\\b|\\b(?:gave|given|sold|resold) (?:it |them |my \\w+ |our \\w+ )?to (?:someone|somebody) else\\b|\\b(?:different|wrong) (?:colou?r|size|model|item|product|style|version|shade) (?:from|than|to)\\b|\\bnot (?:as|what was) (?:pictured|described|advertised|shown)\\b|\\b(?:doesn'?t|does not|didn'?t) (?:match|look like) the (?:picture|photo|description|listing|website)\\b|\\b(?:arrived|came|delivered) with (?:a |an |some )?(?:\\w+ )?(?:ripped|torn|broken|cracked|damaged|dented|scratched|stained|chipped|bent|missing)\\b",
  // In a tweet's words: "ordered chips, got no chips", "paid for next day delivery, it's now day 4",
  // "your driver reversed into my wall", "card got swallowed", "blew a fuse", "keeps timing out",
  // "left out in the rain", "someone else's order", "the seat I booked doesn't exist".
  "\\b(?:got|received|came with) no\\b|\\bit'?s now day (?:\\d|two|three|four|five|six|seven)\\b|\\bpaid for [^.!?]{1,40}?(?:,| but| and) (?:it'?s|it is|still|never|no|now)\\b|\\b(?:reversed|crashed|drove|backed|bumped|smashed) into (?:my|our)\\b|\\b(?:swallowed|ate|kept|retained) (?:my|our) (?:card|money|cash|coins?|ticket)\\b|\\b(?:card|money|coins?|ticket) (?:got |was |has been )?(?:swallowed|eaten)\\b|\\bblew (?:a |the )?fuse\\b|\\bcaught fire\\b|\\b(?:keeps?|kept) timing out\\b|\\b(?:it|page|site|app|website|payment|checkout|connection|call|login) (?:keeps |kept )?tim(?:es|ed|ing) out\\b|\\bleft (?:out )?in the rain\\b|\\b(?:is|was|are|were|everything'?s|it'?s|all) (?:soaked|soaking|drenched|ruined|wet through)\\b|\\bsomeone else'?s (?:order|parcel|package|food|item|bag|luggage|prescription|bill|letter|shopping)\\b|\\b(?:booked|ordered|paid for|reserved)\\b[^.!?]{0,30}\\b(?:doesn'?t|does not|didn'?t) exist\\b",
  // Reporting a fault to us: "I want to report a problem with sign-up", "notifying of issues with payment".
  '\\b(?:report(?:s|ed|ing)?|notify(?:ing)?|notified|inform(?:s|ed|ing)?|tell (?:you|us) about|let (?:you|us) know about) (?:(?:of|about|on) )?(?:a |an |the |some |any |my |these |those )?(?:[\\w-]+ )?(?:problems?|issues?|trouble|difficult(?:y|ies))\\b|(?:complaint|claim|reclamation) against (?:you|your|the company|the business)',
];

/** Money taken or withheld: wrong charges, fees, refunds owed. */
export const MONEY = [
  '(?:over)?charg(?:ed|ing|es) (?:me|us|my|him|her|twice|again|double|for)|charged (?:me |us )?(?:the |a |an )?(?:full|extra|more)\\b|parking (?:ticket|fine|charge)|penalty charge|\\bpcn\\b|(?:over)?billed (?:me |us )?(?:twice|again|double|for|[$£€]\\s?\\d)|double[- ]charged|false charges?|taking money|took (?:my )?money',
  "(?:want|need|get|like) (?:my|a|the|our) (?:money|refund|deposit)(?: back)?|my money back|(?:want|need|like) (?:a )?refund|(?:haven'?t|not|never) (?:got|gotten|received|seen) (?:my |a |the |any )?(?:refund|money|credit)",
  "charg(?:ed|ing) (?:me |us )?(?:a |an )?(?:\\$|£|€|usd|gbp)?\\s?\\d|(?:want|need) (?:this|it|that|them) refunded|reverse (?:the |these |this |those )?(?:charges?|fees?)|charg(?:e|es|ed|ing) (?:you |me |us )?(?:nearly |almost |over |about |around )?[$£€]\\s?\\d|refund (?:me|this|it)\\b",
  'collections|cancellation fee|(?:cost|costs|charging|charge) (?:me )?\\$?£?\\d',
  // Money taken twice, or a payment to give back: "your app shows it taken twice", "refund the second payment".
  "(?:taken|debited|paid|deducted|withdrawn|charged|billed|added|applied) (?:out )?(?:twice|double|two times)|\\bover-?charg(?:ed|ing)\\b|refund (?:the|my|this|that) (?:\\w+ )?(?:payment|charge|fee|amount|money|deposit)",
  // Money still missing: "my refund still isn't in my account".
  "(?:refund|money|payment|credit|deposit|reimbursement)(?: \\w+){0,3}? (?:still )?(?:isn'?t|is not|hasn'?t|has not|has still not|still hasn'?t|not) (?:yet )?(?:in|on|back|arrived|come through|come|shown|showing|appeared|reached|gone through|been (?:paid|credited|received|refunded))\\b",
  // A price raised: "renewal price up 40%", "my premium went up by £180".
  "\\b(?:prices?|premiums?|renewal|bill|fees?|costs?|rent|subscription|tariff|direct debit|payments?|instal?ments?)(?: \\w+)? (?:is |has )?(?:up|gone up|went up|increased|rose|risen|doubled|tripled|jumped|shot up)(?: by| from| to)? (?:\\d+ ?%|[$£€]\\s?\\d|again)|\\b(?:prices?|premiums?|bill|fees?|costs?|rent|subscription|tariff|direct debit|payments?)(?: \\w+)? (?:has |have )?(?:doubled|tripled|quadrupled|shot up)\\b",
  // An amount disputed: "a £35 roaming charge on my bill", "my bill is £310 for one month".
  "[$£€]\\s?\\d[\\d,.]*(?: \\w+){0,2} (?:charges?|fees?|bill|surcharge|penalty|fine)\\b|\\b(?:charge|fee|bill|invoice|premium|renewal)s? (?:is|was|has gone up|went up|of|for)(?: by)? [$£€]\\s?\\d",
  // "why is my bill £40 more than last month", "why am I being charged roaming".
  "\\b(?:bill|charge|payment|premium|price|invoice)s? (?:(?:is|was|are|were) )?(?:now )?[$£€]?\\d[\\d.,]* (?:more|higher)\\b|\\bwhy (?:am i|are we|was i|were we|have i been|have we been|is my \\w+|has my \\w+ been) (?:being |getting |been )?(?:charged|billed)\\b|\\bi'?m being (?:charged|billed)\\b",
  // A bill read back against what happened: "your invoice says 3 hours labour but your plumber was here 90 mins".
  "\\b(?:invoice|bill|receipt|statement|quote)s? (?:says|said|shows|showed|states|lists)\\b[^.!?]{0,60}\\bbut\\b",
  // A refund refused: "you won't refund the upgrade I paid for".
  "(?:won'?t|will not|wouldn'?t|can'?t|cannot|didn'?t|did not|never|refus(?:e|es|ed|ing) to) (?:give (?:me |us )?(?:a |my |the |any )?)?refund",
];

/** Anger, disappointment and other evaluation of the service. */
export const NEGATIVE = [
  'trash|garbage|gutted|gutting|devastated|fuming|livid|gobsmacked|daylight robbery|without (?:any )?(?:warning|notice)|inadequate|unhappy|dissatisf\\w*|not satisfied|irritat\\w*|inconvenienc\\w*|heartbroken|fight(?:ing)? with|fought with|worst|terrible|awful|horrible|horrendous|disgust(?:ing|ed)|disappoint\\w*|frustrat\\w*|annoy(?:ed|ing)|angry|furious|upset|ridiculous|unacceptable|pathetic|useless|pointless|\\bjoke\\b|scam|rip[- ]?off|liars?|lying|\\blied\\b|\\bevil\\b|sucks?|\\bcrap\\b|shit\\w*|\\bbs\\b|wtf|ffs|smh|\\bugh+\\b|fed up|sick of|tired of|never again|uncalled for|shady|ashamed|shame(?:ful)?|unethical|incompeten\\w*|mismanag\\w*|nightmare|hassle|ruin(?:ed|ing|s)?|baffl\\w*|idiots?|clueless|fuck\\w*|damn',
  // People letting the customer down: mistreatment weighs like anger, even mid-thread.
  'den(?:y|ies|ied|ying)\\b|\\bsigh\\b|taking (?:it |them )?back|went back on|going back on|hangs? up|hung up|runaround|run around|turned (?:me |us )?down|\\brude\\b|laughed at|called me (?:a |an )?(?:liar|names|stupid|idiot|thief|rude|racist|crazy|dumb|fat|ugly)\\b|how could (?:this|that|you|it) (?:happen|let)|ignored|ghosted|refus(?:e|es|ed|ing) to|lied to|misleading|illegal|not legal|false advertising|doubt (?:that|this) is',
  'means nothing to you|\\bevery single time\\b|\\byou lot\\b|outrageous|unbelievable|disgrace\\w*|shocking|appalling|insane|absurd|suffer\\w*|incompetan\\w*|ever going to|what are you (?:doing|going to do) about|are you kidding|you guys call this',
  "not (?:cool|impressed|happy|good enough|acceptable|ok|okay|fair|right|what I (?:paid|ordered|asked))|poor (?:service|quality|network|experience|customer)|bad (?:service|business|experience|customer)|\\ba mess\\b|lip service",
  "get (?:it|your \\w+|this) together|(?<!\\bto )fix (?:it|this|that)\\b|sort (?:it|this|that) (?:out|now)|come on\\b|c'?mon|seriously\\?|really\\?|hello\\?{2,}|answer me|what the|how is this (?:ok|okay|acceptable|fair)|why (?:the hell|on earth)",
  '#\\w*(?:sucks|fail|doesntcare|hate|drama|never)\\w*|#?thanks ?for ?nothing|#bs\\b',
];

/** Emoji that carry a complaint. */
export const NEGATIVE_EMOJI = /[😡😤😠🤬😩😫😭😢👎💩🙄😒🤦😞😕😣😖😓🙍😑🤨]|(?:^|\s)(?:[:;=]-?'?\(+|>:\(|D:)(?=\s|$)/u;

/** Five or more words in capitals: shouting. */
export const SHOUTING = /\b[A-Z]{2,}(?:[\s,.!?]+[A-Z]{2,}){3,}\b/;

/** Praise strong enough to outweigh a past problem it mentions ("20k miles for the delay. Nice job!"). */
export const STRONG_PRAISE = "(?:big|huge|massive) thank(?:s| you)|(?:just )?want(?:ed)? to (?:say )?(?:a (?:big |huge )?)?thank(?:s| you| everyone| all| the| your)?|(?:please|pls|plz) never change|don'?t (?:you )?ever change|(?:brilliant|excellent|fantastic|amazing|outstanding|superb) (?:service|staff|team|job|work)|made my (?:day|week)|nice job|well done|great job|good job|thank you so much|thanks so much|you(?:'re| are) (?:the best|amazing|awesome|a star)|much appreciated|love (?:it|this|you)|kudos|props to";
/** A contrast that keeps a problem open despite thanks: "thanks, but it still…". */
export const CONTRAST = "\\b(?:but|still|however|yet|though|although|again)\\b";

/** Thanks, praise and delight. */
export const PRAISE = [
  "thanks?|thank (?:you|u)|thx|\\bty\\b|10/10|\\bno notes\\b|five stars|5 stars|love|loved|loving|great|awesome|amazing|excellent|perfect|incredible|wonderful|superb|outstanding|spotless|\\bbest\\b|fantastic|brilliant|appreciate|kudos|shout ?out|props|well done|good job|nice (?:one|job)|helpful|happy|pleasant|smooth|delicious|favou?rite|congrats|congratulations|yay|woo+|\\bcool\\b|sorted",
];
export const PRAISE_EMOJI = /[❤😍🥰👍🙌👏😊😀😃🙏💯🎉😁😄🤩💕💖✨🎃👻]/u;

/** Asking for help without saying what failed: "I have a problem with my phone, can you help?" */
export const HELP_REQUEST = [
  "(?:can|could|would|will) (?:you|someone|anyone|somebody) (?:please |pls |plz |kindly )?(?:help|assist|dm|contact|call|@)|help me\\b|^\\W*help\\b|\\bhelp\\W*$|(?:i|we) (?:need|want|would like) (?:some )?(?:help|assistance|info|information|infos)\\b|(?:i|we) (?:have|got|am having|'m having|are having|'re having) (?:a |an |some )?(?:serious |quick |small |big )?(?:question|problem|issue|issues|problems|query)\\b|(?:dm|contact|call) me\\b|please (?:dm|contact|call|help)",
];

/** The help we gave did not work, or nobody answered: a renewed complaint, not details we asked for. */
export const RENEWED =
  "(?:already|i'?ve|we'?ve|i have|we have) (?:tried|done|did|sent|called|contacted|reported|filled|reset|restarted|rebooted|reinstalled|restored|updated|cleared|deleted)|\\bi did\\b[^.!?]{0,20}(?:no|not|nothing|but)|tried (?:that|this|it|everything|all)|no (?:response|reply|answer|one (?:answers|replies|called))|(?:it|that|this) (?:failed|didn'?t work|did not work|doesn'?t work|does not work|won'?t let)|still (?:no|not|nothing|waiting|haven'?t|hasn'?t|can'?t|cannot|broken|down)|(?:happened|messed up|wrong|broken|late|down) again|once again|yet again";

/** The customer says they are sending what we asked for: "here's the photo you asked for", "ok here it is". */
export const SENDS_WHAT_WE_ASKED = /\byou asked for\b|\bas (?:requested|you asked)\b|\bhere (?:it is|they are|you go)\b/i;

/** Our side asked the customer for something: a question, details, a DM, a step to try. */
export const ASKED_CUSTOMER =
  /\?|\b(?:dm|direct message|private message|let (?:us|me) know|tell us|send (?:us|me)|try|could you|can you|would you|please (?:confirm|provide|share|send|check|follow|reply|run|restart|clear|update))\b/i;

/** An information need without a question mark: "I can't find the button", "not sure how to…". */
export const IMPLICIT_QUESTION =
  "can'?t find|cannot find|can not find|where (?:is|are|can|do)|how (?:do|can|should) (?:i|we)|looking for|trying to (?:find|figure|work out|locate)|not sure (?:how|where|what|if|whether|which)|wondering|any idea|no idea (?:how|where|what)|(?:don'?t|do not) know (?:how|where|what|when|which|if|whether)";

/**
 * Not knowing how to do something, or a slip the customer made themselves ("I chose a wrong
 * address"): a need for help, not a failure of ours, whatever negation or "wrong" it holds. Also
 * failure words that name no failure: one we already fixed ("sorted out my broken blender"), cover
 * asked about ("does it cover accidental damage?"), "late checkout".
 */
export const NOT_OUR_FAILURE =
  /\b(?:don'?t|do not) know (?=how|where|what|when|which|if|whether)|\b(?:i|we) (?:\w+ )?(?:chose|selected|entered|typed|put|gave|used|picked|ordered|booked|bought) (?:a |an |the )?(?:wrong|incorrect)\b|\b(?:sorted(?: out)?|fixed|resolved|replaced|repaired|solved) (?:my|the|our|a|an) (?:[\w-]+ ){0,2}?(?:broken|damaged|faulty|missing|lost|late|delayed|cracked)\b|\b(?:cover|covers|covered|insure|insured|insurance (?:for|against)|protection (?:for|against)) (?:for |against )?(?:accidental )?(?:damage|accidents?|loss|theft|breakdowns?)\b|\blate (?:checkout|check-?out|(?:at )?nights?|arrival|booking|availability)\b|\b(?:replace|replacement for|report|reporting) (?:a |my |the |our )?lost\b|\b(?:i|we)(?:'ve| have)? lost (?:my|our)\b|\b(?:can'?t|cannot|couldn'?t) (?:find|locate) (?:it|them|this|that)\b|\bif (?:a|my|the|it|your|our) [^.!?]{0,30}?(?:leaks?|breaks?|fails?|stops? working|is damaged|gets? damaged|goes? wrong)\b|\bif (?:i|we) (?:don'?t|do not|can'?t|cannot) (?:get|make|find|win|see)\b|\b(?:can'?t|cannot) (?:get|leave) (?:out of |off |away from )?work\b|\b(?:is it|is this|is that) (?:normal|usual|ok|okay|expected) for (?:a |an |the |my )?(?:new )?\w+ to (?:make|have|be|get|feel|look|smell|run|sound)\b[^.!?]*/i;
