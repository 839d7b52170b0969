import { z } from 'zod';
import { defineRule } from '../src/rule-kit/rule.js';

const options = z
  .object({
    /** Dice similarity (0–1) of normalised bodies at which two templates count as near duplicates (the audit's default). */
    threshold: z.number().min(0.5).max(1).default(0.8),
    /** Templates shorter than this (normalised words) never count: short acknowledgements always look alike. */
    minWords: z.number().int().min(1).default(6),
  })
  .strict();

export default defineRule({
  meta: {
    id: 'similar-template',
    description: 'Two templates in one repository that say nearly the same thing',
    category: 'consistency',
    defaultSeverity: 'warning',
    weight: 5,
    options,
    messages: {
      similar: 'Nearly the same as template "{other}" ({similarity}% similar): consolidate them, or make each answer its own case',
      same: 'The same text as template "{other}": keep one of them',
    },
    docs: {
      rationale:
        'Near-duplicate templates drift apart: one gets the new forum link, the other still sends customers to a dead mailing list, and agents pick whichever they find first. Templates are compared the way the mailbox audit compares sent replies (greetings, sign-offs, names, numbers and placeholders masked; Dice similarity of what is left), and each pair is reported once, on the later template. Applies in template mode only.',
      fix: 'Merge the two into one template, or move the shared paragraphs into one snippet and keep in each template only what is specific to its case.',
    },
    examples: {
      valid: [
        {
          text: 'Thanks for the report! This is fixed in version 2.3, released today. Please update and let me know if it still happens.\n\nBest,\nMaria',
          templates: ['Thanks for your question! You can export your data from Settings > Account > Export. It takes a few minutes.\n\nBest,\nMaria'],
          mode: 'template',
        },
      ],
      invalid: [
        {
          text: 'Thanks very much for your submission. We have confirmed the problem and marked it as a high priority to fix in the next release.\n\nBest,\nMaria',
          templates: ['Thanks very much for your submission. We have confirmed the problem and marked it as a high priority item to fix in the next release.\n\nBest,\nSam'],
          mode: 'template',
          errors: [{ messageId: 'similar', line: 1, column: 1 }],
        },
        {
          text: 'Thanks very much for your submission. We have confirmed the problem and marked it as a high priority to fix in the next release.\n\nBest,\nMaria',
          templates: ['Thanks very much for your submission. We have confirmed the problem and marked it as a high priority to fix in the next release.\n\nCheers,\nSam'],
          mode: 'template',
          errors: [{ messageId: 'same', line: 1, column: 1 }],
        },
      ],
    },
  },
  applies(ctx) {
    // A draft is compared with its thread (canned-duplicate); a repository compares its templates.
    return ctx.mode === 'template';
  },
  check(ctx, opts) {
    // Point at the template's first line: the finding is about the whole template, and a short
    // span keeps reports (and baseline fingerprints) readable.
    const { body, text } = ctx.analysis;
    const newline = text.indexOf('\n', body.start);
    const first = { start: body.start, end: newline === -1 || newline > body.end ? body.end : newline };
    for (const match of ctx.duplicates.similarTemplates(opts.threshold, opts.minWords)) {
      ctx.report({
        messageId: match.exact ? 'same' : 'similar',
        data: { other: match.key, similarity: Math.round(match.similarity * 100) },
        span: first,
        expected: [`Merge with "${match.key}", or keep only what differs`],
        // A maintenance finding: it should not sink a template that is otherwise fine.
        cost: 0.5,
      });
    }
  },
});
