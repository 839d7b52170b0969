/**
 * A reply's score and verdict once the baseline has held some findings back: held findings cost
 * nothing, as a suppressed finding costs nothing in the runner. Only new findings fail the gate —
 * a template that scored 60 because of findings everybody agreed to live with still passes
 * `--min-score 80` until something new goes wrong in it.
 *
 * Penalties arrive capped per rule (the runner's scoring); re-capping the kept ones can only
 * under-count a rule whose cap an earlier, held finding had used up. That errs towards passing a
 * template whose old findings were accepted, which is the point of a baseline.
 */
import { passes, scoreMessages, type Gate, type RuleWeight } from '../scoring/score.js';
import type { LintMessage, LintResult } from '../types.js';

export interface Scoring {
  /** Every active rule of the reply's settings and its weight. */
  rules: RuleWeight[];
  gate: Gate;
}

export function rescore(result: LintResult, kept: LintMessage[], scoring: Scoring): LintResult {
  if (kept.length === result.messages.length) return result;
  if (result.score === null) return { ...result, messages: kept, passed: false };
  const notApplicable = new Set(result.notApplicable ?? []);
  const applicable = scoring.rules.filter((rule) => !notApplicable.has(rule.ruleId));
  const weighted = new Set(applicable.map((rule) => rule.ruleId));
  const scored = scoreMessages(kept.filter((message) => weighted.has(message.ruleId)), applicable);
  // Directive problems and other unweighted messages keep their place and cost nothing.
  const others = kept.filter((message) => !weighted.has(message.ruleId));
  const messages = [...scored.messages, ...others].sort((a, b) => a.line - b.line || a.column - b.column);
  return { ...result, score: scored.score, messages, passed: passes(scored.score, messages, scoring.gate) };
}
