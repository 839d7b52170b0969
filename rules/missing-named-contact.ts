import { z } from 'zod';
import { AGENT_NAME_PLACEHOLDERS, findPlaceholders } from '../src/pipeline/placeholders.js';
import { defineRule } from '../src/rule-kit/rule.js';

/** Words that make a sign-off a team's, not a person's. */
const TEAM_WORDS =
  /\b(?:team|support|service|services|care|customer|customers|dept|department|desk|help|helpdesk|center|centre|crew|staff|group|office|operations|ops|admin|administration|management|billing|sales|success|relations|experience|cx|hq|inc|ltd|llc|company)\b/i;

/** Words that start a signer line but are not names. */
const NOT_A_NAME =
  /^(?:the|our|your|my|we|us|you|team|support|customer|customers|service|thanks|thank|regards|best|cheers|sincerely|please|let|hope|have|good|great|kind|warm|all|with|from|and|or|dm|pm|asap|faq|usa|us|uk|eu|fyi|btw|ps|info|help|hi|hello|dear|sent|via|on|in|at|for|to|of|by|today|tomorrow|now|soon|here|there|ok|okay|yes|no|n\/a|tbd|etc|online|app|ios|android|iphone|http|https|www)$/i;

const options = z
  .object({
    /** Placeholders that will hold the agent's name (regular expressions on the placeholder's inside). */
    agentPlaceholders: z.array(z.string()).default(AGENT_NAME_PLACEHOLDERS),
    /** Accept social initials (^RR, -AD, /AY, *ALS) as a signature. */
    acceptInitials: z.boolean().default(true),
    /** The platform shows the agent's name (live chat): no sign-off needed. */
    platform: z.boolean().default(false),
  })
  .strict();

type Verdict = 'person' | 'team' | 'none';

function judgeSigner(text: string, agentPlaceholders: RegExp[], acceptInitials: boolean): Verdict {
  const placeholders = findPlaceholders(text);
  if (placeholders.some((p) => agentPlaceholders.some((pattern) => pattern.test(p.name)))) return 'person';
  const value = text.replace(/^[\s\-–—~^*/|•]+/, '').replace(/[\s,.!;:]+$/, '').trim();
  if (value === '') return 'none';
  if (/^[A-Z]{1,4}$/.test(value)) return acceptInitials && !NOT_A_NAME.test(value) ? 'person' : 'none';
  const first = value.split(/[\s,|/]+/)[0] ?? '';
  const personFirst = /^[A-Z][a-zà-ÿ'’-]+\.?$|^[A-Z]\.$/.test(first) && !NOT_A_NAME.test(first.replace(/\.$/, '')) && !TEAM_WORDS.test(first);
  if (personFirst) return 'person';
  if (TEAM_WORDS.test(value)) return 'team';
  return 'none';
}

export default defineRule({
  meta: {
    id: 'missing-named-contact',
    description: 'No person to answer to: unsigned, or signed only by a team',
    category: 'ownership',
    defaultSeverity: 'warning',
    weight: 10,
    options,
    messages: {
      missing: 'The reply is not signed by a person the customer can answer to',
      'team-only': 'Signed by a team ("{signer}"), not a person the customer can answer to',
    },
    docs: {
      rationale:
        'A name turns "the company" into someone who is accountable and can be answered; replies signed by a person are rated warmer and more credible than team sign-offs. On social channels initials (^RR, -AD, /AY, *ALS) do this job.',
      fix: 'Sign with your name, or with a placeholder your help desk fills with it: "Best,\\n{{agent.name}}". In live chat where the platform shows your name, set `platform: true`.',
    },
    examples: {
      valid: [
        'Hi Sam,\n\nYour refund is on its way.\n\nBest,\nMaria',
        'Your refund is on its way. Thanks - Mike',
        'Your refund is on its way today. ^RR',
        'Your refund is on its way today. -AD',
        'Your refund is on its way today. /AY',
        'Your refund is on its way today. *ALS',
        'Hi {{ticket.requester.first_name}},\n\nYour refund is on its way.\n\nKind regards,\n{{current_user.first_name}}',
        { text: 'Your refund is on its way.', options: { platform: true } },
      ],
      invalid: [
        { text: 'Hi Sam,\n\nYour refund is on its way.\n\nRegards,\nCustomer Service Dept', errors: [{ messageId: 'team-only', line: 6, column: 1 }] },
        { text: 'Your refund is on its way.\n\nThe Support Team', errors: [{ messageId: 'team-only' }] },
        { text: 'Hi Sarah, your refund is on its way.', errors: [{ messageId: 'missing' }] },
        { text: 'Please send the form back ASAP', errors: [{ messageId: 'missing' }] },
        { text: 'Your refund is on its way (1/2)', errors: [{ messageId: 'missing' }] },
        { text: 'Your refund is on its way.\n\nThanks!', errors: [{ messageId: 'missing' }] },
      ],
    },
  },
  applies(ctx, opts) {
    return !opts.platform;
  },
  check(ctx, opts) {
    const { analysis } = ctx;
    const agentPlaceholders = opts.agentPlaceholders.map((pattern) => new RegExp(pattern, 'i'));
    const signOff = analysis.signOff;
    let team: { text: string; start: number; end: number } | undefined;
    for (const line of signOff?.signer ?? []) {
      const verdict = judgeSigner(line.text, agentPlaceholders, opts.acceptInitials);
      if (verdict === 'person') return;
      if (verdict === 'team' && !team) team = line;
    }
    if (team) {
      ctx.report({
        messageId: 'team-only',
        data: { signer: team.text.trim() },
        span: { start: team.start, end: team.end },
        expected: [`<your name>\n${team.text.trim()}`, '{{agent.name}}'],
        cost: 0.8,
      });
      return;
    }
    const end = analysis.text.replace(/\s+$/, '').length;
    const at = signOff ? signOff.start : end;
    ctx.report({
      messageId: 'missing',
      span: { start: at, end: signOff ? signOff.end : end },
      expected: ctx.channel === 'social' ? ['… ^<your initials>', '… -<your first name>'] : ['Best,\n<your name>', 'Best,\n{{agent.name}}'],
      cost: 1,
    });
  },
});
