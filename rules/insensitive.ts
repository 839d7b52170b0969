import type { Root } from 'nlcst';
import retextEquality from 'retext-equality';
import { VFile } from 'vfile';
import { z } from 'zod';
import { defineRule } from '../src/rule-kit/rule.js';

const options = z
  .object({
    /** retext-equality pattern ids or phrases to allow (e.g. "just" is not insensitive in support). */
    ignore: z.array(z.string()).default([]),
    /** Allow binary phrases such as "he or she". */
    binary: z.boolean().default(true),
  })
  .strict();

// One transformer per distinct settings: building retext-equality's patterns is not free.
const transformers = new Map<string, ReturnType<typeof retextEquality>>();

export default defineRule({
  meta: {
    id: 'insensitive',
    description: 'Gendered, ableist or otherwise inconsiderate wording (retext-equality)',
    category: 'tone',
    defaultSeverity: 'warning',
    weight: 5,
    options,
    messages: {
      insensitive: '{reason}',
    },
    docs: {
      rationale:
        'Support replies reach everyone. retext-equality (the checks behind alex) finds wording that may be gendered, ableist or otherwise inconsiderate, with alternatives.',
      fix: 'Use the suggested wording, or add a phrase to `ignore` if it is right in your context.',
      references: ['retext-equality: https://github.com/retextjs/retext-equality'],
    },
    examples: {
      valid: ['Our team will call you today. -KC', 'Each customer can change their plan online. ^RR'],
      invalid: [
        { text: 'One of our chairmen will call you today.', errors: [{ messageId: 'insensitive', line: 1, column: 12 }] },
        { text: 'That is a crazy delay, sorry.', errors: [{ messageId: 'insensitive' }] },
      ],
    },
  },
  check(ctx, opts) {
    const key = JSON.stringify(opts);
    let transform = transformers.get(key);
    if (!transform) {
      transform = retextEquality({ ignore: opts.ignore, binary: opts.binary });
      transformers.set(key, transform);
    }
    const file = new VFile({ value: ctx.analysis.maskedText });
    transform(ctx.analysis.tree as Root, file);
    for (const message of file.messages) {
      const place = message.place as { start?: { offset?: number }; end?: { offset?: number } } | undefined;
      const start = place?.start?.offset;
      if (start === undefined) continue;
      const end = place?.end?.offset ?? start;
      ctx.report({
        messageId: 'insensitive',
        data: { reason: message.reason },
        span: { start, end },
        expected: (message.expected ?? []).map(String).filter((value) => value.length > 0),
      });
    }
  },
});
