import { z } from 'zod';
import { compilePhrases, matchPhrases, sentenceAt, type CompiledPhrases, type PhraseMatch } from '../src/rule-kit/phrases.js';
import { findRemedies, namedCompanyContact, sentenceAct } from '../src/rule-kit/remedies.js';
import { defineRule, type RuleContext } from '../src/rule-kit/rule.js';
import { isEnglish } from '../src/rule-kit/language.js';
import { situation } from '../src/rule-kit/situation.js';
import { teamNames } from '../src/rule-kit/team-names.js';
import { GOOD_NEWS, HAND_OFF } from '../src/rule-kit/remedies.data.js';
import { DISPUTE_CUES, FAMILIES, PHRASES, type BlamePhrase, type Family } from './blame-shifting.data.js';

const familyIds = Object.keys(FAMILIES) as [Family, ...Family[]];

const options = z
  .object({
    /** Families to check; all by default. */
    families: z.array(z.enum(familyIds)).default(familyIds),
    /** More blame phrases for your team's habits. */
    extraPhrases: z
      .array(
        z.object({
          pattern: z.string().min(1),
          family: z.enum(familyIds),
          expected: z.array(z.string()).optional(),
          cost: z.number().min(0).max(1).optional(),
        }),
      )
      .default([]),
  })
  .strict();

const builtIn = compilePhrases(PHRASES);
const compiledExtras = new WeakMap<object, CompiledPhrases>();

