import { z } from 'zod';
import type { Analysis } from '../src/pipeline/analysis-types.js';
import { contentEnd, type Line } from '../src/pipeline/layout.js';
import { AGENT_NAME_PLACEHOLDERS, findPlaceholders } from '../src/pipeline/placeholders.js';
import { compileOptionPatterns } from '../src/rule-kit/phrases.js';
import { defineRule, type RuleContext } from '../src/rule-kit/rule.js';
import { isTeamName, teamNames } from '../src/rule-kit/team-names.js';
import type { Suggestion } from '../src/types.js';
import { COMPANY_WORDS, INSTITUTION, JOB_TITLE, NOT_A_NAME, NOT_INITIALS, SELF_INTRODUCTION, TEAM_WORDS } from './missing-named-contact.data.js';

const INLINE_GREETING = /^\W*(?:@\w+\W+)*(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening))\b[^.!?\n]{0,30}[,!]/i;

const CHANNELS = ['email', 'chat', 'social'] as const;

const options = z
  .object({
    /** Placeholders that will hold the agent's name (regular expressions on the placeholder's inside). */
    agentPlaceholders: z.array(z.string()).default(AGENT_NAME_PLACEHOLDERS),
    /** Accept social initials (^RR, -AD, /AY, *ALS) as a signature. */
    acceptInitials: z.boolean().default(true),
    /** The platform shows the agent's name next to every message (live chat): no sign-off needed. */
    platform: z.boolean().default(false),
    /** Channels whose platform shows the agent's name, e.g. `["chat"]` for a chat widget that does. */
    platformChannels: z.array(z.enum(CHANNELS)).default([]),
    /** In e-mail, note a reply that does not greet the customer (info). */
    emailGreeting: z.boolean().default(true),
    /** Brand or team names that are not a person when they sign ("-Acme"); @handles in the customer's message count too. */
    brandNames: z.array(z.string()).default([]),
  })
  .strict();

type Options = z.output<typeof options>;
type Verdict = 'person' | 'team' | 'none';

const isBrand = isTeamName;

/** Whether the text holds a placeholder for the agent's name ("{{agent.first_name}}"). */
function namesAgent(text: string, agentPlaceholders: RegExp[]): boolean {
  return findPlaceholders(text).some((p) => agentPlaceholders.some((pattern) => pattern.test(p.name)));
}

