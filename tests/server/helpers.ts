// A `replylint serve --stdio` subprocess with a line-at-a-time client.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const root = path.resolve(import.meta.dirname, '../..');
export const bin = path.join(root, 'bin/replylint.js');

export interface ServeResponse {
  id: string | number | null;
  result?: { score: number | null; passed: boolean; messages: Array<Record<string, unknown>>; filePath: string };
  error?: { message: string };
}

export class ServeClient {
  readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: Array<(response: ServeResponse) => void> = [];
  private readonly early: ServeResponse[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr = '';

  constructor(args: string[] = [], cwd = root) {
    this.child = spawn(process.execPath, [bin, 'serve', '--stdio', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      const response = JSON.parse(line) as ServeResponse;
      const next = this.waiting.shift();
      if (next) next(response);
      else this.early.push(response);
    });
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  /** Writes raw bytes (one or more lines, or a part of one). */
  write(raw: string | Buffer): void {
    this.child.stdin.write(raw);
  }

  send(request: unknown): Promise<ServeResponse> {
    this.write(`${JSON.stringify(request)}\n`);
    return this.next();
  }

  next(): Promise<ServeResponse> {
    const ready = this.early.shift();
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async end(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    this.child.stdin.end();
    return this.exited;
  }
}
