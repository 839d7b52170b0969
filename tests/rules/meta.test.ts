// The registry matches the rules folder; every rule is documented and self-consistent.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../rules/index.js';
import { ruleDoc } from '../../src/cli/rule-docs.js';

const ruleFiles = readdirSync(new URL('../../rules/', import.meta.url))
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts' && !file.includes('.data.') && !file.includes('.model.'))
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();

describe('rule registry', () => {
  it('lists exactly the rule files, each named by its id', () => {
    expect(builtInRules.map((rule) => rule.meta.id).sort()).toEqual(ruleFiles);
  });

  for (const rule of builtInRules) {
    const { meta } = rule;
    it(`${meta.id}: has docs, examples and consistent metadata`, () => {
      expect(meta.description.length).toBeGreaterThan(10);
      expect(meta.docs.rationale.length).toBeGreaterThan(40);
      expect(meta.docs.fix.length).toBeGreaterThan(20);
      expect(meta.weight).toBeGreaterThan(0);
      expect(meta.examples.valid.length).toBeGreaterThan(0);
      expect(meta.examples.invalid.length).toBeGreaterThan(0);
      for (const id of meta.critical ?? []) expect(Object.keys(meta.messages)).toContain(id);
      // Every message id is exercised by at least one invalid example, except where noted.
      const used = new Set(meta.examples.invalid.flatMap((example) => example.errors.map((error) => error.messageId)));
      for (const messageId of Object.keys(meta.messages)) {
        if (meta.id === 'canned-duplicate' && messageId === 'boilerplate') continue; // needs a corpus: tested in tests/dedupe
        expect(used, `${meta.id}/${messageId} has no invalid example`).toContain(messageId);
      }
      // Default options parse (the schema fills every default).
      expect(meta.options.safeParse({}).success).toBe(true);
    });

    it(`${meta.id}: has a generated docs page that is up to date`, () => {
      const page = readFileSync(new URL(`../../docs/rules/${meta.id}.md`, import.meta.url), 'utf8');
      expect(page, 'run `npm run docs` after changing a rule').toBe(ruleDoc(rule));
    });
  }
});
