import { z } from 'zod';
import { compilePhrases, matchPhrases, type Phrase } from '../src/rule-kit/phrases.js';
import { defineRule } from '../src/rule-kit/rule.js';
import { situation } from '../src/rule-kit/speech-acts.js';
import { NON_APOLOGY, OWNERSHIP, REGRET, SYMPATHY } from './missing-apology.data.js';

type Tier = 'ownership' | 'regret' | 'sympathy' | 'non-apology';

const toPhrases = (patterns: string[], family: Tier): Phrase[] => patterns.map((pattern) => ({ pattern, family }));
const TIERS = compilePhrases([
  ...toPhrases(NON_APOLOGY, 'non-apology'),
  ...toPhrases(OWNERSHIP, 'ownership'),
  ...toPhrases(REGRET, 'regret'),
  ...toPhrases(SYMPATHY, 'sympathy'),
]);

const OWN_IT = ["I'm sorry we got this wrong.", "I'm sorry we let you down — here is what I've done: …"];

const options = z
  .object({
    /** Whether sympathy alone ("sorry to hear that") is noted as a partial apology. */
    reportSympathyOnly: z.boolean().default(true),
    /** Apply even when the customer's message does not look like a complaint. */
    always: z.boolean().default(false),
  })
  .strict();

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
    },
    docs: {
      rationale:
        'An apology works through its components: acknowledging responsibility and offering repair matter most (Lewicki, Polin & Lount 2016). "Sorry to hear that" is sympathy, not responsibility (Brooks, Dai & Schweitzer 2014), and "sorry for any inconvenience" or "we apologize if you feel…" regret hypothetical trouble or the customer\'s feelings: customers read them as evasive.',
      fix: 'Say sorry for the specific failure and own it: "I\'m sorry we shipped the wrong size." The rule does not apply to replies to plain questions or praise (with `--context`, judged from the customer\'s message; otherwise from the draft).',
      references: [
        'Lewicki, R. J., Polin, B., & Lount, R. B. (2016). An exploration of the structure of effective apologies. Negotiation and Conflict Management Research 9(2).',
        'Brooks, A. W., Dai, H., & Schweitzer, M. E. (2014). I\'m sorry about the rain! Superfluous apologies demonstrate empathic concern and increase trust. Social Psychological and Personality Science 5(4).',
      ],
    },
    examples: {
      valid: [
        "Hi Sam,\n\nI'm sorry we shipped the wrong size. I've sent the right one today by express.\n\nBest,\nMaria",
        'We apologize for the delay. Your order left our warehouse this morning. -KC',
        { text: 'Our store opens at 9am on weekdays. -KC', context: 'What time do you open on Monday?' },
        { text: "You're welcome, enjoy the new phone! ^RR", context: 'Thanks for the quick help!' },
      ],
      invalid: [
        { text: 'Your package is delayed. It will arrive next week.', errors: [{ messageId: 'missing', line: 1, column: 1 }] },
        { text: 'We are sorry for any inconvenience this may have caused.', errors: [{ messageId: 'non-apology', line: 1, column: 8 }] },
        { text: 'We apologize if you feel the service was slow.', errors: [{ messageId: 'non-apology' }] },
        { text: 'Sorry to hear that. Please DM us your order number.', context: 'My order never arrived!', errors: [{ messageId: 'sympathy-only' }] },
        { text: 'Please DM us your order number.', context: 'My order never arrived and nobody answers!', errors: [{ messageId: 'missing' }] },
      ],
    },
  },
  applies(ctx, opts) {
    if (opts.always) return true;
    return situation(ctx.analysis, ctx.reply.context) === 'complaint' || matchPhrases(ctx.analysis, TIERS).length > 0;
  },
  check(ctx, opts) {
    const matches = matchPhrases(ctx.analysis, TIERS, { skipQuoted: true });
    const found = (tier: Tier) => matches.filter((match) => match.phrase.family === tier);
    const apologised = found('ownership').length > 0 || found('regret').length > 0;

    for (const match of found('non-apology')) {
      ctx.report({
        messageId: 'non-apology',
        data: { phrase: match.text },
        span: { start: match.start, end: match.end },
        expected: OWN_IT,
        // A non-apology beside a real one costs less: the customer got an apology too.
        cost: apologised ? 0.3 : 0.75,
      });
    }
    if (apologised || found('non-apology').length > 0) return;

    const sympathy = found('sympathy')[0];
    if (sympathy) {
      if (opts.reportSympathyOnly) {
        ctx.report({
          messageId: 'sympathy-only',
          data: { phrase: sympathy.text },
          span: { start: sympathy.start, end: sympathy.end },
          expected: OWN_IT,
          severity: 'info',
          cost: 0.35,
        });
      }
      return;
    }
    if (situation(ctx.analysis, ctx.reply.context) !== 'complaint') return;
    // Reported where the body starts: that is where the apology belongs.
    const first = ctx.analysis.sentences.find((sentence) => !sentence.frame);
    const at = first?.start ?? ctx.analysis.body.start;
    ctx.report({ messageId: 'missing', span: { start: at, end: first?.end ?? at }, expected: OWN_IT, cost: 1 });
  },
});
