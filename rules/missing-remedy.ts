import { z } from 'zod';
import { insertBeforeSignOff } from '../src/rule-kit/insertion.js';
import { isEnglish } from '../src/rule-kit/language.js';
import { findClosings, findRemedies, informationSentences, isChannelHandoff } from '../src/rule-kit/remedies.js';
import { exchangeJudge } from '../src/rule-kit/exchange-model.js';
import { defineRule } from '../src/rule-kit/rule.js';
import { situation } from '../src/rule-kit/situation.js';
import { REMEDY_MODEL } from './missing-remedy.model.js';

const NEXT_STEP = [
  "I've <done what> — you'll see <result> by <when>.",
  "I'll <do what> by <when> and update you.",
  'Send me your order number and I will look into it today.',
];
const NEXT_STEP_TEMPLATE = "I'll {{action}} by {{when}} and let you know.";

const options = z
  .object({
    /** Report a remedy with no time ("I'll look into it") as an info finding. */
    requireTime: z.boolean().default(true),
    /** Report replies whose only remedy is asking the customer to do something (DM us, try X). */
    reportFacilitationOnly: z.boolean().default(true),
    /** Apply even when the customer's message does not call for a remedy. */
    always: z.boolean().default(false),
  })
  .strict();

/** Whether the customer's message calls for a remedy: trained on replies that offer none (scripts/train-models.ts). */
export const callsForRemedy = exchangeJudge(REMEDY_MODEL);

