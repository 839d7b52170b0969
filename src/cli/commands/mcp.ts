/** `replylint mcp`: a Model Context Protocol server on stdio (src/server/mcp-server.ts). */
import type { Command } from 'commander';
import { EXIT, version, type Io, type SetExit } from '../io.js';
import { serverOverrides } from './serve.js';

export function registerMcp(program: Command, io: Io, setExit: SetExit): void {
  program
    .command('mcp')
    .description('run a Model Context Protocol server on stdio with the tools check_reply and list_rules')
    .option('-c, --config <file>', 'use this config file (no lookup)')
    .option('--no-config-lookup', 'ignore config files; presets only')
    .action(async (options: { config?: string; configLookup: boolean }) => {
      const { serveMcp } = await import('../../server/mcp-server.js');
      await serveMcp({ cwd: io.cwd, overrides: serverOverrides(options), version: version() });
      setExit(EXIT.ok);
    });
}
