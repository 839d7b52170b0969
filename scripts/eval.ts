/**
 * `npm run eval`: how well the rules judge real replies, against the labelled corpora in
 * fixtures/eval (see its README for the label guidelines).
 *
 * Prints, per core rule, precision / recall / F1 and the confusion counts for twcs-random,
 * twcs-enriched, the hand-written cases and overall, with a PASS/MISS line against the targets;
 * then the same for each held-out set, labelled blind (without seeing the rules), and the e-mail
 * set (Bitext exchanges, five rules, each reply judged alone). Each was measured once blind and then
 * used to find general gaps, and the twcs sets now also train the exchange models, so their first
 * figures, kept in the README, are the unbiased ones (see fixtures/eval/README.md). Then every miss and false alarm
 * with the label's note and what the rule said; then the score distribution over all twcs
 * company replies and the calibration check. It is a report: the exit code is 0 even when a
 * target is missed.
 *
 *   node dist/scripts/eval.js [--csv PATH] [--twcs PATH] [--cases PATH] [--holdout PATH ...] [--bitext PATH] [--bitext-csv PATH] [--rule ID] [--no-details] [--show-blind]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../src/pipeline/engine.js';
import { duplicateLookup } from '../src/pipeline/duplicates.js';
import { lintReply } from '../src/pipeline/run.js';
import { readString } from '../src/readers/index.js';
import type { LintMessage, LintResult, Reply } from '../src/types.js';
import { BAD_REPLIES, GOOD_REPLIES, HIGH_BAR, LOW_BAR, type CalibrationReply } from './eval/calibration.js';
import { loadBitext, loadCases, loadTwcsLabels, loadTwcsReplies, type LabelledCase, type LabelledRecord, type WrittenSet } from './eval/corpus.js';
import { lintCorpus } from './eval/lint-corpus.js';
import { add, emptyCounts, f1, merge, outcome, precision, predicted, recall, type Counts } from './eval/metrics.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORE_RULES = ['blame-shifting', 'missing-apology', 'missing-remedy', 'missing-named-contact', 'readability', 'canned-duplicate'];
const TARGET = { precision: 0.9, recall: 0.85 };
const CORPUS = ['random', 'enriched', 'cases'] as const;
const HELD_OUT = ['holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout8', 'holdout9', 'holdout10', 'bitext', 'written', 'written2', 'written3', 'written4', 'written5', 'written6', 'written7', 'written8', 'written9', 'written10'] as const;
const SETS = [...CORPUS, ...HELD_OUT];
/**
 * Sets kept unread as the judge of the next round of fixes: their figures are printed, their
 * misses and false alarms only counted (a glance at them is enough to tune on them). `--show-blind`
 * lists them once the set is spent.
 */
const BLIND: ReadonlySet<string> = new Set(['written9', 'written10']);
const HELD_OUT_FILES = HELD_OUT.filter((set) => set.startsWith('holdout')).map((set) => `fixtures/eval/${set}.jsonl`);
const WRITTEN_FILES = HELD_OUT.filter((set) => set.startsWith('written')).map((set) => `fixtures/eval/${set}.jsonl`);

/** Every value given for a repeatable flag (`--holdout A --holdout B`). */
function flags(name: string): string[] {
  return process.argv.flatMap((arg, i) => (arg === name && process.argv[i + 1] !== undefined ? [process.argv[i + 1]!] : []));
}

const flag = (name: string): string | undefined => flags(name)[0];

const fixed = (value: number) => value.toFixed(2);
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const shorten = (text: string, max = 110) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function row(name: string, c: Counts): string {
  return `  ${name.padEnd(9)} P ${fixed(precision(c))}  R ${fixed(recall(c))}  F1 ${fixed(f1(c))}   TP ${c.tp} FP ${c.fp} FN ${c.fn} TN ${c.tn} skip ${c.skipped}`;
}

function said(messages: LintMessage[], ruleId: string): string {
  const own = messages.filter((message) => message.ruleId === ruleId);
  if (own.length === 0) return '(nothing)';
  return own.map((message) => `${message.severity} ${message.messageId}: ${shorten(message.message, 90)}`).join(' | ');
}

interface Judged {
  record: LabelledRecord;
  result: LintResult | undefined;
  text: string;
}

