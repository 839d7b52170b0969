/**
 * Maps the lines of a reply's text back to lines of the raw message, so a rule's finding can be
 * shown at its place in the .eml or mbox file.
 *
 * Decoded text and raw bytes only coincide where the body was sent as 7bit/8bit (or a
 * quoted-printable line that needed no escapes). So we match decoded lines against raw lines,
 * moving forward only: a line is placed at the next raw line with the same bytes (UTF-8 or
 * Latin-1). Lines that match nowhere — base64, encoded quoted-printable, HTML converted to text,
 * other charsets — are placed at the body's first line, as an approximation the caller documents.
 */
import type { SourceSegment } from '../../types.js';

export interface RawLines {
  /** Raw lines as Latin-1 strings (one char per byte), without their `\r\n`/`\n`. */
  lines: string[];
  /** 1-based source line of `lines[0]`. */
  firstLine: number;
  /** Index in `lines` of the body's first line (after the header block's blank line). */
  bodyStart: number;
}

export function rawLines(raw: Buffer, firstLine: number, bodyStart: number): RawLines {
  const lines = raw.toString('latin1').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
  }
  return { lines, firstLine, bodyStart };
}

/** The raw forms a decoded line could have: its UTF-8 bytes, or its Latin-1 bytes. */
function rawForms(line: string): string[] {
  // ASCII is the same in both; skip the encode round trip for the common case.
  if (!/[^\x00-\x7f]/.test(line)) return [line];
  const forms = [Buffer.from(line, 'utf8').toString('latin1')];
  if (!/[^\x00-\xff]/.test(line)) forms.push(line);
  return forms;
}

/**
 * For each decoded body line, the index of the raw line it is a copy of, or -1.
 * Blank decoded lines only match the raw line right after the previous match, so that a run of
 * blank lines cannot drag the cursor far ahead.
 */
export function matchBodyLines(bodyLines: readonly string[], raw: RawLines): number[] {
  const result: number[] = new Array<number>(bodyLines.length).fill(-1);
  let index: Map<string, number[]> | undefined;
  let cursor = raw.bodyStart;
  for (let i = 0; i < bodyLines.length; i++) {
    const forms = rawForms((bodyLines[i] ?? '').replace(/\r$/, ''));
    const next = raw.lines[cursor];
    if (next !== undefined && forms.includes(next)) {
      result[i] = cursor++;
      continue;
    }
    if ((bodyLines[i] ?? '').trim() === '') continue;
    index ??= buildIndex(raw);
    let best = -1;
    for (const form of forms) {
      const at = firstAtOrAfter(index.get(form), cursor);
      if (at >= 0 && (best < 0 || at < best)) best = at;
    }
    if (best >= 0) {
      result[i] = best;
      cursor = best + 1;
    }
  }
  return result;
}

function buildIndex(raw: RawLines): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (let i = raw.bodyStart; i < raw.lines.length; i++) {
    const line = raw.lines[i] ?? '';
    if (line.trim() === '') continue;
    const list = index.get(line);
    if (list) list.push(i);
    else index.set(line, [i]);
  }
  return index;
}

/** Smallest value in the ascending `list` that is >= `min`, or -1. */
function firstAtOrAfter(list: number[] | undefined, min: number): number {
  if (!list) return -1;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? -1) < min) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length ? (list[lo] ?? -1) : -1;
}

/**
 * Segments for `text`, whose line k is body line `lineMap[k]` (-1: an inserted blank line), given
 * where each body line sits in the raw message (`bodySource`, from `matchBodyLines`).
 * A new segment starts wherever the source stops being a line-by-line continuation.
 */
export function buildSegments(text: string, lineMap: readonly number[], bodySource: readonly number[], raw: RawLines): SourceSegment[] {
  const segments: SourceSegment[] = [];
  const fallback = raw.firstLine + Math.min(raw.bodyStart, Math.max(0, raw.lines.length - 1));
  let expected = -1; // source line the text would be at if it just continued
  let offset = 0;
  const lines = text.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const bodyIndex = lineMap[k] ?? -1;
    const rawIndex = bodyIndex >= 0 ? (bodySource[bodyIndex] ?? -1) : -1;
    let target: number;
    if (rawIndex >= 0) target = raw.firstLine + rawIndex;
    else if (bodyIndex < 0 && expected >= 0) target = expected; // the blank line put between runs
    else target = fallback; // every unmatched line is pinned to the body's first line
    if (target !== expected) segments.push({ offset, line: target, column: 1 });
    expected = target + 1;
    offset += (lines[k] ?? '').length + 1;
  }
  return segments;
}
