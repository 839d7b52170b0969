/**
 * Apology components, strongest first (Lewicki, Polin & Lount 2016: acknowledging responsibility
 * and offering repair matter most; Brooks, Dai & Schweitzer 2014: "sorry to hear" is sympathy,
 * not responsibility). Regular-expression source, matched case-insensitively on whole words of
 * text whose curly quotes are folded to ASCII.
 */

/** Owning the failure: "I'm sorry we…", "we made a mistake", "that's on us". */
export const OWNERSHIP = [
  "(?:i'?m|i am|we'?re|we are) (?:so |very |really |truly |deeply |sincerely |terribly |incredibly )?sorry (?:that )?(?:we|i|our|my)\\b(?! (?:understand|hear))",
  "(?:we|i) (?:made|have made|'ve made) (?:a|an|this|that) (?:mistake|error|mess|mix-?up|blunder)",
  "(?:that'?s|that is|this is|it'?s|it is|this one'?s|this was|that was) (?:totally |completely |entirely |all )?(?:on|our fault|my fault) ?(?:us|me)?",
  "(?:our|my) (?:mistake|fault|bad|error|mix-?up|oversight)",
  "(?:we|i) (?:messed|screwed|slipped|fouled) up",
  "(?:we|i) dropped the ball",
  "(?:we|i) (?:got|had) (?:this|that|it) wrong",
  "(?:we|i) (?:should|shouldn'?t) have|(?:we|i) (?:shouldn'?t|should not)(?! (?:need|have to|be able))\\b",
  "(?:we|i) (?:take|accept) (?:full |complete )?(?:responsibility|ownership)",
  "(?:apologi[sz]e|sorry|apologies) (?:for|about) (?:our|my) (?:mistake|error|mix-?up|oversight|delay|failure|slow|poor|lack|late|missed|miscommunication)",
  "sorry (?:that )?(?:we|i) (?:didn'?t|did not|haven'?t|have not|missed|forgot|failed|let you down|got|made|sent|charged|shipped|kept|dropped|messed|couldn'?t|weren'?t|wasn'?t|'ve|have)",
  "(?:we|i) let you down",
  // "We owe you an apology", "apologies for the confusion we caused": owned in so many words.
  "(?:we|i) owe you an apology",
  "(?:apologi[sz]e|sorry|apologies) (?:for|about) the (?:confusion|inconvenience|trouble|upset|frustration|worry) (?:we|i|our \\w+) (?:caused|created|made|put you through)",
  "(?:we|i) (?:fell|have fallen|'ve fallen) short",
];

