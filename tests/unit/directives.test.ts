import { describe, expect, it } from 'vitest';
import { lint } from '../../src/pipeline/lint.js';

const options = { noConfigLookup: true, rules: { 'missing-remedy': 'off', 'missing-apology': 'off', 'missing-named-contact': 'off' } } as const;
const ids = (result: Awaited<ReturnType<typeof lint>>) => result.messages.map((m) => `${m.ruleId}:${m.line}`);

describe('inline directives', () => {
  it('disable-next-line suppresses the named rule on the next line only', async () => {
    const text = '<!-- replylint-disable-next-line blame-shifting -- quoting our terms on request -->\nAs stated in our terms, no refunds.\nAs stated in our terms, no refunds.';
    const result = await lint(text, options);
    expect(ids(result)).toEqual(['blame-shifting:3']);
  });

  it('disable … enable covers a block, for all rules when none is named', async () => {
    const text = 'As previously mentioned, see above.\n\n<!-- replylint-disable -->\nAs previously mentioned, see above.\n<!-- replylint-enable -->\n\nAs previously mentioned, see above.';
    expect(ids(await lint(text, options))).toEqual(['blame-shifting:1', 'blame-shifting:7']);
  });

  it('works inside Handlebars and Liquid comments, which are never read as text', async () => {
    const handlebars = '{{!-- replylint-disable-next-line blame-shifting --}}\nAs previously mentioned, see above.';
    expect(ids(await lint(handlebars, options))).toEqual([]);
    const liquid = '{% comment %} replylint-disable blame-shifting {% endcomment %}\nAs previously mentioned, see above.';
    expect(ids(await lint(liquid, options))).toEqual([]);
    const jinja = '{# replylint-disable-next-line #}\nAs previously mentioned, see above.';
    expect(ids(await lint(jinja, options))).toEqual([]);
  });

  it('a suppressed finding costs no points', async () => {
    const text = '<!-- replylint-disable blame-shifting -->\nAs previously mentioned, see above.';
    expect((await lint(text, options)).score).toBe(100);
  });

  it('reports unused directives and unknown rules', async () => {
    const unused = await lint('<!-- replylint-disable-next-line readability -->\nThanks for waiting, it ships today.', options);
    expect(unused.messages.map((m) => `${m.ruleId}/${m.messageId}`)).toEqual(['directive/unused']);
    const unknown = await lint('<!-- replylint-disable blame-shiftin -->\nThanks, it ships today.', options);
    expect(unknown.messages.map((m) => `${m.ruleId}/${m.messageId}`)).toEqual(['directive/unknown-rule']);
  });

  it('a directive for a rule that is off is not unknown', async () => {
    const result = await lint('<!-- replylint-disable-next-line missing-remedy -->\nThanks, it ships today.', options);
    expect(result.messages.filter((m) => m.messageId === 'unknown-rule')).toEqual([]);
  });
});