// "You'll need to contact Kuwait Airways": an instruction that sends the customer to another company by name.
const SENDS_ELSEWHERE = new RegExp(`\\b(?:you(?: will| would|'ll|'d)? (?:need|have) to|you (?:should|must|can)|please|kindly|i (?:would |'d )?(?:suggest|recommend) (?:you )?|we (?:would |'d )?(?:suggest|recommend) (?:you )?) (?:contact(?:ing)?|reach(?:ing)? out to|get(?:ting)? in touch with|speak(?:ing)? (?:to|with)|call(?:ing)?|check(?:ing)? with|${HAND_OFF})\\b`, 'i');
// Records that are themselves the dispute ("there is no payment on your booking", "we have no record of your call").
const SELF_EVIDENT = /^(?:there(?:'s| is| was| are| were) no|(?:we|i) (?:have|show|see|can see|can find) no)\b/i;
// The customer asked whether something is normal: saying it is answers them.
const ASKED_IF_NORMAL = /\b(?:is|was|are) (?:it|this|that|these) (?:\w+ )?(?:normal|common|usual|expected)\b/i;
// The customer asked about a rule: quoting it is an answer.
const ASKED_ABOUT_RULES = /\b(?:policy|policies|terms|t&c|rules?|allowed|allowance|permitted|can i|am i able)\b[^.!]*\?/i;
// Asking to see the rules without a question mark ("help me see in which cases I can ask for a
// refund"); counted only when the message is not a complaint ("I read your terms and you still charged me").
const WANTS_THE_RULES =
  /\b(?:know|information|info|details|learn|understand|read|check|see|tell me|explain|show me|what (?:is|are)|which|cases|situations)\b[^.!?]{0,40}\b(?:policy|policies|terms|conditions|rules|guarantee|can (?:i|we) (?:request|get|ask|claim))\b/i;

function capitalise(template: string, like: string): string {
  return /^[A-Z]/.test(like) ? template.charAt(0).toUpperCase() + template.slice(1) : template;
}

/** The sentence around a match, ASCII-folded. */
function sentenceText(ctx: RuleContext, offset: number): { text: string; start: number; end: number } {
  const sentence = ctx.analysis.sentences[sentenceAt(ctx.analysis, offset)];
  const start = sentence?.start ?? 0;
  const end = sentence?.end ?? ctx.analysis.text.length;
  return { text: ctx.analysis.plainText.slice(start, end), start, end };
}

/** Named-company referrals found outside the phrase list (they need the team's own names). */
function namedReferrals(ctx: RuleContext): PhraseMatch[] {
  const names = teamNames(ctx.reply);
  const found: PhraseMatch[] = [];
  for (const sentence of ctx.analysis.sentences) {
    if (sentence.frame) continue;
    const value = ctx.analysis.plainText.slice(sentence.start, sentence.end);
    if (!SENDS_ELSEWHERE.test(value)) continue;
    const referral = namedCompanyContact(value, names);
    if (!referral) continue;
    const start = sentence.start + referral.index;
    const phrase: BlamePhrase = {
      pattern: '',
      family: 'deflection',
      expected: [`I've contacted ${referral.name} for you and will update you by …`, `I'll follow this up with ${referral.name} myself.`],
      cost: 0.8,
      excusedByAction: true,
    };
    found.push({ start, end: start + referral.text.length, phrase, text: ctx.analysis.text.slice(start, start + referral.text.length) });
  }
  return found;
}

export default defineRule({
  meta: {
    id: 'blame-shifting',
    description: 'Blaming the customer, a policy or a third party instead of owning the problem',
    category: 'accountability',
    defaultSeverity: 'error',
    weight: 25,
    options,
    messages: Object.fromEntries(Object.entries(FAMILIES).map(([family, title]) => [family, `${title}: "{phrase}"`])),
    critical: ['blames-customer'],
    docs: {
      rationale:
        'An account that shifts responsibility onto the customer, a policy or a third party leaves the customer less satisfied than no explanation at all (Davidow 2003). Families: blaming the customer (critical: fails the reply), hiding behind policy, rebukes ("as previously mentioned", "for future reference", "our charges are advised online"), lecturing ("please understand that", "knowing what to expect is key", "a lot of people count on it"), sending the customer to someone else without acting (the seller, the bank, a named airline, "out of our control", licensing restrictions), records used to dispute the customer, flat refusals with no pointer, condescension, and disputing the customer\'s account ("our staff are trained to be courteous", "the damage occurred after delivery").',
      fix: 'Own the problem and say what you did: "I checked your order and …", "I\'ve contacted the carrier and will update you by Friday." Not blame: troubleshooting steps, third parties named while you act, records cited as good news, policy quoted because the customer asked, "as I mentioned" recalling your own commitment, a refusal that points to who can help.',
      references: [
        'Davidow, M. (2003). Organizational responses to customer complaints. Journal of Service Research 5(3).',
      ],
    },
    examples: {
      valid: [
        // Where a thing is done, told to someone who asked.
        { text: 'Tests are booked through the DVSA rather than us, and waits in Leeds are around 10 weeks. Thanks, Anil', context: 'how soon can I book my test after my lessons?', channel: 'social' },
        'Yes, you can pre-order it in the app. For more information, please contact your local store. -KC',
        'Hi Dana,\n\nPlease check Settings > Notifications and make sure alerts are on. If they are, tell me and I will look deeper.\n\nBest,\nMaria',
        "Hi Dana,\n\nI've opened a claim with the carrier and I'll update you by Friday.\n\nBest,\nMaria",
        'Our records show your refund was issued on May 3, so it should reach your card within 5 days. -KC',
        { text: 'Here is the clause you asked for: "Refunds are available within 30 days of purchase." -AD', context: 'Can you quote me your refund policy?' },
        { text: "As I mentioned yesterday, the engineer is booked for Friday between 8 and 12 - I've just confirmed the slot. ^BL", context: 'Is my engineer still coming this week?' },
        { text: "Due to our privacy policy we're not able to discuss this here. Please have the account holder contact us at https://example.com/help so we can help. -KC", context: 'My friend left his phone in your cab' },
        'We have your refund recorded as issued on May 3, so it should reach your card this week. -KC',
        { text: "Damage must be reported within 24 hours, and I've just logged yours as reference 4471. -KC", context: 'My suitcase came back broken' },
        "The outage is with your provider; I've contacted them and will update you by 5pm. -KC",
        // Policy the customer asked to see is the answer; a step to check what they might have missed is not blame.
        { text: 'Our refund policy is designed to be fair. Here are the cases in which you can ask for a refund: … -KC', context: 'help me see in which cases can I ask to be reimbursed' },
        'Please check if there are any required fields that you might have missed, then submit again. -KC',
        // Told to a customer who asked, a reminder or the team's training informs.
        { text: 'Please keep in mind that customs fees vary by country. Our agents are trained to help with customs forms. -KC', context: 'Can I order from Mexico?' },
        // A reminder that only closes ("our team is always available to assist you") lectures nobody.
        { text: 'Please remember that our support team is always available to assist you. -KC', context: 'I want to file a complaint about my order' },
        // "Them" is our own support team when it is reached at our number.
        'Our support team is available 24/7. You can contact them directly at the customer support phone number. -KC',
        // Information, not a lecture or a rebuke; the customer's experience, not their fault.
        'Please note that international orders may carry customs fees. Keep your order number safe for future reference. -KC',
        "I'm sorry for the trouble you may have experienced with sign-up; I've reset your account. -KC",
        // Told to a customer who asked, a fee and where it is shown inform.
        { text: 'Changes within 24 hours of departure are subject to a $50 fee, which is shown at checkout. -KC', context: 'Can I change my flight tomorrow?' },
        // Named while acting, or told to someone who asked, these inform.
        // "Solving this is simple:" judges the fix, not the customer.
        'Solving this is simple: please use the issue template when you open a new issue. -KC',
        { text: 'Customs duties are the responsibility of the recipient; the checkout shows an estimate. -KC', context: 'Do you ship to Canada?' },
        { text: "I've chased it with the courier myself and they've promised delivery tomorrow; I'll check it arrives. -KC", context: 'My parcel is late' },
        { text: 'To avoid this happening again, I have added a note to your account. -KC', context: 'Your driver left my parcel in the rain!' },
        // Another party's "next time", and a quick step for someone who asked.
        { text: "I've refunded the drinks and told the restaurant, so they're more careful next time. -KC", context: 'No drinks in my order again' },
        { text: 'It only takes a minute in the app: Accounts > Overdraft. -KC', context: 'Can I raise my overdraft limit here?' },
        { text: "Yes, that's normal: battery conservation mode stops at 60%. You can turn it off in Settings > Power. -AL", context: "Is it normal my laptop stops charging at 60%?" },
        { text: "We're sorry about the noise. We hope you'll give us the chance to show you a better night next time. -Carla", context: 'Worst night of my life, a party screaming until 3am' },
        // Sympathy for the wait is not blame; records that report a fix are good news.
        "I'm sorry you waited too long for an answer; I've refunded the fee today. -KC",
        // A usual cause that is ours, and a reminder we sent that failed, while we act.
        { text: "Sorry about that. Evening drops are often down to a fault on our side in busy areas. -KC", context: 'Internet drops every evening' },
        { text: "I'm sorry. A reminder text went to your mobile but it failed, so I've rebooked you for Friday at 10. -KC", context: 'Nobody told me the appointment moved' },
        // A goodwill gesture for future orders is no rebuke.
        { text: 'Sorry about that! For future orders, here is a 10% code: SORRY10 -KC', context: 'My order was late again' },
        // The account read back while we act on it.
        { text: "Looking at your account, the calls were made from Spain, which the bundle doesn't cover. As a one-off, I've credited £40. -KC", context: 'A £96 roaming bill?! I thought it was included' },
        // Patience asked for while we investigate is not a lecture.
        { text: "We kindly ask for your understanding and patience while we investigate; I've logged it as 7781. -KC", context: 'My claim form keeps erroring, this is rubbish' },
        { text: "I've checked and our records show the duplicate charge was reversed this morning, so you'll see only one payment. -KC", context: 'You charged me twice this month!' },
      ],
      invalid: [
        // A scan or a record read back against a customer who says it never came.
        { text: 'The scan shows your parcel went into locker 14 at 11:06 today, so it will be there.', context: "My parcel was supposed to be in the locker but it's not there.", channel: 'chat', errors: [{ messageId: 'records-dispute' }] },
        { text: 'Our records show the rider marked the order as handed to customer at 19:52. Team Dashly', context: 'driver left my food on the doorstep in the rain and didn\'t even ring', channel: 'social', errors: [{ messageId: 'records-dispute' }] },
        {
          text: 'Cancellations less than 72 hours before check-in are subject to a one-night charge. This is clearly shown during booking. -KC',
          context: 'You charged me a cancellation fee even though I cancelled 2 days before!',
          errors: [{ messageId: 'cites-policy' }, { messageId: 'rebuke' }],
        },
        // Responsibility placed elsewhere, in everyday words.
        { text: "Allergy questions are the caterer's responsibility rather than ours. -KC", errors: [{ messageId: 'deflection' }] },
        { text: "Once it leaves our depot it's in Parcelo's hands. -KC", context: 'My order is a week late', errors: [{ messageId: 'deflection' }] },
        { text: 'It would be for the shop to reverse the duplicate payment. -KC', context: 'You took my payment twice!', errors: [{ messageId: 'deflection' }] },
        { text: "You'll need to get in touch with the sender, as they hold the contract. -KC", errors: [{ messageId: 'deflection' }] },
        { text: 'Missing items are something you would need to raise with them directly. -KC', errors: [{ messageId: 'deflection' }] },
        { text: 'Our riders are self-employed, so times can vary. -KC', context: 'My food came an hour late', errors: [{ messageId: 'deflection' }] },
        { text: 'Storms fall outside what we are able to control, so hotel costs are not payable. -KC', context: 'My flight was cancelled and I paid for a hotel', errors: [{ messageId: 'deflection' }, { messageId: 'refusal' }] },
        { text: 'Once it leaves us, how quickly it shows up is down to your bank. -KC', context: "My refund still isn't in my account", errors: [{ messageId: 'deflection' }] },
        { text: 'Tickets are non-transferable, as set out in the terms and conditions you agreed to at purchase. ^RW', context: 'Can I transfer my ticket to my sister?', errors: [{ messageId: 'rebuke' }] },
        { text: 'Short-notice changes are part of running a busy clinic. -KC', context: 'You cancelled my appointment an hour before, again!', errors: [{ messageId: 'dispute' }] },
        { text: 'The system is working as intended. -KC', context: "Your booking site won't show me any slots next week", errors: [{ messageId: 'dispute' }] },
        { text: 'There is an option in your settings that would have stopped this. -KC', context: 'You substituted my oat milk with cow milk, I am vegan!', errors: [{ messageId: 'blames-customer' }] },
        { text: 'Most people get the hang of it after a couple of days. -KC', errors: [{ messageId: 'condescension' }] },
        { text: 'Booking fees help cover the cost of running the platform. -KC', context: 'A £9 booking fee on a £20 ticket is a rip-off', errors: [{ messageId: 'cites-policy' }] },
        { text: 'Our crew logged your bin as not presented on both days. -KC', context: 'You missed my bin collection twice!', errors: [{ messageId: 'records-dispute' }] },
        { text: 'Untick "allow substitutions" at checkout next time. -KC', context: 'You substituted my oat milk with cow milk!', errors: [{ messageId: 'rebuke' }] },
        // Records and conduct asserted against the customer's account.
        { text: "The courier's photo shows the box left by your back door. -KC", context: "Tracking says delivered but it isn't here", errors: [{ messageId: 'records-dispute' }] },
        { text: "There's no reading on your account since March. -KC", context: 'You estimated my bill when I sent a reading!', errors: [{ messageId: 'records-dispute' }] },
        { text: 'Our engineer did attend at 10:40 and left a card. -KC', context: 'Nobody turned up for my appointment', errors: [{ messageId: 'dispute' }] },
        { text: 'The charges have therefore been applied correctly. -KC', context: 'I was billed £90 for roaming that should be free', errors: [{ messageId: 'dispute' }] },
        // Fees defended, documents cited, the future lectured.
        { text: 'As stated in your policy wording, gradual leaks are not covered, and the decision stands. -KC', context: 'You rejected my claim for water damage', errors: [{ messageId: 'cites-policy' }, { messageId: 'refusal' }] },
        { text: 'The fee applies whenever the account goes overdrawn. It is in the tariff you agreed to. -KC', context: 'You charged me a £25 fee for going £3 over!', errors: [{ messageId: 'cites-policy' }, { messageId: 'rebuke' }, { messageId: 'rebuke' }] },
        { text: 'As the pricing page says quite clearly, the plan covers two devices. -KC', errors: [{ messageId: 'rebuke' }] },
        { text: 'The size limits are printed on every booking confirmation. -KC', context: 'You charged me €60 at the gate for my bag', errors: [{ messageId: 'rebuke' }] },
        { text: 'For next time, just double-check the address before ordering. -KC', errors: [{ messageId: 'rebuke' }] },
        { text: 'To avoid estimated bills going forward, send us regular readings. -KC', context: 'My bill is £310, triple the usual!', errors: [{ messageId: 'rebuke' }] },
        { text: "The cancellation wasn't completed because the confirm button wasn't pressed. -KC", context: 'I cancelled and you still charged me £10.99', errors: [{ messageId: 'blames-customer' }] },
        { text: "Once a parcel leaves our warehouse it is the courier's responsibility. -KC", errors: [{ messageId: 'deflection' }] },
        { text: 'You will need to raise this with DPD directly. -KC', errors: [{ messageId: 'deflection' }] },
        {
          text: 'Our drivers are always professional, and we have received no other complaints about this driver. -KC',
          context: 'Your driver was rude and threw my parcel over the fence',
          errors: [{ messageId: 'dispute' }, { messageId: 'dispute' }],
        },
        { text: 'The link expires after 15 minutes, so you probably waited too long before clicking it. -KC', errors: [{ messageId: 'blames-customer' }] },
        { text: 'According to our system, only one payment was taken on your account. -KC', context: 'You charged me twice this month!', errors: [{ messageId: 'records-dispute' }] },
        { text: "You'd need to speak to Kuwait Airways directly about compensation. -KC", errors: [{ messageId: 'deflection' }] },
        { text: 'Sometimes songs are removed because of licensing changes. -KC', errors: [{ messageId: 'deflection' }] },
        { text: "We wouldn't offer an upgrade for a cancelled flight. -KC", errors: [{ messageId: 'refusal' }] },
        { text: 'If another airline flew you last, you would need to contact them about the bag. -KC', errors: [{ messageId: 'deflection' }] },
        { text: 'Have you asked the seller yet where it is? -KC', errors: [{ messageId: 'deflection' }] },
        // A link to them, or their "may be able to help", is not our step; "our partner" is still someone else.
        { text: 'Did you contact the seller yet? See https://example.com/sellers as they may be able to help out. -KC', context: 'My order never arrived', errors: [{ messageId: 'deflection' }] },
        { text: "I'm sorry about the Wi-Fi! Please report the matter to our Wi-Fi partner Gogo at https://example.com. -KC", context: 'The wifi did not work all flight', errors: [{ messageId: 'deflection' }] },
        { text: 'The seller should have delivered it by then. -KC', context: 'Still no parcel', errors: [{ messageId: 'deflection' }] },
        // A charge defended by what the rules oblige or what the fee pays for; an earlier answer insisted on.
        { text: "We're only obligated to provide free bags for loose produce. -KC", context: 'Why was I charged 5p for a bag?!', errors: [{ messageId: 'cites-policy' }] },
        { text: 'The peak fee helps us maintain the speed of our service. -KC', context: 'Your surge pricing is a rip-off', errors: [{ messageId: 'cites-policy' }] },
        { text: 'No, my earlier message was correct. -KC', context: 'Your site still rejects my email', errors: [{ messageId: 'rebuke' }] },
        { text: "The game's servers are down right now; it's not on our end. -KC", errors: [{ messageId: 'deflection' }] },
        { text: "I'm sorry you feel that way, but we do follow EU regulations. -KC", errors: [{ messageId: 'cites-policy' }] },
        { text: 'As far as I can see, the service ran on time. -KC', errors: [{ messageId: 'dispute' }] },
        { text: 'The delay was unavoidable. -KC', errors: [{ messageId: 'deflection' }] },
        { text: "Our staff don't recall telling anyone that. -KC", errors: [{ messageId: 'dispute' }] },
        { text: 'A 10p charge applies as per legislation. -KC', errors: [{ messageId: 'cites-policy' }] },
        { text: 'You must have entered the wrong address when you ordered.', errors: [{ messageId: 'blames-customer', line: 1, column: 1 }] },
        { text: 'Please contact the seller about this, as the item is not ours.', errors: [{ messageId: 'deflection' }, { messageId: 'deflection' }] },
        { text: "I'm sorry Kevin, but you need to contact Kuwait Airways. -HD", context: '@British_Airways can you prove my bag was transferred?', errors: [{ messageId: 'deflection' }] },
        { text: 'Our records indicate the package was delivered on Monday.', errors: [{ messageId: 'records-dispute' }] },
        { text: 'As previously mentioned, refunds take 10 days.', errors: [{ messageId: 'rebuke', line: 1, column: 1 }] },
        { text: 'All charges are available to view on our website, prior to calling us. ^Lisa', errors: [{ messageId: 'rebuke' }] },
        { text: 'For future reference, please call us before you travel. ^Lisa', errors: [{ messageId: 'rebuke' }] },
        { text: 'Please understand that we are very busy right now.', errors: [{ messageId: 'lecture' }] },
        { text: 'As stated in our terms, we do not refund opened items.', errors: [{ messageId: 'cites-policy' }] },
        { text: 'Unfortunately there is nothing more we can do.', errors: [{ messageId: 'refusal' }] },
        { text: "We don't deal with business accounts on this page. ^RT", errors: [{ messageId: 'refusal' }] },
        { text: 'All you need to do is click the button.', errors: [{ messageId: 'condescension', line: 1, column: 1 }] },
        // A phrase may end in punctuation: "straightforward:" before a space is still a match.
        { text: "It's really quite straightforward: remove the inactive users. -KC", errors: [{ messageId: 'condescension' }] },
        { text: 'Our team members are trained to be courteous at all times. -Cobalt', context: 'Your driver was rude to me and my kids', errors: [{ messageId: 'dispute' }] },
        { text: 'Please keep in mind that the fee applies to every booking. -KC', context: 'You charged me a $25 fee for changing my seat!', errors: [{ messageId: 'lecture' }, { messageId: 'cites-policy' }] },
        { text: 'Please avoid using that kind of language. -KC', errors: [{ messageId: 'condescension' }] },
        { text: 'Our seats are comparable to other airlines. -KC', errors: [{ messageId: 'dispute' }] },
        { text: 'We have to be fair to all passengers, so the baggage rules apply. -KC', context: 'Refund my bag fee!', errors: [{ messageId: 'cites-policy' }, { messageId: 'cites-policy' }] },
        { text: 'Damage must be reported within 24 hours of delivery. -KC', context: 'My parcel arrived broken last week', errors: [{ messageId: 'cites-policy' }] },
        { text: 'We have this train recorded as arriving 2 minutes early. -KC', context: 'My train was 40 minutes late, I want delay repay', errors: [{ messageId: 'records-dispute' }] },
        // Subtler forms: the failure made normal, the matter handed over, the rule recited, the decision final.
        { text: 'A few marks on the way in aren\'t unusual with heavy items. -KC', context: 'Your crew gouged our hallway floor', errors: [{ messageId: 'dispute' }] },
        { text: 'That leg is operated by our partner, so rebooking sits with their desk. They\'ll be able to look at options. -KC', context: 'My connection was cancelled and nobody will rebook me', errors: [{ messageId: 'deflection' }, { messageId: 'deflection' }] },
        { text: 'Gradual leaks aren\'t covered under section 4.2 of your policy. -KC', context: 'You rejected my leak claim after 8 years. Disgusting', errors: [{ messageId: 'cites-policy' }, { messageId: 'cites-policy' }] },
        { text: 'Bans for this are permanent and we won\'t be reversing it. -KC', context: 'Why was my account banned?? I never cheated, ridiculous', errors: [{ messageId: 'refusal' }] },
        { text: "We always recommend telling us before you travel. I've removed the block. -KC", context: 'My card was declined at every shop in Lisbon. Brilliant', errors: [{ messageId: 'lecture' }] },
        { text: "The rider's GPS shows them at your front door at 19:42. -KC", context: "App says my order was delivered. It wasn't.", errors: [{ messageId: 'records-dispute' }] },
        { text: "The Madrid leg was operated by Iberica, so it'd be one for them I'm afraid. -KC", context: '4 days and still no bag after my Madrid connection', errors: [{ messageId: 'deflection' }] },
        { text: 'This usually happens when the update is interrupted. Was your phone on charge? -KC', context: 'Updated last night and now my phone is stuck on the logo. Thanks for bricking it', errors: [{ messageId: 'blames-customer' }] },
        { text: 'Estimates at consultation are a guide only, as set out on the consent form you signed. -KC', context: 'Quoted £180 and charged £412 with no call first. Not impressed', errors: [{ messageId: 'dispute' }, { messageId: 'rebuke' }] },
        { text: 'Bins need to be at the kerb by 6:30am. I have logged a missed collection. -KC', context: 'My bin was out the night before and the crew drove past it', errors: [{ messageId: 'cites-policy' }] },
        { text: 'Resale tickets are listed by other fans, so a problem with the barcodes is one to take up with the seller. -Mo', context: "Bought 2 resale tickets and the barcodes won't load. £140 down the drain??", errors: [{ messageId: 'deflection' }] },
        { text: "Activating is straightforward if you follow each step in order. Most customers have it done in 2 minutes. -Zoe", context: 'Tried activating my eSIM 4 times, keeps failing', errors: [{ messageId: 'condescension' }, { messageId: 'condescension' }] },
        { text: "Our boxes stay cold for 48 hours, so it's important someone is in on delivery day. -KC", context: 'Box arrived warm and the salmon smelled off', errors: [{ messageId: 'lecture' }] },
        // Where the rule was written, the failure put down to a usual cause, the limits of what we can do.
        { text: "As outlined on our delivery page, we can't rebook slots by phone. -KC", context: 'Your driver never came and now I cannot rebook', errors: [{ messageId: 'cites-policy' }] },
        { text: 'Evening slowdowns are usually down to how many devices share the Wi-Fi. -KC', context: 'My broadband crawls every evening, useless', errors: [{ messageId: 'dispute' }] },
        { text: "There's only so much we can do with a building this old. -KC", context: 'The lift is broken again, third time this month', errors: [{ messageId: 'refusal' }] },
        { text: 'We ask for your understanding when clinics overrun. -KC', context: 'I waited an hour past my appointment and nobody told me why', errors: [{ messageId: 'lecture' }] },
        { text: 'Checking the size guide before you order can save a return! -KC', context: 'The boots I ordered are two sizes too small', errors: [{ messageId: 'lecture' }] },
        { text: 'Parcels are only covered when you add our protection at checkout. -KC', context: 'My parcel arrived smashed', errors: [{ messageId: 'cites-policy' }] },
        { text: "Your bills were estimated because we haven't had a reading from you since May. -KC", context: 'My bill has doubled and nothing has changed', errors: [{ messageId: 'blames-customer' }] },
        // Where it was written or signposted, the order read back, a log of our own, the terms agreed to, the customer's numbers doubted.
        { text: 'We do recommend arriving early at busy times, as it says on our website. -KC', context: 'Missed my flight because security took an hour', errors: [{ messageId: 'rebuke' }] },
        { text: 'The notices at the entrance ask every guest to keep valuables with them. -KC', context: 'My bag was taken from the changing room', errors: [{ messageId: 'rebuke' }] },
        { text: "Looking at the order, the large size was what was selected at checkout. -KC", context: 'You sent me the wrong size', errors: [{ messageId: 'records-dispute' }] },
        { text: 'A reminder text went to your mobile the day before. -KC', context: 'Nobody told me the appointment moved and I drove there for nothing', errors: [{ messageId: 'dispute' }] },
        { text: 'Our terms, which you agreed to when booking, set a 48-hour notice period. -KC', context: 'You charged me £30 for cancelling a massage', errors: [{ messageId: 'rebuke' }] },
        { text: 'If more people came than you told us, that would explain the short portions. -KC', context: 'The buffet ran out after an hour at our party', errors: [{ messageId: 'blames-customer' }] },
        { text: "The rooms were definitely cleaned, our housekeepers photograph each one. -KC", context: 'Our room was dirty when we arrived', errors: [{ messageId: 'dispute' }] },
        { text: "Unfortunately we don't offer price adjustments after purchase. -KC", context: 'It went on sale the day after I bought it, refund the difference', errors: [{ messageId: 'refusal' }] },
      ],
    },
  },
  applies(ctx) {
    return isEnglish(ctx.analysis.language);
  },
  check(ctx, opts) {
    const { analysis } = ctx;
    const enabled = new Set<Family>(opts.families);
    let matches = matchPhrases(analysis, builtIn, { span: analysis.body, skipQuoted: true });
    if (opts.extraPhrases.length > 0) {
      let extras = compiledExtras.get(opts.extraPhrases);
      if (!extras) {
        extras = compilePhrases(opts.extraPhrases);
        compiledExtras.set(opts.extraPhrases, extras);
      }
      matches = matches.concat(matchPhrases(analysis, extras, { span: analysis.body, skipQuoted: true }));
    }
    matches = matches.concat(namedReferrals(ctx).filter((referral) => !matches.some((match) => match.start <= referral.start && match.end >= referral.start)));
    if (matches.length === 0) return;

    const remedies = findRemedies(ctx.reply, analysis);
    // A third party named while the team acts is ownership, not deflection.
    const acting = remedies.some((remedy) => remedy.kind === 'done' || remedy.kind === 'committed');
    // A refusal that points somewhere (a link, a team, a step) is a redirection, not a brush-off.
    const wayForward = acting || remedies.some((remedy) => remedy.kind === 'facilitation') || analysis.masks.some((mask) => mask.kind === 'url');
    const context = ctx.reply.context ?? '';
    const kind = situation(ctx.reply, analysis).situation;
    const askedAboutRules = ASKED_ABOUT_RULES.test(context) || kind === 'question' || (kind !== 'complaint' && WANTS_THE_RULES.test(context));

    for (const match of matches) {
      const phrase = match.phrase as BlamePhrase;
      const family = phrase.family;
      if (!enabled.has(family)) continue;
      if (phrase.excusedByAction && acting) continue;
      if (phrase.excusedByWayForward && wayForward) continue;
      const sentence = sentenceText(ctx, match.start);
      if (phrase.excusedInActingSentence) {
        const act = sentenceAct(sentence.text);
        if (act.done || act.committed) continue;
      }
      if (family === 'cites-policy' && askedAboutRules) continue;
      // "Is it normal that …?" is answered by "Yes, that's normal".
      if (family === 'dispute' && ASKED_IF_NORMAL.test(context) && /\b(?:normal|common|usual|typical|expected)\b/i.test(match.text)) continue;
      if (phrase.onlyAgainstComplaints && kind !== 'complaint') continue;
      if (family === 'lecture') {
        // "Please remember that help is just a tweet away" is a closing, not a lecture.
        const rest = analysis.plainText.slice(match.end, sentence.end);
        if (sentenceAct(rest).closing) continue;
      }
      if (family === 'records-dispute' && !SELF_EVIDENT.test(match.text)) {
        const claim = analysis.plainText.slice(match.end, sentence.end);
        if (!DISPUTE_CUES.test(claim) || GOOD_NEWS.test(claim)) continue;
      }
      const party =
        /\b(?:the|your|a|their|our) (?:[\w-]+ )?(\w+(?: \w+)?)$/i.exec(match.text)?.[1] ?? /^(?:the|your) ((?:\w+ )?\w+) should have\b/i.exec(match.text)?.[1] ?? 'other company';
      const expected = (phrase.expected ?? []).map((text) => capitalise(text.replace('{party}', party), match.text));
      const replacement = phrase.replacement;
      ctx.report({
        messageId: family,
        data: { phrase: match.text },
        span: { start: match.start, end: match.end },
        expected,
        cost: phrase.cost ?? 1,
        ...(replacement ? { fix: { range: [match.start, match.end], text: capitalise(replacement, match.text) } } : {}),
      });
    }
  },
});