export default defineRule({
  meta: {
    id: 'missing-remedy',
    description: 'A reply that offers nothing to fix the problem: no action taken, promised or asked for',
    category: 'resolution',
    defaultSeverity: 'warning',
    weight: 25,
    options,
    messages: {
      missing: 'The reply offers no remedy: say what you did, what you will do and when, or what you need from the customer',
      'closing-only': 'Only a closing is offered ("{phrase}"): it is courteous, but it is not a next step',
      'facilitation-only': 'The only next step is the customer\'s ("{phrase}"): say what you will do once they have done it',
      'no-time': 'The remedy has no time: say when ("{phrase}")',
      'repeated-step': 'The next step repeats what an earlier reply in this thread already offered: say what has changed since',
    },
    docs: {
      rationale:
        'Redress and facilitation are what turn a complaint around (Davidow 2003). A remedy has an agent, an action and an object, ideally a time: done ("I\'ve refunded…"), committed ("I\'ll call you by Friday"), or facilitation ("DM us your order number so I can look into it", a question that diagnoses, troubleshooting steps: partial credit). "Feel free to contact us", "hope this helps", "we value your feedback" and conditional offers to a customer who already said what is wrong ("if there\'s anything I can help with, DM us") are closings, not remedies. Passing feedback on answers a suggestion, not a wrong charge. A reply to a plain question remedies by answering it; an explanation or refusal with nothing offered does not. The rule does not apply to thanks, praise, banter or broadcasts, nor to replies not written in English; on social, with the customer\'s message, whether a remedy is owed is judged by a small model trained on labelled exchanges.',
      fix: 'Add one sentence with you as the subject, an action and a time: "I\'ve reshipped your order; it arrives Thursday." The suggestion inserts a template before the sign-off.',
      references: ['Davidow, M. (2003). Organizational responses to customer complaints. Journal of Service Research 5(3).'],
    },
    examples: {
      valid: [
        // A date secured from a supplier; a payment we made; a slip in the verb ("we has") still reports the refund.
        { text: "I'm really sorry you've had two wasted trips. The hold-up is a national shortage, but our supplier has now confirmed delivery for tomorrow morning. -Sam", context: "prescription was meant to be ready Tuesday. Came in Thursday and it's STILL not ready." },
        { text: "Hi, Noor here. I'm sorry, I know how stressful that day was. I can see we paid £25 into your ISA on 12 May as a goodwill payment for the outage.", context: "Your platform was down for most of 9 May and I couldn't sell my fund. I want compensation.", channel: 'chat' },
        { text: 'Apologies, that was our mistake. We has now refunded the £24 and cancelled the subscription. -Jo', context: "cancelled my Glow Box in April and you've STILL taken £24 this month" },
        // Work under way, an expected time and an action taken.
        { text: "I'm sorry, that isn't good enough. A cable fault is being repaired now and our engineers expect power back by 6:30pm. I've signed your number up for text updates. -KC", context: "Power's been off on our street for 4 hours" },
        // Records that report progress answer the question asked.
        { text: 'Our records show your refund of $40 was issued on 3 May, so it should be on your card by Friday. -KC', context: 'Did my refund go through?' },
        { text: "That's correct. -Becky", context: 'So the offer ends on Sunday?' },
        // Something of theirs waiting for them now is done.
        { text: "We're sorry about the wait. Your meal vouchers are in the app now and can be used at any café airside. ^DM", context: 'Three hours delayed and nobody at the gate is telling us anything' },
        // Money taken off the bill is done.
        { text: "I'm really sorry, we've fallen behind and that's on us. I've taken £20 off your bill. -KC", context: "I've been waiting an hour past my booking for my car" },
        // A colleague asked to act, a crew fixing it now, a time in minutes.
        { text: "I'm sorry about the wait. I've asked the gate team to put out an update. -KC", context: 'Two hours at the gate and no news. Great holiday start' },
        { text: "Sorry, a main burst on Church Road. Our team are on site fixing it now and we expect supplies back by midday. -KC", context: 'No water since 6am!!' },
        { text: "Apologies for the wait, it'll be ready in about 20 minutes. -KC", context: "My prescription still isn't ready" },
        // Where it is now, and a status with its time.
        { text: "Sorry for the silence! It's not lost: the repair is finished and it's with the courier now, due tomorrow. Tracking: https://example.com/t/1 -AB", context: 'Sent my laptop for repair 3 weeks ago and heard nothing. Have you lost it??' },
        { text: 'Sorry for the wait. Marks will be released on the student portal by 5pm Friday. -KL', context: 'Still no exam marks, it has been 6 weeks' },
        // Good news from the records with a check offered; a fix already made; an arrival time.
        { text: "Sorry for the wait! Our records show the refund reached your balance on 12 March. If you can't see it, DM us your email and I'll check right away. -Nia", context: 'Where is my refund?? It has been 2 weeks' },
        { text: 'Sorry for the delay. The signalling failure is fixed, trains are moving again and you should arrive at 3pm. -KC', context: 'Stuck outside Doncaster for an hour, what is going on' },
        { text: "We turned it off for the promotion, but it'll be back on tomorrow. -Becky", context: "Why can't I order online?" },
        { text: 'The bind button is on the side of the console, next to the USB port. ^JA', context: 'Where is the bind button on the console???' },
        { text: "Okay great! If you have any further questions please reach out to us. -Xavier", context: "It's downloading now, thanks" },
        { text: 'Our billing team will refund the fee by Friday. -KC', context: 'You charged me twice' },
        // Asking whether something is unavailable refuses nothing.
        { text: 'Are you saying that channel 466 is not available to you? ^ADP', context: 'Channel 506 is WBIN-TV, it was 466, which data is right' },
        { text: "I'm sorry for the trouble! Let's go over your options here today: https://example.com/options ^LL", context: 'My order is late again' },
        { text: "I'm replying to your DM right now. -Sam", context: 'My account is locked, help' },
        { text: 'Our team aims to reply within 24 hours. -KC', context: 'How long does a complaint take to answer?' },
        "Hi Sam,\n\nI'm sorry about the wait. I've refunded the $20 shipping fee today.\n\nBest,\nMaria",
        "I'll ship a replacement today and email you the tracking number tonight. -KC",
        { text: 'You are welcome! Enjoy your trip. ^RR', context: 'Thanks so much for the upgrade!' },
        { text: 'We open at 9am on Saturdays and close at 6pm. -KC', context: 'What time does your store open on Saturday?' },
        { text: "Sorry about that! Which iOS version is your phone running? I'll check it against today's crash reports. ^RR", context: 'The app crashes every time I open it' },
        { text: 'Thanks, your suggestion has been passed to our product team. -KC', context: 'You should add a dark mode to the app' },
      ],
      invalid: [
        // Sending the customer elsewhere is not a next step, nor is the other party's promise.
        { text: "Once orders leave us they're in the courier's hands, and they'll be able to tell you more than we can. -KC", context: 'My order is 10 days late', errors: [{ messageId: 'missing' }] },
        { text: "The refund left us on 3 June, so it's with your bank rather than us. They'll be able to tell you when it will show. -KC", context: "My refund still isn't in my account", errors: [{ messageId: 'missing' }] },
        { text: 'Sorry about that! Give us a shout if you need anything else! -KC', context: 'My order arrived without the charger', errors: [{ messageId: 'closing-only' }] },
        // A step that waits on the customer's wish, after they said what is wrong.
        { text: "Sorry it was late. If you'd like us to look into it, just DM us and we'll be happy to help! -KC", context: 'My order came a day late and the cake was ruined', errors: [{ messageId: 'closing-only' }] },
        // "In due course" names no time; feedback passed on asks nothing of the customer.
        { text: 'Thanks for getting in touch. Our scheduling team will be in touch about your installation date in due course.', context: 'Three weeks waiting for an install date and nobody answers the phone', errors: [{ messageId: 'closing-only' }] },
        // A hope promises nothing.
        { text: "Roadworks are slowing the 12, sorry. Hopefully it'll settle down soon. -KC", context: 'Your 12 bus is 40 minutes late every day this week', errors: [{ messageId: 'missing' }] },
        // A diagnosing question after a courtesy, or a request put as a question, is a next step: noted, not missing.
        {
          text: 'We are here to help, is this happening on all your TVs or a specific one? ^ACM',
          context: "I've lost my network channels and other channels are glitchy",
          errors: [{ messageId: 'facilitation-only', severity: 'info' }],
        },
        {
          text: 'Sorry about this. May we have a screenshot of the payment slip? -KC',
          context: 'My credit card got debited twice, please check',
          errors: [{ messageId: 'facilitation-only', severity: 'info' }],
        },
        // Asked for indirectly, it is still a next step: noted, not missing.
        {
          text: "I'm sorry for the trouble. To look into it, it would be helpful to have the date of the incident; providing a photo will also help us investigate. -KC",
          context: 'I want to file a complaint about a damaged parcel',
          errors: [{ messageId: 'facilitation-only', severity: 'info' }],
        },
        { text: "I'm sorry about that. I hope they're able to sort it out for you. -KC", context: 'The store refused my return', errors: [{ messageId: 'missing' }] },
        { text: 'Feel free to leave your feedback. -KC', context: 'The game keeps crashing', errors: [{ messageId: 'closing-only' }] },
        // Waiting asked of the customer, a door left open for next time, a noun that only looks like a verb ("Hold baggage …").
        { text: 'Refunds can take a while, so please allow up to 10 working days for it to appear. -KC', context: 'You charged me twice and I want my money back', errors: [{ messageId: 'missing' }] },
        { text: "Sorry about that. If it happens again, feel free to give us a DM. -KC", context: 'You charged me £30 twice for one order', errors: [{ messageId: 'closing-only' }] },
        { text: 'Hold luggage fees are shown on the fares page before you pay. -KC', context: 'Charged me £60 at the desk for my bag!', errors: [{ messageId: 'missing' }] },
        // Passed on so it doesn't happen again: the next customer is spared, this one gets nothing.
        { text: "Sorry your bin was missed, that's our mistake. I've passed this on to the crew supervisor so it doesn't happen again. -KC", context: 'My recycling was not collected on Monday and the bin is overflowing', errors: [{ messageId: 'missing' }] },
        // Noted is not passed on.
        { text: "We're sorry to hear this. We've made a note of your comments. -KC", context: 'The cashier at your Leeds branch was rude and read my details out loud', errors: [{ messageId: 'closing-only' }] },
        // "What is going on?" about a failure is not answered by the usual cause.
        { text: 'Parcels can take a little longer during busy periods. We appreciate your patience. -KC', context: "My parcel has said 'out for delivery' for four days now. What's going on?", errors: [{ messageId: 'closing-only' }] },
        { text: 'Is there anything I may be able to help with? -KC', context: 'Your staff were rude to me and hung up', errors: [{ messageId: 'closing-only' }] },
        // Our own department is a next step, not a referral elsewhere.
        { text: 'My apologies, Wendy. You may call Reservations at the number listed here: https://example.com/contact -KC', context: 'My booking was cancelled and nobody told me', errors: [{ messageId: 'facilitation-only' }] },
        { text: 'Is there anything Xbox related that we can help you with today? ^RR', context: 'My party invites keep failing and I get disconnected', errors: [{ messageId: 'closing-only' }] },
        { text: "As far as I can see the train ran on time. -KC", context: 'My train was 20 minutes late again', errors: [{ messageId: 'missing' }] },
        // Diagnostic questions, with or without a question mark, are next steps for the customer.
        { text: 'Have you tried downloading it from your queue: https://example.com/queue ^JB', context: "The add-on won't download", errors: [{ messageId: 'facilitation-only' }] },
        { text: 'Oh no! Was the item sold by us or by a third-party seller: https://example.com/help ^JB', context: 'My blender arrived broken', errors: [{ messageId: 'facilitation-only' }] },
        // A check-in is a next step, but the customer's: noted, not a missing remedy.
        { text: 'Sorry for the slow reply! Are you still unable to sign in? ^RR', context: 'The login page is broken', errors: [{ messageId: 'facilitation-only' }] },
        { text: 'We value your feedback. Feel free to contact us if you have any additional questions.', context: 'My order arrived broken.', errors: [{ messageId: 'closing-only' }] },
        { text: "Sorry about the outage! If there's anything we can help with, please DM us. ^LP", context: 'no TV or broadband all evening', errors: [{ messageId: 'closing-only' }] },
        // Conditional courtesies, put first or last, to a customer who has already said what is wrong.
        { text: "I'm sorry to hear this! Please DM the tracking number if you need help with your package. -KC", context: 'The courier never came to pick up my return', errors: [{ messageId: 'closing-only' }] },
        { text: "If you're unhappy with your experience on this call please contact us on our website: https://example.com ^CB", context: 'Three hours on hold and then your agent was rude', errors: [{ messageId: 'closing-only' }] },
        { text: 'Sorry to hear about the broken screen.', context: 'My screen arrived broken.', errors: [{ messageId: 'missing' }] },
        { text: 'The earlier flight may not have been available at the time of your change. -KC', context: "Why wasn't the earlier flight offered when I rebooked? Not cool.", errors: [{ messageId: 'missing' }] },
        { text: 'Thanks for your feedback, we will take it on board. -Jas', context: 'You charged me for insurance I never signed up for', errors: [{ messageId: 'missing' }] },
        // Passed to a team and no more: no fix for a wrong charge.
        { text: "You're right, the offer should have waived the joining fee. I've passed this on to our membership team. -Dan", context: "my statement shows a £25 joining fee on a 'no joining fee' offer. Can you refund it?", errors: [{ messageId: 'missing' }] },
        { text: 'Please DM us your order number so we can look into it.', context: 'Where is my order?', errors: [{ messageId: 'no-time' }] },
        { text: 'Please DM us your order number.', context: 'Where is my order?', errors: [{ messageId: 'facilitation-only' }] },
        {
          text: 'Thank you for your email. Your query has been passed to the relevant department, who will be in touch within 5 working days.',
          context: 'It has been 3 weeks. Where is my refund?',
          previousReplies: ['Thank you for your email. Your query has been passed to the relevant department, who will be in touch within 5 working days.'],
          errors: [{ messageId: 'repeated-step' }],
        },
      ],
    },
  },
  applies(ctx, opts) {
    if (!isEnglish(ctx.analysis.language)) return false;
    if (opts.always) return true;
    const { situation: kind, fromContext } = situation(ctx.reply, ctx.analysis);
    // A template answers whatever request it is used for: unless it is thanks, it needs a next step.
    if (ctx.mode === 'template' && !fromContext && kind === 'other') return true;
    if (kind === 'complaint' || kind === 'request' || kind === 'question' || kind === 'info') return true;
    // On social, the model may see a need the rules' reading missed.
    return callsForRemedy(ctx.reply, ctx.analysis) === true;
  },
  check(ctx, opts) {
    const { analysis } = ctx;
    const { situation: kind, signals } = situation(ctx.reply, analysis);
    const remedies = findRemedies(ctx.reply, analysis);
    // The same holding reply sent again moves nothing: the customer already had that next step.
    // (Moving to private messages is not a promise, so repeating it is the duplicate rule's business.)
    const promised = remedies.filter((remedy) => !isChannelHandoff(remedy.text));
    if (promised.length > 0 && ctx.duplicates.inThread(0.8, 6).length > 0) {
      const first = remedies[0];
      ctx.report({
        messageId: 'repeated-step',
        ...(first ? { span: first } : {}),
        expected: ['Since my last message I have …, and I will … by …'],
        cost: 0.8,
        suggestions: [insertBeforeSignOff(analysis, NEXT_STEP_TEMPLATE, 'Add what you will do now and when')],
      });
      return;
    }
    const actions = remedies.filter((remedy) => remedy.kind === 'done' || remedy.kind === 'committed');
    if (actions.length > 0) {
      if (opts.requireTime && !actions.some((remedy) => remedy.timed) && actions.every((remedy) => remedy.kind === 'committed')) {
        const first = actions[0];
        if (first) {
          ctx.report({
            messageId: 'no-time',
            data: { phrase: first.text },
            span: first,
            expected: ['… by Friday', '… within 24 hours', '… today'],
            severity: 'info',
            cost: 0.15,
          });
        }
      }
      return;
    }
    // Feedback passed on answers a suggestion or store feedback; a customer who needs a fix
    // (a wrong charge, an order that never came) needs more than that.
    const needsFix = kind === 'complaint' && signals !== undefined && (signals.money || signals.failure);
    if (!needsFix && remedies.some((remedy) => remedy.kind === 'feedback')) return;
    const facilitation = remedies.find((remedy) => remedy.kind === 'facilitation');
    if (facilitation) {
      if (opts.reportFacilitationOnly) {
        ctx.report({
          messageId: 'facilitation-only',
          data: { phrase: facilitation.text },
          span: facilitation,
          // Their step, then ours: what the customer does, and what we will do once they have.
          expected: [`${facilitation.text.trim()} Then I'll <do what> by <when>.`],
          severity: 'info',
          cost: 0.3,
        });
      }
      return;
    }
    // Answering the question asked is the remedy; an explanation of a complaint, or of a failure
    // the customer asks about ("what is going on?"), is not.
    const asked = kind === 'question' || (signals !== undefined && signals.question && !signals.negative && !signals.money && !signals.failure);
    if (asked && informationSentences(ctx.reply, analysis).length > 0) return;
    // Nothing is offered: with the customer's message, the model judges whether anything was owed
    // (money owed always is: the model has seen too few such complaints to overrule that).
    if (!opts.always && !signals?.money && callsForRemedy(ctx.reply, analysis) === false) return;
    const suggestions = [insertBeforeSignOff(analysis, NEXT_STEP_TEMPLATE, 'Add a next step: what you will do and when')];
    const closing = findClosings(ctx.reply, analysis)[0];
    if (closing) {
      ctx.report({ messageId: 'closing-only', data: { phrase: closing.text }, span: closing, expected: NEXT_STEP, cost: 1, suggestions });
      return;
    }
    const first = analysis.sentences.find((sentence) => !sentence.frame);
    const at = first?.start ?? analysis.body.start;
    ctx.report({ messageId: 'missing', span: { start: at, end: first?.end ?? at }, expected: NEXT_STEP, cost: 1, suggestions });
  },
});
