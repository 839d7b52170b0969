/**
 * Plain-language substitutions (jargon and corporate filler) and common confusions in support
 * writing. `safe` substitutions can be applied by `--fix`: the plain word means the same thing
 * in every context we have seen.
 */

export interface Substitution {
  pattern: string;
  replacement: string;
  safe?: boolean;
  /** Internal or technical terms a customer may not know (a warning); wordy filler is only noted (info). */
  technical?: boolean;
}

export const JARGON: Substitution[] = [
  { pattern: 'utili[sz]e', replacement: 'use', safe: true },
  { pattern: 'utili[sz]ed', replacement: 'used', safe: true },
  { pattern: 'utili[sz]ing', replacement: 'using', safe: true },
  { pattern: 'in order to', replacement: 'to', safe: true },
  { pattern: 'at this (?:point in|moment in) time', replacement: 'now', safe: true },
  { pattern: 'at the present time', replacement: 'now', safe: true },
  { pattern: 'prior to', replacement: 'before', safe: true },
  { pattern: 'subsequent to', replacement: 'after', safe: true },
  { pattern: 'in the event that', replacement: 'if', safe: true },
  { pattern: 'due to the fact that', replacement: 'because', safe: true },
  { pattern: 'in regards? to', replacement: 'about', safe: true },
  { pattern: 'with regards? to', replacement: 'about', safe: true },
  { pattern: 'please be advised that', replacement: '' },
  { pattern: 'kindly revert', replacement: 'please reply' },
  { pattern: 'revert back', replacement: 'reply' },
  { pattern: 'do the needful', replacement: 'take care of it' },
  { pattern: 'leverage', replacement: 'use' },
  { pattern: 'facilitate', replacement: 'help' },
  { pattern: 'endeavou?r to', replacement: 'try to', safe: true },
  { pattern: 'commence', replacement: 'start', safe: true },
  { pattern: 'terminate', replacement: 'end' },
  { pattern: 'remit payment', replacement: 'pay', safe: true },
  { pattern: 'ticket has been actioned|has been actioned', replacement: 'has been done' },
  { pattern: 'escalation matrix', technical: true, replacement: 'the people who can decide this' },
  { pattern: 'escalation path', technical: true, replacement: 'next step' },
  { pattern: 'SLA', technical: true, replacement: 'promised response time' },
  { pattern: 'RMA', technical: true, replacement: 'return authorisation' },
  { pattern: 'TAT', technical: true, replacement: 'turnaround time' },
  { pattern: 'ETA', replacement: 'expected arrival time' },
  { pattern: 'provisioning', technical: true, replacement: 'setting up' },
  { pattern: 'provisioned', technical: true, replacement: 'set up' },
  { pattern: 'deprovision(?:ed)?', technical: true, replacement: 'removed' },
  { pattern: 'ticket number has been generated', technical: true, replacement: 'I have opened a case' },
  { pattern: 'tracert|trace ?-?routes?', technical: true, replacement: 'a connection test (we can send you the steps)' },
  { pattern: 'resolver group', technical: true, replacement: 'the team that will fix it' },
  { pattern: 'tier (?:1|2|3|one|two|three)(?: support)?', technical: true, replacement: 'our specialist team' },
  { pattern: 'ONT|OLT', technical: true, replacement: 'the fibre box (modem) in your home' },
  { pattern: 'actioned', technical: true, replacement: 'done' },
  { pattern: 'the aforementioned', replacement: 'this' },
  { pattern: 'herewith|hereby|heretofore|wherein', replacement: '' },
  { pattern: 'pursuant to', replacement: 'under' },
  { pattern: 'as per', replacement: 'in line with' },
  { pattern: 'first and foremost', replacement: 'first', safe: true },
  { pattern: 'a large number of', replacement: 'many', safe: true },
];

/** How the word captured as `(?<fix>…)` is rewritten when the right word follows from it. */
export type WordForm = 'base' | 'bare' | 'participle' | 'simple-past' | 'plural' | 'possessive' | 'delete';

export interface Confusion {
  pattern: string;
  /**
   * Replacement for the group captured as `(?<fix>…)` (`{word}` stands for that group); the rest
   * of the match stays. Without `replacement` or `form` the slip is reported with no fix (and
   * `advice` as what to write instead, where there is one).
   */
  replacement?: string;
  /** Or the replacement is a form of the captured word (`delete` also drops the space before it). */
  form?: WordForm;
  /** Without either, what to write instead when no single fix follows. */
  advice?: string;
  why: string;
  /**
   * The word captured as `(?<w>…)` must be one of these. A word list written into the pattern
   * compiles, under the `i` flag, to 50–120 KB of machine code per regexp, and the more regexp code
   * a process holds, the more V8's tier-up left the other rules' big regexps in slow code (README,
   * Performance). A Set lookup costs nothing. For the same reason a pattern starts with its slip
   * word, and the words before it go in a lookbehind.
   */
  words?: ReadonlySet<string>;
  /**
   * The word before the match must not be one of these ("we were working" is no slip). An
   * apostrophe ending such as `'re` stands for every word with it ("we're"). A Set, not a
   * lookbehind, for the reason given under `words`.
   */
  notAfter?: ReadonlySet<string>;
}

/** A word list for `words`: single words separated by spaces, then any phrases. */
const wordSet = (list: string, ...phrases: string[]): ReadonlySet<string> => new Set([...list.split(' '), ...phrases]);

const NOUNS =
  'request requests order orders account accounts issue issues item items package packages refund refunds payment payments team system systems device devices phone phones email emails details information question questions booking bookings flight flights bill bills card cards feedback concern concerns experience service services complaint complaints case ticket tickets delivery deliveries reservation subscription plan address number';
