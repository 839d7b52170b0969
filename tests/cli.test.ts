// The CLI as users run it: a subprocess of bin/replylint.js (built by `npm test`), real files.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, run } from './run-cli.js';

interface JsonReport {
  version: number;
  results: Array<{ filePath: string; score: number | null; passed: boolean; messages: Array<Record<string, unknown>> }>;
  summary: Record<string, number | null>;
  errors: Array<{ filePath: string; message: string }>;
}
const json = (stdout: string) => JSON.parse(stdout) as JsonReport;

const BAD = 'fixtures/examples/bad-reply.txt';
const GOOD = 'fixtures/examples/good-reply.txt';

describe('inputs', () => {
  it('reads a draft piped on stdin', () => {
    const { code, stdout } = run(['-f', 'json'], { input: readFileSync(path.join(root, BAD)) });
    expect(code).toBe(1);
    const report = json(stdout);
    expect(report.results[0]?.filePath).toBe('<stdin>');
    expect(report.results[0]?.messages.map((m) => m['ruleId'])).toContain('blame-shifting');
  });

  it('names stdin and picks its format with --stdin-filename', () => {
    const markdown = '# Reply\n\nAs previously mentioned, run `npm install --force` first.\n\nBest,\nMaria\n';
    const { stdout } = run(['-', '--stdin-filename', 'draft.md', '-f', 'json'], { input: markdown });
    const result = json(stdout).results[0];
    expect(result?.filePath).toBe('draft.md');
    const rebuke = result?.messages.find((m) => m['messageId'] === 'rebuke');
    expect(rebuke).toMatchObject({ line: 3, column: 1 });
  });

  it('a collection piped on stdin is every one of its replies, not the first', () => {
    const yaml = readFileSync(path.resolve(root, '../shared/data/templates/oss-saved-replies/typescript-eslint__.github__replies.yml'));
    const { stdout } = run(['-', '--stdin-filename', 'replies.yml', '--mode', 'template', '-f', 'json'], { input: yaml });
    const report = json(stdout);
    expect(report.results).toHaveLength(14);
    expect(report.summary['replies']).toBe(14);
  });

  it('lints a directory recursively, files and globs', () => {
    const dir = json(run(['fixtures/examples', '-f', 'json']).stdout);
    expect(dir.results.map((r) => r.filePath).sort()).toEqual(
      ['bad-reply.txt', 'good-reply.txt', 'html-reply.html', 'social-reply.txt', 'template.md'].map((f) => `fixtures/examples/${f}`),
    );
    const glob = json(run(['fixtures/examples/*-reply.txt', '-f', 'json']).stdout);
    expect(glob.results).toHaveLength(3);
  });

  it('honours .replylintignore', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'replylint-ignore-'));
    writeFileSync(path.join(dir, 'a.txt'), readFileSync(path.join(root, GOOD)));
    writeFileSync(path.join(dir, 'b.txt'), readFileSync(path.join(root, BAD)));
    writeFileSync(path.join(dir, '.replylintignore'), 'b.txt\n');
    const { code, stdout } = run(['.', '-f', 'json'], { cwd: dir });
    expect(json(stdout).results.map((r) => r.filePath)).toEqual(['a.txt']);
    expect(code).toBe(0);
  });

  it('uses --context to decide whether an apology is needed', () => {
    const question = run(['fixtures/cli/answer-to-question.txt', '--context', 'fixtures/cli/customer-question.txt', '-f', 'json']);
    expect(json(question.stdout).results[0]?.messages).toEqual([]);
    const complaint = run(['fixtures/cli/answer-to-question.txt', '--context', 'fixtures/cli/customer-complaint.txt', '-f', 'json']);
    expect(json(complaint.stdout).results[0]?.messages.map((m) => m['ruleId'])).toContain('missing-apology');
  });

  it('--previous makes a repeated reply a critical finding', () => {
    const { code, stdout } = run([GOOD, '--previous', GOOD, '-f', 'json']);
    const message = json(stdout).results[0]?.messages.find((m) => m['ruleId'] === 'canned-duplicate');
    expect(message).toMatchObject({ messageId: 'repeated-in-thread', critical: true, severity: 'error' });
    expect(code).toBe(1);
  });
});

