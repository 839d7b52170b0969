/** `replylint serve --stdio`: the long-running linter for agents and editors (src/server). */
import type { Command } from 'commander';
import type { Overrides } from '../../pipeline/engine.js';
import { usageError } from '../../pipeline/errors.js';
import { EXIT, type Io, type SetExit } from '../io.js';
import { parseInteger } from './lint.js';

interface ServeOptions {
  stdio: boolean;
  maxBytes?: number;
  config?: string;
  configLookup: boolean;
}

/** Settings every request starts from, before its own inline config. */
export function serverOverrides(options: { config?: string; configLookup: boolean }): Overrides {
  return { ...(options.config ? { configFile: options.config } : {}), ...(options.configLookup ? {} : { noConfigLookup: true }) };
}

/** Resolves when the server is done: input ended, or SIGINT/SIGTERM after in-flight requests are answered. */
async function runServer(options: ServeOptions, io: Io): Promise<number> {
  if (!options.stdio) throw usageError('serve needs a transport', 'use replylint serve --stdio');
  const { serveStdio } = await import('../../server/stdio-server.js');
  const server = serveStdio({
    input: process.stdin,
    output: process.stdout,
    cwd: io.cwd,
    overrides: serverOverrides(options),
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
  });
  const onSignal = () => server.close();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  await server.done;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  // Closing stdin lets the process exit once the last response is flushed.
  process.stdin.destroy();
  return EXIT.ok;
}

export function registerServe(program: Command, io: Io, setExit: SetExit): void {
  program
    .command('serve')
    .description('lint drafts sent as newline-delimited JSON on stdin, one warm process (see README "For agents")')
    .option('--stdio', 'read requests on stdin, write responses on stdout (the default and only transport)', true)
    .option('--max-bytes <n>', 'largest draft accepted, in bytes (default 1048576)', (value: string) => {
      const n = parseInteger(value, '--max-bytes');
      if (n < 1) throw usageError('--max-bytes must be at least 1');
      return n;
    })
    .option('-c, --config <file>', 'use this config file (no lookup)')
    .option('--no-config-lookup', 'ignore config files; presets and request configs only')
    .action(async (options: ServeOptions) => {
      setExit(await runServer(options, io));
    });
}
