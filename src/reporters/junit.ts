/**
 * JUnit XML, for Jenkins, Azure DevOps, CircleCI, GitLab's test report and anything else that
 * shows test results. A file is a test suite; each reply (template) in it is a test case that
 * fails when the reply fails the gate; a file that could not be read is a test case in error.
 *
 * The failure's body lists every finding of the reply (`line:column severity message [rule]`),
 * so the CI's test view is enough to fix it; findings of a passing reply go to `system-out`.
 */
import type { LintMessage, LintResult } from '../types.js';
import type { ReportInput } from './types.js';

function escape(value: string): string {
  return (
    value
      // XML 1.0 allows no control characters but tab, newline and carriage return.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

function line(message: LintMessage): string {
  const critical = message.critical ? ' (critical)' : '';
  const suggestion = message.expected?.[0] ? ` → ${message.expected[0].replace(/\s+/g, ' ')}` : '';
  return `${message.line}:${message.column} ${message.severity}${critical} ${message.message} [${message.ruleId}]${suggestion}`;
}

function testCase(result: LintResult): string {
  const name = escape(result.id ?? result.filePath);
  const classname = escape(result.filePath);
  const score = result.score === null ? 'not linted' : `score ${result.score}/100`;
  const body = result.messages.map(line).join('\n');
  if (result.passed) {
    const out = result.messages.length > 0 ? `\n      <system-out>${escape(`${score}\n${body}`)}</system-out>\n    ` : '';
    return `    <testcase name="${name}" classname="${classname}" time="0">${out}</testcase>`;
  }
  const failing = result.messages.filter((message) => message.critical || message.severity === 'error');
  const headline = failing[0] ?? result.messages[0];
  const summary = headline ? `${headline.message} [${headline.ruleId}]` : `${score}: below the minimum score`;
  const type = headline?.ruleId ?? 'min-score';
  return [
    `    <testcase name="${name}" classname="${classname}" time="0">`,
    `      <failure message="${escape(summary)}" type="${escape(type)}">${escape(`${score}\n${body}`)}</failure>`,
    `    </testcase>`,
  ].join('\n');
}

export function junit(input: ReportInput): string {
  const byFile = new Map<string, LintResult[]>();
  for (const result of input.results) {
    const list = byFile.get(result.filePath) ?? [];
    list.push(result);
    byFile.set(result.filePath, list);
  }
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [file, results] of byFile) {
    const failed = results.filter((result) => !result.passed).length;
    tests += results.length;
    failures += failed;
    suites.push(
      [`  <testsuite name="${escape(file)}" tests="${results.length}" failures="${failed}" errors="0" skipped="0" time="0">`, ...results.map(testCase), '  </testsuite>'].join('\n'),
    );
  }
  for (const error of input.errors) {
    tests++;
    suites.push(
      [
        `  <testsuite name="${escape(error.filePath || 'replylint')}" tests="1" failures="0" errors="1" skipped="0" time="0">`,
        `    <testcase name="${escape(error.filePath || 'input')}" classname="${escape(error.filePath || 'replylint')}" time="0">`,
        `      <error message="${escape(error.message)}" type="${escape(error.kind)}">${escape(error.message)}</error>`,
        '    </testcase>',
        '  </testsuite>',
      ].join('\n'),
    );
  }
  const header = `<testsuites name="replylint" tests="${tests}" failures="${failures}" errors="${input.errors.length}" time="0">`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${header}\n${suites.join('\n')}${suites.length > 0 ? '\n' : ''}</testsuites>\n`;
}
