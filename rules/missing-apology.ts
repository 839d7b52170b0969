import { z } from 'zod';
import { plain } from '../src/pipeline/analyse.js';
import { findThreadMarker } from '../src/pipeline/layout.js';
import { insertAtOpening } from '../src/rule-kit/insertion.js';
import { problemClause } from '../src/rule-kit/customer-message.js';
import { isChannelHandoff } from '../src/rule-kit/remedies.js';
import { isEnglish } from '../src/rule-kit/language.js';
import type { Analysis } from '../src/pipeline/analysis-types.js';
import { compilePhrases, matchPhrases, type Phrase, type PhraseMatch } from '../src/rule-kit/phrases.js';
import { defineRule, type RuleContext } from '../src/rule-kit/rule.js';
import { exchangeJudge } from '../src/rule-kit/exchange-model.js';
import { situation } from '../src/rule-kit/situation.js';
import { NON_APOLOGY, OWNERSHIP, REGRET, SYMPATHY } from './missing-apology.data.js';
import { APOLOGY_MODEL } from './missing-apology.model.js';

type Tier = 'ownership' | 'regret' | 'sympathy' | 'non-apology';

const toPhrases = (patterns: string[], family: Tier): Phrase[] => patterns.map((pattern) => ({ pattern, family }));
const TIERS = compilePhrases([
  ...toPhrases(NON_APOLOGY, 'non-apology'),
  ...toPhrases(OWNERSHIP, 'ownership'),
  ...toPhrases(REGRET, 'regret'),
  ...toPhrases(SYMPATHY, 'sympathy'),
]);
// The same tiers as plain expressions, for earlier parts of a multi-part answer.
const APOLOGY_TEXT = new RegExp([...OWNERSHIP, ...REGRET, ...SYMPATHY].map((pattern) => `(?:${pattern})`).join('|'), 'i');

// applies() and check() read the same matches: find them once per reply.
const found = new WeakMap<Analysis, PhraseMatch[]>();
function tiersIn(analysis: Analysis): PhraseMatch[] {
  let matches = found.get(analysis);
  if (!matches) {
    matches = matchPhrases(analysis, TIERS, { skipQuoted: true });
    found.set(analysis, matches);
  }
  return matches;
}

const OWN_IT = ["I'm sorry we got this wrong.", "I'm sorry we let you down — here is what I've done: …"];
const APOLOGY_TEMPLATE = "I'm sorry we {{what went wrong}}.";

const options = z
  .object({
    /** Whether sympathy alone ("sorry to hear that") is noted as a partial apology. */
    reportSympathyOnly: z.boolean().default(true),
    /** Apply even when the customer's message does not look like a complaint. */
    always: z.boolean().default(false),
  })
  .strict();

/**
 * A later part of a multi-part answer ("2/2") carries no apology of its own when an earlier part
 * did. Earlier parts are the team's previous replies in the thread that carry a lower marker of
 * the same series; `undefined` when none of them is visible.
 */
function earlierPartsApologise(ctx: RuleContext): boolean | undefined {
  const marker = ctx.analysis.threadMarker;
  if (!marker || marker.part < 2) return undefined;
  const parts = (ctx.reply.thread?.previousReplies ?? []).filter((text) => {
    const earlier = findThreadMarker(text);
    return earlier !== undefined && earlier.of === marker.of && earlier.part < marker.part;
  });
  if (parts.length === 0) return undefined;
  return parts.some((text) => APOLOGY_TEXT.test(plain(text)));
}

/**
 * Mid-thread, an apology is owed once, not in every message: when an earlier reply of ours in the
 * thread apologised and the customer's latest message adds no new anger, or when this reply only
 * moves the conversation to private messages, no new apology is required.
 */
function alreadyOwned(ctx: RuleContext): boolean {
  const previous = ctx.reply.thread?.previousReplies ?? [];
  if (previous.length === 0) return false;
  const info = situation(ctx.reply, ctx.analysis);
  const angry = info.signals?.negative ?? false;
  if (!angry && previous.some((text) => APOLOGY_TEXT.test(plain(text)))) return true;
  const body = ctx.analysis.sentences.filter((sentence) => !sentence.frame);
  return body.length > 0 && body.every((sentence) => isChannelHandoff(ctx.analysis.plainText.slice(sentence.start, sentence.end)));
}

/** Whether the customer's message calls for an apology: trained on unapologised replies (scripts/train-models.ts). */
export const callsForApology = exchangeJudge(APOLOGY_MODEL);

/** On social, with the customer's message, the model decides; otherwise the rules. */
function owesApology(ctx: RuleContext): boolean {
  return callsForApology(ctx.reply, ctx.analysis) ?? situation(ctx.reply, ctx.analysis).situation === 'complaint';
}

