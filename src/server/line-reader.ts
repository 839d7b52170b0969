/**
 * Newline-delimited input with a bound: a line longer than `maxLineBytes` is never buffered
 * whole. Its head is kept (to find the request id in it) and the rest discarded up to the next
 * newline, so a 50 MB line costs the server 64 KiB of memory, not 50 MB, and never stalls it.
 */
export type LineEvent = { kind: 'line'; text: string } | { kind: 'oversized'; head: string; bytes: number };

const HEAD_BYTES = 4096;

export class LineSplitter {
  private parts: Buffer[] = [];
  private size = 0;
  /** Bytes of an oversized line seen so far, while discarding it. */
  private discarding: { head: string; bytes: number } | undefined;

  constructor(private readonly maxLineBytes: number) {}

  /** Feeds a chunk; returns the complete lines (and oversized-line notices) it finished. */
  push(chunk: Buffer): LineEvent[] {
    const events: LineEvent[] = [];
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(10, start);
      const end = newline === -1 ? chunk.length : newline;
      this.take(chunk.subarray(start, end));
      if (newline === -1) break;
      events.push(this.finishLine());
      start = newline + 1;
    }
    return events;
  }

  /** The last line when input ends without a newline. */
  end(): LineEvent[] {
    if (this.size === 0 && !this.discarding) return [];
    return [this.finishLine()];
  }

  private take(piece: Buffer): void {
    if (piece.length === 0) return;
    if (this.discarding) {
      this.discarding.bytes += piece.length;
      return;
    }
    if (this.size + piece.length > this.maxLineBytes) {
      const whole = Buffer.concat([...this.parts, piece]);
      this.discarding = { head: whole.subarray(0, HEAD_BYTES).toString('utf8'), bytes: whole.length };
      this.parts = [];
      this.size = 0;
      return;
    }
    // Copied: the chunk's memory is reused by the stream.
    this.parts.push(Buffer.from(piece));
    this.size += piece.length;
  }

  private finishLine(): LineEvent {
    if (this.discarding) {
      const event: LineEvent = { kind: 'oversized', ...this.discarding };
      this.discarding = undefined;
      return event;
    }
    const text = Buffer.concat(this.parts, this.size).toString('utf8');
    this.parts = [];
    this.size = 0;
    return { kind: 'line', text: text.endsWith('\r') ? text.slice(0, -1) : text };
  }
}
