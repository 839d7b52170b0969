/**
 * Lint throughput on the real twcs company replies (`npm run bench lint`).
 *
 * Four modes, each in its own process so its peak RSS is its own: the full rule set as a library
 * caller runs it (V8's defaults), the same under the V8 flag of `serve`, `mcp` and `audit`, the full
 * set without spelling, and parse only (the shared analysis every rule reads). For each: replies/s
 * on one core after a warm-up pass (median of timed passes), the share of time per rule, and peak
 * RSS. Canned-duplicate clusters are built once before timing (that is the corpus engine's cost,
 * reported on its own line). Data is read from ../shared/data, never copied in.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../../src/pipeline/analyse.js';
import { v8FlagsFor } from '../../src/cli/launch.js';
import { clusterReplies } from '../../src/audit/clusters.js';
import { duplicateLookup } from '../../src/pipeline/duplicates.js';
import { createEngine } from '../../src/pipeline/engine.js';
import { lintReply, type LintSettings } from '../../src/pipeline/run.js';
import type { AnyRule } from '../../src/rule-kit/rule.js';
import type { Reply } from '../../src/types.js';
import { loadTwcsReplies } from '../eval/corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const MODES = ['full', 'full-serve', 'no-spelling', 'parse-only'] as const;
/** `full-serve` is `full` under the V8 flag of `replylint serve`, `mcp` and `audit` (launch.ts). */
const EXEC_ARGV: Partial<Record<Mode, string[]>> = { 'full-serve': v8FlagsFor('serve') };
type Mode = (typeof MODES)[number];
const PASSES = 5;

/** Wraps each rule so its `applies` and `check` time is added to `spent[rule id]`. */
function timed(settings: LintSettings, spent: Map<string, number>): LintSettings {
  const rules = settings.rules.map((active) => {
    const rule: AnyRule = active.rule;
    const id = rule.meta.id;
    const wrapped: AnyRule = {
      ...rule,
      ...(rule.applies
        ? {
            applies(ctx, options) {
              const start = performance.now();
              try {
                return rule.applies?.(ctx, options) ?? true;
              } finally {
                spent.set(id, (spent.get(id) ?? 0) + performance.now() - start);
              }
            },
          }
        : {}),
      check(ctx, options) {
        const start = performance.now();
        rule.check(ctx, options);
        spent.set(id, (spent.get(id) ?? 0) + performance.now() - start);
      },
    };
    return { ...active, rule: wrapped };
  });
  return { ...settings, rules };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function runMode(mode: Mode): Promise<void> {
  const replies: Reply[] = await loadTwcsReplies(path.resolve(ROOT, '../shared/data/twcs/twcs-5000.csv'));
  const clusterStart = performance.now();
  const { byIndex } = clusterReplies(replies);
  const clusterMs = performance.now() - clusterStart;
  const lookups = replies.map((reply, i) => duplicateLookup(reply, byIndex.get(i)));
  const overrides = mode === 'no-spelling' ? { rules: { readability: ['warn', { spelling: false }] as ['warn', Record<string, unknown>] } } : {};
  const { settings } = await createEngine(ROOT, { noConfigLookup: true, ...overrides });
  const spent = new Map<string, number>();
  const instrumented = timed(settings, spent);

  const pass = (): number => {
    const start = performance.now();
    if (mode === 'parse-only') for (const reply of replies) analyse(reply);
    else replies.forEach((reply, i) => lintReply(reply, instrumented, lookups[i]));
    return performance.now() - start;
  };
  // The first pass runs cold (JIT, spelling caches empty): reported, then excluded as warm-up.
  const cold = pass();
  spent.clear();
  const times: number[] = [];
  for (let i = 0; i < PASSES; i++) times.push(pass());
  const ms = median(times);
  const total = times.reduce((sum, time) => sum + time, 0);
  const perSecond = Math.round((replies.length / ms) * 1000);
  console.log(
    `${mode.padEnd(12)} ${String(perSecond).padStart(6)} replies/s  (${replies.length} replies, median of ${PASSES} passes after warm-up ${ms.toFixed(0)} ms; ` +
      `first, cold pass ${Math.round((replies.length / cold) * 1000)} replies/s)  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  if (mode !== 'parse-only') {
    const ruleTotal = [...spent.values()].reduce((sum, time) => sum + time, 0);
    const shares = [...spent]
      .sort((a, b) => b[1] - a[1])
      .map(([id, time]) => `${id} ${((100 * time) / total).toFixed(1)}%`)
      .join(', ');
    console.log(`${''.padEnd(12)} time share: rules ${((100 * ruleTotal) / total).toFixed(1)}% (${shares}); analysis, scoring and the rest ${((100 * (total - ruleTotal)) / total).toFixed(1)}%`);
    if (mode === 'full') console.log(`${''.padEnd(12)} corpus clusters for canned-duplicate, built once: ${clusterMs.toFixed(0)} ms`);
  }
}

const mode = process.argv[2] as Mode | undefined;
if (mode && (MODES as readonly string[]).includes(mode)) {
  await runMode(mode);
} else {
  // Each mode in its own process: peak RSS is the mode's own, and nothing warms up another.
  for (const each of MODES) {
    const run = spawnSync(process.execPath, [...(EXEC_ARGV[each] ?? []), fileURLToPath(import.meta.url), each], { stdio: 'inherit' });
    if (run.status !== 0) process.exitCode = 1;
  }
}
