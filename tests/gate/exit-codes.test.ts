// The gate's exit code on the shared template repositories follows --fail-on, --max-warnings
// and --min-score (the baseline's part is in baseline.test.ts).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSIBLE, DATA, parseJson, run } from '../templates/helpers.js';

// One cache for the file: the gate's thresholds are not part of a cached result's identity, so
// every run after the first reuses the lint and only re-decides pass or fail (itself under test).
const cache = `${mkdtempSync(path.join(tmpdir(), 'replylint-exit-'))}/`;
const lint = (...args: string[]) => run(['ansible-ticket-stubs', '--mode', 'template', '--no-config-lookup', '--cache-location', cache, '-f', 'json', ...args], { cwd: DATA });

describe('exit codes on ansible-ticket-stubs (template mode)', () => {
  it('--fail-on: the stubs have warnings but no errors', () => {
    const base = lint();
    const report = parseJson(base.stdout);
    expect(report.summary.errors).toBe(0);
    expect(report.summary.warnings).toBeGreaterThan(0);
    expect(base.code).toBe(0);
    expect(lint('--fail-on', 'warning').code).toBe(1);
  });

  it('--max-warnings: over the count fails, at the count passes', () => {
    const warnings = parseJson(lint().stdout).summary.warnings;
    const over = lint('--max-warnings', String(warnings - 1));
    expect(over.code).toBe(1);
    expect(over.stderr).toContain(`replylint: ${warnings} warnings, more than --max-warnings ${warnings - 1}`);
    expect(lint('--max-warnings', String(warnings)).code).toBe(0);
  });

  it('--min-score: fails when any template scores below it', () => {
    const scores = parseJson(lint().stdout).results.map((result) => result.score ?? 0);
    const lowest = Math.min(...scores);
    expect(lint('--min-score', String(lowest)).code).toBe(0);
    expect(lint('--min-score', String(lowest + 1)).code).toBe(1);
  });

  it('in draft mode the fill-in markers are critical: the gate fails', () => {
    const draft = run(['ansible-ticket-stubs', '--mode', 'draft', '--no-config-lookup', '-f', 'json'], { cwd: DATA });
    expect(draft.code).toBe(1);
    // Counted from the raw files: stubs with INSERT…, FILL IN, << … >> or {{ … }} in them.
    const withMarkers = ['current', 'historical'].flatMap((folder) =>
      readdirSync(path.join(ANSIBLE, folder)).filter((name) => /INSERT|FILL IN|<<|\{\{/.test(readFileSync(path.join(ANSIBLE, folder, name), 'utf8'))).map((name) => `ansible-ticket-stubs/${folder}/${name}`),
    );
    const flagged = parseJson(draft.stdout).results.filter((result) => result.messages.some((m) => m.ruleId === 'unfilled-placeholder' && m.critical)).map((result) => result.filePath);
    expect(flagged.sort()).toEqual(withMarkers.sort());
    expect(flagged).toHaveLength(14);
  });
});
