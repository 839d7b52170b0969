// What a template declares about itself (kind, rules, mode), how the mode is chosen, and the
// placeholders that stand for the agent's and the customer's names.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline/analyse.js';
import { lint, lintFiles } from '../../src/pipeline/lint.js';
import { greetingPlaceholder } from '../../src/templates/greeting.js';
import { FIXTURES } from './helpers.js';

const fixture = (name: string) => path.join(FIXTURES, name);
const ids = (result: { messages: Array<{ ruleId: string }> } | undefined) => result?.messages.map((message) => message.ruleId) ?? [];

describe('front matter settings', () => {
  it('kind: acknowledgement makes missing-remedy N/A; rules turn readability off for this template only', async () => {
    const report = await lintFiles([fixture('front-matter/acknowledgement.md'), fixture('front-matter/plain.md')], { mode: 'template', noConfigLookup: true, rules: { 'similar-template': 'off' } });
    const [acknowledgement, plain] = report.results;
    // The same text without front matter is asked for a remedy.
    expect(ids(plain)).toContain('missing-remedy');
    expect(ids(acknowledgement)).toEqual([]);
    expect(acknowledgement?.notApplicable).toContain('missing-remedy');
    expect(acknowledgement?.notApplicable).not.toContain('readability');
    expect(acknowledgement?.score).toBe(100);
  });

  it('a YAML entry declares its kind with a replylint key', async () => {
    const report = await lintFiles([fixture('repo/.github/replies.yml')], { cwd: fixture('repo') });
    const fixed = report.results.find((result) => result.id === 'Fixed in release');
    expect(fixed?.notApplicable).toContain('missing-remedy');
    const reproduce = report.results.find((result) => result.id === 'Needs reproduction');
    expect(reproduce?.notApplicable).not.toContain('missing-remedy');
  });

  it('an unknown rule or kind in front matter fails that template with one line; the others are linted', async () => {
    const report = await lintFiles([fixture('front-matter/unknown-rule.md'), fixture('front-matter/bad-kind.md'), fixture('front-matter/plain.md')], { mode: 'template', noConfigLookup: true });
    const [unknown, badKind, plain] = report.results;
    expect(unknown?.messages[0]).toMatchObject({ ruleId: 'parse-error', message: 'front matter "replylint.rules": unknown rule "missing-apolgy" (did you mean "missing-apology"?)' });
    expect(badKind?.messages[0]).toMatchObject({ ruleId: 'parse-error', line: 2 });
    expect(plain?.score).not.toBeNull();
  });
});

describe('mode', () => {
  it('a single file is a draft by default: its placeholders are unfilled', async () => {
    const report = await lintFiles([fixture('front-matter/plain.md')], { noConfigLookup: true });
    expect(ids(report.results[0])).toContain('unfilled-placeholder');
    expect(report.results[0]?.passed).toBe(false);
  });

  it('a reply collection is a set of templates by default', async () => {
    const report = await lintFiles([fixture('zendesk/macros.json')], { noConfigLookup: true });
    for (const result of report.results) expect(result.notApplicable).toContain('unfilled-placeholder');
  });

  it('the config says template for a repository; front matter can say so for one file; --mode beats both', async () => {
    const repo = await lintFiles([fixture('repo/replies')], { cwd: fixture('repo') });
    expect(repo.results.every((result) => result.notApplicable?.includes('unfilled-placeholder'))).toBe(true);
    const declared = await lintFiles([fixture('front-matter/template-mode.md')], { noConfigLookup: true });
    expect(declared.results[0]?.notApplicable).toContain('unfilled-placeholder');
    const flagged = await lintFiles([fixture('front-matter/template-mode.md'), fixture('repo/replies/shipping-delay.md')], { noConfigLookup: true, mode: 'draft' });
    for (const result of flagged.results) expect(ids(result)).toContain('unfilled-placeholder');
  });

  it('the library lint() applies the same rules to one string', async () => {
    const text = 'Hi {{ticket.requester.first_name}},\n\nYour refund was issued today.\n\nBest,\nMaria';
    expect(ids(await lint(text, { noConfigLookup: true }))).toContain('unfilled-placeholder');
    expect(ids(await lint(text, { noConfigLookup: true, mode: 'template' }))).not.toContain('unfilled-placeholder');
  });
});

describe('name placeholders', () => {
  it('a placeholder for the agent\'s name signs the reply (missing-named-contact is satisfied)', async () => {
    for (const signer of ['{{current_user.first_name}}', '{{agent.name}}', '{{ agent.name }}', '{agent_name}']) {
      const text = `Hi {{ticket.requester.first_name}},\n\nI have refunded your order today; the money should reach your account within 5 business days.\n\nBest,\n${signer}`;
      expect(ids(await lint(text, { mode: 'template', noConfigLookup: true })), signer).not.toContain('missing-named-contact');
    }
    const team = 'Hi {{ticket.requester.first_name}},\n\nI have refunded your order today.\n\nBest,\nThe Support Team';
    expect(ids(await lint(team, { mode: 'template', noConfigLookup: true }))).toContain('missing-named-contact');
  });

  it('config templates.agentPlaceholders adds a help desk\'s own agent placeholder', async () => {
    const text = 'Hi {{ticket.requester.first_name}},\n\nI have refunded your order today; the money should reach your account within 5 business days.\n\nBest,\n{{helpdesk.signer}}';
    expect(ids(await lint(text, { mode: 'template', noConfigLookup: true }))).toContain('missing-named-contact');
    expect(ids(await lint(text, { mode: 'template', noConfigLookup: true, config: { templates: { agentPlaceholders: ['^helpdesk\\.signer$'] } } }))).not.toContain('missing-named-contact');
  });

  it('a placeholder for the customer\'s name makes the greeting personal', () => {
    expect(greetingPlaceholder(analyse({ text: 'Hi {{ticket.requester.first_name}},\n\nThanks for writing.' }))?.raw).toBe('{{ticket.requester.first_name}}');
    expect(greetingPlaceholder(analyse({ text: 'Hello {customer_name},\n\nThanks.' }))?.name).toBe('customer_name');
    expect(greetingPlaceholder(analyse({ text: 'Hi there,\n\nThanks.' }))).toBeUndefined();
    expect(greetingPlaceholder(analyse({ text: 'Hi {{ticket.id}},\n\nThanks.' }))).toBeUndefined();
    expect(greetingPlaceholder(analyse({ text: 'Hi {{ticket.requester.name}},\n\nThanks.' }), ['^nobody$'])).toBeUndefined();
  });

  it('in a draft, the message says what an unfilled name placeholder should hold', async () => {
    const result = await lint('Hi {{ticket.requester.first_name}},\n\nYour refund was issued today.\n\nBest,\n{{current_user.first_name}}', { noConfigLookup: true });
    const messages = result.messages.filter((message) => message.ruleId === 'unfilled-placeholder').map((message) => message.message);
    expect(messages).toEqual([
      "Unfilled placeholder {{ticket.requester.first_name}}: replace it with the customer's name before sending",
      'Unfilled placeholder {{current_user.first_name}}: replace it with your name before sending',
    ]);
  });
});
