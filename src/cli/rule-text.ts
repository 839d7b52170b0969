/** Text for `replylint rules` and `replylint explain <id>`. */
import type { ActiveRule } from '../pipeline/config.js';
import { closest, usageError } from '../pipeline/errors.js';
import { ruleUrl } from '../pipeline/run.js';
import type { AnyRule, InvalidExample, ValidExample } from '../rule-kit/rule.js';

export function listRules(rules: AnyRule[], active: ActiveRule[]): string {
  const on = new Map(active.map((entry) => [entry.rule.meta.id, entry]));
  const rows = rules.map((rule) => {
    const setting = on.get(rule.meta.id);
    return [rule.meta.id, setting ? setting.severity : 'off', String(setting?.weight ?? rule.meta.weight), rule.meta.description];
  });
  const header = ['rule', 'severity', 'weight', 'description'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const format = (row: string[]) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ');
  return `${[format(header), ...rows.map(format)].join('\n')}\n`;
}

function exampleText(example: string | ValidExample): string {
  const value = typeof example === 'string' ? { text: example } : example;
  const lines = value.text.split('\n').map((line) => `    ${line}`);
  if (value.context) lines.unshift(`    (customer: ${value.context})`);
  if (value.options) lines.unshift(`    (options: ${JSON.stringify(value.options)})`);
  return lines.join('\n');
}

export function explainRule(id: string, registry: Map<string, AnyRule>): string {
  const rule = registry.get(id);
  if (!rule) {
    const suggestion = closest(id, registry.keys());
    throw usageError(`unknown rule "${id}"`, suggestion ? `did you mean "${suggestion}"?` : 'run `replylint rules` to list them');
  }
  const { meta } = rule;
  const out = [
    `${meta.id} — ${meta.description}`,
    `category: ${meta.category} · default severity: ${meta.defaultSeverity} · weight: ${meta.weight}${meta.critical ? ` · critical: ${meta.critical.join(', ')}` : ''}`,
    '',
    `Why: ${meta.docs.rationale}`,
    '',
    `Instead: ${meta.docs.fix}`,
    '',
    'Messages:',
    ...Object.entries(meta.messages).map(([messageId, template]) => `  ${messageId}: ${template}`),
    '',
    'Passes:',
    ...meta.examples.valid.map(exampleText),
    '',
    'Reported:',
    ...meta.examples.invalid.map((example: InvalidExample) => `${exampleText(example)}\n    → ${example.errors.map((error) => error.messageId).join(', ')}`),
  ];
  if (meta.docs.references && meta.docs.references.length > 0) out.push('', 'References:', ...meta.docs.references.map((ref) => `  - ${ref}`));
  out.push('', `Docs: ${ruleUrl(meta.id)}`);
  return `${out.join('\n')}\n`;
}
