/**
 * A unified diff of two texts (`diff -u` / `git diff` format, 3 lines of context), so
 * `--fix-dry-run` output can be read as a patch and applied with `git apply` or `patch -p1`.
 * Line diff by Myers' O(ND) algorithm: drafts are small and fixes local, so D stays tiny.
 */

type Edit = { kind: 'same' | 'del' | 'add'; line: string };

/** Lines with their newlines: a last line without one differs from the same words with one. */
function splitKeepingEnds(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
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
    for (const edit of hunk) {
      const marker = edit.kind === 'same' ? ' ' : edit.kind === 'del' ? '-' : '+';
      out.push(`${marker}${edit.line.endsWith('\n') ? edit.line.slice(0, -1) : edit.line}`);
      // `diff`'s marker for a last line with no newline, so the patch restores the file exactly.
      if (!edit.line.endsWith('\n')) out.push('\\ No newline at end of file');
    }
    i = stop;
  }
  return `${out.join('\n')}\n`;
}
