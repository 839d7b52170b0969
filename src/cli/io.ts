/** What a command needs from the outside world; tests pass their own. */
import { readFileSync } from 'node:fs';

export const EXIT = { ok: 0, failed: 1, error: 2 } as const;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: () => Promise<Buffer | undefined>;
  stdinIsTty: boolean;
  stdoutIsTty: boolean;
  stderrIsTty: boolean;
  cwd: string;
}

/** Sets the process exit code from a command's action. */
export type SetExit = (code: number) => void;

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** A repeatable option's collector. */
export function collect(value: string, all: string[]): string[] {
  return [...all, value];
}