describe('formats', () => {
  it('stylish: grouped by file with line:column, severity, message, rule, suggestion, score and summary', () => {
    const { stdout } = run([BAD, GOOD]);
    expect(stdout).toContain('fixtures/examples/bad-reply.txt  ✖');
    expect(stdout).toMatch(/3:65\s+error\s+Blames the customer: "You must have entered"\s+blame-shifting critical/);
    expect(stdout).toMatch(/→ I checked your order and/);
    expect(stdout).toMatch(/fixtures\/examples\/good-reply.txt {2}✔ 100\/100/);
    expect(stdout).toMatch(/problems \(\d+ errors?, \d+ warnings?, \d+ info\) · 2 replies: 1 passed, 1 failed · mean score/);
    expect(stdout).not.toMatch(/\u001b\[/);
  });

  it('json: version 1 with the documented fields', () => {
    const report = json(run([BAD, '-f', 'json']).stdout);
    expect(report.version).toBe(1);
    expect(Object.keys(report.summary).sort()).toEqual(['errors', 'failed', 'infos', 'meanScore', 'passed', 'replies', 'warnings']);
    const message = report.results[0]?.messages[0] ?? {};
    for (const key of ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'penalty', 'url']) expect(message).toHaveProperty(key);
    expect(message).not.toHaveProperty('offset');
  });

  it('sarif: 2.1.0 with rule metadata and located results', () => {
    const log = JSON.parse(run([BAD, '-f', 'sarif']).stdout) as {
      version: string;
      runs: Array<{ tool: { driver: { name: string; rules: Array<{ id: string; helpUri: string }> } }; results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }> }>;
    };
    expect(log.version).toBe('2.1.0');
    const run0 = log.runs[0];
    expect(run0?.tool.driver.name).toBe('replylint');
    expect(run0?.tool.driver.rules.find((r) => r.id === 'blame-shifting')?.helpUri).toMatch(/^https:\/\//);
    const blame = run0?.results.find((r) => r.ruleId === 'blame-shifting');
    expect(blame?.level).toBe('error');
    expect(blame?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('fixtures/examples/bad-reply.txt');
    expect(blame?.locations[0]?.physicalLocation.region.startLine).toBe(3);
  });

  it('github: workflow annotations', () => {
    const { stdout } = run([BAD, '-f', 'github']);
    expect(stdout).toMatch(/^::error file=fixtures\/examples\/bad-reply.txt,line=3,col=65,endLine=3,endColumn=\d+,title=blame-shifting::Blames the customer/m);
    expect(stdout).toMatch(/^::warning file=.*title=missing-named-contact::/m);
  });

  it('--output writes the report to a file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'replylint-out-'));
    const file = path.join(dir, 'nested/report.json');
    const { stdout } = run([GOOD, '-f', 'json', '-o', file]);
    expect(stdout).toBe('');
    expect(json(readFileSync(file, 'utf8')).results).toHaveLength(1);
  });

  it('--quiet prints errors only', () => {
    const { stdout } = run([BAD, '--quiet']);
    expect(stdout).toMatch(/error/);
    expect(stdout).not.toMatch(/^\s+\d+:\d+\s+warning/m);
  });
});

describe('gates and exit codes', () => {
  it('0 when every reply passes, 1 when one fails', () => {
    expect(run([GOOD]).code).toBe(0);
    expect(run([GOOD, BAD]).code).toBe(1);
  });

  it('--fail-on warning, --max-warnings and --min-score', () => {
    const html = 'fixtures/examples/html-reply.html';
    expect(run(['fixtures/examples/social-reply.txt', '--fail-on', 'warning']).code).toBe(0);
    expect(run([html, '--rule', 'blame-shifting:off']).code).toBe(0);
    expect(run([html, '--rule', 'blame-shifting:off', '--fail-on', 'warning']).code).toBe(1);
    expect(run([html, '--rule', 'blame-shifting:off', '--max-warnings', '0']).code).toBe(1);
    expect(run([html, '--rule', 'blame-shifting:off', '--max-warnings', '10']).code).toBe(0);
    expect(run([GOOD, '--min-score', '100']).code).toBe(0);
    expect(run([html, '--rule', 'blame-shifting:off', '--min-score', '90']).code).toBe(1);
  });

  it('--rule with options as JSON', () => {
    const report = json(run([BAD, '-f', 'json', '--rule', 'readability:["warn",{"targetGrade":12}]']).stdout);
    expect(report.results[0]?.messages.filter((m) => m['messageId'] === 'grade')).toEqual([]);
  });
});

