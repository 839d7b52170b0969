/**
 * The default command: lint drafts from files, directories, globs or stdin, report, gate.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { RuleSetting } from '../../pipeline/config-schema.js';
import { createEngine, type Overrides } from '../../pipeline/engine.js';
import { UserError, usageError } from '../../pipeline/errors.js';
import { lintFiles, lintText, type LintFilesOptions, type LintFilesReport, type LintOptions } from '../../pipeline/lint.js';
import { ruleUrl } from '../../pipeline/run.js';
import { decodeUtf8 } from '../../readers/index.js';
import { reporters, type ReportInput, type RuleInfo } from '../../reporters/index.js';
import type { AnyRule } from '../../rule-kit/rule.js';
import { summarize } from '../../scoring/score.js';
import type { Channel, Mode, Severity } from '../../types.js';
import { collect, EXIT, version, type Io, type SetExit } from '../io.js';

export interface CliOptions {
  format?: string;
  output?: string;
  config?: string;
  configLookup: boolean;
  rule: string[];
  plugin: string[];
  context?: string;
  previous: string[];
  channel?: Channel;
  mode?: Mode;
  failOn?: Severity;
  maxWarnings?: number;
  minScore?: number;
  quiet?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  printConfig?: string;
  color?: boolean;
  debug?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  changedSince?: string;
  baseline?: string;
  updateBaseline?: boolean;
}

/** Where `--update-baseline` writes when no `--baseline FILE` is given. */
export const DEFAULT_BASELINE = '.replylint-baseline.json';

export function parseInteger(value: string, name: string): number {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError(`${name} must be a whole number`);
  return Number(value);
}

/** `id:severity` or `id:["warn", {...}]`. */
export function parseRuleOption(value: string): [string, RuleSetting] {
  const colon = value.indexOf(':');
  if (colon <= 0) throw usageError(`--rule ${value}: expected id:severity`, 'e.g. --rule readability:off');
  const id = value.slice(0, colon).trim();
  const setting = value.slice(colon + 1).trim();
  if (setting.startsWith('[')) {
    try {
      return [id, JSON.parse(setting) as RuleSetting];
    } catch {
      throw usageError(`--rule ${value}: "${setting}" is not valid JSON`, `use ${id}:'["warn", {"option": 1}]'`);
    }
  }
  if (!/^(off|info|warn|warning|error|0|1|2)$/.test(setting)) throw usageError(`--rule ${value}: unknown severity "${setting}"`, 'use off, info, warn or error');
  return [id, (/^\d$/.test(setting) ? Number(setting) : setting) as RuleSetting];
}

export function ruleInfo(rule: AnyRule): RuleInfo {
  return {
    id: rule.meta.id,
    description: rule.meta.description,
    defaultSeverity: rule.meta.defaultSeverity,
    url: ruleUrl(rule.meta.id),
    category: rule.meta.category,
    weight: rule.meta.weight,
  };
}

