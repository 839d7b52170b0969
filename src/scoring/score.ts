/**
 * Scoring, after QA scorecards (Zendesk QA, MaestroQA, Playvox): every rule is a weighted
 * category; a rule that does not apply drops out (N/A); a rule can lose at most its weight; some
 * findings are critical and fail the reply whatever the total ("auto-fail").
 *
 *   score = 100 × (Σ weight − Σ lost) / Σ weight      over the rules that apply
 *   lost  = min(weight, Σ weight × cost of its findings)
 *
 * Pure functions of messages and rule weights; documented with a worked example in the README.
 */
import type { LintMessage, LintResult, Severity, Summary } from '../types.js';

export interface RuleWeight {
  ruleId: string;
  weight: number;
}

export interface ScoredMessages {
  score: number;
  /** The same messages, `penalty` set to the points each one actually cost (after the cap). */
  messages: LintMessage[];
}

/**
 * Caps each rule's loss at its weight and computes the score. `messages[].penalty` comes in as the
 * uncapped cost (weight × cost) and goes out as the points the finding took, in report order.
 */
export function scoreMessages(messages: LintMessage[], applicable: RuleWeight[]): ScoredMessages {
  const weights = new Map(applicable.map((rule) => [rule.ruleId, rule.weight]));
  const remaining = new Map(weights);
  const scored = messages.map((message) => {
    const left = remaining.get(message.ruleId);
    if (left === undefined) return { ...message, penalty: 0 };
    const penalty = Math.min(left, Math.max(0, message.penalty));
    remaining.set(message.ruleId, left - penalty);
    return { ...message, penalty: round(penalty) };
  });
  let total = 0;
  let lost = 0;
  for (const [ruleId, weight] of weights) {
    total += weight;
    lost += weight - (remaining.get(ruleId) ?? weight);
  }
  const score = total === 0 ? 100 : Math.round((100 * (total - lost)) / total);
  return { score, messages: scored };
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold];
}

export interface Gate {
  /** Fail a reply with any finding at or above this severity. */
  failOn: Severity;
  /** Fail a reply scoring below this. */
  minScore?: number;
}

/** Whether one reply passes: no critical finding, nothing at or above `failOn`, score high enough. */
export function passes(score: number | null, messages: LintMessage[], gate: Gate): boolean {
  if (score === null) return false;
  if (messages.some((message) => message.critical)) return false;
  if (messages.some((message) => atLeast(message.severity, gate.failOn))) return false;
  return gate.minScore === undefined || score >= gate.minScore;
}

export function summarize(results: LintResult[]): Summary {
  const summary: Summary = { replies: results.length, passed: 0, failed: 0, errors: 0, warnings: 0, infos: 0, meanScore: null };
  let scoreSum = 0;
  let scored = 0;
  for (const result of results) {
    if (result.passed) summary.passed++;
    else summary.failed++;
    if (result.score !== null) {
      scoreSum += result.score;
      scored++;
    }
    for (const message of result.messages) {
      if (message.severity === 'error') summary.errors++;
      else if (message.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  summary.meanScore = scored === 0 ? null : round(scoreSum / scored);
  return summary;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
