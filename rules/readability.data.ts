/**
 * Plain-language substitutions (jargon and corporate filler) and common confusions in support
 * writing. `safe` substitutions can be applied by `--fix`: the plain word means the same thing
 * in every context we have seen.
 */

export interface Substitution {
  pattern: string;
  replacement: string;
  safe?: boolean;
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
  { pattern: 'escalation matrix', replacement: 'the people who can decide this' },
  { pattern: 'escalation path', replacement: 'next step' },
  { pattern: 'SLA', replacement: 'promised response time' },
  { pattern: 'RMA', replacement: 'return authorisation' },
  { pattern: 'TAT', replacement: 'turnaround time' },
  { pattern: 'ETA', replacement: 'expected arrival time' },
  { pattern: 'provisioning', replacement: 'setting up' },
  { pattern: 'provisioned', replacement: 'set up' },
  { pattern: 'deprovision(?:ed)?', replacement: 'removed' },
  { pattern: 'ticket number has been generated', replacement: 'I have opened a case' },
  { pattern: 'the aforementioned', replacement: 'this' },
  { pattern: 'herewith|hereby|heretofore|wherein', replacement: '' },
  { pattern: 'pursuant to', replacement: 'under' },
  { pattern: 'as per', replacement: 'as in' },
  { pattern: 'first and foremost', replacement: 'first', safe: true },
  { pattern: 'a large number of', replacement: 'many', safe: true },
];

export interface Confusion {
  pattern: string;
  /** Replacement for the group captured as `(?<fix>…)`; the rest of the match stays. */
  replacement: string;
  why: string;
}

const NOUNS =
  '(?:request|requests|order|orders|account|accounts|issue|issues|item|items|package|packages|refund|refunds|payment|payments|team|system|systems|device|devices|phone|phones|email|emails|details|information|question|questions|booking|bookings|flight|flights|bill|bills|card|cards|feedback|concern|concerns|experience|service|services|complaint|complaints|case|ticket|tickets|delivery|deliveries|reservation|subscription|plan|address|number)';
const PARTICIPLES =
  '(?:resolved|fixed|updated|processed|refunded|helped|assisted|contacted|checked|received|solved|reviewed|replaced|escalated|investigated|confirmed|cancell?ed|changed|shipped|sent|provided|offered|answered|returned|reached)';

export const CONFUSIONS: Confusion[] = [
  { pattern: `\\b(?:we|you|they) (?<fix>where) (?:working|going|trying|able|not|unable|looking|told|sent|given|made|still|just|already|also|very|so|all|happy|sorry|aware|unaware|waiting|expecting|hoping|informed|notified|charged|having|experiencing|in)\\b`, replacement: 'were', why: '"where" is a place; the verb is "were"' },
  { pattern: `\\b(?<fix>they'?re|there) ${NOUNS}\\b`, replacement: 'their', why: '"their" is the possessive' },
  { pattern: `\\b(?<fix>their) (?:is|are|was|were|will be|has been|have been|may be|might be)\\b`, replacement: 'there', why: '"there is/are" points to something; "their" is possessive' },
  { pattern: `\\b(?<fix>your) (?:welcome|going|doing|right|able|correct|absolutely|not|in luck|all set|eligible)\\b`, replacement: "you're", why: '"you\'re" is "you are"' },
  { pattern: `\\b(?:need|needs|want|wants|able|happy|glad|going|like|try|trying|tried|hope|hoping|wish|wished|would love|chance|unable|opportunity|help) to (?<fix>${PARTICIPLES})\\b`, replacement: '', why: 'after "to", use the base form of the verb' },
  { pattern: '\\b(?:could|should|would|must|might) (?<fix>of)\\b', replacement: 'have', why: '"could of" is a misspelling of "could have"' },
  { pattern: "\\b(?<fix>its) (?:been|a|an|not|going|my|our|ok|okay|fine|great|important|possible|likely|unlikely|now|still|already|just|currently|taking|showing|working|on its way)\\b", replacement: "it's", why: '"it\'s" is "it is/has"; "its" is possessive' },
  { pattern: '\\b(?:more|less|better|worse|faster|slower|rather|other|longer|shorter|sooner|later|higher|lower|greater|fewer|bigger|smaller|easier|harder) (?<fix>then)\\b', replacement: 'than', why: 'comparisons take "than"' },
  { pattern: '\\b(?<fix>alot)\\b', replacement: 'a lot', why: '"a lot" is two words' },
  { pattern: '\\b(?<fix>loose) (?:your|the|my|our|access|connection|data|signal|points|money)\\b', replacement: 'lose', why: '"lose" means to misplace; "loose" means not tight' },
  { pattern: "\\b(?<fix>who'?s) (?:account|order|name|phone|card|email|number|device)\\b", replacement: 'whose', why: '"whose" is the possessive' },
  { pattern: '\\b(?:I|we|you|they) (?<fix>seen|done) (?:it|that|this|the|your)\\b', replacement: '', why: 'use "saw/did" or "have seen/have done"' },
];

/** Base forms for "to resolved" → "to resolve" suggestions. */
export function baseForm(participle: string): string {
  const lower = participle.toLowerCase();
  const irregular: Record<string, string> = { sent: 'send', done: 'do', seen: 'see', given: 'give', made: 'make' };
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
  'reship', 'reshipped', 'reshipment', 'refundable', 'nonrefundable', 'unsubscribe', 'resubscribe', 'reactivate', 'reactivated', 'troubleshoot',
  'troubleshooting', 'troubleshot', 'multi', 'eta', 'faq', 'faqs', 'url', 'urls', 'hashtag', 'emoji', 'emojis', 'selfie', 'livestream', 'streaming',
  'inbox', 'spam', 'cancellation', 'cancellations', 'prepaid', 'postpaid', 'autopay', 'ebook', 'ebooks', 'e-book', 'e-mail', 'texting', 'tweet',
  'tweets', 'tweeted', 'retweet', 'hiya', 'gotcha', 'thx', 'pls', 'plz', 'asap', 'fyi', 'btw', 'lol', 'omg', 'hmm', 'uh', 'oh', 'hey', 'yay',
  'kinda', 'gonna', 'wanna', 'gotta', 'cuz', 'awesome', 'Xbox', 'PlayStation', 'Netflix', 'Spotify', 'Uber', 'Lyft', 'Airbnb', 'PayPal', 'Venmo',
];
