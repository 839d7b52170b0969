// Every rule's documented examples are its first tests: valid ones report nothing, invalid ones
// report exactly the listed message ids (and positions and severities, where given), in order, and their safe
// fixes turn the text into `output` where one is given.
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../rules/index.js';
import { applyFixes } from '../../src/fix/apply.js';
import { runRule } from '../../src/rule-kit/rule-tester.js';

for (const rule of builtInRules) {
  describe(rule.meta.id, () => {
    rule.meta.examples.valid.forEach((example, index) => {
      const value = typeof example === 'string' ? { text: example } : example;
      it(`valid #${index + 1}: ${value.text.slice(0, 50).replace(/\n/g, ' ')}`, async () => {
        const messages = await runRule(rule, value);
        expect(messages.map((m) => `${m.messageId}: ${m.message}`)).toEqual([]);
      });
    });
    rule.meta.examples.invalid.forEach((example, index) => {
      it(`invalid #${index + 1}: ${example.text.slice(0, 50).replace(/\n/g, ' ')}`, async () => {
        const messages = await runRule(rule, example);
        expect(messages.map((m) => m.messageId)).toEqual(example.errors.map((e) => e.messageId));
        example.errors.forEach((expected, i) => {
          if (expected.line !== undefined) expect(messages[i]?.line, `line of error ${i + 1}`).toBe(expected.line);
          if (expected.column !== undefined) expect(messages[i]?.column, `column of error ${i + 1}`).toBe(expected.column);
          if (expected.severity !== undefined) expect(messages[i]?.severity, `severity of error ${i + 1}`).toBe(expected.severity);
        });
        if (example.output !== undefined) {
          const fixes = messages.flatMap((m) => (m.fix ? [m.fix] : []));
          expect(applyFixes(example.text, fixes).output).toBe(example.output);
        }
      });
    });
  });
}
