/**
 * Apology components, strongest first (Lewicki, Polin & Lount 2016: acknowledging responsibility
 * and offering repair matter most; Brooks, Dai & Schweitzer 2014: "sorry to hear" is sympathy,
 * not responsibility). Regular-expression source, matched case-insensitively on whole words.
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
  "(?:we|i) (?:should|shouldn'?t) have",
  "(?:we|i) (?:take|accept) (?:full |complete )?(?:responsibility|ownership)",
  "(?:apologi[sz]e|sorry|apologies) (?:for|about) (?:our|my) (?:mistake|error|mix-?up|oversight|delay|failure|slow|poor|lack|late|missed|miscommunication)",
  "sorry (?:that )?(?:we|i) (?:didn'?t|did not|haven'?t|have not|missed|forgot|failed|let you down|got|made|sent|charged|shipped|kept|dropped|messed|couldn'?t|weren'?t|wasn'?t)",
  "(?:we|i) let you down",
  "(?:we|i) (?:fell|have fallen|'ve fallen) short",
];

/** Regret for the failure, without naming who caused it: "We apologize for the delay." */
export const REGRET = [
  "(?:i|we) (?:sincerely |truly |deeply |do |really )?(?:apologi[sz]e|regret)(?! (?:if|that there|for any))",
  "(?:my|our) (?:sincere |deepest |humble |heartfelt )?apologies(?! (?:if|for any))",
  "(?:so|very|really|truly|terribly|deeply|extremely|incredibly) sorry(?! (?:to (?:hear|see|read|learn)|you feel|if|for any))",
  "(?:i'?m|i am|we'?re|we are) sorry (?:for|about) (?!any\\b)(?:the|this|that|your|all)",
  "sorry (?:for|about) (?:the|this|that|all the) (?:delay|wait|trouble|hassle|confusion|mix-?up|issue|issues|problem|problems|error|mistake|experience|frustration|disappointment|situation|inconvenience|late|long|lack|miscommunication|headache)",
  "sorry about (?:that|this)",
  "(?:i'?m|i am|we'?re|we are) (?:so |very |really |truly |deeply |sincerely |terribly )?sorry\\b(?! (?:to (?:hear|see|read|learn)|you feel|if|for any|that you feel))",
  "(?:^|[.!?]\\s*|\\n)sorry(?: again)?[.!,]",
];

/** Sympathy without responsibility: "Sorry to hear that", "I understand how frustrating…". */
export const SYMPATHY = [
  "sorry (?:to (?:hear|see|read|learn)|you(?:'re| are) (?:having|experiencing|dealing|going through|facing)|for the trouble you(?:'re| are| have| ve))",
  "(?:i|we) (?:completely |totally |fully |truly |really |can )?(?:understand|hear|get|see|appreciate) (?:how|why|your|that|the|you)\\b[^.!?\\n]{0,60}(?:frustrat|annoy|upset|inconvenien|disappoint|concern|stress|worr|difficult|hard|confus|tough|not ideal|bother)",
  "(?:that|this|it) (?:sounds|must be|must have been|is) (?:really |so |very |incredibly |super )?(?:frustrating|annoying|upsetting|stressful|disappointing|concerning|worrying|inconvenient|difficult|not ideal|not good|no fun|a pain)",
  "(?:i|we) can (?:only )?imagine",
  "(?:i|we) hear you",
  "(?:sad|saddening|disappointing|concerning|upsetting|unfortunate) to (?:hear|see|read)",
  "(?:not|never) (?:what|the experience) (?:we|you) (?:want|expect|like)",
  "(?:we|i) (?:hate|don'?t like) (?:to hear|hearing|to see|seeing)",
  "(?:that'?s|that is|this is) (?:definitely |certainly )?not (?:the experience|what) (?:we|you)",
  "(?:thanks|thank you) for (?:your patience|bearing with us|being patient)",
  "(?:we|i) (?:understand|appreciate) (?:your|the) (?:frustration|concern|disappointment|annoyance|situation|urgency)",
];

/** Non-apologies: regret for the customer's feelings or hypothetical trouble, not for the failure. */
export const NON_APOLOGY = [
  "(?:sorry|apologi[sz]e|apologies|regret) (?:for|about) any (?:inconvenience|trouble|confusion|frustration|issues?|problems?|disappointment|hassle|misunderstanding|distress|upset|difficult(?:y|ies))",
  "(?:sorry|apologi[sz]e|apologies|regret) (?:for|about) (?:the |any )?(?:inconvenience|trouble|issues?|frustration|confusion) (?:this|that|it) (?:may|might|could) (?:have )?(?:caused|cause|created)",
  "(?:sorry|apologi[sz]e|apologies|regret)(?: that)? if (?:you|this|that|we|it|there|anyone|any|our|your|i)\\b",
  "sorry (?:that )?you feel(?: that way| like that)?",
  "(?:apologi[sz]e|sorry|apologies) (?:that|if) you (?:feel|felt|were (?:upset|offended|disappointed|unhappy)|are (?:upset|offended|disappointed|unhappy)|think|thought|believe)",
  "(?:apologi[sz]e|sorry|apologies) (?:that|if) there (?:was|has been|were|may have been|might have been) (?:some |any )?(?:confusion|misunderstanding|miscommunication)",
  "(?:sorry|apologi[sz]e|apologies) (?:for|about) your (?:feelings|frustration|disappointment|perception|confusion)",
];
