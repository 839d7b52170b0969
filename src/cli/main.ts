/**
 * The command line: commander wiring of the commands in `commands/`, each a thin layer over the
 * library. Exit codes: 0 every reply passed, 1 the gate failed, 2 usage, config or input error.
 */
import { Command, CommanderError } from 'commander';
import { UserError } from '../pipeline/errors.js';
import { registerAudit } from './commands/audit.js';
import { registerLint } from './commands/lint.js';
import { registerMcp } from './commands/mcp.js';
import { registerRules } from './commands/rules.js';
import { registerServe } from './commands/serve.js';
import { EXIT, version, type Io } from './io.js';

export { EXIT } from './io.js';

async function readStdin(): Promise<Buffer | undefined> {
  if (process.stdin.isTTY) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('replylint')
    .description('Check customer-service replies before a customer reads them.')
    .version(version(), '-v, --version')
    .enablePositionalOptions()
    .showHelpAfterError('(run replylint --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerLint(program, io, setExit);
  registerRules(program, io, setExit);
  registerAudit(program, io, setExit);
  registerServe(program, io, setExit);
  registerMcp(program, io, setExit);
  return program;
}

/** Runs the CLI; resolves to the exit code. Never throws on user input. */
export async function main(argv: string[], io: Partial<Io> = {}): Promise<number> {
  const fullIo: Io = {
    stdout: io.stdout ?? ((text) => process.stdout.write(text)),
    stderr: io.stderr ?? ((text) => process.stderr.write(text)),
    stdin: io.stdin ?? readStdin,
    stdinIsTty: io.stdinIsTty ?? Boolean(process.stdin.isTTY),
    stdoutIsTty: io.stdoutIsTty ?? Boolean(process.stdout.isTTY),
    stderrIsTty: io.stderrIsTty ?? Boolean(process.stderr.isTTY),
    cwd: io.cwd ?? process.cwd(),
  };
  let exit: number = EXIT.ok;
  try {
    const program = buildProgram(fullIo, (code) => {
      exit = code;
    });
    await program.parseAsync(argv);
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; usage mistakes were already printed by commander.
      return error.exitCode === 0 ? EXIT.ok : EXIT.error;
    }
    if (error instanceof UserError) {
      fullIo.stderr(`replylint: ${error.format()}\n`);
      return EXIT.error;
    }
    const debug = argv.includes('--debug');
    const detail = error instanceof Error ? (debug ? error.stack ?? error.message : error.message) : String(error);
    fullIo.stderr(`replylint: internal error: ${detail}${debug ? '' : ' (run with --debug for details, and please report it)'}\n`);
    return EXIT.error;
  }
}
