/**
 * `--baseline FILE`: adopt the gate on a repository that already has findings. The baseline lists
 * the findings that exist today; a run reports (and fails on) only findings that are not in it.
 * `--update-baseline` rewrites it from the current findings, so fixed ones drop out.
 *
 * Findings are matched by fingerprint (`src/gate/fingerprint.ts`: rule, message, file, template,
 * offending text — no line numbers) with a count, so two identical findings in one template need
 * two entries, and a third one is new. Paths are stored relative to the baseline file, so the
 * baseline works from any working directory and in any checkout.
 *
 * A parse error is never baselined: a template that cannot be read must be fixed.
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { configError } from '../pipeline/errors.js';
import { PARSE_ERROR_RULE_ID } from '../pipeline/run.js';
import { SourceIndex } from '../readers/source-map.js';
import { findJsonError } from '../templates/json-error.js';
import type { LintMessage, LintResult } from '../types.js';
import { fingerprint, identify, type FindingIdentity } from './fingerprint.js';

export interface BaselineEntry extends FindingIdentity {
  fingerprint: string;
  /** How many identical findings the template had. */
  count: number;
}

export interface Baseline {
  version: 1;
  tool: 'replylint';
  entries: BaselineEntry[];
}

const HINT = 'fix it, or delete it and run with --update-baseline to write a new one';

/** Where the baseline's paths are relative to. */
export function baselineRoot(file: string, cwd: string): string {
  return path.dirname(path.resolve(cwd, file));
}

function relativeTo(root: string, cwd: string, filePath: string): string {
  return path.relative(root, path.resolve(cwd, filePath)).split(path.sep).join('/');
}

function isEntry(value: unknown): value is BaselineEntry {
  const entry = value as Partial<BaselineEntry> | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.fingerprint === 'string' &&
    typeof entry.ruleId === 'string' &&
    typeof entry.messageId === 'string' &&
    typeof entry.filePath === 'string' &&
    typeof entry.count === 'number' &&
    Number.isInteger(entry.count) &&
    entry.count > 0
  );
}

/**
 * Reads a baseline. A missing file is `undefined` when `allowMissing` (it is about to be written),
 * else an error; a malformed one is a one-line `UserError` naming the file and line.
 */
export async function loadBaseline(file: string, cwd: string, allowMissing: boolean): Promise<Baseline | undefined> {
  const absolute = path.resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && allowMissing) return undefined;
    if (code === 'ENOENT') throw configError(file, 'no such baseline file', 'create it with --update-baseline');
    throw configError(file, `cannot read the baseline (${code ?? 'error'})`, 'check the path and permissions');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // V8's messages do not always say where; the scan does.
    const problem = findJsonError(text);
    const at = problem ? new SourceIndex(text).position(problem.offset) : undefined;
    throw configError(file, `the baseline is not valid JSON${at ? ` (column ${at.column})` : ''}: ${problem?.reason ?? 'syntax error'}`, HINT, at?.line);
  }
  const candidate = parsed as Partial<Baseline> | null;
  if (typeof candidate !== 'object' || candidate === null || candidate.tool !== 'replylint' || candidate.version !== 1 || !Array.isArray(candidate.entries)) {
    throw configError(file, 'not a replylint baseline (expected { "version": 1, "tool": "replylint", "entries": [...] })', HINT);
  }
  const bad = candidate.entries.findIndex((entry) => !isEntry(entry));
  if (bad !== -1) throw configError(file, `baseline entry #${bad + 1} is malformed (needs fingerprint, ruleId, messageId, filePath and a count)`, HINT);
  return { version: 1, tool: 'replylint', entries: candidate.entries };
}

export interface BaselineContext {
  root: string;
  cwd: string;
}

function baselinable(message: LintMessage): boolean {
  return message.ruleId !== PARSE_ERROR_RULE_ID;
}

/** Splits a result's messages into the ones the baseline holds and the new ones, consuming counts. */
export function splitByBaseline(result: LintResult, remaining: Map<string, number>, context: BaselineContext): { kept: LintMessage[]; held: number } {
  const filePath = relativeTo(context.root, context.cwd, result.filePath);
  const kept: LintMessage[] = [];
  let held = 0;
  for (const message of result.messages) {
    const key = fingerprint(identify(message, filePath, result.id));
    const left = remaining.get(key) ?? 0;
    if (baselinable(message) && left > 0) {
      remaining.set(key, left - 1);
      held++;
      continue;
    }
    kept.push(message);
  }
  return { kept, held };
}

/** Counts by fingerprint, to be consumed by `splitByBaseline`. */
export function remainingCounts(baseline: Baseline | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of baseline?.entries ?? []) counts.set(entry.fingerprint, (counts.get(entry.fingerprint) ?? 0) + entry.count);
  return counts;
}

/**
 * The baseline after this run: every finding of the linted files, plus the earlier entries of
 * files this run did not lint (a `--changed-since` run, or a subset of paths), so updating from a
 * partial run never forgets the rest. Sorted, so the file diffs well in review.
 */
export function updatedBaseline(previous: Baseline | undefined, results: LintResult[], lintedFiles: Set<string>, context: BaselineContext): Baseline {
  const linted = new Set([...lintedFiles].map((file) => relativeTo(context.root, context.cwd, file)));
  const entries = new Map<string, BaselineEntry>();
  for (const entry of previous?.entries ?? []) {
    if (!linted.has(entry.filePath)) entries.set(entry.fingerprint, { ...entry });
  }
  for (const result of results) {
    const filePath = relativeTo(context.root, context.cwd, result.filePath);
    for (const message of result.messages) {
      if (!baselinable(message)) continue;
      const identity = identify(message, filePath, result.id);
      const key = fingerprint(identity);
      const existing = entries.get(key);
      if (existing) existing.count++;
      else entries.set(key, { ...identity, fingerprint: key, count: 1 });
    }
  }
  const sorted = [...entries.values()].sort(
    (a, b) => a.filePath.localeCompare(b.filePath) || (a.id ?? '').localeCompare(b.id ?? '') || a.ruleId.localeCompare(b.ruleId) || a.messageId.localeCompare(b.messageId) || a.text.localeCompare(b.text),
  );
  return { version: 1, tool: 'replylint', entries: sorted };
}

export async function writeBaseline(file: string, cwd: string, baseline: Baseline): Promise<void> {
  const absolute = path.resolve(cwd, file);
  try {
    await mkdir(path.dirname(absolute), { recursive: true });
    await writeFile(absolute, `${JSON.stringify(baseline, null, 2)}\n`);
  } catch (error) {
    throw configError(file, `cannot write the baseline (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'check the path and permissions');
  }
}