/** What a customer owns or has with us: "you're medication", "for you message" want "your". */
const POSSESSED = wordSet(`${NOUNS} own mind particular specific previous recent personal preferred original existing registered primary parcel parcels product products purchase purchases password profile bag bags luggage baggage invoice invoices receipt receipts claim claims appointment appointments username postcode router modem patience loyalty membership journey medication medications prescription prescriptions car room seat statement contract tariff policy renewal laptop connection meter basket cart stay visit browser cache kitchen house home flat mum mom dad mother father wife husband son daughter partner kids children family friend friends brother sister message messages settings id`);
// Words "were" is followed by and "where" is not: "we where working", "where able".
const AFTER_WERE = 'working trying able unable looking told sent given made informed notified charged having experiencing aware unaware waiting expecting hoping';
const LETS_VERBS = '(?:take|get|go|see|check|look|chat|talk|try|start|do|make|connect|continue|dig|work|find|fix|sort|review|meet|figure)';
// Words ending in -ing that are not participles: "we bring", "will ring", "can ping".
const NOT_PARTICIPLE = '(?!(?:bring|ring|sing|swing|sting|spring|string|wring|cling|fling|ping|king|thing|wing|nothing|something|everything|anything)\\b)';
// Words after which a missing "are" is not missing: "they are still waiting".
const BE_WORDS = wordSet("am are is was were be been 're 'm 's aren't weren't isn't wasn't");
// A noun phrase that ends here: punctuation, or a preposition or clause that follows it.
const ENDS_PHRASE = '(?=\\s*(?:[.,!?;:)]|$)|\\s+(?:with|after|when|while|on|in|since|because|now|again|logging|accessing|using|connecting|signing|getting|trying)\\b)';
// What follows a subject that lost its "are": "We having", "We always reviewing", "We sorry".
const MISSING_BE = `(?:(?:always|still|just|also|currently|really|now) )?(?:${NOT_PARTICIPLE}[a-z]{3,}ing|sorry|glad|happy|unable|aware)`;
const PARTICIPLES =
  '(?:resolved|fixed|updated|processed|refunded|helped|assisted|contacted|checked|received|solved|reviewed|replaced|escalated|investigated|confirmed|cancell?ed|changed|shipped|sent|provided|offered|answered|returned|reached)';

