/**
 * The terminal reporter, after ESLint's stylish: grouped by reply, one finding per line
 * (line:column, severity, message, rule id), then the offending text and the suggested wording,
 * the reply's score, and a summary line.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { LintMessage, LintResult, Severity } from '../types.js';
import type { ReportInput } from './types.js';

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };

function paint(chalk: ChalkInstance, severity: Severity, text: string): string {
  return severity === 'error' ? chalk.red(text) : severity === 'warning' ? chalk.yellow(text) : chalk.blue(text);
}

function oneLine(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function header(chalk: ChalkInstance, result: LintResult): string {
  const name = chalk.underline(result.id ? `${result.filePath}#${result.id}` : result.filePath);
  if (result.score === null) return `${name}  ${chalk.red('✖ not linted')}`;
  const score = `${result.score}/100`;
  const verdict = result.passed ? chalk.green(`✔ ${score}`) : chalk.red(`✖ ${score}`);
  return `${name}  ${verdict}`;
}

function messageLines(chalk: ChalkInstance, message: LintMessage, widths: { place: number; severity: number }): string[] {
  const place = `${message.line}:${message.column}`.padEnd(widths.place);
  const severity = paint(chalk, message.severity, LABEL[message.severity].padEnd(widths.severity));
  const critical = message.critical ? ` ${chalk.red.bold('critical')}` : '';
  const lines = [`  ${chalk.dim(place)}  ${severity}  ${message.message}  ${chalk.dim(message.ruleId)}${critical}`];
  const indent = ' '.repeat(2 + widths.place + 2 + widths.severity + 2);
  if (message.actual && !message.message.includes(oneLine(message.actual, 60))) lines.push(`${indent}${chalk.dim('│')} ${chalk.dim(oneLine(message.actual))}`);
  const suggestion = message.expected?.find((text) => text.trim() !== '');
  if (suggestion) lines.push(`${indent}${chalk.green('→')} ${chalk.green(oneLine(suggestion))}`);
  return lines;
}

export function stylish(input: ReportInput): string {
  const { block, end } = stylishStream(input.color);
  return input.results.map(block).join('') + end(input);
}

/**
 * The same output in pieces, for a stream of results (the audit of a big mailbox): each result's
 * block as it comes, then the footer. every `block` and then `end` equals `stylish`.
 */
export function stylishStream(color: boolean): { block: (result: LintResult) => string; end: (input: Pick<ReportInput, 'errors' | 'summary'>) => string } {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  return { block: (result) => resultBlock(chalk, result), end: (input) => footer(chalk, input) };
}

function resultBlock(chalk: ChalkInstance, result: LintResult): string {
  const out = [header(chalk, result)];
  const place = Math.max(0, ...result.messages.map((m) => `${m.line}:${m.column}`.length));
  const severity = Math.max(0, ...result.messages.map((m) => LABEL[m.severity].length));
  for (const message of result.messages) out.push(...messageLines(chalk, message, { place, severity }));
  if (result.notApplicable && result.notApplicable.length > 0) {
    out.push(chalk.dim(`  n/a: ${result.notApplicable.join(', ')}`));
  }
  return `${out.join('\n')}\n\n`;
}

function footer(chalk: ChalkInstance, input: Pick<ReportInput, 'errors' | 'summary'>): string {
  const out: string[] = [];
  for (const error of input.errors) out.push(`${chalk.red('✖')} ${error.message}`);
  if (input.errors.length > 0) out.push('');

  const { summary } = input;
  const problems = summary.errors + summary.warnings + summary.infos;
  const counts = `${problems} problem${problems === 1 ? '' : 's'} (${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}, ${summary.infos} info)`;
  const replies = `${summary.replies} repl${summary.replies === 1 ? 'y' : 'ies'}: ${summary.passed} passed, ${summary.failed} failed`;
  const mean = summary.meanScore === null ? '' : ` · mean score ${summary.meanScore}`;
  const unread = input.errors.length > 0 ? ` · ${input.errors.length} input${input.errors.length === 1 ? '' : 's'} not linted` : '';
  const ok = summary.failed === 0 && input.errors.length === 0;
  out.push((ok ? chalk.green('✔ ') : chalk.red.bold('✖ ')) + `${counts} · ${replies}${mean}${unread}`);
  return `${out.join('\n')}\n`;
}
