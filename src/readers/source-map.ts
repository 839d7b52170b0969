/**
 * Positions: readers build `Reply.text` from pieces of a source file (skipping markup,
 * comments, quoted history). `TextBuilder` records where each piece came from as
 * `SourceSegment`s; `toSourcePosition` maps a text offset back to the source line/column.
 */
import type { Position, Reply, SourceSegment } from '../types.js';

/** Line starts of a source text, to turn offsets into 1-based line/column. */
export class SourceIndex {
  readonly lineStarts: number[] = [0];

  constructor(readonly source: string) {
    for (let i = 0; i < source.length; i++) {
      if (source.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  position(offset: number): Position {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  }
}

/** Accumulates reply text and the segments that map it to the source. */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly segments: SourceSegment[] = [];

  constructor(private readonly index: SourceIndex) {}

  get size(): number {
    return this.length;
  }

  /** The text so far ends with (at least) `n` newlines. */
  endsWithNewlines(n: number): boolean {
    const tail = this.parts.slice(-n).join('').slice(-n);
    return this.length === 0 || (tail.length === n && /^\n+$/.test(tail));
  }

  /** Separator text (newlines, spaces) that has no place of its own in the source. */
  separator(text: string): void {
    this.push(text);
  }

  /** Ensures the text ends with a paragraph break (unless empty). */
  paragraphBreak(): void {
    if (this.length === 0) return;
    const tail = this.parts.slice(-2).join('').slice(-2);
    if (tail === '\n\n') return;
    this.push(tail.endsWith('\n') ? '\n' : '\n\n');
  }

  /**
   * Appends `value`, a string copied from the source starting at `sourceOffset`. When the value
   * differs from the source (indentation or `>` markers stripped, entities decoded), each line is
   * looked up in the source so positions stay on the right line and column.
   */
  appendFromSource(value: string, sourceOffset: number): void {
    const source = this.index.source;
    let cursor = sourceOffset;
    const lines = value.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (i > 0) this.push('\n');
      if (line.length > 0) {
        const found = source.startsWith(line, cursor) ? cursor : source.indexOf(line, cursor);
        // A line not found verbatim (decoded entities) is placed at the cursor: close enough to point at.
        const at = found === -1 || found - cursor > 4 * line.length + 200 ? cursor : found;
        this.mark(at);
        this.push(line);
        cursor = at + line.length;
      }
      if (i < lines.length - 1) {
        const nextNewline = source.indexOf('\n', cursor);
        cursor = nextNewline === -1 ? source.length : nextNewline + 1;
      }
    }
  }

  /** Appends `value` whose first character sits at `sourceOffset`, copied verbatim. */
  appendVerbatim(value: string, sourceOffset: number): void {
    if (value.length === 0) return;
    this.mark(sourceOffset);
    this.push(value);
  }

  build(): { text: string; segments: SourceSegment[] } {
    return { text: this.parts.join(''), segments: this.segments };
  }

  private mark(sourceOffset: number): void {
    const { line, column } = this.index.position(sourceOffset);
    const last = this.segments[this.segments.length - 1];
    if (last && last.offset === this.length) {
      last.line = line;
      last.column = column;
      return;
    }
    this.segments.push({ offset: this.length, line, column });
  }

  private push(text: string): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.length += text.length;
  }
}

const ORIGIN: SourceSegment = { offset: 0, line: 1, column: 1 };

/** The last segment starting at or before `offset` (line 1, column 1 when there is none). */
export function segmentAt(segments: readonly SourceSegment[], offset: number): SourceSegment {
  let found = ORIGIN;
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const candidate = segments[mid];
    if (candidate && candidate.offset <= offset) {
      found = candidate;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** Maps an offset in `reply.text` to the source file's 1-based line and column. */
export function toSourcePosition(reply: Pick<Reply, 'text' | 'segments'>, offset: number): Position {
  const segment = segmentAt(reply.segments, offset);
  let { line, column } = segment;
  const text = reply.text;
  const end = Math.min(offset, text.length);
  for (let i = segment.offset; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return { line, column };
}