function judgeSigner(line: Line, style: string, agentPlaceholders: RegExp[], opts: Options, hints: string[]): Verdict {
  if (namesAgent(line.text, agentPlaceholders)) return 'person';
  const marker = /^\s*([-–—~^*/|=•]{0,2})/.exec(line.text)?.[1] ?? '';
  const trimmed = line.text.replace(/^[\s\-–—~^*/|•=]+/, '').replace(/[\s,.!;:]+$/, '').trim();
  // Dotted initials ("S.D.") are initials.
  const value = /^(?:[A-Z]\.){1,2}[A-Z]$/.test(trimmed) ? trimmed.replace(/\./g, '') : trimmed;
  if (value === '') return 'none';
  // Social initials: a signing mark (^ * ~ / =) makes them a signature whatever the letters;
  // after a dash or on their own they must not be a common abbreviation ("… ASAP", "- US").
  if (/^[A-Za-z]{1,4}$/.test(value) && !/^[A-Z][a-z]+$/.test(value)) {
    if (!opts.acceptInitials) return 'none';
    if (/[~^*/=]/.test(marker)) return 'person';
    return /^[A-Z]{1,4}$/.test(value) && !NOT_INITIALS.test(value) ? 'person' : 'none';
  }
  const words = value.split(/\s+/);
  const first = (words[0] ?? '').replace(/[,|/]+$/, '');
  if (isBrand(first, hints)) return 'team';
  // A possessive alone is a shop's name: "Marlow's", "Nando's".
  if (/^\p{Lu}\p{Ll}+['’]s$/u.test(value)) return 'team';
  // "S Khan": an initial before a surname.
  const initialAndSurname = /^[A-Z]$/.test(first) && /^\p{Lu}\p{Ll}+/u.test(words[1] ?? '');
  const personFirst = (initialAndSurname || /^[A-Z][a-zà-ÿ'’-]+(?:[A-Z][a-z]*){0,2}\.?$|^[A-Z]\.$/.test(first)) && !NOT_A_NAME.test(first.replace(/\.$/, '')) && !TEAM_WORDS.test(first);
  if (personFirst) {
    // "Cobalt Care", "Acme Support": a capitalised word followed by a team word on the same
    // segment is a team's name. A separator ("Maria | Customer Care") keeps the person.
    // "Ruth from the Bookings Team", "Priya at Brightwater", "Marta & the Brightwater team": the person comes first.
    const segment = value.split(/\s*[,|/–—(@]\s*|\s+-\s+|\s+(?:from|at|(?:&|and) the)\s+/)[0] ?? value;
    if (style !== 'block' && style !== 'delimiter' && TEAM_WORDS.test(segment.split(/\s+/).slice(1).join(' '))) return 'team';
    if ((style === 'block' || style === 'delimiter') && segment.split(/\s+/).length > 1 && TEAM_WORDS.test(segment)) return 'team';
    // "Springfield Pharmacy", "University of Northmoor": capitalised words, but a company's; "Practice Manager": a role.
    if (segment.split(/\s+/).length > 1 && (COMPANY_WORDS.test(segment) || INSTITUTION.test(segment) || JOB_TITLE.test(segment))) return 'team';
    return 'person';
  }
  // "The Office (Karen)": a person named in brackets after the team.
  const bracketed = /\((\p{Lu}\p{Ll}{1,15})\)\s*$/u.exec(value)?.[1];
  if (bracketed && !NOT_A_NAME.test(bracketed) && !TEAM_WORDS.test(bracketed) && !isBrand(bracketed, hints)) return 'person';
  if (TEAM_WORDS.test(value) || isBrand(value.replace(/\s+/g, ''), hints)) return 'team';
  return 'none';
}

/** A person introducing themselves in the body: "This is Daniel from the billing team", "you're chatting with {agent_name}". */
function selfIntroduced(analysis: Analysis, hints: string[], agentPlaceholders: RegExp[]): boolean {
  const body = analysis.plainText.slice(analysis.body.start, analysis.body.end);
  for (const match of body.matchAll(SELF_INTRODUCTION)) {
    const name = match[1] ?? match[2] ?? '';
    if (name.startsWith('{')) {
      if (namesAgent(name, agentPlaceholders)) return true;
    } else if (name && !NOT_A_NAME.test(name) && !TEAM_WORDS.test(name) && !isBrand(name, hints)) return true;
  }
  return false;
}

function signOffSuggestion(ctx: RuleContext): Suggestion {
  const text = ctx.analysis.text;
  const at = contentEnd(text);
  if (ctx.channel === 'social') return { desc: 'Sign with your initials', fix: { range: [at, at], text: ' ^{{agent.initials}}' } };
  const lastLine = text.slice(0, at).split('\n').pop() ?? '';
  const separator = lastLine.trim() === '' ? '' : '\n\n';
  return { desc: 'Sign with your name', fix: { range: [at, at], text: `${separator}Best,\n{{agent.name}}` } };
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
      'no-greeting': 'The e-mail does not greet the customer: open with "Hi <name>,"',
    },
    docs: {
      rationale:
        'A name turns "the company" into someone who is accountable and can be answered; replies signed by a person are rated warmer and more credible than team sign-offs. By channel: in e-mail a reply opens with a greeting and closes with a named sign-off (a missing greeting is noted as info); on social channels initials (^RR, -AD, /AY, *ALS, ^sp) or a bare first name after the last sentence sign the reply, and one part of a multi-tweet answer ("1/2") costs half when unsigned, since the name usually closes the last part; in live chat an agent who introduces themselves ("This is Daniel from billing") is named, and where the platform shows the agent\'s name (`platform: true` or `platformChannels: ["chat"]`) no sign-off is needed. A brand signing ("-Acme", "— Acme Support") is a team.',
      fix: 'Sign with your name, or with a placeholder your help desk fills with it: "Best,\\n{{agent.name}}"; on social, your initials. Keep a team line under your name if you like. In live chat where the platform shows your name, set `platform: true` (or `platformChannels: ["chat"]`).',
    },
    examples: {
      valid: [
        // Signatures glued to the last word, after an emoji, dotted, with a stray full stop, or Latin initials after Japanese.
        { text: 'Glad you like it-Tabby', channel: 'social' },
        { text: "You're making us blush. ☺-Sabi", channel: 'social' },
        { text: 'Please send us a DM so we can assist you better. -S.D.', channel: 'social' },
        { text: 'Is there anything I may be able to help with? ^AP .', channel: 'social' },
        { text: 'またのご利用お待ちしております(*´︶`*) TY', channel: 'social' },
        { text: 'Send a DM our way for assistance! *SageMcGowan', channel: 'social' },
        'Hi Sam,\n\nYour refund is on its way.\n\nBest,\nMaria',
        { text: 'Hi Jo, your refund is on its way.\n\nBest,\nMaria', channel: 'email' },
        // A greeting before a self-introduction; a name with its team closing the line; a name after a closing line of its own.
        { text: "Hi, Marco here from the platform team. I've rolled the release back.", channel: 'chat' },
        { text: 'The export is emailed to you within a few minutes. — Priya, Support', channel: 'chat' },
        { text: "I've signed you up for text updates. Gareth, network team", channel: 'chat' },
        { text: 'Hi Martin,\n\nThere is space for your bike on the 9th.\n\nHappy cycling,\nIsla', channel: 'email' },
        { text: "Hi Emma,\n\nI've logged a damage claim for the mirror.\n\nWith apologies,\nGareth Lewis\nOperations Manager, Carefree Removals", channel: 'email' },
        { text: 'Hi Linda,\n\nYour refund was sent on 3 May.\n\nRuth\nPawWay Pet Supplies', channel: 'email' },
        // A role in brackets, a name after a comma, a kiss, a name from the company, an emoji after it.
        { text: 'Dear Mrs Carter,\n\nThe form went to PetSure today.\n\nRegards,\nGeorgia (Reception)\nOakfield Veterinary Clinic', channel: 'email' },
        { text: 'No problem at all, Ollie here. The keys will be at the front desk until 6pm.', channel: 'chat' },
        { text: 'So glad you love it. See you next time! Bex x', channel: 'chat' },
        { text: 'Brilliant, enjoy the film! Dani from Starlight 🍿', channel: 'chat' },
        { text: 'The extra £40 is the labour fee. – Sean, Fixit Bar', channel: 'chat' },
        { text: 'Hi, Dan from member services here. Yes, you can freeze your membership for three months.', channel: 'chat' },
        'Your refund is on its way. Thanks - Mike',
        'Your refund is on its way today. ^RR',
        'Your refund is on its way today. -AD',
        'Your refund is on its way today. /AY',
        'Your refund is on its way today. *ALS',
        'Your refund is on its way today. ^sp https://example.com/help',
        'Your refund is on its way today. Head to the store on Monday for the rest. Phil.',
        { text: "@AcmeHelp I've rebooked you on the 7:15 tomorrow. ^Jane 2/2", channel: 'social' },
        'Hi {{ticket.requester.first_name}},\n\nYour refund is on its way.\n\nKind regards,\n{{current_user.first_name}}',
        { text: 'Your refund is on its way.', options: { platform: true } },
        { text: 'Your refund is on its way.', channel: 'chat', options: { platformChannels: ['chat'] } },
        { text: "You're all set - the upgrade is live now. This is Daniel from the billing team, if you need me again just reply here.", channel: 'chat' },
        // A chat greeting that names the agent, or the placeholder that will; a name before a brand or a role.
        { text: "Hi, you're chatting with Leon. Which postcode is the order going to?", channel: 'chat' },
        { text: "Hello, you're speaking with {{agent.first_name}}. I've cancelled the duplicate order.", channel: 'chat' },
        { text: 'Your meter reading is in, so the next bill will be exact. Tariq | Brightwatt', channel: 'social' },
        { text: 'So glad you enjoyed the spa day! 🌸 Warm regards, Hana (Front Desk)', channel: 'social' },
        { text: 'Hi Jo,\n\nThe invoice is attached.\n\nShout if anything looks wrong!\n\n{{agent.first_name}}\nLedgerly Support', channel: 'email' },
        // An introduction before an emoji or in Spanish; a name @ or comma its company; a title and initial over a role.
        { text: "Hi, Zofia here 😊 I've refunded the second payment just now.", channel: 'chat' },
        { text: "Hi there, I'm Sam 👋 Just tick the Gift Aid box on the donation page.", channel: 'chat' },
        { text: 'Hola, soy Lucía, de Parques Costa Dorada. Sí, admitimos perros.', channel: 'chat' },
        { text: "I've passed it on to our menu team. Fingers crossed! Ollie @ BunHouse", channel: 'social' },
        { text: "If it's cancelled you can request a full refund through your booking email. Fiona, Isla Ferries", channel: 'social' },
        { text: 'Dear Mrs Fenwick,\n\nThe coat is in lost property.\n\nMrs J. Ashby\nSchool Business Manager', channel: 'email' },
        // Accented names, a role in brackets, a name after an emoji or a dash, "my name's", a person "from" or "at" a team.
        { text: 'Your refund is on its way. Thanks, José', channel: 'social' },
        { text: 'Your refund is on its way. - Dev (Support)', channel: 'social' },
        { text: 'Your refund is on its way 🙂 Hannah', channel: 'social' },
        { text: "Thanks for waiting — Jordan here. Your refund is on its way.", channel: 'chat' },
        { text: "Hello, my name's Priya. Your refund is on its way.", channel: 'chat' },
        { text: 'Hi Jo,\n\nYour refund is on its way.\n\nThanks again\nRuth from the Bookings Team', channel: 'email' },
        { text: 'Hi Jo,\n\nYour refund is on its way.\n\nWarmly, Priya at Brightwater', channel: 'email' },
        // Under the name: a legal footer, contact lines, a P.S.; a name with its team or role.
        { text: 'Hi Jo,\n\nAll sorted now.\n\nKind regards,\nMarta\n\nThis email and any attachments are confidential and intended solely for the addressee.', channel: 'email' },
        { text: 'Hi Jo,\n\nAll sorted now.\n\nMarta\nBrightwater Customer Care\nOpening hours: Mon-Fri 9-5', channel: 'email' },
        { text: 'Hi Jo,\n\nAll sorted now.\n\nTalk soon!\nMarta\nP.S. Your voucher code is SAVE10.', channel: 'email' },
        { text: 'Hi Jo,\n\nAll sorted now.\n\nThanks so much,\nMarta & the Brightwater team', channel: 'email' },
        { text: "Hi Jo,\n\nAll sorted now, and I'll call you tomorrow to check.\n\nMarta (Customer Care)", channel: 'email' },
        { text: 'All sorted now! -Sam (he/him)', channel: 'social' },
        { text: 'All sorted now! Cheers, Tom at Brightwater', channel: 'social' },
        { text: "Hi, you're through to Leah. All sorted now.", channel: 'chat' },
        { text: 'Thanks for holding, Ana speaking. All sorted now.', channel: 'chat' },
        // A kiss or a company after a dashed name, a hashtag after a signature; "you've got Dan here".
        { text: 'Sorted! Chat soon - Mo x', channel: 'social' },
        { text: 'Sorted! - Sophie at Brightwater', channel: 'social' },
        { text: 'Sorted! -KJ #TeamBrightwater', channel: 'social' },
        { text: "Morning! You've got Dan here. Sorted!", channel: 'chat' },
        // An initial before a surname, a person in brackets after a team, a registration line under the block.
        { text: 'Hi Jo,\n\nSorted.\n\nRegards\nS Khan\nCustomer Services Advisor', channel: 'email' },
        { text: 'Hi Jo,\n\nSorted.\n\nBest wishes,\nThe Office (Karen)', channel: 'email' },
        { text: 'Hi Jo,\n\nSorted.\n\nNadia Rahman\nBilling Specialist\nBrightwater Energy Ltd\nRegistered in England and Wales No. 01234567', channel: 'email' },
      ],
      invalid: [
        // A team and a company under the body: no person, though the company looks like a name.
        { text: 'Dear Mr Brennan,\n\nDr Patel was called to an emergency this morning.\n\nReception Team\nBrightSmile Dental', channel: 'email', errors: [{ messageId: 'missing' }] },
        { text: 'Dear Mrs Okafor,\n\nI have refunded the £9.90 to your card today.\n\nKind regards,\nSpringfield Pharmacy', channel: 'email', errors: [{ messageId: 'team-only' }] },
        { text: 'Hi Tom,\n\nYes, you can defer your place.\n\nBest wishes,\nUndergraduate Admissions Team\nUniversity of Northmoor', channel: 'email', errors: [{ messageId: 'team-only' }] },
        { text: 'Hi Sam,\n\nYour refund is on its way.\n\nRegards,\nCustomer Service Dept', errors: [{ messageId: 'team-only', line: 6, column: 1 }] },
        // Under a team's line, a company's capitalised name is not a person.
        { text: 'Dear Mr Ode,\n\nThe new card was posted today.\n\nKind regards,\nMember Services Team\nHolloway Building Society', channel: 'email', errors: [{ messageId: 'team-only' }] },
        { text: 'Dear Ana,\n\nYour transcript is attached.\n\nRegards,\nRegistry Hub\nCollege of Westmarch', channel: 'email', errors: [{ messageId: 'team-only' }] },
        { text: 'Dear Ms Bell,\n\nThe viewing is now at 4pm.\n\nRegards,\nMarsh & Co Estate Agents', channel: 'email', errors: [{ messageId: 'team-only' }] },
        { text: 'Hi Tom,\n\nMirrors must be folded in before the wash.\n\nBubbles Car Wash', channel: 'email', errors: [{ messageId: 'team-only' }] },
        // A shop's possessive name after an emoji, and a team "at" a company, are no person.
        { text: "Let us know if we can help with anything else! 😊 Marlow's", channel: 'social', errors: [{ messageId: 'team-only' }] },
        { text: 'Hi Jo,\n\nYour refund is on its way.\n\nRegards,\nCustomer Care at Acme', channel: 'email', errors: [{ messageId: 'team-only' }] },
        { text: 'Hi Jo,\n\nSorted.\n\nRegards,\nCustomer Care (UK)', channel: 'email', errors: [{ messageId: 'team-only' }] },
        // A hashtag alone signs nothing; a capitalised word before it is no name.
        { text: 'Sorted! #TeamBrightwater', channel: 'social', errors: [{ messageId: 'missing' }] },
        { text: 'This Coke looks so good you can almost taste it. Almost. #TrickorTweet', channel: 'social', errors: [{ messageId: 'missing' }] },
        // A footer or an address is no signature.
        { text: 'Hi Jo,\n\nAll sorted now.\n\nThis email and any attachments are confidential.', channel: 'email', errors: [{ messageId: 'missing' }] },
        { text: 'Hi Jo,\n\nAll sorted now.\n\nThanks,\nThe Team\n\nT: 0161 555 0101', channel: 'email', errors: [{ messageId: 'team-only' }] },
        // "When speaking with our team" is no introduction.
        { text: 'Call us on 0800 123 456. When speaking with our team, have your order number ready.', channel: 'chat', errors: [{ messageId: 'missing' }] },
        // A job title or a support tier is no person.
        { text: 'Dear Mr Lewin,\n\nThe £65 charge has been removed.\n\nKind regards,\n\nPractice Manager\nParkside Dental Care', channel: 'email', errors: [{ messageId: 'team-only' }] },
        { text: 'Hi Tom,\n\nThe limit is back to 600 requests a minute.\n\nRegards,\nLedgerly Tier 2', channel: 'email', errors: [{ messageId: 'team-only' }] },
        { text: 'Your refund is on its way.\n\nThe Support Team', errors: [{ messageId: 'team-only' }] },
        { text: 'Your refund is on its way tomorrow. -Fernway', context: '@FernwayAir where is my refund?', channel: 'social', errors: [{ messageId: 'team-only' }] },
        { text: 'Your parcel will be redelivered tomorrow between 9 and 1. — Acme Support', errors: [{ messageId: 'team-only' }] },
        { text: 'Hi Sarah, your refund is on its way.', errors: [{ messageId: 'missing' }] },
        { text: 'Please send the form back ASAP', errors: [{ messageId: 'missing' }] },
        { text: 'Your refund is on its way (1/2)', errors: [{ messageId: 'missing' }] },
        { text: 'Your refund is on its way.\n\nThanks!', errors: [{ messageId: 'missing' }] },
        { text: 'Your refund is on its way.\n\nBest,\nMaria', channel: 'email', errors: [{ messageId: 'no-greeting' }] },
        { text: "I'm here to help you with your refund. Could you send me the order number?", channel: 'chat', errors: [{ messageId: 'missing' }] },
        // A feeling is not a name, nor a word before a comma and a brand.
        { text: "I'm Sorry 😞 Could you send me the order number?", channel: 'chat', errors: [{ messageId: 'missing' }] },
        { text: 'The offer has ended. Sadly, Acme Deals', channel: 'social', errors: [{ messageId: 'missing' }] },
        // A compound is not a name glued on: "Wi-Fi", "pre-Christmas".
        { text: 'Please restart the router and reconnect to Wi-Fi', channel: 'social', errors: [{ messageId: 'missing' }] },
        { text: 'The new menu launches pre-Christmas', channel: 'social', errors: [{ messageId: 'missing' }] },
      ],
    },
  },
  applies(ctx, opts) {
    return !opts.platform && !(ctx.channel !== undefined && opts.platformChannels.includes(ctx.channel));
  },
  check(ctx, opts) {
    const { analysis } = ctx;
    const hints = teamNames(ctx.reply, opts.brandNames);
    // "Hi Jo, it should arrive tomorrow." greets too, on the body's first line.
    const greetsInline = INLINE_GREETING.test(analysis.plainText.slice(analysis.body.start, analysis.body.start + 60));
    if (ctx.channel === 'email' && opts.emailGreeting && !analysis.greeting && !greetsInline) {
      ctx.report({
        messageId: 'no-greeting',
        span: { start: 0, end: 0 },
        expected: ['Hi <name>,'],
        severity: 'info',
        cost: 0.1,
        suggestions: [{ desc: 'Greet the customer', fix: { range: [0, 0], text: 'Hi {{customer.first_name}},\n\n' } }],
      });
    }
    const agentPlaceholders = compileOptionPatterns(opts.agentPlaceholders);
    const signOff = analysis.signOff;
    let team: Line | undefined;
    for (const line of signOff?.signer ?? []) {
      const verdict = judgeSigner(line, signOff?.style ?? 'block', agentPlaceholders, opts, hints);
      // Under a team's line, capitalised words name the company ("Customer Care Team\nCarrick
      // Building Society"); a person signs above the team, or through an agent placeholder.
      if (verdict === 'person' && (!team || namesAgent(line.text, agentPlaceholders))) return;
      if (verdict === 'team' && !team) team = line;
    }
    if (selfIntroduced(analysis, hints, agentPlaceholders)) return;
    // One part of a multi-part answer: the name usually closes the last part, which this linter cannot see.
    const part = analysis.threadMarker;
    const partial = part !== undefined && part.part < part.of ? 0.5 : 1;
    if (team) {
      const signer = team.text.trim().replace(/^[-–—~]\s*/, '');
      const lineStart = analysis.text.lastIndexOf('\n', team.start - 1) + 1;
      const ownLine = analysis.text.slice(lineStart, team.start).trim() === '';
      ctx.report({
        messageId: 'team-only',
        data: { signer },
        span: { start: team.start, end: team.end },
        expected: [`<your name>\n${signer}`, '{{agent.name}}'],
        cost: 0.8 * partial,
        suggestions: [
          ownLine
            ? { desc: 'Sign with your name above the team line', fix: { range: [team.start, team.start], text: '{{agent.name}}\n' } }
            : { desc: 'Sign with your name', fix: { range: [team.start, team.end], text: ctx.channel === 'social' ? '^{{agent.initials}}' : '- {{agent.name}}' } },
        ],
      });
      return;
    }
    const end = contentEnd(analysis.text);
    const at = signOff ? signOff.start : end;
    ctx.report({
      messageId: 'missing',
      span: { start: at, end: signOff ? signOff.end : end },
      expected: ctx.channel === 'social' ? ['… ^<your initials>', '… -<your first name>'] : ['Best,\n<your name>', 'Best,\n{{agent.name}}'],
      cost: partial,
      suggestions: [signOffSuggestion(ctx)],
    });
  },
});