export const CONFUSIONS: Confusion[] = [
  { pattern: `\\b(?:we|you|they) (?<fix>where) (?<w>[a-z]+)\\b`, words: wordSet(`${AFTER_WERE} going not still just already also very so all happy sorry in`), replacement: 'were', why: '"where" is a place; the verb is "were"' },
  { pattern: `\\b(?<fix>where) (?<w>[a-z]+)\\b`, words: wordSet(AFTER_WERE), notAfter: wordSet("from to know see show tell ask wonder exactly out is that's where and or"), replacement: 'were', why: '"where" is a place; the verb is "were"' },
  { pattern: `\\b(?<fix>we're) (?:you|they|we) (?:able|aware|happy|going|looking|still|unable)\\b`, replacement: 'Were', why: 'the question starts with "were"' },
  // "you" only as a subject: in "the email we sent you has the number" it is an object.
  { pattern: `(?:\\b(?:we|they|i)|(?:^|[.!?;]\\s+|\\b(?:and|but|so|if|because|when|once|then) )you) (?<fix>has)\\b`, replacement: 'have', why: 'the verb agrees with its subject' },
  {
    pattern: "\\b(?:has|have|had|i've|we've|you've|they've) (?<fix>(?<w>[a-z]+))\\b(?! (?:to|for|of)\\b)",
    words: wordSet('respond reply send check contact receive resolve fix update forward process escalate pass ask book cancel refund review arrange confirm log raise make take give'),
    form: 'participle',
    why: 'after "has/have", use the past participle',
  },
  { pattern: `\\b(have|has|had|is|are|was|were|will|can) (?:also|just|already|still|now|then) (?<fix>\\1)\\b`, form: 'delete', why: 'the verb is written twice' },
  { pattern: `\\b(?:it|this|that|he|she) (?<fix>weights)\\b`, replacement: 'weighs', why: '"weights" is a noun; the verb is "weighs"' },
  { pattern: `\\b(?:look|looks|looking|looked) (?<fix>in to)\\b`, replacement: 'into', why: '"look into" is one preposition' },
  { pattern: `\\b(?:i|you|we|they) (?<fix>fee)\\b`, replacement: 'feel', why: '"fee" is a charge; the verb is "feel"' },
  { pattern: `\\b(?<fix>fee) (?:this|that) way\\b`, replacement: 'feel', why: '"fee" is a charge; the verb is "feel"' },
  { pattern: `\\bawait(?:ing|s|ed)? (?<fix>for)\\b`, form: 'delete', why: '"await" takes no "for"' },
  { pattern: `\\b(?:these|those) (?<fix>type|kind|sort) of\\b`, form: 'plural', why: '"these" needs the plural: "these types of"' },
  { pattern: `\\b(?<fix>ur)\\b(?= [a-z])`, replacement: 'your', why: 'text-speak in a customer reply' },
  { pattern: `\\b(?:provide|offer|give|deliver) (?<fix>best) (?:service|experience|support|possible)\\b`, replacement: 'the best', why: 'the superlative needs "the"' },
  { pattern: `(?:^|[,.!]\\s+)(?<fix>apologi[sz]es) for\\b`, replacement: 'Apologies', why: 'the noun is "apologies"' },
  { pattern: `\\bthere (?:is|was) no \\w+(?: \\w+)? (?<fix>(?:has|have) been)\\b`, advice: 'drop "there is" or "has been"', why: 'two verbs for one subject: drop "there is" or "has been"' },
  { pattern: `\\bapologi[sz]e (?<fix>the|your|any|this) (?:inconvenience|delay|trouble|confusion|wait|issue)\\b`, replacement: 'for the', why: '"apologise" needs "for"' },
  { pattern: `\\ball (?:the|our|of the) (?<fix>(?!staff|crew|team|equipment|information|feedback|people|children|luggage|baggage|data|media|police|personnel|news|series|mail|post|stock|food|furniture|traffic)[a-z]+[^s'\\W]) (?:are|were)\\b`, form: 'plural', why: '"all the … are" needs the plural' },
  { pattern: `\\bwe (?<fix>can not)\\b(?! only)`, replacement: 'cannot', why: '"cannot" is one word' },
  { pattern: `\\bwhat have (?:you|we|they) (?<fix>(?!been|got)[a-z]+ing)\\b`, replacement: 'been {word}', why: 'the question needs "been" or another verb form' },
  { pattern: `\\b(?<fix>they'?re|there) (?<w>[a-z]+)\\b`, words: wordSet(`${NOUNS} meal meals food drinks stay trip visit holiday kids children family mum dad timescale timescales schedule schedules timetable website`), replacement: 'their', why: '"their" is the possessive' },
  { pattern: `(?<=^|[.!?]\\s+)(?<fix>Lets) ${LETS_VERBS}\\b`, replacement: "Let's", why: '"let\'s" is "let us"' },
  { pattern: `\\b(?<fix>lets) ${LETS_VERBS}\\b`, replacement: "let's", why: '"let\'s" is "let us"' },
  {
    pattern: `\\b(?<fix>you'?re) (?<w>[a-z]+)\\b`,
    words: POSSESSED,
    replacement: 'your',
    why: '"your" is the possessive; "you\'re" is "you are"',
  },
  // "Thank you for you message", "DM us you id": after a preposition (or "us"), "you" before a thing owned is "your".
  { pattern: `(?<fix>you)(?<=\\b(?:for|to|with|on|in|about|of|from|under|us) you) (?<w>[a-z]+)\\b`, words: POSSESSED, replacement: 'your', why: '"your" is the possessive' },
  { pattern: `\\b(?<fix>their) (?:is|are|was|were|will be|has been|have been|may be|might be)\\b`, replacement: 'there', why: '"there is/are" points to something; "their" is possessive' },
  { pattern: `\\b(?<fix>your) (?:welcome(?=\\s*(?:[.!,;:)]|$|to\\b|back\\b|aboard\\b|any ?time\\b|again\\b|(?!(?:e-?mail|pack|message|letter|gift|offer|bonus|kit|call|text|screen|page|guide|box|note|bag|drink|discount|credit|code|voucher)\\b)[a-z]+[,!]))|going|doing|right|able|correct|absolutely|not|in luck|all set|eligible|having|getting|experiencing|seeing|trying|looking|unable|still|loving|enjoying|feeling|liking|heading|planning|staying|thinking)\\b`, replacement: "you're", why: '"you\'re" is "you are"' },
  { pattern: `\\bto (?<fix>${PARTICIPLES})\\b`, notAfter: wordSet('used next due close prior compared similar related attached sent according opposed thanks as'), form: 'base', why: 'after "to", use the base form of the verb' },
  { pattern: '\\b(?:could|should|would|must|might) (?<fix>of)\\b', replacement: 'have', why: '"could of" is a misspelling of "could have"' },
  { pattern: "\\b(?:(?<=\\bon )|(?=it's own\\b))(?<fix>it's)(?= (?:way|own)\\b)", replacement: 'its', why: '"its" is the possessive; "it\'s" is "it is/has"' },
  { pattern: "(?<!\\bat )\\b(?<fix>its) (?:(?:best|better|easier|easy|quicker|quick|worth|possible|hard|difficult) (?:to|if|when|because|since)\\b|(?:free|safe|fine) (?:to|on|for|if|when|with|because|since)\\b|(?:too|really|here|there|due|over|actually|probably|all (?:good|set|done|sorted))\\b)", replacement: "it's", why: '"it\'s" is "it is/has"; "its" is possessive' },
  { pattern: "\\b(?<fix>its) (?:been|a|an|not|going|under|available|live|ready|back|my|our|ok|okay|fine|great|important|possible|likely|unlikely|now|still|already|just|currently|taking|showing|working|much|on its way)\\b", replacement: "it's", why: '"it\'s" is "it is/has"; "its" is possessive' },
  {
    pattern: '(?<=\\b(?<w>[a-z]+) )(?<fix>then)\\b',
    words: wordSet('more less better worse faster slower rather other longer shorter higher lower greater fewer bigger smaller easier harder cheaper quicker newer older larger louder stronger weaker warmer colder closer nicer safer simpler busier heavier lighter clearer smoother'),
    replacement: 'than',
    why: 'comparisons take "than"',
  },
  // Sounding alike: "won't effect your progress", "the label says not too.", "use are January sale".
  {
    pattern: "(?<=\\b(?<w>[a-z']+) )(?<fix>effect) (?:your|the|my|our|their|his|her|it|this|that|any|how)\\b",
    words: wordSet("won't wont not doesn't didn't may might could can will would shouldn't"),
    replacement: 'affect',
    why: '"affect" is the verb; "effect" is the noun',
  },
  { pattern: '\\bnot (?<fix>too)(?=\\s*[.!?,;]|\\s*$)', replacement: 'to', why: '"not to" (do something); "too" means also or very' },
  {
    pattern: '(?<=\\b(?<w>[a-z]+) )(?<fix>are) (?=(?:[a-z]+ )?(?:website|site|app|teams?|stores?|sales?|policy|terms|range|shops?|staff|prices|offers?|page|help|support|system|services?|products?|customers|members|branch(?:es)?)\\b)',
    words: wordSet('use in on at from to with of for about visit check via through contact call see try'),
    replacement: 'our',
    why: '"our" is the possessive; "are" is a verb',
  },
  // "If a visit is needed we'll book it, there usually free": "they're".
  {
    pattern: '(?<=(?:,|\\band|\\bbut|\\bso|\\bas|\\bbecause) )(?<fix>there) (?:usually|always|often|normally|generally|typically|currently|now|both|all) (?<w>[a-z]+)\\b',
    words: wordSet('free open closed busy available happy able fine ok okay great ready aware'),
    replacement: "they're",
    why: '"they\'re" is "they are"',
  },
  // A missing article: "we know about issue on Samsung TVs", "working on fix".
  { pattern: `\\b(?:about|on|with|for) (?<fix>issue)${ENDS_PHRASE}`, replacement: 'the issue', why: '"issue" needs an article: "the issue"' },
  { pattern: `\\bworking on (?<fix>fix)${ENDS_PHRASE}`, replacement: 'a fix', why: '"fix" needs an article: "a fix"' },
  // Apostrophes that do not belong: "Thank's", "busy on Monday's", "theirs no need".
  { pattern: "\\b(?<fix>[Tt]hank's)\\b", replacement: 'Thanks', why: '"thanks" has no apostrophe' },
  { pattern: "(?<=\\b(?:on|every|all|most|some|busy) (?:mon|tues|wednes|thurs|fri|satur|sun)day)(?<fix>'s)(?=\\s*[,.!?;]|\\s+(?:and|or|but|as|when|so)\\b)", replacement: 's', why: 'a plural takes no apostrophe: "on Mondays"' },
  // "happy to help anyway we can": the manner is "any way"; "this is referring your account": "referring to".
  { pattern: "(?<fix>anyway)(?<=\\b(?:help|assist|support)(?: you)? anyway)(?= (?:we|i) can\\b)", replacement: 'any way', why: '"any way" is a manner; "anyway" means "in any case"' },
  { pattern: "(?<fix>referring)(?<=\\b(?:is|are|was|were) referring)(?= (?:your|the|my|our|this|that|it)\\b)", replacement: 'referring to', why: '"referring" takes "to"' },
  // A question missing its verb: "What message you getting when you stream?" wants "are you".
  { pattern: "(?<fix>you)(?<=\\b(?:what|which|where|why|when) (?!(?:are|were|have|had|do|did|is|was|can|could|will|would|should|shall|may|might|must)\\b)[a-z]+ you) (?=[a-z]+ing\\b)", replacement: 'are you', why: 'the question needs its verb: "what message are you getting"' },
  // A plural after a quantifier takes no apostrophe: "on all your TV's or one?", "your other TV's as well".
  { pattern: "(?<fix>['’]s)(?<=\\b(?:all|other|these|those|many|multiple|several|both|two|three|some|any|few) (?:(?:your|our|the|my) )?[a-z]{2,}['’]s)(?=\\s*[,.!?;]|\\s+(?:and|or|but|as|too|that|which|are|were|have|in|on|at)\\b)", replacement: 's', why: 'a plural takes no apostrophe: "all your TVs"' },
  { pattern: '\\b(?<fix>theirs) (?:no|a|an|nothing|always|still|only|plenty|loads)\\b', replacement: "there's", why: '"there\'s" is "there is"' },
  // Agreement after a pronoun: "we was unable", "they is fitted"; "have past your comments"; "we missed you to".
  { pattern: '\\b(?:we|they) (?<fix>was)\\b', replacement: 'were', why: 'the verb agrees with its subject' },
  { pattern: '\\bthey (?<fix>is)\\b', replacement: 'are', why: 'the verb agrees with its subject' },
  { pattern: "\\b(?:have|has|had|i've|we've|you've|they've) (?<fix>past) (?:your|the|it|this|that|them|on|along|these|those)\\b", replacement: 'passed', why: '"passed" is the verb; "past" is a time or a place' },
  { pattern: '(?<=\\b(?:missed|miss|love|loved|thank|same to) you )(?<fix>to)(?=\\s*(?:[.!?]|$|[^\\x00-\\x7F]))', replacement: 'too', why: '"too" means also' },
  // Idioms and words split or bent: "take in count", "looking forward help you", "un delete", "a 4 networks", "H there".
  { pattern: '\\btake (?<fix>in count)\\b', replacement: 'into account', why: 'the idiom is "take into account"' },
  { pattern: '\\blooking forward (?<fix>help|hear|see|speak|assist|work|meet)\\b', replacement: 'to {word}ing', why: '"looking forward to" takes a noun or an -ing verb: "looking forward to helping"' },
  { pattern: '\\b(?<fix>un )(?=(?:delete|install|subscribe|block|lock|pair|follow|freeze|tick|check|link|mute)\\b)', replacement: 'un', why: 'the prefix joins the verb: "undelete"' },
  { pattern: '\\b(?<fix>a) \\d+ [a-z]+s\\b', advice: 'drop "a", or make it one thing: "a 4-network area"', why: '"a" counts one thing; the noun is plural' },
  { pattern: '^\\W*(?:@\\w+\\s+)*(?<fix>H) there\\b', replacement: 'Hi', why: 'a letter is missing: "Hi there"' },
  // After "be", the participle: "you won't be charge for June", "it will be send today".
  {
    pattern: '(?<=\\b(?:be|been|being) )(?<fix>(?<w>[a-z]+))\\b(?! (?:of|to)\\b)',
    words: wordSet('charge refund deliver send process notify contact inform update cancel ship fix resolve replace collect remove arrange schedule dispatch'),
    form: 'participle',
    why: 'after "be", the verb takes its past participle: "be charged"',
  },
  // "whom" as a subject: "patients whom require care"; "weather" for "whether": "tell me weather the light is red".
  { pattern: '\\b(?<fix>whom) (?:require|requires|need|needs|want|wants|will|can|may|might)\\b', replacement: 'who', why: '"who" is the subject of a verb; "whom" is its object' },
  {
    pattern: '(?<=\\b(?:know|tell me|tell us|ask|asking|check|checking|see|sure|confirm|wondering|unsure|decide|matter|about) )(?<fix>weather)\\b(?! (?:forecast|is|was|warnings?|conditions|permitting|delays?|disruption|alerts?)\\b)',
    replacement: 'whether',
    why: '"whether" introduces a choice; "weather" is rain and sun',
  },
  // A missing "be": "We having you onboard", "We always reviewing", "We sorry to hear this".
  { pattern: `\\b(?:we|they) (?<fix>${MISSING_BE})\\b`, notAfter: BE_WORDS, replacement: 'are {word}', why: 'the verb "be" is missing' },
  { pattern: `\\bI (?<fix>${MISSING_BE})\\b`, notAfter: BE_WORDS, replacement: 'am {word}', why: 'the verb "be" is missing' },
  { pattern: `\\b(?:may|might|can|could|will|would|should|must|won't|can't|cannot) (?:not )?(?<fix>${NOT_PARTICIPLE}[a-z]{3,}ing)\\b`, form: 'bare', why: 'after "may", "can" or "will", use the base form of the verb' },
  { pattern: '\\bsorry to (?<fix>her|here) (?:that|this|about|you)\\b', replacement: 'hear', why: '"hear" is what ears do; "here" is a place' },
  { pattern: '\\b(?:have|has) (?<fix>your) (?:tried|checked|received|had|been|seen|got|done|updated|contacted|reached|restarted|reset|made|placed|submitted)\\b', replacement: 'you', why: '"your" is the possessive; the subject is "you"' },
  { pattern: '\\b(?:suggest|suggests|suggested|recommend|recommends|recommended) (?:you|them|customers) (?<fix>to) (?!(?:us|them|you|our|the|your|a|an|this|that|any|friends?|family|others)\\b)[a-z]+', form: 'delete', why: '"suggest you get", not "suggest you to get"' },
  { pattern: '\\b(?:kind|best|warm) (?<fix>regard)\\b(?! to\\b)', replacement: 'regards', why: 'the closing is "Kind regards"' },
  { pattern: '\\b(?:take|taking) (?<fix>look)\\b', replacement: 'a look', why: '"take a look" needs "a"' },
  // Not before a noun: "we have issue templates".
  { pattern: `\\b(?:facing|having|experiencing|have|had|has) (?<fix>issue)${ENDS_PHRASE}`, replacement: 'an issue', why: '"issue" needs an article: "an issue"' },
  { pattern: `\\b(?:facing|having|experiencing|have|had|has) (?<fix>problem)${ENDS_PHRASE}`, replacement: 'a problem', why: '"problem" needs an article: "a problem"' },
  { pattern: `\\b(?<fix>you) (?<w>[a-z]+(?: number| address)?)\\b`,
    notAfter: wordSet('send sent give gave given offer offered show showed email emailed text texted get got owe tell told bring mail charge charged cost save find buy book issue issued pass hand ask asked grant leave lend pay paid refund refunded quote quoted wish assign assigned make made dm message messaged'),
    words: wordSet('bill account accounts settings username password profile router modem postcode booking reservation subscription', 'order number', 'tracking number', 'email address', 'phone number'),
    replacement: 'your',
    why: '"your" is the possessive',
  },
  { pattern: '\\b[a-z]{3,}(?<!\\b(?:etc|approx|incl))(?<fix>\\.,)', replacement: '.', why: 'one mark ends a sentence, not a full stop and a comma' },
  { pattern: '\\?(?<fix> \\.)(?!\\.)', replacement: '', why: 'a stray full stop after the question mark' },
  { pattern: `\\b(?:if|when|whether|that|while) you (?<fix>(?:(?:still|currently|now) )?(?:in need|${NOT_PARTICIPLE}[a-z]{3,}ing))\\b`, notAfter: BE_WORDS, replacement: 'are {word}', why: 'the verb "be" is missing' },
  { pattern: '\\b(?:we\'re|we are) (?<fix>to) help\\b', replacement: 'here to', why: 'a word is missing: "here to help"' },
  {
    pattern: '\\b(?:can|could|will|would|should|must|may|might) (?:(?:always|also|just|still|now) )?(?<fix>(?<w>[a-z]+))\\b',
    words: wordSet('paid sent received made provided contacted checked done given taken shipped updated resolved'),
    form: 'base',
    why: 'after "can" or "will", use the base form of the verb',
  },
  { pattern: '\\b(?:referring|talking|speaking|replying|responding|listening|subscribed|signed up|going|traveling|travelling|flying) (?<fix>too)\\b(?=\\s*[?.!]|\\s+(?:the|your|a|an|our|us|you|them|it|this|that)\\b)', replacement: 'to', why: '"too" means "also"; the preposition is "to"' },
  { pattern: '(?<=\\b(?:and|then|so) )(?<!\\bas (?:and|then|so) )(?<fix>well) (?:take|look|get|send|be|have|check|do|make|help|follow|reach|pass|update|let|see|need|try)\\b', replacement: "we'll", why: '"we\'ll" is "we will"' },
  { pattern: '(?<=\\b(?:turn|turning|switch|switching) )(?<!\\b(?:the|a|this|that) (?:turn|turning|switch|switching) )(?<fix>of) (?:the|your|auto|it|this|that|notifications|wifi|bluetooth)\\b', replacement: 'off', why: '"turn off", not "turn of"' },
  {
    pattern: "\\b(?:these|those) (?<fix>(?<w>[a-z]+)) (?:are|were|have|appear|seem|should|will|can|may|might|do|don't|need|look|is|was|has)\\b",
    words: wordSet('service issue item order product device account setting step option feature charge fee update message payment problem error file app game ticket flight seat room plan change detail document email'),
    form: 'plural',
    why: '"these" needs the plural',
  },
  { pattern: '\\breach(?:ing)? out (?<fix>our|your|the) (?:support|team|customer|care|help)\\b', replacement: 'to {word}', why: '"reach out to" someone' },
  // Real words typed for others, where the next word gives them away.
  { pattern: '\\b(?<fix>knot) (?:sure|able|available|working|happy|aware)\\b', replacement: 'not', why: '"not", not "knot"' },
  { pattern: '\\b(?<fix>nest) to (?:the|your|it|a)\\b', replacement: 'next', why: '"next to", not "nest to"' },
  { pattern: '\\b(?<w>[a-z]+) (?<fix>top) (?:help|assist|look|chat|hear|get|see|make)\\b', words: wordSet('love like happy glad able want need wanted'), replacement: 'to', why: '"to help", not "top help"' },
  { pattern: '\\b(?<fix>Oh) behalf\\b', replacement: 'On', why: '"on behalf of"' },
  { pattern: '\\b(?<fix>restating) (?:your|the) (?:device|phone|router|modem|app|computer|console|tv|iphone|ipad|laptop|pc|mac|browser)\\b', replacement: 'restarting', why: '"restart" a device; "restate" is to say again' },
  { pattern: '\\b(?:the|your|an|our|their) (?<fix>estimate) (?:delivery|arrival|ship|dispatch|shipping)\\b', replacement: 'estimated', why: '"the estimated delivery date"' },
  // A possessive without its apostrophe: "my colleagues name", "next winters plans".
  { pattern: "\\b(?:my|the|our|your|his|her|their) (?!(?:sales|news|series|terms|services|operations|communications|business|status|bonus|address|access|process|class|loss|plus|this|his|yes|does|goes|always)\\b)(?<fix>[a-z]{3,}[^su'\\W]s) (?:name|names|birthday)\\b", form: 'possessive', why: 'a possessive needs its apostrophe' },
  { pattern: "(?<!\\bthe )\\b(?:next|last|this) (?<fix>(?:week|month|year|winter|summer|autumn|season|weekend)s) (?!(?:ago|time|now|and|or|to|in|of|for|is|are|was|were|will|have|has)\\b)[a-z]+", form: 'possessive', why: 'a possessive needs its apostrophe' },
  { pattern: '\\b(?<fix>alot)\\b', replacement: 'a lot', why: '"a lot" is two words' },
  { pattern: "\\b(?:may|might|will|could|can|would|to|not|n't|never) (?<fix>loose)\\b(?! (?:fit|fitting|change|ends?|threads?|leaf|tea)\\b)", replacement: 'lose', why: '"lose" means to misplace; "loose" means not tight' },
  { pattern: "\\b(?:for|of|with|about|from) (?<fix>you'?re) (?!(?:going|welcome|able|not|all|here|there|sure|right)\\b)[a-z]+", replacement: 'your', why: '"your" is the possessive; "you\'re" is "you are"' },
  // "the tariff you excepted": "accept" is to take; "except" is to leave out.
  { pattern: "\\b(?:you|we|i|they|have|has|had|was|were|been|be|is|are|being) (?<fix>excepted)\\b", replacement: 'accepted', why: '"accept" is to take; "except" is to leave out' },
  // "manage there own diaries", "reach out to they're support team": a possessive is due.
  { pattern: "\\b(?<fix>there|they'?re|they’re) own\\b", replacement: 'their', why: '"their" is the possessive' },
  { pattern: "(?<fix>they'?re|they’re)(?<=\\b(?:to|with|for|of|from|about|by|into|onto|via) (?:they'?re|they’re))\\b", replacement: 'their', why: '"their" is the possessive; "they\'re" is "they are"' },
  { pattern: '\\b(?<fix>there) going to\\b', notAfter: wordSet("is are was were will be been isn't aren't wasn't"), replacement: "they're", why: '"they\'re" is "they are"' },
  { pattern: '\\b(?<fix>loose) (?:your|the|my|our|access|connection|data|signal|points|money|pressure|power|service|weight|track|touch|interest|sleep)\\b', replacement: 'lose', why: '"lose" means to misplace; "loose" means not tight' },
  { pattern: "\\b(?<fix>who'?s) (?:account|order|name|phone|card|email|number|device)\\b", replacement: 'whose', why: '"whose" is the possessive' },
  { pattern: '(?<=\\b(?:I|we|you|they) )(?<fix>seen|done) (?:it|that|this|the|your)\\b', form: 'simple-past', why: 'use "saw/did" or "have seen/have done"' },
  { pattern: '\\b(?:thanks|thank you) for (?<fix>reaching)(?=\\s*(?:[.!,:;)]|$))', replacement: 'reaching out', why: '"reach" needs "out": "thanks for reaching out"' },
  { pattern: '\\b(?:get|gets|got|getting) (?<fix>resolve|fix|solve|approve|deliver|replace|repair|delete|activate)\\b', form: 'participle', why: 'after "get", use the past participle: "get it resolved"' },
  { pattern: "\\b(?:to|will|'ll|can|could|would|please|should|shall|must|i|we) (?<fix>followup)\\b", replacement: 'follow up', why: '"follow up" is the verb; "follow-up" is the noun' },
  { pattern: '\\ba (?<fix>work around)\\b', replacement: 'workaround', why: 'the noun is one word: "a workaround"' },
  { pattern: '\\b(?<fix>though) (?:january|february|march|april|may|june|july|august|september|october|november|december)\\b', replacement: 'through', why: '"through" is "until"; "though" is "although"' },
  { pattern: "\\b(?<fix>lets's)\\b", replacement: "let's", why: '"let\'s" is "let us"' },
  { pattern: '\\bapolog(?:y|ies|i[sz]e) (?<fix>on) (?!behalf)(?:your|the|this|that|any)\\b', replacement: 'for', why: 'apologies are "for" something' },
];

