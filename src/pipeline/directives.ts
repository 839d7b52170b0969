/**
 * Inline directives, ESLint-style, in source coordinates:
 *   <!-- replylint-disable rule-a, rule-b -- reason -->   … <!-- replylint-enable -->
 *   <!-- replylint-disable-next-line rule -->
 *   <!-- replylint-disable-line rule -->                   (at the end of the line)
 * A directive that suppressed nothing, or names an unknown rule, is reported itself.
 */
import type { Directive, LintMessage } from '../types.js';

export const DIRECTIVE_RULE_ID = 'directive';
const URL = 'https://github.com/replylint/replylint#inline-directives';

function before(line: number, column: number, otherLine: number, otherColumn: number): boolean {
  return line < otherLine || (line === otherLine && column < otherColumn);
}

function names(directive: Directive, ruleId: string): boolean {
  return directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId);
}

function problem(directive: Directive, messageId: string, message: string): LintMessage {
  return {
    ruleId: DIRECTIVE_RULE_ID,
    messageId,
    source: 'replylint',
    severity: 'warning',
    message,
    line: directive.line,
    column: directive.column,
    endLine: directive.endLine,
    endColumn: directive.endColumn,
    penalty: 0,
    url: URL,
  };
}

/** Whether `directive` suppresses `message`. */
function suppresses(directive: Directive, message: LintMessage, directives: Directive[]): boolean {
  if (!names(directive, message.ruleId)) return false;
  switch (directive.kind) {
    case 'disable-line':
      return message.line === directive.line;
    case 'disable-next-line':
      return message.line === directive.endLine + 1;
    case 'disable': {
      if (before(message.line, message.column, directive.line, directive.column)) return false;
      // Until the first later `enable` that re-enables this rule.
      const enable = directives.find(
        (other) => other.kind === 'enable' && names(other, message.ruleId) && before(directive.line, directive.column, other.line, other.column),
      );
      return !enable || before(message.line, message.column, enable.line, enable.column);
    }
    case 'enable':
      return false;
  }
}

export interface DirectiveOutcome {
  messages: LintMessage[];
  /** Unused directives and unknown rule ids. */
  problems: LintMessage[];
}

export function applyDirectives(messages: LintMessage[], directives: Directive[] | undefined, knownRuleIds: Set<string>, reportUnused: boolean): DirectiveOutcome {
  if (!directives || directives.length === 0) return { messages, problems: [] };
  const used = new Set<Directive>();
  const kept = messages.filter((message) => {
    let suppressed = false;
    for (const directive of directives) {
      if (suppresses(directive, message, directives)) {
        used.add(directive);
        suppressed = true;
      }
    }
    return !suppressed;
  });
  const problems: LintMessage[] = [];
  for (const directive of directives) {
    const unknown = directive.ruleIds.filter((id) => !knownRuleIds.has(id));
    if (unknown.length > 0) {
      problems.push(problem(directive, 'unknown-rule', `Directive names unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')}`));
      continue;
    }
    if (reportUnused && directive.kind !== 'enable' && !used.has(directive)) {
      const what = directive.ruleIds.length > 0 ? ` (${directive.ruleIds.join(', ')})` : '';
      problems.push(problem(directive, 'unused', `Unused replylint-${directive.kind} directive${what}: nothing was reported here`));
    }
  }
  return { messages: kept, problems };
}