/** Regret for the failure, without naming who caused it: "We apologize for the delay." */
export const REGRET = [
  "(?:i|we) (?:sincerely |truly |deeply |do |really |must )?(?:apologi[sz]e|regret)(?! (?:if|that (?:you (?:feel|felt|think|thought|believe|were upset|are upset|were unhappy|are unhappy))|that there (?:was|were|has been|may have been|might have been) (?:some |any )?(?:confusion|misunderstanding|miscommunication)|for any|any))",
  // "Our apologies that you haven't got an upgrade" regrets an event; "… that you feel" does not.
  "(?:my|our) (?:sincere |sincerest |deepest |humble |heartfelt )?apologies(?! (?:if|for any|that you (?:feel|felt|think|thought|believe|were upset|are upset)))",
  "(?:^|[.!?,;]\\s*|\\n|\\s)(?:sincere |sincerest |many |my )?apologies(?! (?:if|for any|that you (?:feel|felt|think|thought|believe|were upset|are upset)|for the confusion|about the confusion))\\b",
  "apologi[sz]es? for (?!any|the confusion|your)",
  "(?:so|very|really|truly|terribly|deeply|extremely|incredibly) sorry(?! (?:to (?:hear|see|read|learn)|you (?:feel|felt|are|were|'re)|if|for any|about any|for the confusion|that you (?:feel|felt|think|are|were|'re)))",
  "(?:i'?m|i am|we'?re|we are) sorry (?:for|about) (?!any\\b|the confusion)(?:the|this|that|your|all)",
  "sorry (?:for|about) (?:the|this|that|all the) (?:delay|wait|trouble|hassle|mix-?up|issue|issues|problem|problems|error|mistake|experience|frustration|disappointment|situation|inconvenience|late|long|lack|miscommunication|headache|worry|disruption|poor|bad|ongoing|challenge|difficult)",
  "sorry about (?:that|this)",
  // "Sorry you couldn't find anyone": regret for what the customer could not do or never got.
  "sorry (?:that )?you (?:couldn'?t|could not|weren'?t able to|were unable to|haven'?t been able to|didn'?t (?:get|receive|hear)|did not (?:get|receive|hear)|haven'?t (?:had|got|received|heard))\\b",
  // "We're sorry you had to wait": regret for what the customer went through (not "sorry you had to contact us").
  "sorry (?:that )?you (?:had|have|'ve had|have had) to (?:wait|queue|stand|pay|cancel|go without|deal with|put up with|repeat|spend|miss|throw|travel|walk|drive|sit)\\b",
  "(?:i'?m|i am|we'?re|we are) (?:so |very |really |truly |deeply |sincerely |terribly )?sorry\\b(?! (?:to (?:hear|see|read|learn)|you (?:feel|felt|are|were|'re|had to)|if|for any|about any|for the confusion|that you (?:feel|felt|think|are|were|'re)))",
  // "Sorry!", "Oh no, sorry!", "Sorry, …" or "Sorry Craig, …" on its own (a lookahead: the matcher adds \\b after the
  // pattern). The opening @handles are looked behind (once the word is seen: a lookbehind tried at every
  // position would cost a scan of the text each), not matched: they are masked.
  "(?:^|[.!?,]\\s*|\\n|(?=oh|oops|sorry)(?<=^(?:@\\w+\\s+)+))(?:(?:oh no|oh dear|oops),? )?sorry(?: again|,? (?!you\\b|to\\b|if\\b|for\\b|about\\b|that\\b|but\\b)[a-z]+)?(?=[.!,])",
  // "Sorry the alerts stopped!", "Sorry that this isn't more simple", "Sorry for the worry!", "Thanks, and sorry it's spoiling the show"
  "(?:^|[.!?,;]\\s+(?:and |but )?|\\n|(?=oh no|so |very |really |truly |sorry)(?<=^(?:@\\w+\\s+)+))(?:oh no,? )?(?:so |very |really |truly )?sorry(?: that)? (?!to (?:hear|see|read|learn)|you (?:feel|felt|are|were|'re|had to|'ve|have)|if|for any|about any|for the confusion|about the confusion)(?:the|this|that|your|it|its|it's|we|our|for|about|again|as|but|they|these|those)\\b",
];

/** Sympathy without responsibility: "Sorry to hear that", "I understand how frustrating…". */
export const SYMPATHY = [
  "sorry (?:to (?:hear|see|read|learn)|for the trouble you(?:'re| are| have| ve))",
  // "Sorry you're locked out!" — sorrow at the customer's situation (not at their feelings, which is a non-apology).
  "sorry (?:that )?you(?:'re| are| were|'ve been| have been) (?!unhappy|disappointed|upset|dissatisfied|not happy|not satisfied|not a fan|displeased|feeling|frustrated|annoyed)[a-z]+",
  "(?:i|we) (?:completely |totally |fully |truly |really |definitely |certainly |absolutely |can |do )?(?:understand|get|see|appreciate(?! (?:your|the) (?:feedback|comments?|business|message|tweet|loyalty|support|input|suggestions?|kind words))|know) (?:how|why|your|that|the|you|what)\\b[^.!?\\n]{0,60}(?:frustrat|annoy|upset|inconvenien|disappoint|stress|worr|difficult(?!ies|y)|hard|confus|tough|not ideal|bother|concern|situation|urgency|feel)\\w*",
  "(?:that|this|it) (?:sounds|must be|must have been|is|can be) (?:really |so |very |incredibly |super |extremely )?(?:frustrating|annoying|upsetting|stressful|disappointing|inconvenient|difficult|not ideal|no fun|a pain|awful|terrible|horrible)",
  "(?:i|we) can (?:only )?imagine",
  "(?:that|this|it)(?:'s| is) (?:no fun|not fun|a pain|rough|the worst)",
  "(?:a|such a|what a|that's a|that is a|it's a|it is a) (?:real |total |huge )?bummer",
  "(?:sad|saddening|saddened|heartbroken|gutted) to (?:hear|see|read)",
  // "We hate to hear this" feels for the customer; "we don't like to hear this", like "not what we
  // like to hear", speaks of our own taste (the labels: no apology, three times in three).
  "(?:we|i) hate (?:to hear|hearing|to see|seeing)",
  "(?:i|we) (?:completely |totally |fully |truly |really |definitely |certainly )?(?:understand|appreciate) (?:your|the) (?:frustration|concerns?|disappointment|annoyance|situation|urgency|feelings?)",
];

