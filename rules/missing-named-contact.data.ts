/**
 * Words that tell a person's sign-off from a team's, and what is not a name. Matched
 * case-insensitively on whole words.
 */

/** Words that make a sign-off a team's, not a person's. */
export const TEAM_WORDS =
  /\b(?:team|support|service|services|care|customer|customers|dept|department|desk|help|helpdesk|center|centre|crew|staff|group|office|operations|ops|admin|administration|management|billing|sales|success|relations|experience|cx|hq|inc|ltd|llc|company|accounts|guest|guests|front|reception|concierge|enquiries|bank|hub|tier)\b/i;

/** Words that end a company's name, not a person's: "Springfield Pharmacy", "Coastline Cottages", "Hartley & Co Estate Agents". */
export const COMPANY_WORDS =
  /\b(?:pharmacy|pharmacies|chemists?|cottages|furniture|academy|supplies|dental|opticians?|hotels?|rentals|removals|clinic|surgery|studios?|gym|insurance|energy|airlines|airways|rail|railways?|holidays|travel|logistics|couriers|school|college|university|council|motors|garage|solutions|technologies|software|labs|stores?|shop|boutique|restaurants?|cafe|bakery|pizza|foods|pets|homes|lettings|estates|broadband|mobile|telecom|media|cycles|fitness|healthcare|vets|veterinary|spa|salon|resort|apartments|tours|events|agents|agency|wash|valeting|rescue|repairs|plumbing|cleaning|cleaners|laundry|builders|associates|partners|plc|limited|co)\.?$/i;

/** Words that open an institution's name: "University of Northmoor". */
export const INSTITUTION = /^(?:university|college|school|hospital|bank|council|city|county|borough|institute|museum|library|academy)\s+of\b/i;

/** Words that start a signer line but are not names; contracted pronouns too ("I'm here to help" is not "Maria here"). */
export const NOT_A_NAME =
  /^(?:(?:i|we|you|they|it|that|there|here|let)['’](?:m|re|ll|ve|d|s)|sorry|happy|glad|afraid|delighted|pleased|again|also|sadly|unfortunately|the|our|your|my|we|us|you|team|support|customer|customers|service|thanks|thank|regards|best|cheers|sincerely|please|let|hope|have|good|great|kind|warm|all|with|from|and|or|dm|pm|asap|faq|usa|us|uk|eu|fyi|btw|ps|info|help|hi|hello|dear|sent|via|on|in|at|for|to|of|by|today|tomorrow|now|soon|here|there|ok|okay|yes|no|n\/a|tbd|etc|online|app|ios|android|iphone|http|https|www|tv|hd|pc|id|pin|atm|eta|sms|eod|eow|am|pm|est|pst|gmt|utc)$/i;

/** Capitals that end sentences without signing them ("… ASAP", "… on iOS", "… in the USA"). */
export const NOT_INITIALS = /^(?:ASAP|FAQ|FAQS|USA|US|UK|EU|DM|DMS|PM|FYI|BTW|PS|OK|TV|HD|PC|ID|PIN|ATM|ETA|SMS|EOD|EOW|AM|EST|PST|GMT|UTC|IOS|APP|URL|USB|LOL|OMG|TBD|NA|N\/A)$/;

/** "This is Daniel from billing", "My name is Ana", "you're chatting with Sam", "Maria here 😊", "Ana speaking", "Soy Lucía": a chat agent introducing themselves. */
export const SELF_INTRODUCTION =
  /(?:\b(?:[Tt]his is|[Mm]y name(?: is|'s|’s)|I am|I'm|[Ii]t's|[Yy]ou(?:'re|’re| are) (?:now )?(?:chatting|speaking|talking) (?:with|to)|[Yy]ou(?:'re|’re| are) (?:now )?through to|[Yy]ou(?:'ve|’ve| have) got|[Ss]oy|[Mm]e llamo|[Jj]e suis|[Ii]ch bin)\s+(\p{Lu}[\p{Ll}'’]{1,15}|\{\{[^{}]{1,60}\}\}|\{[a-z_.]{1,40}\})(?=\s+(?:from|with|at|on|in|here|and|of|de)\b|\s*(?:[,.!;:]|\p{Extended_Pictographic}|$))|(?:^|[.!?]\s+|,\s+|\s[—–-]\s+)(?:(?:[Hh]i|[Hh]ello|[Hh]ey)(?: there)?[,!]?\s+)?(\p{Lu}[\p{Ll}'’]{1,15})(?:\s+from(?:\s+[\w&'’-]+){1,4}?)?\s+(?:here\b(?=\s+(?:from|with|at|on|to|and)\b|\s*(?:[,.!;:]|\p{Extended_Pictographic}))|speaking\b(?=\s+from\b|\s*(?:[,.!;:]|\p{Extended_Pictographic}))))/gu;

/** A job title without a name: "Practice Manager", "School Business Manager" (a person signs above it). */
export const JOB_TITLE =
  /\b(?:manager|director|officer|co-?ordinator|administrator|supervisor|executive|assistant|representative|consultant|receptionist|clerk|advis[eo]r|secretary|controller|president|lead)$/i;
