/** Markdown documentation of a rule, generated from its metadata (`npm run docs` writes docs/rules/). */
import type { AnyRule, ValidExample } from '../rule-kit/rule.js';

function block(example: string | ValidExample): string {
  const value = typeof example === 'string' ? { text: example } : example;
  const notes = [
    value.context ? `Customer wrote: "${value.context}"` : '',
    value.options ? `Options: \`${JSON.stringify(value.options)}\`` : '',
    value.previousReplies ? `Earlier reply in the thread: "${value.previousReplies.join('" / "')}"` : '',
    value.mode ? `Mode: \`${value.mode}\`` : '',
    value.templates ? `Other templates in the repository: "${value.templates.join('" / "')}"` : '',
  ].filter(Boolean);
  return `${notes.map((note) => `${note}\n\n`).join('')}\`\`\`text\n${value.text}\n\`\`\``;
}

export function ruleDoc(rule: AnyRule): string {
  const { meta } = rule;
  const schema = meta.options.safeParse({});
  const defaults = schema.success ? JSON.stringify(schema.data, null, 2) : '{}';
  const lines = [
    `# ${meta.id}`,
    '',
    `> ${meta.description}`,
    '',
    `| category | default severity | weight | critical findings |`,
    `|---|---|---|---|`,
    `| ${meta.category} | ${meta.defaultSeverity} | ${meta.weight} | ${(meta.critical ?? []).join(', ') || '—'} |`,
    '',
    '## Why',
    '',
    meta.docs.rationale,
    '',
    '## What to write instead',
    '',
    meta.docs.fix,
    '',
    '## Messages',
    '',
    ...Object.entries(meta.messages).map(([id, template]) => `- \`${id}\`: ${template}`),
    '',
    '## Options (defaults)',
    '',
    '```json',
    defaults,
    '```',
    '',
    '## Examples that pass',
    '',
    ...meta.examples.valid.map(block).flatMap((text) => [text, '']),
    '## Examples that are reported',
    '',
    ...meta.examples.invalid.flatMap((example) => [
      block(example),
      '',
      `Reported: ${example.errors.map((error) => `\`${error.messageId}\``).join(', ')}`,
      '',
      ...(example.output !== undefined && example.output !== example.text ? ['Fixed by `--fix`:', '', block(example.output), ''] : []),
    ]),
  ];
  if (meta.docs.references && meta.docs.references.length > 0) {
    lines.push('## References', '', ...meta.docs.references.map((ref) => `- ${ref}`), '');
  }
  lines.push('_Generated from the rule\'s metadata by `npm run docs`._', '');
  return lines.join('\n');
}
