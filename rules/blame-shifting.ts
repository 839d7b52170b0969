import { z } from 'zod';
import { compilePhrases, matchPhrases, sentenceAt, type CompiledPhrases } from '../src/rule-kit/phrases.js';
import { defineRule } from '../src/rule-kit/rule.js';
import { findRemedies } from '../src/rule-kit/remedies.js';
import { DISPUTE_CUES, FAMILIES, GOOD_NEWS, PHRASES, type Family } from './blame-shifting.data.js';

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

function capitalise(template: string, like: string): string {
  return /^[A-Z]/.test(like) ? template.charAt(0).toUpperCase() + template.slice(1) : template;
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
        'An account that shifts responsibility onto the customer, a policy or a third party leaves the customer less satisfied than no explanation at all (Davidow 2003). Blaming the customer fails the reply outright.',
      fix: 'Own the problem and say what you did: "I checked your order and …", "I\'ve contacted the carrier and will update you by Friday." Troubleshooting steps, third parties named while you act, and records cited as good news are not blame.',
      references: [
        'Davidow, M. (2003). Organizational responses to customer complaints. Journal of Service Research 5(3).',
      ],
    },
    examples: {
      valid: [
        'Hi Dana,\n\nPlease check Settings > Notifications and make sure alerts are on. If they are, tell me and I will look deeper.\n\nBest,\nMaria',
        "Hi Dana,\n\nI've opened a claim with the carrier and I'll update you by Friday.\n\nBest,\nMaria",
        'Our records show your refund was issued on May 3, so it should reach your card within 5 days. -KC',
        { text: 'Here is the clause you asked for: "Refunds are available within 30 days of purchase." -AD', context: 'Can you quote me your refund policy?' },
      ],
      invalid: [
        { text: 'You must have entered the wrong address when you ordered.', errors: [{ messageId: 'blames-customer', line: 1, column: 1 }] },
        { text: 'Please contact the seller about this, as the item is not ours.', errors: [{ messageId: 'deflection' }] },
        { text: 'Our records indicate the package was delivered on Monday.', errors: [{ messageId: 'records-dispute' }] },
        { text: 'As previously mentioned, refunds take 10 days.', errors: [{ messageId: 'rebuke', line: 1, column: 1 }] },
        { text: 'Please understand that we are very busy right now.', errors: [{ messageId: 'lecture' }] },
        { text: 'As stated in our terms, we do not refund opened items.', errors: [{ messageId: 'cites-policy' }] },
        { text: 'Unfortunately there is nothing more we can do.', errors: [{ messageId: 'refusal' }] },
        { text: 'All you need to do is click the button.', errors: [{ messageId: 'condescension', line: 1, column: 1 }] },
      ],
    },
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
    if (matches.length === 0) return;

    // A third party named while the team acts is ownership, not deflection.
    const acting = findRemedies(ctx.reply, analysis).some((remedy) => remedy.kind === 'done' || remedy.kind === 'committed');
    const askedAboutPolicy = ctx.reply.context !== undefined && /\b(?:policy|policies|terms|t&c)\b[^.!]*\?/i.test(ctx.reply.context);

    for (const match of matches) {
      const family = match.phrase.family as Family;
      if (!enabled.has(family)) continue;
      if (family === 'deflection' && acting) continue;
      if (family === 'cites-policy' && askedAboutPolicy) continue;
      if (family === 'records-dispute') {
        const sentence = analysis.sentences[sentenceAt(analysis, match.start)];
        const claim = sentence ? analysis.plainText.slice(match.end, sentence.end) : '';
        if (!DISPUTE_CUES.test(claim) || GOOD_NEWS.test(claim)) continue;
      }
      const party = /\b(?:the|your|a|their) (?:\w+ )?(\w+(?: \w+)?)$/i.exec(match.text)?.[1] ?? 'other company';
      const expected = (match.phrase.expected ?? []).map((text) => capitalise(text.replace('{party}', party), match.text));
      const replacement = match.phrase.replacement;
      ctx.report({
        messageId: family,
        data: { phrase: match.text },
        span: { start: match.start, end: match.end },
        expected,
        cost: match.phrase.cost ?? 1,
        ...(replacement ? { fix: { range: [match.start, match.end], text: capitalise(replacement, match.text) } } : {}),
      });
    }
  },
});
