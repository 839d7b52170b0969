// JUnit XML and GitLab Code Quality: pure functions of results, checked on a crafted report and
// through the CLI on the fixture repository.
import { describe, expect, it } from 'vitest';
import { codequality } from '../../src/reporters/codequality.js';
import { junit } from '../../src/reporters/junit.js';
import type { ReportInput } from '../../src/reporters/types.js';
import type { LintMessage } from '../../src/types.js';
import { run } from '../templates/helpers.js';

const message = (overrides: Partial<LintMessage>): LintMessage => ({
  ruleId: 'blame-shifting',
  messageId: 'blames-customer',
  source: 'replylint',
  severity: 'error',
  message: 'Blames the customer: "You must have" <entered> & more',
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 14,
  actual: 'You must have',
  penalty: 25,
  url: 'https://example.com',
  ...overrides,
});

const input: ReportInput = {
  results: [
    { filePath: 'replies/a.md', score: 40, passed: false, messages: [message({ critical: true }), message({ ruleId: 'readability', messageId: 'spelling', severity: 'warning', message: 'Unknown word "teh"', line: 5, column: 7, actual: 'teh' })] },
    { filePath: 'replies/a.md', id: 'Second "one"', score: 95, passed: true, messages: [message({ ruleId: 'readability', messageId: 'grade', severity: 'info', message: 'Reads at grade 9', actual: 'x' })] },
    { filePath: 'replies/b.yml', id: 'Clean', score: 100, passed: true, messages: [] },
  ],
  summary: { replies: 3, passed: 2, failed: 1, errors: 1, warnings: 1, infos: 1, meanScore: 78.3 },
  errors: [{ filePath: 'replies/broken.json', message: 'replies/broken.json:4: invalid JSON (column 3): trailing comma before "]"', kind: 'input' }],
  rules: [],
  cwd: '/repo',
  version: '0.1.0',
  color: false,
};

describe('junit', () => {
  const xml = junit(input);

  it('a suite per file, a test case per reply, a failure for a failing reply, an error for an unreadable file', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="replylint" tests="4" failures="1" errors="1"')).toBe(true);
    expect(xml).toContain('<testsuite name="replies/a.md" tests="2" failures="1" errors="0"');
    expect(xml).toContain('<testsuite name="replies/b.yml" tests="1" failures="0"');
    expect(xml).toMatch(/<testcase name="replies\/a\.md" classname="replies\/a\.md" time="0">\n\s+<failure message="Blames the customer: &quot;You must have&quot; &lt;entered&gt; &amp; more \[blame-shifting\]" type="blame-shifting">score 40\/100\n3:1 error \(critical\)/);
    expect(xml).toContain('5:7 warning Unknown word &quot;teh&quot; [readability]');
    expect(xml).toContain('<testcase name="Second &quot;one&quot;" classname="replies/a.md" time="0">\n      <system-out>score 95/100\n3:1 info Reads at grade 9 [readability]</system-out>');
    expect(xml).toContain('<testcase name="Clean" classname="replies/b.yml" time="0"></testcase>');
    expect(xml).toContain('<error message="replies/broken.json:4: invalid JSON (column 3): trailing comma before &quot;]&quot;" type="input">');
  });

  it('is well-formed: every element closed, nothing unescaped', () => {
    const withoutDeclaration = xml.replace(/^<\?xml[^>]*\?>\n/, '');
    const stack: string[] = [];
    for (const tag of withoutDeclaration.matchAll(/<(\/?)([a-z-]+)[^>]*?(\/?)>/g)) {
      if (tag[3] === '/') continue;
      if (tag[1] === '/') expect(stack.pop()).toBe(tag[2]);
      else stack.push(tag[2] as string);
    }
    expect(stack).toEqual([]);
    expect(withoutDeclaration.replace(/<[^>]+>/g, '')).not.toMatch(/[<>]|&(?!amp;|lt;|gt;|quot;)/);
  });
});

describe('codequality', () => {
  const issues = JSON.parse(codequality(input)) as Array<Record<string, unknown> & { location: { path: string; lines: { begin: number } } }>;

  it('one issue per finding and per unreadable file, in GitLab\'s fields', () => {
    expect(issues).toHaveLength(4);
    expect(issues[0]).toMatchObject({ type: 'issue', check_name: 'blame-shifting', severity: 'critical', location: { path: 'replies/a.md', lines: { begin: 3 } } });
    expect(issues[1]).toMatchObject({ severity: 'minor' });
    expect(issues[2]).toMatchObject({ severity: 'info', description: 'Reads at grade 9 [Second "one"]' });
    expect(issues[3]).toMatchObject({ check_name: 'parse-error', severity: 'blocker', location: { path: 'replies/broken.json', lines: { begin: 1 } } });
  });

  it('fingerprints are unique and do not move with line numbers', () => {
    const fingerprints = issues.map((issue) => issue.fingerprint);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
    const moved = JSON.parse(codequality({ ...input, results: input.results.map((result) => ({ ...result, messages: result.messages.map((m) => ({ ...m, line: m.line + 10 })) })) })) as typeof issues;
    expect(moved.map((issue) => issue.fingerprint)).toEqual(fingerprints);
  });
});

describe('through the CLI', () => {
  it('--format junit and --format codequality on the fixture repository', () => {
    const xml = run(['fixtures/templates/repo', '-f', 'junit']);
    expect(xml.code).toBe(0);
    expect(xml.stdout).toMatch(/<testsuite name="fixtures\/templates\/repo\/\.github\/replies\.yml" tests="2" failures="0"/);
    const quality = run(['fixtures/templates/repo', '-f', 'codequality']);
    const parsed = JSON.parse(quality.stdout) as Array<{ check_name: string; location: { path: string } }>;
    expect(parsed).toContainEqual(expect.objectContaining({ check_name: 'similar-template', location: expect.objectContaining({ path: 'fixtures/templates/repo/replies/refund-issued.md' }) }));
  });
});