export async function readTextFile(file: string, what: string, cwd: string): Promise<string> {
  try {
    return decodeUtf8(await readFile(path.resolve(cwd, file)), file);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw usageError(`${what} ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'check the path');
  }
}

export function overridesFrom(options: CliOptions): Overrides {
  const rules: Record<string, RuleSetting> = {};
  for (const value of options.rule) {
    const [id, setting] = parseRuleOption(value);
    rules[id] = setting;
  }
  return {
    ...(options.config ? { configFile: options.config } : {}),
    ...(options.configLookup ? {} : { noConfigLookup: true }),
    ...(Object.keys(rules).length > 0 ? { rules } : {}),
    ...(options.plugin.length > 0 ? { plugins: options.plugin } : {}),
    ...(options.mode ? { mode: options.mode } : {}),
    ...(options.channel ? { channel: options.channel } : {}),
    ...(options.failOn ? { failOn: options.failOn } : {}),
    ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
    ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
  };
}

function gateOptions(options: CliOptions): Pick<LintFilesOptions, 'cache' | 'cacheLocation' | 'changedSince' | 'baseline' | 'updateBaseline'> {
  const baseline = options.baseline ?? (options.updateBaseline ? DEFAULT_BASELINE : undefined);
  return {
    ...(options.cache || options.cacheLocation ? { cache: true } : {}),
    ...(options.cacheLocation ? { cacheLocation: options.cacheLocation } : {}),
    ...(options.changedSince ? { changedSince: options.changedSince } : {}),
    ...(baseline ? { baseline } : {}),
    ...(options.updateBaseline ? { updateBaseline: true } : {}),
  };
}

async function runLint(paths: string[], options: CliOptions, io: Io): Promise<number> {
  const cwd = io.cwd;
  const overrides = overridesFrom(options);
  const lintOptions: LintOptions = { ...overrides, cwd };
  if (options.context !== undefined) lintOptions.context = await readTextFile(options.context, '--context', cwd);
  if (options.previous.length > 0) lintOptions.previousReplies = await Promise.all(options.previous.map((file) => readTextFile(file, '--previous', cwd)));

  if (options.printConfig) {
    const target = path.resolve(cwd, options.printConfig);
    const engine = await createEngine(path.dirname(target), overrides, cwd);
    const { sources, plugins, ...config } = engine.resolved;
    io.stdout(`${JSON.stringify({ configFile: engine.configFile ?? null, extends: sources, ...config, plugins: plugins.map((p) => p.specifier) }, null, 2)}\n`);
    return EXIT.ok;
  }

  const implicitStdin = paths.length === 0 && !options.stdin && !io.stdinIsTty;
  const useStdin = options.stdin || paths.includes('-') || implicitStdin;
  const filePaths = paths.filter((p) => p !== '-');
  if (!useStdin && filePaths.length === 0) throw usageError('no input: give files, directories or globs, or pipe a draft on stdin', 'see replylint --help');

  let report: LintFilesReport = { version: 1, results: [], summary: summarize([]), errors: [] };
  if (filePaths.length > 0) report = await lintFiles(filePaths, { ...lintOptions, ...gateOptions(options) });
  else if (options.baseline || options.updateBaseline || options.changedSince || options.cache) {
    throw usageError('--cache, --changed-since and --baseline work on files, not on stdin', 'give the files or directories to lint');
  }
  if (useStdin) {
    const bytes = await io.stdin();
    if (implicitStdin && (!bytes || bytes.length === 0)) throw usageError('no input: give files, directories or globs, or pipe a draft on stdin', 'see replylint --help');
    const name = options.stdinFilename ?? '<stdin>';
    try {
      if (!bytes || bytes.length === 0) throw new UserError('input', name, 'is empty: nothing to lint', 'pipe the draft text in');
      if (bytes.subarray(0, 8000).includes(0)) throw new UserError('input', name, 'is binary, not a draft', 'pipe a text draft');
      // A collection piped in (--stdin-filename replies.yml) is every one of its replies.
      report.results.push(...(await lintText(decodeUtf8(bytes, name), { ...lintOptions, filePath: name })));
    } catch (error) {
      if (!(error instanceof UserError) || error.kind !== 'input') throw error;
      report.errors.push({ filePath: name, message: error.format(), kind: error.kind });
    }
    report.summary = summarize(report.results);
  }

  const engine = await createEngine(cwd, overrides, cwd);
  const shown = options.quiet
    ? report.results.map((result) => ({ ...result, messages: result.messages.filter((message) => message.severity === 'error') }))
    : report.results;
  const input: ReportInput = {
    results: shown,
    summary: report.summary,
    errors: report.errors,
    rules: [...engine.registry.values()].map(ruleInfo),
    cwd,
    version: version(),
    color: options.color ?? (io.stdoutIsTty && !options.output && !process.env['NO_COLOR']),
  };
  const format = options.format ?? 'stylish';
  const reporter = reporters[format];
  if (!reporter) throw usageError(`unknown format "${format}"`, `use one of: ${Object.keys(reporters).join(', ')}`);
  const output = reporter(input);
  if (options.output) {
    const file = path.resolve(cwd, options.output);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, output);
  } else {
    io.stdout(output);
  }
  for (const notice of report.notices ?? []) io.stderr(`replylint: ${notice}\n`);
  if (report.baselined) io.stderr(`replylint: ${report.baselined} finding${report.baselined === 1 ? '' : 's'} in the baseline not shown\n`);
  for (const error of report.errors) io.stderr(`replylint: ${error.message}\n`);

  if (report.errors.length > 0) return EXIT.error;
  const maxWarnings = options.maxWarnings ?? report.maxWarnings;
  const tooManyWarnings = maxWarnings !== undefined && maxWarnings >= 0 && report.summary.warnings > maxWarnings;
  if (tooManyWarnings) io.stderr(`replylint: ${report.summary.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
  return report.summary.failed > 0 || tooManyWarnings ? EXIT.failed : EXIT.ok;
}

/** `--fix`/`--fix-dry-run` (src/fix/cli.ts), then the ordinary lint of what is left. */
async function runFixCommand(paths: string[], options: CliOptions, io: Io): Promise<number> {
  const { runFix } = await import('../../fix/cli.js');
  const conversation = {
    ...(options.context !== undefined ? { context: await readTextFile(options.context, '--context', io.cwd) } : {}),
    ...(options.previous.length > 0 ? { previousReplies: await Promise.all(options.previous.map((file) => readTextFile(file, '--previous', io.cwd))) } : {}),
    ...(options.channel ? { channel: options.channel } : {}),
  };
  const relint = (again: string[], relintIo: Io) => runLint(again, { ...options, fix: false, fixDryRun: false }, relintIo);
  return runFix(paths, options, overridesFrom(options), conversation, io, relint);
}

export function registerLint(program: Command, io: Io, setExit: SetExit): void {
  program
    .argument('[paths...]', 'draft files, directories or globs; "-" for stdin')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(reporters)))
    .option('-o, --output <file>', 'write the report to a file')
    .option('-c, --config <file>', 'use this config file (no lookup)')
    .option('--no-config-lookup', 'ignore config files; use presets and flags only')
    .option('--rule <id:severity>', 'set a rule, e.g. readability:off or \'readability:["warn",{"maxSentenceWords":20}]\' (repeatable)', collect, [])
    .option('--plugin <module>', 'load rules from a file or npm package (repeatable)', collect, [])
    .option('--context <file>', "the customer's message this draft answers")
    .option('--previous <file>', "the team's earlier reply in this thread (repeatable, oldest first)", collect, [])
    .addOption(new Option('--channel <channel>', 'where the reply is sent').choices(['email', 'chat', 'social']))
    .addOption(new Option('--mode <mode>', 'draft (about to be sent; the default) or template (a canned reply in a repository)').choices(['draft', 'template']))
    .addOption(new Option('--fail-on <severity>', 'fail a reply with findings at or above this severity (default error)').choices(['error', 'warning', 'info']))
    .option('--max-warnings <n>', 'fail when there are more warnings than this', (value: string) => parseInteger(value, '--max-warnings'))
    .option('--min-score <n>', 'fail replies scoring below this (0–100)', (value: string) => {
      const n = parseInteger(value, '--min-score');
      if (n < 0 || n > 100) throw new InvalidArgumentError('--min-score must be between 0 and 100');
      return n;
    })
    .option('--cache', 'reuse the results of files that did not change (node_modules/.cache/replylint/)')
    .option('--cache-location <path>', 'cache file or directory (implies --cache)')
    .option('--changed-since <ref>', 'report only files changed since this git revision (plus untracked files)')
    .option('--baseline <file>', 'findings listed in this file do not fail the gate')
    .option('--update-baseline', `write the baseline from this run's findings (to --baseline, default ${DEFAULT_BASELINE})`)
    .option('-q, --quiet', 'report errors only')
    .option('--stdin', 'read a draft from standard input')
    .option('--stdin-filename <name>', 'name (and format, by extension) of the draft on stdin')
    .option('--print-config <path>', 'print the configuration that applies to a file')
    .option('--color', 'force colours')
    .option('--no-color', 'no colours')
    .option('--debug', 'print stack traces of internal errors')
    .option('--fix', 'apply safe fixes to the files in place (stdin: print the fixed draft)')
    .option('--fix-dry-run', 'print the safe fixes as a unified diff; change nothing')
    .action(async (paths: string[], options: CliOptions) => {
      if (options.fix || options.fixDryRun) {
        setExit(await runFixCommand(paths, options, io));
        return;
      }
      setExit(await runLint(paths, options, io));
    });

}
