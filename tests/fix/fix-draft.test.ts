import { describe, expect, it } from 'vitest';
import { fixDraft } from '../../src/fix/index.js';

describe('fixDraft (the library side of --fix)', () => {
  it('applies safe fixes until stable and lints the result', async () => {
    const outcome = await fixDraft('As previously mentioned, your refund was sent to the the card.\n\nBest,\nMaria\n', { noConfigLookup: true });
    expect(outcome.output).toBe('To recap, your refund was sent to the card.\n\nBest,\nMaria\n');
    expect(outcome.applied.map((fix) => [fix.ruleId, fix.before, fix.after])).toEqual([
      ['blame-shifting', 'As previously mentioned', 'To recap'],
      ['readability', ' the', ''],
    ]);
    expect(outcome.passes).toBe(1);
    expect(outcome.results[0]?.passed).toBe(true);
  });

  it('leaves a draft with nothing to fix unchanged', async () => {
    const draft = 'I have refunded your order today.\n\nBest,\nMaria\n';
    const outcome = await fixDraft(draft, { noConfigLookup: true });
    expect(outcome).toMatchObject({ output: draft, changed: false, passes: 0, applied: [], unapplied: [] });
  });

  it('refuses to rewrite an e-mail message', async () => {
    await expect(fixDraft('Subject: x\n\nHi', { format: 'eml' })).rejects.toThrow(/never rewrites .eml/);
  });
});
