/**
 * A unified diff of two texts (`diff -u` / `git diff` format, 3 lines of context), so
 * `--fix-dry-run` output can be read as a patch and applied with `git apply` or `patch -p1`.
 * Line diff by Myers' O(ND) algorithm: drafts are small and fixes local, so D stays tiny.
 */

type Edit = { kind: 'same' | 'del' | 'add'; line: string };

function splitKeepingEnds(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  // A final newline ends the last line rather than starting an empty one.
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Myers' greedy forward search, then a walk back through the saved frontiers. */
function editScript(a: string[], b: string[]): Edit[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let done = false;
  for (let d = 0; d <= max && !done; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
  }
  const edits: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const frontier = trace[d] ?? v;
    const k = x - y;
    const down = k === -d || (k !== d && (frontier[offset + k - 1] ?? 0) < (frontier[offset + k + 1] ?? 0));
    const previousK = down ? k + 1 : k - 1;
    const previousX = frontier[offset + previousK] ?? 0;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      edits.push({ kind: 'same', line: a[x] ?? '' });
    }
    if (d > 0) {
      if (down) edits.push({ kind: 'add', line: b[--y] ?? '' });
      else edits.push({ kind: 'del', line: a[--x] ?? '' });
    }
  }
  return edits.reverse();
}

export interface DiffOptions {
  /** Lines of context around each change. */
  context?: number;
}

/** A unified diff from `before` to `after` of the file `name`; empty when they are equal. */
export function unifiedDiff(name: string, before: string, after: string, options: DiffOptions = {}): string {
  if (before === after) return '';
  const context = options.context ?? 3;
  const a = splitKeepingEnds(before);
  const b = splitKeepingEnds(after);
  const edits = editScript(a, b);
  const out = [`--- a/${name}`, `+++ b/${name}`];
  let i = 0;
  // Positions (1-based) in a and b before edit i.
  const positions: Array<{ a: number; b: number }> = [];
  let lineA = 1;
  let lineB = 1;
  for (const edit of edits) {
    positions.push({ a: lineA, b: lineB });
    if (edit.kind !== 'add') lineA++;
    if (edit.kind !== 'del') lineB++;
  }
  while (i < edits.length) {
    if (edits[i]?.kind === 'same') {
      i++;
      continue;
    }
    // A hunk: from `context` lines before this change to `context` lines after the last change
    // that is within 2 × context of the next.
    const start = Math.max(0, i - context);
    let end = i;
    let quiet = 0;
    for (let j = i; j < edits.length; j++) {
      if (edits[j]?.kind === 'same') {
        quiet++;
        if (quiet > 2 * context) break;
      } else {
        quiet = 0;
        end = j;
      }
    }
    const stop = Math.min(edits.length, end + 1 + context);
    const hunk = edits.slice(start, stop);
    const from = positions[start] ?? { a: 1, b: 1 };
    const countA = hunk.filter((edit) => edit.kind !== 'add').length;
    const countB = hunk.filter((edit) => edit.kind !== 'del').length;
    out.push(`@@ -${countA === 0 ? from.a - 1 : from.a},${countA} +${countB === 0 ? from.b - 1 : from.b},${countB} @@`);
    for (const edit of hunk) out.push(`${edit.kind === 'same' ? ' ' : edit.kind === 'del' ? '-' : '+'}${edit.line}`);
    i = stop;
  }
  let text = `${out.join('\n')}\n`;
  // `diff` marks a last line without a newline; keep patches exact for such files.
  if (!before.endsWith('\n') || !after.endsWith('\n')) text = markMissingNewlines(text, a, b, before, after, edits);
  return text;
}

/** Adds "\ No newline at end of file" after the last line of a side that has none. */
function markMissingNewlines(text: string, a: string[], b: string[], before: string, after: string, edits: Edit[]): string {
  const lines = text.split('\n');
  lines.pop();
  const result: string[] = [];
  // The last line of each side is the last edit that touches that side; it appears once in the diff.
  const lastA = a.length > 0 && !before.endsWith('\n');
  const lastB = b.length > 0 && !after.endsWith('\n');
  let seenA = 0;
  let seenB = 0;
  const totalA = edits.filter((edit) => edit.kind !== 'add').length;
  const totalB = edits.filter((edit) => edit.kind !== 'del').length;
  let startA = 0;
  let startB = 0;
  for (const line of lines) {
    result.push(line);
    const hunk = /^@@ -(\d+),(\d+) \+(\d+),(\d+) @@/.exec(line);
    if (hunk) {
      startA = Number(hunk[1]) - 1;
      startB = Number(hunk[3]) - 1;
      seenA = 0;
      seenB = 0;
      if (Number(hunk[2]) === 0) startA++;
      if (Number(hunk[4]) === 0) startB++;
      continue;
    }
    if (line.startsWith('---') || line.startsWith('+++')) continue;
    const marker = line[0];
    const inA = marker === ' ' || marker === '-';
    const inB = marker === ' ' || marker === '+';
    if (inA) seenA++;
    if (inB) seenB++;
    const endsA = inA && lastA && startA + seenA === totalA;
    const endsB = inB && lastB && startB + seenB === totalB;
    if (endsA || endsB) result.push('\\ No newline at end of file');
  }
  return `${result.join('\n')}\n`;
}
