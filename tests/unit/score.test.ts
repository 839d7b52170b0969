import { describe, expect, it } from 'vitest';
import { passes, scoreMessages, summarize } from '../../src/scoring/score.js';
import type { LintMessage, LintResult, Severity } from '../../src/types.js';

function message(ruleId: string, penalty: number, severity: Severity = 'warning', critical = false): LintMessage {
  return {
    ruleId,
    messageId: 'x',
    source: 'replylint',
    severity,
    message: 'm',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    penalty,
    url: 'u',
    ...(critical ? { critical: true } : {}),
  };
}

const weights = [
  { ruleId: 'blame-shifting', weight: 25 },
  { ruleId: 'missing-apology', weight: 20 },
  { ruleId: 'missing-remedy', weight: 25 },
  { ruleId: 'readability', weight: 10 },
];

describe('scoreMessages', () => {
  it('is 100 with no findings', () => {
    expect(scoreMessages([], weights).score).toBe(100);
  });

  it('is earned points over possible points of the rules that apply (the README example)', () => {
    // Possible 80. Lost: apology 20 × 0.75 = 15, readability 2 × (10 × 0.3) = 6. (80 − 21) / 80 = 73.75 → 74.
    const { score, messages } = scoreMessages(
      [message('missing-apology', 15), message('readability', 3), message('readability', 3)],
      weights,
    );
    expect(score).toBe(74);
    expect(messages.map((m) => m.penalty)).toEqual([15, 3, 3]);
  });

  it('caps a rule at its weight and reports what each finding actually cost', () => {
    const { score, messages } = scoreMessages(
      [message('readability', 6), message('readability', 6), message('readability', 6)],
      weights,
    );
    expect(messages.map((m) => m.penalty)).toEqual([6, 4, 0]);
    expect(score).toBe(Math.round((100 * 70) / 80));
  });

  it('drops rules that do not apply out of the total (N/A)', () => {
    const onlyTwo = weights.slice(0, 2);
    expect(scoreMessages([message('missing-apology', 20)], onlyTwo).score).toBe(Math.round((100 * 25) / 45));
    expect(scoreMessages([message('missing-apology', 20)], weights).score).toBe(Math.round((100 * 60) / 80));
  });

  it('gives directive problems and unknown rules no cost', () => {
    const { score, messages } = scoreMessages([message('directive', 5)], weights);
    expect(score).toBe(100);
    expect(messages[0]?.penalty).toBe(0);
  });

  it('is 100 when no rule applies', () => {
    expect(scoreMessages([], []).score).toBe(100);
  });
});

describe('passes', () => {
  it('fails on a critical finding whatever the score', () => {
    expect(passes(99, [message('blame-shifting', 1, 'info', true)], { failOn: 'error' })).toBe(false);
  });
  it('fails on findings at or above failOn', () => {
    const warning = [message('readability', 1, 'warning')];
    expect(passes(90, warning, { failOn: 'error' })).toBe(true);
    expect(passes(90, warning, { failOn: 'warning' })).toBe(false);
    expect(passes(90, [message('readability', 1, 'info')], { failOn: 'warning' })).toBe(true);
  });
  it('fails below minScore', () => {
    expect(passes(69, [], { failOn: 'error', minScore: 70 })).toBe(false);
    expect(passes(70, [], { failOn: 'error', minScore: 70 })).toBe(true);
  });
  it('fails an unparsed reply (no score)', () => {
    expect(passes(null, [], { failOn: 'error' })).toBe(false);
  });
});

describe('summarize', () => {
  it('counts replies, verdicts, severities and the mean of scored replies', () => {
    const results: LintResult[] = [
      { filePath: 'a', score: 80, passed: true, messages: [message('r', 0, 'warning'), message('r', 0, 'info')] },
      { filePath: 'b', score: 41, passed: false, messages: [message('r', 0, 'error')] },
      { filePath: 'c', score: null, passed: false, messages: [message('parse-error', 0, 'error')] },
    ];
    expect(summarize(results)).toEqual({ replies: 3, passed: 1, failed: 2, errors: 2, warnings: 1, infos: 1, meanScore: 60.5 });
  });
});
