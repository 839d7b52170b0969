/**
 * `replylint --fix` and `--fix-dry-run`. Files are fixed in place (the report that follows is the
 * ordinary lint of the fixed files); a draft on stdin is fixed to stdout (the report goes to
 * stderr, so stdout is only the draft). A dry run writes nothing: stdout is a unified diff of the
 * safe fixes (a patch `git apply` takes), stderr lists what was not applied and the suggestions.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Io } from '../cli/io.js';
import { EXIT } from '../cli/io.js';
import { EngineCache, createEngine, type Overrides } from '../pipeline/engine.js';
import { UserError } from '../pipeline/errors.js';
import { expandPaths } from '../readers/files.js';
import { decodeUtf8, formatOf } from '../readers/index.js';
import { unifiedDiff } from './diff.js';
import { fixSource, type Conversation, type FixOutcome } from './fix-source.js';

export interface FixCliOptions {
  fix?: boolean;
  fixDryRun?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
}

/** Lints again after fixing, with the command's own options (the ordinary lint command). */
export type Relint = (paths: string[], io: Io) => Promise<number>;

interface FixJob {
  /** Name shown to the user (relative to cwd, or the stdin name). */
  name: string;
  outcome: FixOutcome;
}

const BOM = '\ufeff';

function describe(job: FixJob, dryRun: boolean): string[] {
  const lines: string[] = [];
  const { outcome, name } = job;
  const verb = dryRun ? 'would fix' : 'fixed';
  if (outcome.applied.length > 0) lines.push(`${name}: ${verb} ${outcome.applied.length} problem${outcome.applied.length === 1 ? '' : 's'} in ${outcome.passes} pass${outcome.passes === 1 ? '' : 'es'}`);
  for (const skipped of outcome.unapplied) lines.push(`${name}:${skipped.line}:${skipped.column}: fix not applied (${skipped.ruleId}): ${skipped.reason}`);
  for (const suggestion of outcome.suggestions) {
    lines.push(`${name}:${suggestion.line}:${suggestion.column}: suggestion, not applied (${suggestion.ruleId}): ${suggestion.desc}${suggestion.fix.text.trim() ? ` → ${JSON.stringify(suggestion.fix.text)}` : ''}`);
  }
  return lines;
}

/** Reads a draft file's source for fixing; undefined when the lint that follows will report it. */
async function readSource(file: string, display: string): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return undefined;
  }
  if (bytes.subarray(0, 8000).includes(0)) return undefined;
  try {
    return decodeUtf8(bytes, display);
  } catch {
    return undefined;
  }
}

/** Fixes one source, keeping a byte-order mark where it was (readers strip it before offsets). */
async function fixText(source: string, name: string, engine: Awaited<ReturnType<typeof createEngine>>, conversation: Conversation): Promise<FixOutcome> {
  const bom = source.startsWith(BOM);
  const outcome = await fixSource(bom ? source.slice(1) : source, { filePath: name, settings: engine.settings, conversation });
  return bom ? { ...outcome, output: BOM + outcome.output } : outcome;
}

export async function runFix(
  paths: string[],
  options: FixCliOptions,
  overrides: Overrides,
  conversation: Conversation,
  io: Io,
  relint: Relint,
): Promise<number> {
  const cwd = io.cwd;
  const dryRun = Boolean(options.fixDryRun);
  const implicitStdin = paths.length === 0 && !options.stdin && !io.stdinIsTty;
  const useStdin = Boolean(options.stdin) || paths.includes('-') || implicitStdin;
  const filePaths = paths.filter((p) => p !== '-');
  const jobs: FixJob[] = [];
  const notes: string[] = [];
  let failed = false;
  let inputErrors = false;

  if (filePaths.length > 0) {
    const root = await createEngine(cwd, overrides, cwd);
    const { files, errors } = await expandPaths(filePaths, cwd, root.resolved.ignorePatterns);
    if (errors.length > 0) inputErrors = true;
    const engines = new EngineCache(overrides, cwd);
    for (const file of files) {
      const name = path.relative(cwd, file) || file;
      if (formatOf(file) === 'eml') {
        notes.push(`${name}: not fixed: --fix never rewrites .eml files or mailboxes`);
        continue;
      }
      const source = await readSource(file, name);
      if (source === undefined) {
        inputErrors = true;
        continue;
      }
      let outcome: FixOutcome;
      try {
        outcome = await fixText(source, name, await engines.forDirectory(path.dirname(file)), conversation);
      } catch (error) {
        if (!(error instanceof UserError) || error.kind !== 'input') throw error;
        inputErrors = true;
        continue;
      }
      jobs.push({ name, outcome });
      if (outcome.results.some((result) => !result.passed)) failed = true;
      if (dryRun) io.stdout(unifiedDiff(name, source, outcome.output));
      else if (outcome.changed) await writeFile(file, outcome.output);
    }
  }

  let fixedStdin: string | undefined;
  let stdinBytes: Buffer | undefined;
  if (useStdin) {
    const bytes = await io.stdin();
    stdinBytes = bytes;
    const name = options.stdinFilename ?? '<stdin>';
    const source = bytes && bytes.length > 0 && !bytes.subarray(0, 8000).includes(0) ? safeDecode(bytes, name) : undefined;
    if (source === undefined) {
      inputErrors = true;
    } else {
      const engine = await createEngine(cwd, overrides, cwd);
      try {
        const outcome = await fixText(source, name, engine, conversation);
        jobs.push({ name, outcome });
        if (outcome.results.some((result) => !result.passed)) failed = true;
        fixedStdin = outcome.output;
        if (dryRun) io.stdout(unifiedDiff(name.replace(/^<|>$/g, ''), source, outcome.output));
      } catch (error) {
        if (!(error instanceof UserError) || error.kind !== 'input') throw error;
        inputErrors = true;
      }
    }
  }

  for (const job of jobs) notes.push(...describe(job, dryRun));
  for (const note of notes) io.stderr(`replylint: ${note}\n`);

  // stdin can be read once: the lint that follows reads the fixed draft (or the bytes as they came).
  const replayStdin = async () => (fixedStdin !== undefined ? Buffer.from(fixedStdin, 'utf8') : stdinBytes);
  if (dryRun) {
    // Input errors are named by the lint; a dry run prints only the diff and its notes.
    if (inputErrors) return relint(paths, { ...io, stdout: () => undefined, stdin: replayStdin });
    return failed ? EXIT.failed : EXIT.ok;
  }
  if (!useStdin) return relint(paths, io);
  // The fixed draft is the output; the report of what is left goes to stderr.
  if (fixedStdin !== undefined) io.stdout(fixedStdin);
  return relint(paths, { ...io, stdout: io.stderr, stdin: replayStdin });
}

function safeDecode(bytes: Buffer, name: string): string | undefined {
  try {
    return decodeUtf8(bytes, name);
  } catch {
    return undefined;
  }
}
