// Bad template input through the CLI: one clear line per problem naming the file (and line) and
// the fix, the rest still linted, never a stack trace.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, run } from './helpers.js';

describe('bad template input', () => {
  it('malformed collections and exports are one line each; good files and entries are still linted', () => {
    const { code, stdout, stderr } = run(['fixtures/templates/bad', 'fixtures/templates/zendesk', '-f', 'json']);
    expect(code).toBe(2);
    const lines = stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^replylint: fixtures\/templates\/bad\/malformed-replies\.yml:5: invalid YAML: .+ \(fix the syntax; .+\)$/),
      expect.stringMatching(/^replylint: fixtures\/templates\/bad\/not-a-macro-export\.json: not a Zendesk macro export: .+ \(export macros as JSON from GET \/api\/v2\/macros\.json .+\)$/),
      expect.stringMatching(/^replylint: fixtures\/templates\/bad\/trailing-comma-macros\.json:4: invalid JSON \(column 3\): trailing comma before "]" \(.+\)$/),
    ]);
    expect(stderr).not.toMatch(/\n\s+at |internal error/);
    const report = parseJson(stdout);
    expect(report.errors).toHaveLength(3);
    const ids = report.results.map((result) => `${path.basename(result.filePath)}#${result.id ?? ''}`);
    expect(ids).toEqual([
      'entry-without-body-replies.yml#Good one',
      'entry-without-body-replies.yml#Missing body',
      'macro-without-actions.json#No actions here',
      'macro-without-actions.json#Broken macro',
      'macros.json#Close and redirect to topics',
      'macros.json#Returns::Damaged item',
      'macros.json#Acknowledge::New request',
      'single-macro.json#Close and Save',
    ]);
    expect(report.results.find((result) => result.id === 'Broken macro')?.messages[0]).toMatchObject({ ruleId: 'parse-error', line: 4, critical: true });
  });

  it('a corrupt cache is a notice on stderr; the outcome is the same as without it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'replylint-cli-cache-'));
    const cache = path.join(dir, 'cache.json');
    writeFileSync(cache, '{ not json');
    const withCache = run(['fixtures/templates/repo', '--cache-location', cache, '-f', 'json']);
    const without = run(['fixtures/templates/repo', '-f', 'json']);
    expect(withCache.code).toBe(without.code);
    expect(withCache.stdout).toBe(without.stdout);
    expect(withCache.stderr).toMatch(/^replylint: .*cache\.json: the cache is corrupt \(not JSON\); ignoring it and linting everything \(it is rewritten after this run\)\n$/);
    const warm = run(['fixtures/templates/repo', '--cache-location', cache, '-f', 'json']);
    expect(warm.stderr).toBe('');
    expect(warm.stdout).toBe(without.stdout);
  });

  it('the gate flags need files, not stdin', () => {
    const { code, stderr } = run(['--baseline', 'b.json'], { input: 'Hi Sam,\n\nDone.\n\nBest,\nMaria' });
    expect(code).toBe(2);
    expect(stderr).toBe('replylint: --cache, --changed-since and --baseline work on files, not on stdin (give the files or directories to lint)\n');
  });
});