/** The form of `word` a confusion asks for: "has respond" → "responded", "these type" → "types". */
export function wordForm(word: string, form: Exclude<WordForm, 'delete'>): string {
  const lower = word.toLowerCase();
  if (form === 'base') return baseForm(lower);
  if (form === 'bare') return bareForm(lower);
  if (form === 'possessive') return `${word.slice(0, -1)}'s`;
  if (form === 'simple-past') return ({ seen: 'saw', done: 'did' } as Record<string, string>)[lower] ?? lower;
  if (form === 'participle') return pastParticiple(lower);
  return /(?:s|sh|ch|x|z)$/.test(lower) ? `${lower}es` : /[^aeiou]y$/.test(lower) ? lower.replace(/y$/, 'ies') : `${lower}s`;
}

/** Past participles for "has respond" → "has responded" suggestions. */
export function pastParticiple(verb: string): string {
  const irregular: Record<string, string> = { send: 'sent', make: 'made', take: 'taken', give: 'given', do: 'done', see: 'seen', pay: 'paid', log: 'logged', cancel: 'cancelled' };
  if (irregular[verb]) return irregular[verb];
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return verb.replace(/y$/, 'ied');
  return `${verb}ed`;
}

// Verbs that drop an "e" before -ing ("having" → "have"); others lose -ing or a doubled consonant.
const E_DROPPED = new Set(
  'have give make take use come leave receive provide write share change charge save solve resolve arrive continue issue place reduce hope close move lose choose experience purchase update create locate delete complete require cause notice'.split(' '),
);

