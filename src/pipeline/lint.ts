/**
 * The library API: lint a draft string, or files. The CLI is built on these; everything it does
 * is reachable from here.
 */
import path from 'node:path';
import { readDraftFile, readString, type DraftFormat } from '../readers/index.js';
import { summarize } from '../scoring/score.js';
import type { Channel, LintReport, LintResult, Reply } from '../types.js';
import { duplicateLookup } from './duplicates.js';
import { createEngine, EngineCache, type Overrides } from './engine.js';
import { UserError } from './errors.js';
import { lintReply } from './run.js';

export interface LintOptions extends Overrides {
  /** The customer's message this draft answers: decides whether an apology is needed, and more. */
  context?: string;
  /** The team's earlier replies in this thread, oldest first: a repeat is a critical finding. */
  previousReplies?: string[];
  /** How the text is written; by default from `filePath`'s extension, else plain text. */
  format?: DraftFormat;
  /** A name for the text in results (and its format by extension). Default `<text>`. */
  filePath?: string;
  /** Where config discovery starts and relative paths resolve. Default `process.cwd()`. */
  cwd?: string;
  channel?: Channel;
}

/** Adds what the caller knows about the conversation (customer message, channel, earlier replies) to a reply. */
export function withConversation(reply: Reply, options: Pick<LintOptions, 'context' | 'channel' | 'previousReplies'>): Reply {
  return {
    ...reply,
    ...(options.context !== undefined ? { context: options.context } : {}),
    ...(options.channel ? { channel: options.channel } : {}),
    ...(options.previousReplies && options.previousReplies.length > 0
      ? { thread: { id: reply.thread?.id ?? reply.filePath, position: options.previousReplies.length, previousReplies: options.previousReplies } }
      : {}),
  };
}

/**
 * Lints one draft. Resolves to the result object the JSON reporter prints.
 * Throws a `UserError` for a bad config or an empty draft.
 */
export async function lint(text: string, options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const filePath = options.filePath ?? '<text>';
  const engine = await createEngine(cwd, options, cwd);
  const replies = await readString(text, filePath, options.format);
  const reply = withConversation(replies[0] ?? { filePath, text, segments: [] }, options);
  return lintReply(reply, engine.settings, duplicateLookup(reply));
}

export interface LintFilesReport extends LintReport {
  /** Inputs that could not be linted at all (missing, binary, not UTF-8, empty), one line each. */
  errors: Array<{ filePath: string; message: string; kind: string }>;
  /** The most warnings the config allows (for the gate), when set. */
  maxWarnings?: number;
}

/** Lints files, directories and globs. Bad inputs are reported in `errors`; the rest is linted. */
export async function lintFiles(patterns: string[], options: LintOptions = {}): Promise<LintFilesReport> {
  const cwd = options.cwd ?? process.cwd();
  const rootEngine = await createEngine(cwd, options, cwd);
  // Loaded here, not at startup: globbing is only for files, never for a draft string.
  const { expandPaths } = await import('../readers/files.js');
  const { files, errors: expansionErrors } = await expandPaths(patterns, cwd, rootEngine.resolved.ignorePatterns);
  const engines = new EngineCache(options, cwd);
  const results: LintResult[] = [];
  const errors: LintFilesReport['errors'] = expansionErrors.map(toError);
  for (const file of files) {
    const display = path.relative(cwd, file) || file;
    let replies: Reply[];
    try {
      replies = await readDraftFile(file, display);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      errors.push(toError(error));
      continue;
    }
    const engine = await engines.forDirectory(path.dirname(file));
    for (const reply of replies) {
      const conversed = withConversation(reply, options);
      results.push(lintReply(conversed, engine.settings, duplicateLookup(conversed)));
    }
  }
  return {
    version: 1,
    results,
    summary: summarize(results),
    errors,
    ...(rootEngine.resolved.maxWarnings !== undefined ? { maxWarnings: rootEngine.resolved.maxWarnings } : {}),
  };
}

function toError(error: UserError): { filePath: string; message: string; kind: string } {
  return { filePath: error.where ?? '', message: error.format(), kind: error.kind };
}
