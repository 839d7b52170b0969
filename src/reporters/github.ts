/** GitHub Actions workflow commands: one annotation per finding, shown on the pull request's diff. */
import type { ReportInput } from './types.js';

const escapeData = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function github(input: ReportInput): string {
  const lines: string[] = [];
  for (const result of input.results) {
    const file = escapeProperty(result.filePath);
    for (const message of result.messages) {
      const properties = [
        `file=${file}`,
        `line=${message.line}`,
        `col=${message.column}`,
        `endLine=${message.endLine}`,
        `endColumn=${message.endColumn}`,
        `title=${escapeProperty(message.ruleId)}`,
      ].join(',');
      const suggestion = message.expected?.[0] ? ` Try: ${message.expected[0]}` : '';
      const where = result.id ? ` [${result.id}]` : '';
      lines.push(`::${COMMAND[message.severity]} ${properties}::${escapeData(message.message + suggestion + where)}`);
    }
  }
  for (const error of input.errors) {
    lines.push(`::error file=${escapeProperty(error.filePath)},title=replylint::${escapeData(error.message)}`);
  }
  const { summary } = input;
  lines.push(`replylint: ${summary.replies} replies, ${summary.passed} passed, ${summary.failed} failed, mean score ${summary.meanScore ?? 'n/a'}`);
  return `${lines.join('\n')}\n`;
}
