import { z } from 'zod';
import { AGENT_NAME_PLACEHOLDERS, CUSTOMER_NAME_PLACEHOLDERS, isControlTag } from '../src/pipeline/placeholders.js';
import { compileOptionPatterns } from '../src/rule-kit/phrases.js';
import { defineRule } from '../src/rule-kit/rule.js';
import { findMarkers } from '../src/templates/markers.js';

const options = z
  .object({
    /** Placeholders that will hold the customer's name (regular expressions on the placeholder's inside). */
    customerPlaceholders: z.array(z.string()).default(CUSTOMER_NAME_PLACEHOLDERS),
    /** Placeholders that will hold the agent's name. */
    agentPlaceholders: z.array(z.string()).default(AGENT_NAME_PLACEHOLDERS),
    /** Also report fill-in markers ("INSERT HERE", "FILL IN", "XXX", "[insert link]"), not only placeholder syntax. */
    markers: z.boolean().default(true),
  })
  .strict();

/** What a placeholder will hold, for the message: "the customer's name". */
function role(name: string, customer: RegExp[], agent: RegExp[]): string {
  if (customer.some((pattern) => pattern.test(name))) return "the customer's name";
  if (agent.some((pattern) => pattern.test(name))) return 'your name';
  return 'the right value';
}

export default defineRule({
  meta: {
    id: 'unfilled-placeholder',
    description: 'A placeholder or fill-in marker left in a draft about to be sent',
    category: 'template',
    defaultSeverity: 'error',
    weight: 20,
    options,
    messages: {
      placeholder: 'Unfilled placeholder {raw}: replace it with {role} before sending',
      'template-tag': 'Template logic {raw} left in the reply: the customer would read it as written',
      marker: 'Fill-in marker "{raw}" left in the reply: write what it asks for before sending',
    },
    critical: ['placeholder', 'template-tag', 'marker'],
    docs: {
      rationale:
        '"Hi {{customer.first_name}}" or "The fix is in INSERT SHA HERE" tells a customer they got a form letter nobody read; it is the most visible template mistake there is. A draft is about to be sent, so any placeholder syntax (Handlebars, Liquid, {name}, [NAME], %NAME%, << >>) or fill-in marker in it is critical. In a template repository placeholders are expected: with `mode: template` (or `--mode template`) this rule does not apply; nor does it to a draft with nothing to fill.',
      fix: 'Fill in every placeholder and marker, or send the template through the help desk that fills them (then lint it with `--mode template`).',
    },
    examples: {
      valid: [
        'Hi Sam,\n\nYour refund is on its way and should reach you by Friday.\n\nBest,\nMaria',
        'The release date is TBD, but I will write as soon as it is set.\n\nBest,\nMaria',
        'Please press Insert on your keyboard, then click here to continue.\n\n- Mike',
        { text: 'Hi {{ticket.requester.first_name}},\n\nYour refund is on its way.\n\nBest,\n{{current_user.first_name}}', mode: 'template' },
      ],
      invalid: [
        {
          text: 'Hi {{ticket.requester.first_name}},\n\nYour refund is on its way.\n\nBest,\nMaria',
          errors: [{ messageId: 'placeholder', line: 1, column: 4 }],
        },
        {
          text: 'Hi Sam,\n\nThe fix is in INSERT SHA/PR LINK HERE and ships in << RELEASE >>.\n\nBest,\nMaria',
          errors: [
            { messageId: 'marker', line: 3, column: 15 },
            { messageId: 'placeholder', line: 3, column: 52 },
          ],
        },
        {
          text: 'Hi Sam,\n\n{% if order.shipped %}Your order is on its way.{% endif %}\n\nBest,\nMaria',
          errors: [
            { messageId: 'template-tag', line: 3, column: 1 },
            { messageId: 'template-tag', line: 3, column: 48 },
          ],
        },
        { text: 'Thanks for reporting this. It seems we already track it at XXX.\n\n- Mike', errors: [{ messageId: 'marker', line: 1, column: 60 }] },
      ],
    },
  },
  applies(ctx, opts) {
    // A template's placeholders are filled when it is used; only a draft is about to be read.
    // A draft with nothing template-like in it has nothing to fill: N/A, so the rule does not
    // add its weight to every plain draft's score.
    if (ctx.mode !== 'draft') return false;
    return ctx.analysis.placeholders.length > 0 || (opts.markers && findMarkers(ctx.analysis.text).length > 0);
  },
  check(ctx, opts) {
    const { analysis } = ctx;
    const customer = compileOptionPatterns(opts.customerPlaceholders);
    const agent = compileOptionPatterns(opts.agentPlaceholders);
    const taken: Array<{ start: number; end: number }> = [];
    for (const placeholder of analysis.placeholders) {
      taken.push(placeholder);
      if (isControlTag(placeholder)) {
        ctx.report({ messageId: 'template-tag', data: { raw: placeholder.raw }, span: placeholder, expected: ['the text the condition would have kept'] });
        continue;
      }
      const holds = role(placeholder.name, customer, agent);
      ctx.report({
        messageId: 'placeholder',
        data: { raw: placeholder.raw, role: holds },
        span: placeholder,
        expected: [holds === "the customer's name" ? '<the customer’s first name>' : holds === 'your name' ? '<your name>' : '<the value>'],
      });
    }
    if (!opts.markers) return;
    for (const marker of findMarkers(analysis.text)) {
      // "[INSERT NAME]" is a placeholder already reported.
      if (taken.some((span) => marker.start < span.end && span.start < marker.end)) continue;
      ctx.report({ messageId: 'marker', data: { raw: marker.raw }, span: marker });
    }
  },
});
