/**
 * Replies embedded in a larger file: a YAML block scalar, a JSON string, a fenced block or a
 * blockquote of a saved-replies Markdown file. The reply's own reader (Markdown, HTML, text) reads
 * the extracted string; this module moves every position it produced from the string to the file,
 * so a finding points at the line and column of the collection file the author edits.
 */
import { SourceIndex, toSourcePosition } from '../readers/source-map.js';
import type { Directive, Position, Reply, SourceSegment } from '../types.js';

/** Where each line of an extracted string starts in the file (index 0 = the string's first line). */
export type LineOrigins = Position[];

function mapPosition(origins: LineOrigins, line: number, column: number): Position {
  const origin = origins[Math.min(Math.max(line - 1, 0), origins.length - 1)] ?? { line: 1, column: 1 };
  return { line: origin.line, column: origin.column + column - 1 };
}

/**
 * Segments of `reply` (positions in the extracted string) rewritten as positions in the file.
 * A segment is placed at every line start of the reply text too: the lines of an indented block
 * scalar do not start at column 1 of the file, which `toSourcePosition` assumes after a newline.
 */
function remapSegments(reply: Reply, origins: LineOrigins): SourceSegment[] {
  const offsets = new Set<number>([...reply.segments.map((segment) => segment.offset), ...new SourceIndex(reply.text).lineStarts]);
  const segments: SourceSegment[] = [];
  for (const offset of [...offsets].sort((a, b) => a - b)) {
    if (offset > reply.text.length) continue;
    const local = toSourcePosition(reply, offset);
    segments.push({ offset, ...mapPosition(origins, local.line, local.column) });
  }
  return segments;
}

function remapDirective(directive: Directive, origins: LineOrigins): Directive {
  const start = mapPosition(origins, directive.line, directive.column);
  const end = mapPosition(origins, directive.endLine, directive.endColumn);
  return { ...directive, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** Moves a reply read from an extracted string to its place in the file. */
export function placeInFile(reply: Reply, origins: LineOrigins): Reply {
  const placed: Reply = { ...reply, segments: remapSegments(reply, origins) };
  if (reply.directives) placed.directives = reply.directives.map((directive) => remapDirective(directive, origins));
  if (reply.fatal) {
    const at = mapPosition(origins, reply.fatal.line ?? 1, reply.fatal.column ?? 1);
    placed.fatal = { ...reply.fatal, line: at.line, column: at.column };
  }
  return placed;
}

/**
 * Line origins of `value`, a string whose lines were copied (perhaps indented, perhaps escaped)
 * from `index.source` starting at `from`: each line is looked up in the source in order. A line
 * not found verbatim is tried JSON-escaped (a JSON string), then placed at the search cursor,
 * close enough to point at.
 */
export function locateLines(value: string, index: SourceIndex, from: number, to = index.source.length): LineOrigins {
  const source = index.source;
  const origins: LineOrigins = [];
  let cursor = from;
  for (const line of value.split('\n')) {
    const text = line.replace(/\r$/, '');
    // An empty line has nothing to point at; searching on from the cursor keeps the lines of a
    // JSON string (all on one source line) and of a block scalar (one per source line) in step.
    if (text.length === 0) {
      origins.push(index.position(cursor));
      continue;
    }
    const found = firstOf(source, [text, JSON.stringify(text).slice(1, -1)], cursor, to);
    if (found) {
      origins.push(index.position(found.at));
      cursor = found.at + found.length;
    } else {
      origins.push(index.position(cursor));
      cursor = nextLine(source, cursor, to);
    }
  }
  return origins;
}

function firstOf(source: string, candidates: string[], from: number, to: number): { at: number; length: number } | undefined {
  for (const candidate of candidates) {
    const at = source.indexOf(candidate, from);
    if (at !== -1 && at <= to) return { at, length: candidate.length };
  }
  return undefined;
}

/** The start of the line after `cursor`, or `cursor` itself when the source ends (or `to` is reached) first. */
function nextLine(source: string, cursor: number, to: number): number {
  const newline = source.indexOf('\n', cursor);
  if (newline === -1 || newline >= to) return cursor;
  return newline + 1;
}
