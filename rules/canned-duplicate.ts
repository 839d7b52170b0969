import { z } from 'zod';
import { dice, normalizeForDuplicates } from '../src/dedupe/index.js';
import { restatesProblem } from '../src/rule-kit/restatement.js';
import { defineRule } from '../src/rule-kit/rule.js';

const options = z
  .object({
    /**
     * Dice similarity (0–1) of normalised bodies at which an earlier reply in the thread counts as
     * the same. 0.8, as the corpus engine: one changed word in a 20-word reply stays above it.
     */
    threshold: z.number().min(0.5).max(1).default(0.8),
    /** Replies shorter than this (normalised words) never count: short acknowledgements always look alike. */
    minWords: z.number().int().min(1).default(6),
    /** A reply whose near twin went to this many customers (itself included) is boilerplate. */
    boilerplateSize: z.number().int().min(2).default(2),
    /** Approved macros (FAQ answers your team sends as is): a reply matching one is never boilerplate. */
    allowed: z.array(z.string()).default([]),
  })
  .strict();

const normalizedAllowList = new WeakMap<string[], string[]>();

function isAllowed(text: string, allowed: string[], threshold: number): boolean {
  if (allowed.length === 0) return false;
  let normalized = normalizedAllowList.get(allowed);
  if (!normalized) {
    normalized = allowed.map(normalizeForDuplicates);
    normalizedAllowList.set(allowed, normalized);
  }
  const body = normalizeForDuplicates(text);
  return normalized.some((macro) => macro === body || dice(macro, body) >= threshold);
}

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
        'Sending the same paragraph twice tells a waiting customer nobody read their reply; rote responses lower later ratings (Liu et al. 2021), while restating the customer\'s problem helps (Min, Lim & Magnini 2015). Bodies are compared after removing quoted history, greetings and sign-offs and masking names, handles, numbers, URLs, dates and amounts. A repeat in the thread is critical; the same reply sent to other customers in the linted set is a warning, costing less when the reply also names this customer\'s specific problem. Very short acknowledgements never count, and approved macros can be listed in `allowed`.',
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
        {
          text: 'Our stores open at 9am and close at 6pm, Monday to Saturday. -KC',
          previousReplies: ['Our stores open at 9am and close at 6pm, Monday to Saturday. ^RR'],
          options: { allowed: ['Our stores open at 9am and close at 6pm, Monday to Saturday.'] },
        },
      ],
      invalid: [
        {
          text: '@115712 Please send us a Private Message so that we can further assist you. Just click Message at the top of your profile. -KC',
          previousReplies: ['@115712 Please send us a Private Message so that we can further assist you. Just click Message at the top of your profile. ^RR'],
          errors: [{ messageId: 'repeated-in-thread', line: 1, column: 1 }],
        },
        {
          text: 'Hi there! To help us investigate, please send us your account email and the approximate time of the charge. -Rae',
          previousReplies: ['Hi there! To help us investigate, please send us your account email and the rough time of the charge. -Rae'],
          errors: [{ messageId: 'repeated-in-thread' }],
        },
      ],
    },
  },
  applies(ctx) {
    return (ctx.reply.thread?.previousReplies.length ?? 0) > 0 || ctx.duplicates.inCorpus() !== undefined;
  },
  check(ctx, opts) {
    const { analysis } = ctx;
    if (isAllowed(ctx.reply.text, opts.allowed, opts.threshold)) return;
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
      // Naming this customer's problem shows someone read it, even in a template.
      const restated = restatesProblem(analysis, ctx.reply.context);
      ctx.report({
        messageId: 'boilerplate',
        data: { count: cluster.size },
        span: whole,
        expected: ['Start with their specific problem: "I can see your order #… is stuck in Memphis; …"'],
        severity: 'warning',
        cost: restated ? 0.2 : 0.4,
      });
    }
  },
});
