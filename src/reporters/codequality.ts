/**
 * GitLab Code Quality report (a JSON array of issues, the subset of the Code Climate spec GitLab
 * reads): `description`, `check_name`, `fingerprint`, `severity`, `location.path`,
 * `location.lines.begin`. GitLab shows new and fixed issues on the merge request by comparing
 * fingerprints with the target branch's report, so the fingerprint is the baseline's — rule,
 * message, file, template and offending text, no line numbers — with an occurrence number for
 * identical findings, since GitLab needs them unique.
 */
import { fingerprint, identify } from '../gate/fingerprint.js';
import type { LintMessage } from '../types.js';
import type { ReportInput } from './types.js';

type Severity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

function severity(message: LintMessage): Severity {
  if (message.critical) return 'critical';
  return message.severity === 'error' ? 'major' : message.severity === 'warning' ? 'minor' : 'info';
}

export function codequality(input: ReportInput): string {
  const seen = new Map<string, number>();
  const issues = input.results.flatMap((result) =>
    result.messages.map((message) => {
      const path = result.filePath.split('\\').join('/');
      const base = fingerprint(identify(message, path, result.id));
      const occurrence = (seen.get(base) ?? 0) + 1;
      seen.set(base, occurrence);
      const where = result.id ? ` [${result.id}]` : '';
      return {
        type: 'issue',
        description: `${message.message}${where}`,
        check_name: message.ruleId,
        fingerprint: occurrence === 1 ? base : `${base}-${occurrence}`,
        severity: severity(message),
        categories: ['Style'],
        location: { path, lines: { begin: message.line, end: message.endLine } },
      };
    }),
  );
  const failures = input.errors.map((error) => ({
    type: 'issue',
    description: error.message,
    check_name: 'parse-error',
    fingerprint: `input-${fingerprint({ ruleId: 'input', messageId: error.kind, filePath: error.filePath, text: error.message })}`,
    severity: 'blocker' as Severity,
    categories: ['Bug Risk'],
    location: { path: error.filePath.split('\\').join('/'), lines: { begin: 1 } },
  }));
  return `${JSON.stringify([...issues, ...failures], null, 2)}\n`;
}
