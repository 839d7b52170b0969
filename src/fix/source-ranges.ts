/**
 * Fixes come in offsets into `Reply.text`; files are rewritten in source offsets. A reader copies
 * runs of the source verbatim and records where each run starts (`Reply.segments`), so an offset
 * inside a run maps by adding the run's distance. Separators a reader inserted (paragraph breaks
 * in HTML), decoded entities and cut comments break that equality: a fix is mapped only when the
 * source under the mapped range is exactly the text under the original range.
 */
import { SourceIndex, segmentAt } from '../readers/source-map.js';
import type { Fix, Reply } from '../types.js';

export class SourceRangeMapper {
  private readonly starts: number[];

  constructor(private readonly source: string) {
    this.starts = new SourceIndex(source).lineStarts;
  }

  /** The source offset of a text offset, assuming the run it falls in was copied verbatim. */
  private toSource(reply: Pick<Reply, 'segments'>, offset: number): number | undefined {
    const segment = segmentAt(reply.segments, offset);
    const lineStart = this.starts[segment.line - 1];
    if (lineStart === undefined) return undefined;
    return lineStart + segment.column - 1 + (offset - segment.offset);
  }

  /**
   * The fix in source offsets, or a reason it cannot be mapped safely. An empty range (an
   * insertion) maps by its position; a non-empty one by its first and last character, so a range
   * ending exactly where a run ends is not pushed into the next run.
   */
  map(reply: Pick<Reply, 'text' | 'segments'>, fix: Fix): { fix: Fix } | { reason: string } {
    const [start, end] = fix.range;
    if (start < 0 || end < start || end > reply.text.length) return { reason: 'its range is outside the linted text' };
    const from = this.toSource(reply, start);
    const to = end > start ? this.toSource(reply, end - 1) : from;
    if (from === undefined || to === undefined) return { reason: 'its position is not in the source' };
    const sourceEnd = end > start ? to + 1 : from;
    if (sourceEnd > this.source.length) return { reason: 'its position is not in the source' };
    if (this.source.slice(from, sourceEnd) !== reply.text.slice(start, end)) {
      return { reason: 'the source under it differs from the linted text (markup, an entity or a comment inside the range)' };
    }
    return { fix: { range: [from, sourceEnd], text: fix.text } };
  }
}