/** Non-apologies: regret for the customer's feelings or hypothetical trouble, not for the failure. */
export const NON_APOLOGY = [
  // "Any" hedges whatever follows: "sorry for any inconvenience", "apologies for any last minute gate changes".
  "(?:sorry|apologi[sz]e|apologies|regret) (?:for|about) any\\b|sorry to (?:hear|see|read) (?:of|about) any\\b",
  "(?:sorry|apologi[sz]e|apologies|regret) (?:for|about) (?:the |any )?(?:inconvenience|trouble|issues?|frustration|confusion) (?:this|that|it) (?:may|might|could) (?:have )?(?:caused|cause|created)",
  "(?:sorry|apologi[sz]e|apologies|regret)(?: that)? if (?:you|this|that|we|it|there|anyone|any|our|your|i)\\b",
  "sorry (?:that )?you feel(?: that way| like that)?",
  "(?:apologi[sz]e|sorry|apologies) (?:that|if) you (?:feel|felt|were (?:upset|offended|disappointed|unhappy)|are (?:upset|offended|disappointed|unhappy)|think|thought|believe)",
  "(?:apologi[sz]e|sorry|apologies) (?:that|if) there (?:was|has been|were|may have been|might have been) (?:some |any )?(?:confusion|misunderstanding|miscommunication)",
  "(?:sorry|apologi[sz]e|apologies) (?:for|about) your (?:feelings|frustration|disappointment|perception|confusion)|(?:sorry|apologi[sz]e|apologies) (?:for|about) the (?:dissatisfaction|disappointment|frustration|displeasure|unhappiness|upset) (?:that )?you",
  "(?:sorry|regret) (?:that )?you(?:'re| are| were|'ve been| have been| aren'?t| are not| weren'?t| were not)? (?:left |feeling |so )?(?:unhappy|disappointed|upset|dissatisfied|not happy|not satisfied|happy|satisfied|not a fan|displeased)",
  "sorry (?:that )?you (?:had|have|needed) to (?:reach out|contact us|get in touch|tweet|message us|write to us|chase)",
  "sorry to (?:see|hear|read|learn) (?:that )?you(?: (?:feel|fee|felt|think)|(?:'re| are| were|'ve been| have been) (?:so |very |really )?(?:unhappy|disappointed|upset|dissatisfied|not happy|not satisfied|displeased|frustrated|annoyed))",
  // "Sorry the visit left you feeling upset", "sorry you came away from the call feeling that way".
  "(?:sorry|apologi[sz]e|apologies|regret)(?: that)? [^.!?\\n]{0,50}?\\b(?:(?:left|leaves|made|makes) you (?:feel|feeling)|(?:came|come) away (?:from [^.!?\\n]{1,30}? )?feeling)\\b",
  "(?:sorry|apologi[sz]e|apologies) (?:for|about) (?:the|this|that|all the|any) confusion(?! (?:we|i|our \\w+) (?:caused|created|made))",
  // "If you run into any issues, I apologize for the inconvenience": regret for trouble that may not exist.
  "if [^.!?\\n]{1,80}, (?:i|we)(?: am|'m| are|'re)? (?:sincerely |truly |so |very |do )?(?:apologi[sz]e|regret|sorry)",
];