describe('bad input: one clear line, exit 2, the rest still linted', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['a missing file', ['fixtures/nope.txt'], /^replylint: fixtures\/nope.txt: no such file or directory \(check the path\)$/m],
    ['a directory with nothing to lint', ['fixtures/cli/empty-dir'], /fixtures\/cli\/empty-dir: no draft files .* in this directory/],
    ['a binary file', ['fixtures/cli/bad-input/binary.txt'], /binary.txt: is a binary file, not a draft/],
    ['invalid UTF-8', ['fixtures/cli/bad-input/latin1.txt'], /latin1.txt:3: not valid UTF-8 \(first bad byte at line 3, column 9\) \(re-save the file as UTF-8\)/],
    ['an empty draft', ['fixtures/cli/bad-input/empty.txt'], /empty.txt: is empty: nothing to lint/],
    ['an unknown rule', [GOOD, '--rule', 'no-such-rule:error'], /unknown rule "no-such-rule"/],
    ['a bad --rule value', [GOOD, '--rule', 'readability:loud'], /unknown severity "loud"/],
    ['an unknown format', [GOOD, '-f', 'xml'], /argument 'xml' is invalid/],
    ['a missing config', [GOOD, '--config', 'nope.json'], /nope.json: cannot read config file/],
    ['no input at all', [], /no input/],
  ];
  for (const [what, args, pattern] of cases) {
    it(what, () => {
      const { code, stderr } = run(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(pattern);
      expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    });
  }

  it('keeps linting the other inputs and counts what was not linted', () => {
    const { code, stdout, stderr } = run([GOOD, 'fixtures/cli/bad-input/binary.txt', 'missing.txt', '-f', 'json']);
    expect(code).toBe(2);
    const report = json(stdout);
    expect(report.results.map((r) => r.filePath)).toEqual([GOOD]);
    expect(report.errors.map((e) => e.filePath).sort()).toEqual(['fixtures/cli/bad-input/binary.txt', 'missing.txt']);
    expect(stderr.trim().split('\n')).toHaveLength(2);
  });

  it('a malformed config file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'replylint-badcfg-'));
    writeFileSync(path.join(dir, '.replylintrc.json'), '{ "rules": { "readability": "warn", } }');
    writeFileSync(path.join(dir, 'a.txt'), 'Thanks, it ships today. -KC');
    const { code, stderr } = run(['a.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^replylint: .*\.replylintrc\.json:1: invalid JSON/);
  });
});

describe('commands', () => {
  it('rules lists every rule with severity and weight', () => {
    const { code, stdout } = run(['rules']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^blame-shifting\s+error\s+25\s+Blaming/m);
    expect(stdout.trim().split('\n')).toHaveLength(10);
  });

  it('explain prints docs and examples; an unknown id is a usage error', () => {
    const { code, stdout } = run(['explain', 'missing-apology']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Why: /);
    expect(stdout).toMatch(/sorry for any inconvenience/i);
    const unknown = run(['explain', 'missing-apolgy']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/did you mean "missing-apology"/);
  });

  it('--print-config shows the settings for a file', () => {
    const { code, stdout } = run(['--print-config', GOOD, '--rule', 'readability:off']);
    expect(code).toBe(0);
    const config = JSON.parse(stdout) as { rules: Record<string, { severity: string }>; extends: string[] };
    expect(config.rules['readability']?.severity).toBe('off');
    expect(config.extends).toContain('replylint:recommended');
  });

  it('--version and --help exit 0', () => {
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--fail-on/);
  });
});
