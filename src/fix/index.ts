/** Fixing drafts: the library side of `--fix` and `--fix-dry-run`. */
import { createEngine } from '../pipeline/engine.js';
import type { LintOptions } from '../pipeline/lint.js';
import { fixSource, type FixOutcome } from './fix-source.js';

export { applyFixes, type ApplyOutcome } from './apply.js';
export { unifiedDiff } from './diff.js';
export { MAX_PASSES, fixSource, type AppliedFix, type FixOutcome, type OfferedSuggestion, type UnappliedFix } from './fix-source.js';

export interface FixDraftOptions extends LintOptions {
  /** At most this many lint-and-fix passes (1–10; default 10). */
  maxPasses?: number;
}

/**
 * Applies the safe fixes to a draft, as `--fix` does to a file: lint, apply, lint again until
 * stable. Resolves to the fixed text, what was applied and not, the suggestions left for a human
 * or agent to choose, and the lint results of the fixed text.
 */
export async function fixDraft(text: string, options: FixDraftOptions = {}): Promise<FixOutcome> {
  const cwd = options.cwd ?? process.cwd();
  const engine = await createEngine(cwd, options, cwd);
  return fixSource(text, {
    filePath: options.filePath ?? '<text>',
    ...(options.format ? { format: options.format } : {}),
    settings: engine.settings,
    conversation: options,
    ...(options.maxPasses !== undefined ? { maxPasses: options.maxPasses } : {}),
  });
}