/** Base forms for "may having" → "may have" suggestions. */
export function bareForm(ing: string): string {
  const stem = ing.toLowerCase().replace(/ing$/, '');
  if (E_DROPPED.has(`${stem}e`)) return `${stem}e`;
  if (/([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  return stem;
}

/** Base forms for "to resolved" → "to resolve" suggestions. */
export function baseForm(participle: string): string {
  const lower = participle.toLowerCase();
  const irregular: Record<string, string> = { sent: 'send', done: 'do', seen: 'see', given: 'give', made: 'make', paid: 'pay', taken: 'take' };
  if (irregular[lower]) return irregular[lower];
  if (/ied$/.test(lower)) return lower.replace(/ied$/, 'y');
  if (/(?:ss|sh|ch|x|ng|lp|st|rm|nt|rn|ck|wer|ect|sk|ew|ach|ain|ed|ess|ort|ct)ed$/.test(lower)) return lower.replace(/ed$/, '');
  if (/lled$/.test(lower)) return lower.replace(/led$/, '');
  if (/pped$/.test(lower)) return lower.replace(/ped$/, '');
  return lower.replace(/d$/, '');
}

/** Words a support team writes that general dictionaries lack. Extend with the `dictionary` option. */
export const SUPPORT_DICTIONARY = [
  'DM', 'DMs', "DM'd", 'DMed', 'DMing', 'PM', 'PMs', 'app', 'apps', 'login', 'logins', 'logout', 'signup', 'email', 'emails', 'emailed', 'emailing',
  'ok', 'okay', 'online', 'offline', 'wifi', 'wi-fi', 'hotspot', 'voicemail', 'smartphone', 'tablet', 'iPhone', 'iPad', 'iOS', 'Android',
  'website', 'webpage', 'username', 'passcode', 'password', 'passwords', 'checkout', 'preorder', 'pre-order', 'rebook', 'rebooked', 'rebooking',
  'reship', 'reshipped', 'reshipment', 'hotline', 'biller', 'refundable', 'nonrefundable', 'unsubscribe', 'resubscribe', 'reactivate', 'reactivated', 'troubleshoot',
  'troubleshooting', 'troubleshot', 'multi', 'eta', 'faq', 'faqs', 'url', 'urls', 'hashtag', 'emoji', 'emojis', 'selfie', 'livestream', 'streaming',
  'inbox', 'spam', 'cancellation', 'cancellations', 'prepaid', 'postpaid', 'autopay', 'ebook', 'ebooks', 'e-book', 'e-mail', 'texting', 'tweet',
  'tweets', 'tweeted', 'retweet', 'hiya', 'gotcha', 'thx', 'pls', 'plz', 'asap', 'fyi', 'btw', 'lol', 'omg', 'hmm', 'uh', 'oh', 'hey', 'yay',
  'kinda', 'gonna', 'wanna', 'gotta', 'cuz', 'awesome', 'mins', 'hrs', 'acct', 'accts', 'ty', 'msg', 'msgs', 'pic', 'pics', 'convo', 'info', 'fam',
  'dev', 'devs', 'shoutout', 'shoutouts', 'whois', 'compat', 'flyer', 'flyers', 'waitlist', 'waitlisted', 'checkin', 'redelivery', 'redeliver', 'redelivered', 'preorder', 'preordered', 'unlink', 'relink', 'app-based', 'Xbox', 'PlayStation', 'Netflix', 'Spotify', 'Uber', 'Lyft', 'Airbnb', 'PayPal', 'Venmo',
];

/** Word pairs that cannot follow each other in English: a slip while editing ("this link to for", "the some lines"), or a clause restarted after a comma ("there's unfortunately, there's"; "we're sorry we're late" is fine). */
export const IMPOSSIBLE_PAIRS =
  "\\b(?:(there's|it's|we're|you're|that's) (?:\\w+ )?\\w+, \\1|to for|for to|the a|a the|the some|a some|the my|the your|the our|your my|you they|they you|please can (?!you|we|i|they|someone|somebody)\\w+|is are|are is)\\b";

/**
 * Two sentences run together with no mark between them: "That's strange can you try another
 * browser?", "You have posted your address publicly please delete the post". A part of a sentence
 * (between commas) that opens as a clause of its own …
 */
export const RUN_ON_CLAUSE =
  /^(?:(?:hello|hi|hey|yes|ok|okay)\s+)?(?:(?:i|we|you|they|he|she|it)\b|(?:really |so |very |truly )?sorry\b|looks like|seems like|please \w+|send us|dm us|that's|that is|it's|it is|this is|there's|there is|thanks for|thank you for|(?:is|are|do|does|did|have|has|can|could) (?:the|your|it|this|you)\b|the \w+ (?:is|was|has|have|are|were|sent|shows?)\b)/i;
/**
 * … and, further on, starts another: a question ("can you"), a request ("please delete"), a
 * promise with its object ("I'll meet you"; "the thing we'll check" is a relative clause, and so is
 * one that ends on its preposition, "the team I'll pass this to"). Not after a word that joins or
 * leads into it (`RUN_ON_LEAD_INS`).
 */
export const RUN_ON_SECOND =
  / (?:(?:can|could|would|will|have|did|do|does|are|is|were|was) (?:you|we)\b|please (?:dm|send|delete|go|follow|reach|contact|call|visit|click|check|try|let|provide|share|confirm|give|email|tell|see|keep|make|remove|use|refer)\b|(?:i'll|i will|we'll|we will) (?!be\b)[a-z]+ (?:you|it|this|that|them|us|a|an|the|your|some|more|additional|any|there|back|over|in touch)\b(?![^.!?]*\b(?:to|into|for|with|about|on|at|from|of|in|up)[.!?]?\s*$)|(?:let's|lets) [a-z]+\b|what (?:was|is|are|were) (?:the|your)\b|(?:send|dm) us\b|there(?:'s| is| are) (?:a|an|some|work|no|currently)\b|our [a-z]+ (?:are|is|were|was|have|has|will|expect|appreciate|apologi[sz]e|can|need|hope|understand)\b|(?:we|i) (?:are|is|were|was|have|has|expect|appreciate|apologi[sz]e|can|need|hope|understand)\b)/gi;
/**
 * Words after which that second clause is led into, not run on: "so can you", "I'm sure we'll",
 * "to have you". (A Set, not a lookbehind: see `Confusion.words`.)
 */
export const RUN_ON_LEAD_INS = wordSet(
  'to and or can could will would should please you we i they not never also just kindly sure confident hope think believe glad afraid certain expect promise guess bet trust positive feel say says said mean ensure check confirm verify see notice find',
);
/**
 * Words that can end a clause, before a new subject ("Sorry about this our drivers are busy", "busy
 * today we appreciate …"); after a noun, "our drivers are …" may be a relative clause ("the parcel
 * our drivers are delivering").
 */
export const CLAUSE_END_WORDS = wordSet('this that it today tonight now yesterday tomorrow again here there soon too though unfortunately');
/** Words that join the first clause to the second or lead into it: then it is one sentence. */
export const RUN_ON_JOINED =
  /\b(?:if|when|whether|what|how|where|which|who|whom|whose|why|once|as|because|since|so|and|but|or|than|that|until|unless|while|before|after|whenever|though|although|in case|let me know|let us know|know|wonder|wondering|else|see)\b(?!')/i;

/** Common acronyms a customer knows; others are jargon unless explained or used by the customer. */
export const KNOWN_ACRONYMS = new Set(
  (
    'DM DMS PM PMS US USA UK EU TV HD PC ID PIN ATM ETA SMS FAQ FAQS IOS USB GB MB KB TB XP TY OK ASAP CEO NFL NBA MLB NHL ESPN BBC CNN ' +
    'UPS USPS DHL FEDEX AM EST PST GMT UTC BST CET IT HR VIP TBA TBC FYI BTW PS LOL OMG AKA DIY GPS WIFI VPN PDF URL APP APPS NYC LA DC SF ' +
    'AI API CD DVD MP3 HDMI LED LCD SIM SD SSD CPU GPU RAM OS ISP IP PS4 PS3 XB1 UPC SKU VAT GST TAX IRS MPH KM KG LB LBS AC UV QR NFC ' +
    'MR MRS MS DR JR SR ST RD NO YES II III IV WWII WW2 DLC MVP NA EA ASDA IKEA NHS BT EE O2 AT&T HP AA BA UA DL KLM SWA AAA A B C D E F ' +
    'CC ZIP HQ IMEI DSL GP DJ MP MOT BBQ RSVP PO SUV CCTV DVLA HMRC PE RE MD PHD MBA BSC CV NI SOS'
  ).split(' '),
);

/** Spelling variants: British and American forms are both right. */
export const SPELLING_VARIANTS: Array<[RegExp, string]> = [
  [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/our(s|ed|ing|ite|ites|able|ful)?$/, 'or$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/tre(s)?$/, 'ter$1'],
  [/ogue(s)?$/, 'og$1'],
  [/ence(s)?$/, 'ense$1'],
  [/eable$/, 'able'],
  [/storey(s)?$/, 'story'],
  [/^grey/, 'gray'],
  [/^enquir/, 'inquir'],
  [/ae(mia|mic|sthetic|sthetics)$/, 'e$1'],
  [/ogramme(s)?$/, 'ogram$1'],
  [/dgement(s)?$/, 'dgment$1'],
  [/^cancelation(s)?$/, 'cancellation$1'],
];

/** A prefix written apart from its word ("pre order", "non profit"): a spacing slip, not a misspelling. */
export const DETACHED_PREFIX = /^(?:pre|multi|non|anti|post|inter|semi|mini|micro|auto)$/;

/** Adjectives made from a known verb: "customizable", "shareable", "trackable". */
export const ABLE_SUFFIX = /^([a-z]{3,}?)(?:e?able|ability|ably)$/;

/** Prefixes that join a known word ("pre-ordered", "redelivery", "multi-storey"). */
export const PREFIXES = /^(?:pre|re|multi|non|co|e|self|anti|over|under|un|post|sub|inter|mid|out|cross|double|triple|half|semi|mini|micro|auto|in)-?(?=[a-z]{3,})/;

/**
 * Contractions written without their apostrophe ("dont"), after retext-contractions' list. Keys in
 * lower case also match in capitals and sentence case; capitalised keys ("Im") match as written,
 * so "id" and "ill" are left alone.
 */
export const CONTRACTIONS: Record<string, string> = {
  // "cant" is a word (pious talk), but never in a support reply.
  aint: "ain't", arent: "aren't", cant: "can't", couldnt: "couldn't", didnt: "didn't", doesnt: "doesn't", dont: "don't", hadnt: "hadn't",
  hasnt: "hasn't", havent: "haven't", hed: "he'd", hes: "he's", howd: "how'd", hows: "how's", howll: "how'll", Id: "I'd",
  Im: "I'm", Ive: "I've", isnt: "isn't", mightnt: "mightn't", mustve: "must've", mustnt: "mustn't", neednt: "needn't",
  oclock: "o'clock", shant: "shan't", shes: "she's", shouldve: "should've", shouldnt: "shouldn't", thatd: "that'd",
  thats: "that's", thered: "there'd", theres: "there's", therere: "there're", theyd: "they'd", theyll: "they'll",
  theyre: "they're", theyve: "they've", tis: "'tis", twas: "'twas", twere: "'twere", wasnt: "wasn't", weve: "we've",
  werent: "weren't", whatll: "what'll", whatre: "what're", whats: "what's", whatve: "what've", whens: "when's",
  wheres: "where's", whereve: "where've", whod: "who'd", wholl: "who'll", whos: "who's", whove: "who've", whys: "why's",
  yall: "y'all", youd: "you'd", youll: "you'll", youre: "you're", youve: "you've",
};

/**
 * A plural subject with a singular verb: "Our engineers is working on it", "Stock levels is
 * managed by each restaurant", "if your substitutions wasn't what you expected". The noun phrase
 * opens with a determiner or starts the sentence (then with a modifier: "Student finance payments
 * is"); its head is a plural in -s; the words before the head are modifiers, not prepositions or
 * verbs ("the agreement between airlines is" has its head before "between"). The verb is found
 * first and the subject looked behind from it, so the lookbehind runs only where a verb starts.
 */
export const PLURAL_SUBJECT =
  /\b(?=(?:is|was|has|doesn|isn|wasn|hasn)\b)(?<=(?<subject>(?<lead>\b(?:[Oo]ur|[Tt]he|[Yy]our|[Tt]hese|[Tt]hose|[Aa]ll|[Ss]ome|[Mm]any|[Mm]ost|[Mm]y|[Tt]heir|[Bb]oth|[Ss]everal|[Oo]ther|[Ss]uch)\s+|(?<=(?:^|[.!?:;]\s+|\n)(?:@\w+\s+)*)(?=[A-Z][a-z]+\s+[a-z]))(?<mods>(?:[A-Za-z][a-z-]*\s+){0,2}?)(?<head>[a-z]{2,}s)\s+))(?<verb>is|was|has|doesn['’]t|isn['’]t|wasn['’]t|hasn['’]t)\b/g;

/** Its verb in the plural. */
export const PLURAL_VERB: Readonly<Record<string, string>> = { is: 'are', was: 'were', has: 'have', "doesn't": "don't", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't" };

/** Words that end the subject before the verb, or open a phrase the plural only sits in: "the rest of the orders is". */
export const NOT_IN_SUBJECT = wordSet(
  'of for in on with at from to by about between among across within without behind beside near like regarding including against during around toward towards beyond upon inside outside into onto over under through via per than as and or but that which who whom whose is are was were be been being has have had will would can could should may might must not no we you i it they he she this there here a an the these those each every one very so too also just only still even really please thanks if when then because since after before while until what how why where whether do does did done get got make made',
);

/** Words before the determiner that make the noun phrase an object, not the subject: "one of", "each of", "checking the fees is". */
export const OBJECT_BEFORE = wordSet('of for in on with at from to by about between among across within without behind near like regarding including against during around towards toward beyond upon into onto over under through via per than as one each none either neither which who whom whose what');

/** Singular words in -s: "the news is", "our bonus has", "the premises". */
export const SINGULAR_IN_S = /(?:ss|us|is|ics|ous|ius|ys)$|^(?:news|series|species|means|lens|gas|bus|yes|this|its|his|hers|ours|yours|theirs|always|perhaps|sometimes|plus|thanks|less|unless|whereas|towards|afterwards|downstairs|upstairs|overseas|measles|diabetes|headquarters|crossroads|works|kudos|chaos|canvas|atlas|alias|christmas|xmas|sms|mms|ios|dns|gps|aws|os|has|was|does|as|us|minus|sales|ups|whats|thats|lets|heres|theres|wales|physics|politics|economics|mathematics|athletics|gymnastics|billiards|darts|mumps|rabies|shingles|innings|barracks|gallows|logistics|analytics|graphics|statistics)$/;
