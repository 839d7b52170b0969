import { z } from 'zod';
import { defineRule } from '../src/rule-kit/rule.js';

const options = z
  .object({
    /** Dice similarity (0–1) of normalised bodies at which two replies count as the same. */
    threshold: z.number().min(0.5).max(1).default(0.9),
    /** Replies shorter than this (normalised words) never count: short acknowledgements always look alike. */
    minWords: z.number().int().min(1).default(6),
    /** Replies sent to this many customers or more are boilerplate. */
    boilerplateSize: z.number().int().min(2).default(3),
  })
  .strict();

export default defineRule({
  meta: {
    id: 'canned-duplicate',
    description: 'The same canned reply sent again in one thread, or pasted to many customers',
    category: 'consistency',
    defaultSeverity: 'error',
    weight: 15,
    options,
    messages: {
      'repeated-in-thread': 'This reply repeats an earlier reply in the same thread ({similarity}% the same)',
      boilerplate: 'Boilerplate: the same reply was sent to {count} customers; restate this customer\'s problem in your own words',
    },
    critical: ['repeated-in-thread'],
    docs: {
      rationale:
        'Sending the same paragraph twice tells a waiting customer nobody read their reply; rote responses lower later ratings (Liu et al. 2021), while restating the customer\'s problem helps (Min, Lim & Magnini 2015). Bodies are compared after removing quoted history, greetings and sign-offs and masking names, handles, numbers, URLs, dates and amounts.',
      fix: 'Answer what the customer said since your last reply; name their specific problem and the next step.',
      references: [
        'Liu, Y. et al. (2021). Tourism Management.',
        'Min, H., Lim, Y., & Magnini, V. P. (2015). Factors affecting customer satisfaction in responses to negative online hotel reviews. Cornell Hospitality Quarterly 56(2).',
      ],
    },
    examples: {
      valid: [
        { text: 'Please send us a DM with your order number so we can look into this for you. -KC', previousReplies: ['Thanks for waiting! Your replacement ships today and arrives Friday. -KC'] },
        { text: 'Thanks! ^RR', previousReplies: ['Thanks! ^AD'] },
      ],
      invalid: [
        {
          text: '@115712 Please send us a Private Message so that we can further assist you. Just click Message at the top of your profile. -KC',
          previousReplies: ['@115712 Please send us a Private Message so that we can further assist you. Just click Message at the top of your profile. ^RR'],
          errors: [{ messageId: 'repeated-in-thread', line: 1, column: 1 }],
        },
      ],
    },
  },
  applies(ctx) {
    return (ctx.reply.thread?.previousReplies.length ?? 0) > 0 || ctx.duplicates.inCorpus() !== undefined;
  },
  check(ctx, opts) {
    const { analysis } = ctx;
    const whole = { start: analysis.body.start, end: analysis.body.end };
    const repeated = ctx.duplicates.inThread(opts.threshold, opts.minWords)[0];
    if (repeated) {
      ctx.report({
        messageId: 'repeated-in-thread',
        data: { similarity: Math.round(repeated.similarity * 100) },
        span: whole,
        expected: ["Answer what the customer said since your last reply: \"Thanks for trying that. Since it didn't work, I've …\""],
        cost: 1,
      });
      return;
    }
    const cluster = ctx.duplicates.inCorpus();
    if (cluster && cluster.size >= opts.boilerplateSize) {
      ctx.report({
        messageId: 'boilerplate',
        data: { count: cluster.size },
        span: whole,
        expected: ['Start with their specific problem: "I can see your order #… is stuck in Memphis; …"'],
        severity: 'info',
        cost: 0.3,
      });
    }
  },
});