export default defineRule({
  meta: {
    id: 'missing-apology',
    description: 'A complaint answered without an apology that owns the problem, or with a non-apology',
    category: 'empathy',
    defaultSeverity: 'warning',
    weight: 20,
    options,
    messages: {
      missing: 'The customer has a problem and the reply does not apologise',
      'non-apology': 'Non-apology: "{phrase}" regrets the customer\'s feelings, not what went wrong',
      'sympathy-only': 'Sympathy without an apology: "{phrase}" does not say sorry for what went wrong',
      'missing-in-part': 'This part of a multi-part reply does not apologise; make sure an earlier part does',
    },
    docs: {
      rationale:
        'An apology works through its components: acknowledging responsibility and offering repair matter most (Lewicki, Polin & Lount 2016). "Sorry to hear that" is sympathy, not responsibility (Brooks, Dai & Schweitzer 2014), and "sorry for any inconvenience", "we apologize if you feel…", "sorry you were disappointed" or "sorry for the confusion" regret hypothetical trouble or the customer\'s feelings: customers read them as evasive. The company\'s own reaction ("we\'re disappointed to hear this", "this sounds concerning", "we hear you", "not what we like to hear") is not sympathy for the customer.',
      fix: 'Say sorry for the specific failure and own it: "I\'m sorry we shipped the wrong size." The suggestion inserts an ownership apology after the greeting. The rule applies only to complaints (with `--context`, judged from the customer\'s message, on social by a small model trained on labelled exchanges: not to plain questions, requests for help, praise, or details the customer sends because you asked; without it, from the draft), and not to replies written in another language. A later part of a multi-part social reply ("2/2") is judged with its earlier parts when they are in the thread, and only noted (info) when they are not.',
      references: [
        'Lewicki, R. J., Polin, B., & Lount, R. B. (2016). An exploration of the structure of effective apologies. Negotiation and Conflict Management Research 9(2).',
        'Brooks, A. W., Dai, H., & Schweitzer, M. E. (2014). I\'m sorry about the rain! Superfluous apologies demonstrate empathic concern and increase trust. Social Psychological and Personality Science 5(4).',
      ],
    },
    examples: {
      valid: [
        // "Sorry <name>," after the opening @handle is regret.
        { text: "@fraz_ali Sorry Fraz, that's a big miss! I've refunded the burger to your card. ^KB", context: 'my order was missing the main', channel: 'social' },
        { text: "Thanks for the kind words! I've passed them on to Priya. -KC", context: 'A big thank you to Priya, who sorted out my broken blender so quickly!' },
        // Owned in so many words.
        { text: "We owe you an apology for the way you were spoken to. I've shared this with the store manager, who'll call you today. -Jo", context: 'your staff member was really rude to my mum', channel: 'social' },
        { text: "My apologies for the confusion we caused with the invoice. I've sent a corrected one. -Jo", context: 'your invoice has VAT added twice', channel: 'social' },
        // Regret for what the customer went through ("sorry you had to wait"), not for their contacting us.
        { text: "Hey, we're sorry you had to wait. I've refunded the fries to your card. -Jo", context: "ordered on the app, waited 25 mins, then got told they'd run out of fries", channel: 'social' },
        // Thanks for a hard time we eased owe no apology.
        { text: 'Dear Jo,\n\nWe were so touched by your message, and we are thinking of you.\n\nWith love,\nAmy', context: 'I just wanted to thank everyone for the care you gave Pickle. You made a horrible day a little easier.', channel: 'email' },
        // Insistence is not a complaint when nothing is wrong.
        { text: 'The bind button is on the side of the console, next to the USB port. ^JA', context: 'Where is the bind button on the console???' },
        { text: 'Of course, my friend. -Becky', context: "I'm not frustrated, just sad. But thanks for the compassion." },
        { text: "It's not too late at all! Please DM us so we can help with that. *JW", context: 'is it too late to pre-order the new phone?' },
        { text: 'Sorry! There is no way to roll back, but we are working on changes. Here is help: https://example.com/help -KC', context: 'Your new update sucks.' },
        "Hi Sam,\n\nI'm sorry we shipped the wrong size. I've sent the right one today by express.\n\nBest,\nMaria",
        'We apologize for the delay. Your order left our warehouse this morning. -KC',
        { text: 'Sorry the alerts stopped! Please check Settings > Notifications and make sure alerts are on. -DN', context: 'Your app stopped sending me alerts' },
        { text: 'Our store opens at 9am on weekdays. -KC', context: 'What time do you open on Monday?' },
        { text: "You're welcome, enjoy the new phone! ^RR", context: 'Thanks for the quick help!' },
        { text: 'Thanks! Which iOS version are you on? ^RR', context: 'iPhone 8, still crashing', previousReplies: ['Sorry about that! Which phone do you have? ^RR'] },
        // Regret for an event, however it is worded.
        { text: "Our apologies that you haven't got the upgrade this time; I've added you to the list for the next flight. -KC", context: 'No upgrade again, I fly with you every week!' },
        { text: 'Sorry as we checked, your booking expired before payment was made. I have reopened it for you until 6pm. -KC', context: 'lost my booking, flight Z2 129' },
        // Not knowing how, or a slip of their own, is a request for help, not our failure.
        { text: 'Open Settings > Plan and choose Pro; the change is immediate. -KC', context: "I don't know what I need to do to change to the Pro account" },
        { text: "No problem, I've changed the delivery address to the new one. -KC", context: 'I chose a wrong delivery address' },
        // Regret after thanks; the customer sending what we asked for needs no new apology.
        { text: "Thanks for the heads-up, and sorry it's cutting out. I've reset your line. ^KC", context: 'Wi-Fi keeps cutting out every evening' },
        { text: "Thanks, that's all we need. I've booked a replacement shelf for Tuesday. -KC", context: "Here's the photo of the cracked shelf you asked for." },
        // Regret that names the goods, or what the customer could not do; a hypothetical is no complaint.
        { text: "Sorry they haven't turned up. I've sent a new pair by first-class post today. -KC", context: 'My headphones were due Monday and still nothing' },
        { text: "Sorry you couldn't find anyone, that's not good enough. I've asked the manager to staff the desk. -KC", context: 'Waited 20 minutes at the returns desk and nobody came' },
        { text: 'Kettle is on! Doors open at 9, so be logged in by 8:55. -Jo', context: "if I don't get tickets tomorrow I'm moving into your office" },
      ],
      invalid: [
        // Sorrow at how the customer feels, not at what happened; thanks for patience is no apology.
        { text: "I'm sorry the visit left you feeling upset. I've made a note of your comments. -KC", context: 'Staff in your shop laughed at me', errors: [{ messageId: 'non-apology' }] },
        { text: "We're sorry to hear you're unhappy with your order. -KC", context: 'My order came without the fries, second time this month', errors: [{ messageId: 'non-apology' }] },
        { text: "We're sorry you were left disappointed by your visit. -KC", context: 'The receptionist read my test results out loud to the waiting room', errors: [{ messageId: 'non-apology' }] },
        { text: "We're aware of an issue in your area. Thanks for bearing with us. -KC", context: 'Broadband down since last night', errors: [{ messageId: 'missing' }] },
        { text: 'A double payment is usually the terminal sending it twice. -KC', context: 'Your app shows my £212 payment taken twice. Please refund the second payment.', errors: [{ messageId: 'missing' }] },
        { text: 'Please DM us so we can check your connection. -KC', context: 'once again your app is being slow', errors: [{ messageId: 'missing' }] },
        { text: "It's a bummer to hear the game won't load. Please DM me your gamertag so I can check. -KC", context: 'the game will not load', errors: [{ messageId: 'sympathy-only' }] },
        { text: 'Send us a DM and we will take it from there. -KC', context: 'I already tried that. It failed.', errors: [{ messageId: 'missing' }] },
        // Mid-thread, "I did. No response." is not the details we asked for: the complaint is renewed.
        { text: 'Send us a DM with your email address so we can follow up. -KC', context: 'I did. No response.', previousReplies: ['Send us a note at the link so our team can connect. -KC'], errors: [{ messageId: 'missing' }] },
        { text: 'Our sincere apologies for any rudeness. -KC', context: 'Your flight attendant was rude to my kids', errors: [{ messageId: 'non-apology' }] },
        // "Any" hedges whatever follows it; regret that the customer "isn't happy" is about feelings.
        { text: 'Our sincere apologies for any last minute gate changes. -KC', context: 'Moved gates three times and nobody told us', errors: [{ messageId: 'non-apology' }] },
        { text: "I regret that you aren't happy with the information given. -KC", context: 'Same useless answers again', errors: [{ messageId: 'non-apology' }] },
        { text: "We don't like to hear this, Chris. Did you report the damage within 7 days? -KC", context: 'You damaged my suitcase and nobody will help', errors: [{ messageId: 'missing' }] },
        { text: "That's odd. Please restart your console and try again. -KC", context: 'The status page says the opposite of what my console says', errors: [{ messageId: 'missing' }] },
        { text: 'Please DM us your order number. -KC', context: 'There was a piece of bone in my burrito', errors: [{ messageId: 'missing' }] },
        // The agent's own reaction shows the message was a complaint.
        { text: "That's concerning. Please tell us more at the link so we can investigate. -Becky", context: 'look at this https://example.com/photo', errors: [{ messageId: 'missing' }] },
        { text: 'We appreciate your feedback and thank you for sharing your concerns. -KC', context: 'Just frustrated. The card has no real perks.', errors: [{ messageId: 'missing' }] },
        { text: 'Your package is delayed. It will arrive next week.', errors: [{ messageId: 'missing', line: 1, column: 1 }] },
        { text: 'We are sorry for any inconvenience this may have caused.', errors: [{ messageId: 'non-apology', line: 1, column: 8 }] },
        { text: 'We apologize if you feel the service was slow.', errors: [{ messageId: 'non-apology' }] },
        { text: 'If you run into any issues, we apologize for the inconvenience. Here is the sign-up guide: https://example.com/help -KC', context: 'I want to report problems with sign-up', errors: [{ messageId: 'non-apology' }] },
        { text: "I understand that you're experiencing difficulties with sign-up. Here is the guide: https://example.com/help -KC", context: 'notifying of problems with signup', errors: [{ messageId: 'missing' }] },
        { text: "I apologize for the dissatisfaction you're experiencing. Here is the claim form: https://example.com/claim -KC", context: 'I am very unhappy with your work', errors: [{ messageId: 'non-apology' }] },
        { text: "We're sorry you were disappointed with your meal. All our dishes are made fresh. -Chloe", context: 'My steak was raw in the middle.', errors: [{ messageId: 'non-apology' }] },
        { text: 'Sorry to hear that. Please DM us your order number.', context: 'My order never arrived!', errors: [{ messageId: 'sympathy-only' }] },
        { text: 'This sounds concerning. Please DM us more details. -JF', context: 'Your agent hung up on me twice!', errors: [{ messageId: 'missing' }] },
        { text: 'Please DM us your order number.', context: 'My order never arrived and nobody answers!', errors: [{ messageId: 'missing' }] },
        { text: '@AcmeHelp Please DM us your booking reference. ^Jane 2/2', context: 'My flight was cancelled and nobody told me', channel: 'social', errors: [{ messageId: 'missing-in-part' }] },
      ],
    },
  },
  applies(ctx, opts) {
    if (!isEnglish(ctx.analysis.language)) return false;
    if (opts.always) return true;
    if (owesApology(ctx)) return true;
    const kind = situation(ctx.reply, ctx.analysis).situation;
    // A non-apology still tells a customer with a problem that nobody owns it (a complaint the
    // model holds owed nothing, mid-thread, or answering their request); thanks, praise and banter
    // need no apology at all.
    return kind !== 'praise' && kind !== 'other' && tiersIn(ctx.analysis).some((match) => match.phrase.family === 'non-apology');
  },
  check(ctx, opts) {
    const matches = tiersIn(ctx.analysis);
    // Say sorry for what the customer said went wrong, in their words where they stated it plainly
    // (read only when there is something to report).
    let owned: string[] | undefined;
    const ownIt = (): string[] => {
      if (!owned) {
        const problem = ctx.reply.context ? problemClause(ctx.reply.context) : undefined;
        owned = problem ? [`I'm sorry ${problem}.`, ...OWN_IT] : OWN_IT;
      }
      return owned;
    };
    const ofTier = (tier: Tier) => matches.filter((match) => match.phrase.family === tier);
    const apologised = ofTier('ownership').length > 0 || ofTier('regret').length > 0;
    const suggestions = [insertAtOpening(ctx.analysis, APOLOGY_TEMPLATE, 'Open with an apology that owns the problem')];

    for (const match of ofTier('non-apology')) {
      ctx.report({
        messageId: 'non-apology',
        data: { phrase: match.text },
        span: { start: match.start, end: match.end },
        expected: ownIt(),
        // A non-apology beside a real one costs less: the customer got an apology too.
        cost: apologised ? 0.3 : 0.75,
      });
    }
    if (apologised || ofTier('non-apology').length > 0) return;

    const sympathy = ofTier('sympathy')[0];
    if (sympathy) {
      if (opts.reportSympathyOnly) {
        ctx.report({
          messageId: 'sympathy-only',
          data: { phrase: sympathy.text },
          span: { start: sympathy.start, end: sympathy.end },
          expected: ownIt(),
          severity: 'info',
          cost: 0.35,
          suggestions,
        });
      }
      return;
    }
    if (!opts.always && !owesApology(ctx)) return;
    if (alreadyOwned(ctx)) return;
    const first = ctx.analysis.sentences.find((sentence) => !sentence.frame);
    const at = first?.start ?? ctx.analysis.body.start;
    const span = { start: at, end: first?.end ?? at };
    const earlier = earlierPartsApologise(ctx);
    if (earlier === true) return;
    if (earlier === undefined && ctx.analysis.threadMarker && ctx.analysis.threadMarker.part > 1) {
      // The opening part, where the apology usually is, is not in view: note it, leniently.
      ctx.report({ messageId: 'missing-in-part', span, expected: ownIt(), severity: 'info', cost: 0.25, suggestions });
      return;
    }
    ctx.report({ messageId: 'missing', span, expected: ownIt(), cost: 1, suggestions });
  },
});
