/**
 * Applying edits to a text, ESLint-style: fixes sorted by range, any fix that overlaps (or
 * touches) one already taken is left for the next pass, where it is re-computed on the new text.
 * Pure string work: no linting here, so the same function serves `--fix`, the library and agents.
 */
import type { Fix } from '../types.js';

export interface ApplyOutcome {
  output: string;
  /** Fixes applied, in text order. */
  applied: Fix[];
  /** Fixes left out because they overlap an applied one, or their range is out of bounds. */
  skipped: Fix[];
}

function sameFix(a: Fix, b: Fix): boolean {
  return a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;
}

/** Applies the non-overlapping subset of `fixes` to `text` in one pass. */
export function applyFixes(text: string, fixes: readonly Fix[]): ApplyOutcome {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  const parts: string[] = [];
  let cursor = 0;
  let lastEnd = -1;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    const last = applied[applied.length - 1];
    // Two rules proposing the very same edit is one edit.
    if (last && sameFix(last, fix)) continue;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      skipped.push(fix);
      continue;
    }
    // ESLint's rule: a fix starting at or before the previous fix's end waits for the next pass.
    if (start <= lastEnd) {
      skipped.push(fix);
      continue;
    }
    parts.push(text.slice(cursor, start), fix.text);
    cursor = end;
    lastEnd = end;
    applied.push(fix);
  }
  parts.push(text.slice(cursor));
  return { output: parts.join(''), applied, skipped };
}
