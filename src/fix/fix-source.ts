/**
 * `--fix` for one source text: lint, map each safe fix from text to source offsets, apply the
 * non-overlapping ones, lint the new source again, up to ten passes or until nothing changes
 * (ESLint's multipass). Suggestions are never applied here: they are listed for the caller.
 */
import { inputError } from '../pipeline/errors.js';
import { withConversation, type LintOptions } from '../pipeline/lint.js';
import { duplicateLookup } from '../pipeline/duplicates.js';
import { lintReply, type LintSettings } from '../pipeline/run.js';
import { formatOf, readString, type DraftFormat } from '../readers/index.js';
import type { Fix, LintMessage, LintResult, Reply } from '../types.js';
import { applyFixes } from './apply.js';
import { SourceRangeMapper } from './source-ranges.js';

export const MAX_PASSES = 10;

export type Conversation = Pick<LintOptions, 'context' | 'channel' | 'previousReplies'>;

export interface FixSourceOptions {
  /** Names the source in results and picks its format by extension. */
  filePath: string;
  format?: DraftFormat;
  settings: LintSettings;
  conversation?: Conversation;
  maxPasses?: number;
}

/** A finding whose edit was applied. Positions are those of the pass that applied it. */
export interface AppliedFix {
  ruleId: string;
  messageId: string;
  line: number;
  column: number;
  /** The source text replaced, and what replaced it. */
  before: string;
  after: string;
}

/** A finding that still carries a fix after the last pass, and why it was not applied. */
export interface UnappliedFix {
  ruleId: string;
  messageId: string;
  line: number;
  column: number;
  reason: string;
}

/** An edit offered by a rule for someone to choose; `--fix` never applies it. */
export interface OfferedSuggestion {
  ruleId: string;
  line: number;
  column: number;
  desc: string;
  fix: Fix;
}

export interface FixOutcome {
  /** The fixed source (the input when nothing applied). */
  output: string;
  changed: boolean;
  passes: number;
  applied: AppliedFix[];
  unapplied: UnappliedFix[];
  suggestions: OfferedSuggestion[];
  /** Lint results of `output`: what is left after fixing. */
  results: LintResult[];
}

interface Linted {
  reply: Reply;
  result: LintResult;
}

async function lintSource(source: string, options: FixSourceOptions): Promise<Linted[]> {
  const replies = await readString(source, options.filePath, options.format);
  return replies.map((read) => {
    const reply = withConversation(read, options.conversation ?? {});
    return { reply, result: lintReply(reply, options.settings, duplicateLookup(reply)) };
  });
}

interface Candidate {
  message: LintMessage;
  fix: Fix;
}

/** Fixes of one pass, in source offsets, and the findings whose fix cannot be placed in the source. */
function sourceFixes(source: string, linted: Linted[]): { candidates: Candidate[]; unmappable: Map<LintMessage, string> } {
  const mapper = new SourceRangeMapper(source);
  const candidates: Candidate[] = [];
  const unmappable = new Map<LintMessage, string>();
  for (const { reply, result } of linted) {
    for (const message of result.messages) {
      if (!message.fix) continue;
      const mapped = mapper.map(reply, message.fix);
      // An edit that changes nothing would keep a pass busy forever; it is not a fix.
      if ('fix' in mapped) {
        if (source.slice(mapped.fix.range[0], mapped.fix.range[1]) !== mapped.fix.text) candidates.push({ message, fix: mapped.fix });
      }
      else unmappable.set(message, mapped.reason);
    }
  }
  return { candidates, unmappable };
}

function unappliedFix(message: LintMessage, reason: string): UnappliedFix {
  return { ruleId: message.ruleId, messageId: message.messageId, line: message.line, column: message.column, reason };
}

/** Runs the fix passes over `source`. Throws a `UserError` for an .eml file or an empty draft. */
export async function fixSource(source: string, options: FixSourceOptions): Promise<FixOutcome> {
  const format = options.format ?? formatOf(options.filePath);
  // A received or sent mail is a record, not a draft: rewriting it would falsify the mailbox.
  if (format === 'eml') throw inputError(options.filePath, 'is an e-mail message: --fix never rewrites .eml files or mailboxes', 'copy the body into a draft file to fix it');
  const maxPasses = Math.max(1, Math.min(options.maxPasses ?? MAX_PASSES, MAX_PASSES));
  const settings = { ...options, format };
  let output = source;
  let linted = await lintSource(output, settings);
  const applied: AppliedFix[] = [];
  let passes = 0;
  while (passes < maxPasses) {
    const { candidates } = sourceFixes(output, linted);
    if (candidates.length === 0) break;
    const byFix = new Map(candidates.map((candidate) => [candidate.fix, candidate.message]));
    const pass = applyFixes(output, candidates.map((candidate) => candidate.fix));
    if (pass.applied.length === 0 || pass.output === output) break;
    for (const fix of pass.applied) {
      const message = byFix.get(fix);
      if (!message) continue;
      applied.push({ ruleId: message.ruleId, messageId: message.messageId, line: message.line, column: message.column, before: output.slice(fix.range[0], fix.range[1]), after: fix.text });
    }
    output = pass.output;
    passes++;
    linted = await lintSource(output, settings);
  }
  // Whatever still carries a mappable fix now was cut off by the pass limit.
  const { candidates, unmappable } = sourceFixes(output, linted);
  const unapplied: UnappliedFix[] = [
    ...[...unmappable].map(([message, reason]) => unappliedFix(message, reason)),
    ...candidates.map(({ message }) => unappliedFix(message, `still pending after ${maxPasses} passes`)),
  ].sort((a, b) => a.line - b.line || a.column - b.column);
  const suggestions: OfferedSuggestion[] = linted.flatMap(({ result }) =>
    result.messages.flatMap((message) => (message.suggestions ?? []).map((suggestion) => ({ ruleId: message.ruleId, line: message.line, column: message.column, desc: suggestion.desc, fix: suggestion.fix }))),
  );
  return { output, changed: output !== source, passes, applied, unapplied, suggestions, results: linted.map(({ result }) => result) };
}
