/** Writes docs/rules/<id>.md for every built-in rule from its metadata. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { builtInRules } from '../rules/index.js';
import { ruleDoc } from '../src/cli/rule-docs.js';

const folder = new URL('../../docs/rules/', import.meta.url);
mkdirSync(folder, { recursive: true });
for (const rule of builtInRules) {
  writeFileSync(new URL(`${rule.meta.id}.md`, folder), ruleDoc(rule));
  console.log(`docs/rules/${rule.meta.id}.md`);
}
