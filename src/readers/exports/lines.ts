/**
 * Byte offset → line number for a stream that another parser consumes. csv-parse counts a bare
 * `\r` as a line break, editors and grep do not; we count `\n` only, so a reported "line 2589" is
 * the line `grep -n` and `sed -n 2589p` show.
 */
import { Transform, type TransformCallback } from 'node:stream';

const LF = 0x0a;

function countLf(buffer: Buffer, from: number, to: number): number {
  let count = 0;
  let at = buffer.indexOf(LF, from);
  while (at >= 0 && at < to) {
    count++;
    at = buffer.indexOf(LF, at + 1);
  }
  return count;
}

/**
 * A pass-through stream that remembers the bytes it let through until `lineAt` has moved past
 * them; lookups must come with non-decreasing offsets (records come out of a parser in order).
 */
export class LineIndex extends Transform {
  private chunks: { start: number; buffer: Buffer }[] = [];
  private passed = 0;
  private countedTo = 0;
  private linesBefore = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.chunks.push({ start: this.passed, buffer: chunk });
    this.passed += chunk.length;
    callback(null, chunk);
  }

  /** 1-based line of the byte at `offset` (offsets before the last lookup are answered as that one). */
  lineAt(offset: number): number {
    const target = Math.min(offset, this.passed);
    while (this.countedTo < target) {
      const first = this.chunks[0];
      if (!first) break;
      const end = first.start + first.buffer.length;
      const to = Math.min(end, target);
      this.linesBefore += countLf(first.buffer, this.countedTo - first.start, to - first.start);
      this.countedTo = to;
      if (to === end) this.chunks.shift();
    }
    return this.linesBefore + 1;
  }
}

export interface TextLine {
  /** The line, decoded as UTF-8, without its `\n` / `\r\n` (and without a leading BOM on line 1). */
  text: string;
  /** 1-based line number. */
  line: number;
  /** The line was longer than the limit; `text` holds only its start. */
  oversized: boolean;
}

/**
 * Splits a byte stream into lines without holding more than one line (up to `maxLineBytes`; the
 * rest of a longer line is skipped, not buffered).
 */
export async function* splitLines(
  input: AsyncIterable<Buffer | Uint8Array | string>,
  maxLineBytes = 16 * 1024 * 1024,
): AsyncGenerator<TextLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let oversized = false;
  let line = 0;
  const finish = (): TextLine => {
    line++;
    let buffer = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
    if (buffer.length > 0 && buffer[buffer.length - 1] === 0x0d) buffer = buffer.subarray(0, -1);
    let text = buffer.toString('utf8');
    if (line === 1 && text.startsWith('\uFEFF')) text = text.slice(1);
    const result = { text, line, oversized };
    parts = [];
    size = 0;
    oversized = false;
    return result;
  };
  const add = (piece: Buffer): void => {
    if (oversized) return;
    if (size + piece.length > maxLineBytes) {
      parts.push(piece.subarray(0, Math.max(0, maxLineBytes - size)));
      size = maxLineBytes;
      oversized = true;
      return;
    }
    parts.push(piece);
    size += piece.length;
  };
  for await (const chunk of input) {
    const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    let start = 0;
    for (;;) {
      const end = data.indexOf(LF, start);
      if (end < 0) break;
      add(data.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    // Copy the partial line: the stream may reuse its chunk.
    if (start < data.length) add(Buffer.from(data.subarray(start)));
  }
  if (parts.length > 0 || oversized) yield finish();
}
