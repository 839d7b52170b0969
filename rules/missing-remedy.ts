import { z } from 'zod';
import { defineRule } from '../src/rule-kit/rule.js';
import { answers, classifyCustomerMessage, findClosings, findRemedies, situation } from '../src/rule-kit/speech-acts.js';

const NEXT_STEP = [
  "I've <done what> — you'll see <result> by <when>.",
  "I'll <do what> by <when> and update you.",
  'Send me your order number and I will look into it today.',
];

const options = z
  .object({
    /** Report a remedy with no time ("I'll look into it") as an info finding. */
    requireTime: z.boolean().default(true),
    /** Report replies whose only remedy is asking the customer to do something (DM us, try X). */
    reportFacilitationOnly: z.boolean().default(true),
  })
  .strict();

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
    },
    docs: {
      rationale:
        'Redress and facilitation are what turn a complaint around (Davidow 2003). A remedy has an agent, an action and an object, ideally a time: done ("I\'ve refunded…"), committed ("I\'ll call you by Friday"), or facilitation ("DM us your order number so I can look into it", partial credit). "Feel free to contact us", "hope this helps" and "we value your feedback" are closings, not remedies.',
      fix: 'Add one sentence with you as the subject, an action and a time: "I\'ve reshipped your order; it arrives Thursday."',
      references: ['Davidow, M. (2003). Organizational responses to customer complaints. Journal of Service Research 5(3).'],
    },
    examples: {
      valid: [
        "Hi Sam,\n\nI'm sorry about the wait. I've refunded the $20 shipping fee today.\n\nBest,\nMaria",
        "I'll ship a replacement today and email you the tracking number tonight. -KC",
        { text: 'You are welcome! Enjoy your trip. ^RR', context: 'Thanks so much for the upgrade!' },
        { text: 'We open at 9am on Saturdays and close at 6pm. -KC', context: 'What time does your store open on Saturday?' },
      ],
      invalid: [
        { text: 'We value your feedback. Feel free to contact us if you have any additional questions.', context: 'My order arrived broken.', errors: [{ messageId: 'closing-only' }] },
        { text: 'Sorry to hear about the broken screen.', context: 'My screen arrived broken.', errors: [{ messageId: 'missing' }] },
        { text: 'Please DM us your order number so we can look into it.', context: 'Where is my order?', errors: [{ messageId: 'no-time' }] },
        { text: 'Please DM us your order number.', context: 'Where is my order?', errors: [{ messageId: 'facilitation-only' }] },
      ],
    },
  },
  applies(ctx) {
    const context = ctx.reply.context;
    if (context !== undefined && context.trim() !== '') return classifyCustomerMessage(context) !== 'praise';
    return situation(ctx.analysis, undefined) !== 'praise';
  },
  check(ctx, opts) {
    const { analysis } = ctx;
    const remedies = findRemedies(analysis);
    const actions = remedies.filter((remedy) => remedy.kind !== 'facilitation');
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
    const facilitation = remedies[0];
    if (facilitation) {
      if (opts.reportFacilitationOnly) {
        ctx.report({
          messageId: 'facilitation-only',
          data: { phrase: facilitation.text },
          span: facilitation,
          expected: ['Send me your order number and I will look into it today.'],
          severity: 'info',
          cost: 0.3,
        });
      }
      return;
    }
    // Answering a plain question is the remedy: the reply gives the information asked for.
    if (ctx.reply.context && classifyCustomerMessage(ctx.reply.context) === 'question' && answers(analysis)) return;
    const closing = findClosings(analysis)[0];
    if (closing) {
      ctx.report({ messageId: 'closing-only', data: { phrase: closing.text }, span: closing, expected: NEXT_STEP, cost: 1 });
      return;
    }
    const first = analysis.sentences.find((sentence) => !sentence.frame);
    const at = first?.start ?? analysis.body.start;
    ctx.report({ messageId: 'missing', span: { start: at, end: first?.end ?? at }, expected: NEXT_STEP, cost: 1 });
  },
});
