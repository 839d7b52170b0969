/**
 * Lints one reply: analyse once, run every active rule, turn reports into located messages,
 * apply inline directives, score. Synchronous and pure given its inputs, so it runs the same in
 * the CLI, the library, a server or a worker thread.
 */
import { NO_DUPLICATES, type DuplicateLookup } from '../rule-kit/corpus.js';
import type { Report, RuleContext } from '../rule-kit/rule.js';
import { toSourcePosition } from '../readers/source-map.js';
import { atLeast, passes, scoreMessages, type Gate } from '../scoring/score.js';
import type { Channel, LintMessage, LintResult, Mode, Reply, Severity } from '../types.js';
import { analyse } from './analyse.js';
import type { ActiveRule } from './config.js';
import { applyDirectives } from './directives.js';

export const PARSE_ERROR_RULE_ID = 'parse-error';
const DOCS = 'https://github.com/replylint/replylint/blob/main/docs/rules/';

export function ruleUrl(ruleId: string): string {
  return `${DOCS}${ruleId}.md`;
}

export interface LintSettings {
  rules: ActiveRule[];
  mode: Mode;
  channel?: Channel;
  gate: Gate;
  reportUnusedDirectives: boolean;
  /** Every rule id the config knows (on or off), so directives naming an off rule are not "unknown". */
  knownRuleIds?: Set<string>;
  /** Keep the linted text on results (for the HTML report and fixes). */
  keepText?: boolean;
}

function fill(template: string, data: Report['data']): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (data[key] === undefined ? whole : String(data[key])));
}

/** The lower of two severities: a report may ask for less than its rule's configured severity. */
function capSeverity(configured: Severity, requested: Severity | undefined): Severity {
  if (!requested) return configured;
  return atLeast(requested, configured) ? configured : requested;
}

function resultBase(reply: Reply): Pick<LintResult, 'filePath' | 'id' | 'thread' | 'author'> {
  return {
    filePath: reply.filePath,
    ...(reply.id !== undefined ? { id: reply.id } : {}),
    ...(reply.thread ? { thread: reply.thread.id } : {}),
    ...(reply.author !== undefined ? { author: reply.author } : {}),
  };
}

/** A reply its reader could not parse: one fatal message, no score, failed. */
export function fatalResult(reply: Reply): LintResult {
  const fatal = reply.fatal ?? { message: 'unreadable' };
  const line = fatal.line ?? 1;
  const column = fatal.column ?? 1;
  return {
    ...resultBase(reply),
    score: null,
    passed: false,
    messages: [
      {
        ruleId: PARSE_ERROR_RULE_ID,
        messageId: 'fatal',
        source: 'replylint',
        severity: 'error',
        message: fatal.message,
        line,
        column,
        endLine: line,
        endColumn: column,
        penalty: 0,
        critical: true,
        url: `${DOCS}../../README.md#bad-input`,
      },
    ],
  };
}

export function lintReply(reply: Reply, settings: LintSettings, duplicates: DuplicateLookup = NO_DUPLICATES): LintResult {
  if (reply.fatal) return fatalResult(reply);
  const analysis = analyse(reply);
  const channel = reply.channel ?? settings.channel;
  const messages: LintMessage[] = [];
  const applicable: Array<{ ruleId: string; weight: number }> = [];
  const notApplicable: string[] = [];

  for (const active of settings.rules) {
    const { rule } = active;
    const meta = rule.meta;
    const critical = new Set(meta.critical ?? []);
    const ctx: RuleContext = {
      reply,
      analysis,
      mode: settings.mode,
      channel,
      duplicates,
      report(report) {
        const template = meta.messages[report.messageId];
        if (template === undefined) throw new Error(`rule ${meta.id} reported unknown messageId "${report.messageId}"`);
        const start = report.span?.start ?? analysis.body.start;
        const end = Math.max(start, report.span?.end ?? start);
        const from = toSourcePosition(reply, start);
        const to = toSourcePosition(reply, end);
        const actual = reply.text.slice(start, end);
        messages.push({
          ruleId: meta.id,
          messageId: report.messageId,
          source: 'replylint',
          severity: capSeverity(active.severity, report.severity),
          message: fill(template, report.data),
          line: from.line,
          column: from.column,
          endLine: to.line,
          endColumn: to.column,
          ...(actual.trim() !== '' ? { actual } : {}),
          ...(report.expected && report.expected.length > 0 ? { expected: report.expected } : {}),
          // Uncapped here; scoring caps each rule at its weight.
          penalty: active.weight * Math.min(1, Math.max(0, report.cost ?? 1)),
          ...(critical.has(report.messageId) ? { critical: true } : {}),
          url: ruleUrl(meta.id),
          ...(report.fix ? { fix: report.fix } : {}),
          ...(report.suggestions && report.suggestions.length > 0 ? { suggestions: report.suggestions } : {}),
          offset: start,
          endOffset: end,
        });
      },
    };
    if (rule.applies && !rule.applies(ctx, active.options)) {
      notApplicable.push(meta.id);
      continue;
    }
    applicable.push({ ruleId: meta.id, weight: active.weight });
    rule.check(ctx, active.options);
  }

  const known = settings.knownRuleIds ?? new Set(settings.rules.map((active) => active.rule.meta.id));
  const { messages: kept, problems } = applyDirectives(messages, reply.directives, known, settings.reportUnusedDirectives);
  // A suppressed finding costs nothing: scoring sees only what is kept.
  const scored = scoreMessages(kept, applicable);
  const all = [...scored.messages, ...problems].sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    ...resultBase(reply),
    score: scored.score,
    passed: passes(scored.score, all, settings.gate),
    messages: all,
    ...(notApplicable.length > 0 ? { notApplicable } : {}),
    ...(settings.keepText ? { text: reply.text } : {}),
  };
}
