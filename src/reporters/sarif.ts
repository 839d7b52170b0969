/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: the rule table with help URIs,
 * one result per finding, located by a path relative to the checkout (`%SRCROOT%`).
 */
import { pathToFileURL } from 'node:url';
import type { ReportInput, RuleInfo } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const CORE_DIAGNOSTICS: RuleInfo[] = [
  { id: 'parse-error', description: 'The input could not be read or parsed', defaultSeverity: 'error', url: 'https://github.com/replylint/replylint#bad-input' },
  { id: 'directive', description: 'An inline replylint directive is unused or names an unknown rule', defaultSeverity: 'warning', url: 'https://github.com/replylint/replylint#inline-directives' },
];

export function sarif(input: ReportInput): string {
  const rules: RuleInfo[] = [...input.rules, ...CORE_DIAGNOSTICS];
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const results = input.results.flatMap((result) =>
    result.messages.map((message) => ({
      ruleId: message.ruleId,
      ...(index.has(message.ruleId) ? { ruleIndex: index.get(message.ruleId) } : {}),
      level: LEVEL[message.severity],
      message: { text: message.expected?.[0] ? `${message.message}. Try: ${message.expected[0]}` : message.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: result.filePath.split('\\').join('/'), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: message.line,
              startColumn: message.column,
              endLine: message.endLine,
              endColumn: Math.max(message.endColumn, message.endLine === message.line ? message.column + 1 : 1),
              ...(message.actual ? { snippet: { text: message.actual } } : {}),
            },
          },
        },
      ],
      partialFingerprints: { 'replylint/v1': `${message.ruleId}:${message.messageId}:${(message.actual ?? '').slice(0, 80)}` },
      properties: {
        ...(result.id ? { replyId: result.id } : {}),
        score: result.score,
        penalty: message.penalty,
        ...(message.critical ? { critical: true } : {}),
      },
    })),
  );
  const invocationErrors = input.errors.map((error) => ({
    level: 'error',
    message: { text: error.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: error.filePath.split('\\').join('/'), uriBaseId: '%SRCROOT%' } } }],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'replylint',
            version: input.version,
            informationUri: 'https://github.com/replylint/replylint',
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: rule.description },
              helpUri: rule.url,
              help: { text: `${rule.description}. See ${rule.url}` },
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity as keyof typeof LEVEL] ?? 'warning' },
              properties: { ...(rule.category ? { category: rule.category } : {}), ...(rule.weight !== undefined ? { weight: rule.weight } : {}) },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(input.cwd).href.replace(/\/?$/, '/')}` } },
        invocations: [{ executionSuccessful: input.errors.length === 0, toolExecutionNotifications: invocationErrors }],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
