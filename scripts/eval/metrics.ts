/** Confusion counts and precision / recall / F1 for one rule over labelled replies. */
import type { LintResult } from '../../src/types.js';
import type { Label } from './corpus.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  skipped: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0, skipped: 0 });

/**
 * What the linter said about one rule: "fire" when it reported a warning or an error. Info
 * findings (sympathy only, no time, facilitation only, passive…) count as pass, as the labels do.
 */
export function predicted(result: LintResult | undefined, ruleId: string): 'fire' | 'pass' {
  return result?.messages.some((message) => message.ruleId === ruleId && message.severity !== 'info') ? 'fire' : 'pass';
}

export type Outcome = keyof Counts;

export function outcome(label: Label, prediction: 'fire' | 'pass'): Outcome {
  if (label === 'skip') return 'skipped';
  if (label === 'fire') return prediction === 'fire' ? 'tp' : 'fn';
  return prediction === 'fire' ? 'fp' : 'tn';
}

export function add(counts: Counts, which: Outcome): void {
  counts[which]++;
}

export function merge(...all: Counts[]): Counts {
  const total = emptyCounts();
  for (const counts of all) for (const key of Object.keys(total) as Outcome[]) total[key] += counts[key];
  return total;
}

/** Precision with nothing predicted, or recall with nothing to find, is 1 (nothing went wrong). */
export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}

export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}

export function f1(c: Counts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