function histogram(scores: number[]): string[] {
  const buckets = new Array<number>(10).fill(0);
  for (const score of scores) buckets[Math.min(9, Math.floor(score / 10))]!++;
  const most = Math.max(...buckets, 1);
  return buckets.map((count, i) => {
    const label = i === 9 ? '90-100' : `${i * 10}-${i * 10 + 9}`;
    return `  ${label.padStart(6)} ${String(count).padStart(5)} ${'#'.repeat(Math.round((count / most) * 50))}`;
  });
}

async function lintCalibration(replies: CalibrationReply[], settings: Awaited<ReturnType<typeof createEngine>>['settings']): Promise<Array<{ name: string; result: LintResult }>> {
  const out: Array<{ name: string; result: LintResult }> = [];
  for (const item of replies) {
    const [read] = await readString(item.text, `${item.name}.txt`, 'text');
    if (!read) continue;
    const reply: Reply = { ...read, context: item.context, channel: item.channel };
    out.push({ name: item.name, result: lintReply(reply, settings) });
  }
  return out;
}

async function main(): Promise<void> {
  const csv = path.resolve(ROOT, flag('--csv') ?? '../shared/data/twcs/twcs-5000.csv');
  const twcsLabels = path.resolve(ROOT, flag('--twcs') ?? 'fixtures/eval/twcs.jsonl');
  const casesPath = path.resolve(ROOT, flag('--cases') ?? 'fixtures/eval/cases.jsonl');
  const bitextCsv = path.resolve(ROOT, flag('--bitext-csv') ?? '../shared/data/bench/Bitext_Sample_Customer_Support_Training_Dataset.csv');
  const bitextLabels = path.resolve(ROOT, flag('--bitext') ?? 'fixtures/eval/bitext.jsonl');
  const writtenPaths = (flags('--written').length > 0 ? flags('--written') : WRITTEN_FILES).map((file) => path.resolve(ROOT, file));
  const given = flags('--holdout');
  const holdoutPaths = (given.length > 0 ? given : HELD_OUT_FILES).map((file) => path.resolve(ROOT, file)).filter((file) => existsSync(file));
  const onlyRule = flag('--rule');
  const details = !process.argv.includes('--no-details');
  const showBlind = process.argv.includes('--show-blind');

  const { settings } = await createEngine(ROOT, { noConfigLookup: true });

  const twcsReplies = await loadTwcsReplies(csv);
  const twcsResults = lintCorpus(twcsReplies, settings);
  const twcsText = new Map(twcsReplies.map((reply) => [reply.id ?? '', reply.text]));
  const cases = await loadCases(casesPath);
  const bitext = existsSync(bitextLabels) ? await loadBitext(bitextCsv, bitextLabels) : [];
  const written: LabelledCase[] = [];
  for (const file of writtenPaths.filter((file) => existsSync(file))) written.push(...(await loadCases(file, path.basename(file, '.jsonl') as WrittenSet)));

  const judged: Judged[] = [];
  for (const record of [...loadTwcsLabels(twcsLabels), ...holdoutPaths.flatMap((file) => loadTwcsLabels(file))]) {
    if (!twcsText.has(record.id)) console.log(`warning: tweet ${record.id} is not a company reply in ${csv}`);
    judged.push({ record, result: twcsResults.get(record.id), text: twcsText.get(record.id) ?? '' });
  }
  // Cases are judged against their own thread only (no corpus: they were written one by one).
  for (const item of cases) judged.push({ record: item, result: lintReply(item.reply, settings, duplicateLookup(item.reply)), text: item.reply.text });
  // The e-mail and written sets are not labelled for canned-duplicate: each reply is judged alone.
  for (const item of [...bitext, ...written]) judged.push({ record: item, result: lintReply(item.reply, settings), text: item.reply.text });

  const heldOut = judged.filter((item) => item.record.set.startsWith('holdout')).length;
  console.log(
    `replylint eval: ${judged.length - cases.length - heldOut - bitext.length - written.length} twcs replies labelled (of ${twcsReplies.length} linted as one corpus), ${cases.length} hand-written cases, ${heldOut} held-out twcs replies, ${bitext.length} held-out e-mail exchanges (Bitext), ${written.length} held-out written exchanges (${plural(new Set(written.map((item) => item.set)).size, 'set')})`,
  );
  console.log(`targets: precision >= ${TARGET.precision}, recall >= ${TARGET.recall} (overall)\n`);

  const verdicts: string[] = [];
  for (const ruleId of CORE_RULES.filter((id) => !onlyRule || id === onlyRule)) {
    const bySet = new Map<string, Counts>(SETS.map((set) => [set, emptyCounts()]));
    const wrong: Array<{ judged: Judged; kind: 'miss' | 'false alarm' }> = [];
    for (const item of judged) {
      const label = item.record.labels[ruleId];
      if (!label) continue;
      const which = outcome(label, predicted(item.result, ruleId));
      add(bySet.get(item.record.set)!, which);
      if (which === 'fn') wrong.push({ judged: item, kind: 'miss' });
      if (which === 'fp') wrong.push({ judged: item, kind: 'false alarm' });
    }
    const overall = merge(...CORPUS.map((set) => bySet.get(set)!));
    const judgedIn = (c: Counts) => c.tp + c.fp + c.fn + c.tn > 0;
    const heldOutSets = HELD_OUT.filter((set) => judgedIn(bySet.get(set)!));
    console.log(ruleId);
    for (const set of CORPUS) console.log(row(set, bySet.get(set)!));
    console.log(row('overall', overall));
    for (const set of heldOutSets) console.log(row(set, bySet.get(set)!));
    const verdict = (name: string, c: Counts) =>
      `${precision(c) >= TARGET.precision && recall(c) >= TARGET.recall ? 'PASS' : 'MISS'} ${`${ruleId} ${name}:`.padEnd(32)} P ${fixed(precision(c))} R ${fixed(recall(c))} F1 ${fixed(f1(c))}`;
    const lines = [...(judgedIn(overall) ? [verdict('overall', overall)] : []), ...heldOutSets.map((set) => verdict(set, bySet.get(set)!))];
    for (const line of lines) {
      console.log(`  ${line}`);
      verdicts.push(line);
    }
    const unread = (item: Judged) => !showBlind && BLIND.has(item.record.set);
    const hidden = wrong.filter(({ judged: item }) => unread(item)).length;
    if (details && hidden > 0) console.log(`    (${hidden} misses and false alarms on unread blind sets are not listed; --show-blind lists them)`);
    if (details && wrong.length > 0) {
      for (const { judged: item, kind } of wrong) {
        if (unread(item)) continue;
        console.log(`    ${kind === 'miss' ? 'MISS ' : 'FALSE'} ${item.record.set}:${item.record.id} "${shorten(item.text)}"`);
        if (item.record.note) console.log(`          label: ${shorten(item.record.note, 150)}`);
        console.log(`          rule:  ${said(item.result?.messages ?? [], ruleId)}`);
      }
    }
    console.log('');
  }

  const scores = [...twcsResults.values()].map((result) => result.score).filter((score): score is number => score !== null);
  const sorted = [...scores].sort((a, b) => a - b);
  const mean = scores.reduce((sum, score) => sum + score, 0) / Math.max(1, scores.length);
  const median = sorted.length === 0 ? 0 : sorted.length % 2 === 1 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  const passed = [...twcsResults.values()].filter((result) => result.passed).length;
  console.log(`score distribution, all ${scores.length} twcs company replies: mean ${mean.toFixed(1)}, median ${median}, passed the default gate ${passed}`);
  for (const line of histogram(scores)) console.log(line);

  console.log(`\ncalibration (blames, no apology, nothing offered, no name < ${LOW_BAR}; owns, fixes, signed >= ${HIGH_BAR}):`);
  const bad = await lintCalibration(BAD_REPLIES, settings);
  const good = await lintCalibration(GOOD_REPLIES, settings);
  for (const { name, result } of bad) console.log(`  ${(result.score ?? 0) < LOW_BAR ? 'PASS' : 'MISS'} ${String(result.score).padStart(3)}  bad:  ${name}`);
  for (const { name, result } of good) console.log(`  ${(result.score ?? 0) >= HIGH_BAR ? 'PASS' : 'MISS'} ${String(result.score).padStart(3)}  good: ${name}`);

  console.log('\nsummary');
  for (const verdict of verdicts) console.log(`  ${verdict}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
