/**
 * Where threading keeps messages until their thread is known. Threads need lookahead (a reply may
 * be read before the message it answers), so every record is kept until the whole input is read.
 *
 *  - `MemoryStore` keeps them as they are: for drafts, tests and small exports.
 *  - `SpillStore` writes them to a temporary file and reads each back when its Reply is built, so
 *    an audit of a mailbox of any size holds only link metadata in memory, not bodies.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { float64Column, int32Column } from '../typed-arrays.js';
import type { MailRecord } from './record.js';

export interface RecordStore {
  /** Keeps a record; its handle is the number of records put before it. */
  put(record: MailRecord): number;
  get(handle: number): MailRecord;
  /** Frees what the store holds (the spill file). The store is not used afterwards. */
  close(): void;
}

export class MemoryStore implements RecordStore {
  private readonly records: MailRecord[] = [];

  put(record: MailRecord): number {
    return this.records.push(record) - 1;
  }

  get(handle: number): MailRecord {
    const record = this.records[handle];
    if (!record) throw new RangeError(`no record ${handle}`);
    return record;
  }

  close(): void {
    this.records.length = 0;
  }
}

const FLUSH_BYTES = 1 << 20;

/**
 * Records as JSON in an unlinked temporary file: appended in 1 MB writes, read back with one
 * positioned read each. The file is unlinked as soon as it is open, so nothing is left behind even
 * when the process is killed (where the system refuses that, Windows, `close` removes it).
 */
export class SpillStore implements RecordStore {
  private readonly dir: string;
  private readonly file: string;
  private readonly fd: number;
  private unlinked = false;
  private readonly offsets = float64Column();
  private readonly lengths = int32Column();
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Bytes in the file; records at or after this offset are still in `pending`. */
  private written = 0;
  private buffer = Buffer.alloc(64 * 1024);

  constructor(directory = tmpdir()) {
    this.dir = mkdtempSync(path.join(directory, 'replylint-'));
    this.file = path.join(this.dir, 'records.jsonl');
    this.fd = openSync(this.file, 'w+');
    try {
      unlinkSync(this.file);
      rmSync(this.dir, { recursive: true, force: true });
      this.unlinked = true;
    } catch {
      // Windows keeps open files; `close` removes it.
    }
  }

  put(record: MailRecord): number {
    const bytes = Buffer.from(JSON.stringify(record));
    this.offsets.push(this.written + this.pendingBytes);
    this.lengths.push(bytes.length);
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
    return this.offsets.length - 1;
  }

  get(handle: number): MailRecord {
    if (!(handle >= 0 && handle < this.offsets.length)) throw new RangeError(`no record ${handle}`);
    const offset = this.offsets.at(handle);
    const length = this.lengths.at(handle);
    if (offset + length > this.written) this.flush();
    if (this.buffer.length < length) this.buffer = Buffer.alloc(Math.max(length, this.buffer.length * 2));
    let read = 0;
    while (read < length) {
      const n = readSync(this.fd, this.buffer, read, length - read, offset + read);
      if (n === 0) throw new Error(`spill file ended early at record ${handle}`);
      read += n;
    }
    return JSON.parse(this.buffer.toString('utf8', 0, length)) as MailRecord;
  }

  close(): void {
    closeSync(this.fd);
    if (!this.unlinked) rmSync(this.dir, { recursive: true, force: true });
  }

  private flush(): void {
    const chunk = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
    let done = 0;
    while (done < chunk.length) done += writeSync(this.fd, chunk, done, chunk.length - done, this.written + done);
    this.written += chunk.length;
    this.pending = [];
    this.pendingBytes = 0;
  }
}
