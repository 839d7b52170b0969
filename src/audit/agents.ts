/** Per-agent figures for the audit report, tallied as results stream by. */
import type { LintResult } from '../types.js';

export interface AgentSummary {
  agent: string;
  replies: number;
  failed: number;
  meanScore: number | null;
  /** Rules with the most findings, most first. */
  topRules: Array<{ ruleId: string; count: number }>;
}

interface Tally {
  replies: number;
  failed: number;
  scoreSum: number;
  scored: number;
  rules: Map<string, number>;
}

export class AgentTally {
  private readonly byAgent = new Map<string, Tally>();

  add(result: LintResult): void {
    const agent = result.author ?? '(unknown)';
    let tally = this.byAgent.get(agent);
    if (!tally) {
      tally = { replies: 0, failed: 0, scoreSum: 0, scored: 0, rules: new Map() };
      this.byAgent.set(agent, tally);
    }
    tally.replies++;
    if (!result.passed) tally.failed++;
    if (result.score !== null) {
      tally.scoreSum += result.score;
      tally.scored++;
    }
    for (const message of result.messages) tally.rules.set(message.ruleId, (tally.rules.get(message.ruleId) ?? 0) + 1);
  }

  /** Agents by number of replies, most first. */
  list(): AgentSummary[] {
    return [...this.byAgent.entries()]
      .map(([agent, tally]) => ({
        agent,
        replies: tally.replies,
        failed: tally.failed,
        meanScore: tally.scored === 0 ? null : Math.round((tally.scoreSum / tally.scored) * 10) / 10,
        topRules: [...tally.rules.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([ruleId, count]) => ({ ruleId, count })),
      }))
      .sort((a, b) => b.replies - a.replies || a.agent.localeCompare(b.agent));
  }
}
