/**
 * `replylint audit <paths…>`: lint every agent reply of exported mailboxes and helpdesk exports,
 * with threads, canned clusters, a progress bar on a terminal, Ctrl-C that stops cleanly, and
 * an HTML report.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Command, Option } from 'commander';
import type { AuditOptions, AuditReport } from '../../audit/index.js';
import { createEngine } from '../../pipeline/engine.js';
import { usageError } from '../../pipeline/errors.js';
import { reporters, type ReportInput } from '../../reporters/index.js';
import { publicResult } from '../../reporters/json.js';
import { stylishStream } from '../../reporters/stylish.js';
import type { LintResult } from '../../types.js';
import { collect, EXIT, version, type Io, type SetExit } from '../io.js';
import { overridesFrom, parseInteger, ruleInfo, type CliOptions } from './lint.js';

interface AuditCliOptions extends CliOptions {
  agent: string[];
  all?: boolean;
  map?: string;
  preset?: string;
  jobs?: number;
  report?: string;
  progress: boolean;
}

const FORMATS = ['stylish', 'json', 'ndjson', 'sarif'];

function auditSummaryText(report: AuditReport): string {
  const { accounting, summary, timings } = report;
  const seconds = (timings.readMs + timings.clusterMs + timings.lintMs) / 1000;
  const lines = [
    `read ${accounting.read} messages = ${accounting.linted} agent replies linted + ${accounting.context} customer messages (context) + ${accounting.failed} in error (unreadable, or its worker failed; see errors)` +
      (report.interrupted ? ' (interrupted: partial)' : ''),
    `${summary.passed} passed, ${summary.failed} failed, mean score ${summary.meanScore ?? 'n/a'} · ${report.clusters.length} canned clusters · ${seconds.toFixed(1)} s`,
  ];
  return `${lines.join('\n')}\n`;
}

async function runAudit(paths: string[], options: AuditCliOptions, io: Io): Promise<number> {
  if (paths.length === 0) throw usageError('audit needs at least one mailbox, export or folder', 'e.g. replylint audit mail.mbox --agent @acme.com');
  if (options.map && options.preset) throw usageError('give --map or --preset, not both');
  const format = options.format ?? 'stylish';
  if (!FORMATS.includes(format)) throw usageError(`audit cannot write format "${format}"`, `use ${FORMATS.join(', ')}`);
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  // Loaded here: the audit, its worker pool and progress bar are not needed to lint a draft.
  const [{ audit }, { htmlReport }, { ProgressView }] = await Promise.all([import('../../audit/index.js'), import('../../reporters/html.js'), import('../progress.js')]);
  const progress = options.progress && io.stderrIsTty ? new ProgressView() : undefined;

  let stream: WriteStream | undefined;
  let write: (text: string) => void = io.stdout;
  if (options.output) {
    const file = path.resolve(io.cwd, options.output);
    await mkdir(path.dirname(file), { recursive: true });
    stream = createWriteStream(file);
    write = (text) => void stream?.write(text);
  }
  // ndjson and stylish stream each result as soon as it is linted, so memory does not grow with
  // the mailbox; json and sarif need them all. Stylish waits when it would interleave with the
  // progress bar on the same terminal.
  const color = options.color ?? (io.stdoutIsTty && !options.output && !process.env['NO_COLOR']);
  const styled = format === 'stylish' && !(progress && io.stdoutIsTty && !options.output) ? stylishStream(color) : undefined;
  const streaming = format === 'ndjson' || styled !== undefined;
  const onResult = styled ? (result: LintResult) => write(styled.block(result)) : (result: LintResult) => write(`${JSON.stringify(publicResult(result))}\n`);
  const auditOptions: AuditOptions = {
    ...overridesFrom(options),
    cwd: io.cwd,
    agents: options.agent,
    ...(options.all ? { all: true } : {}),
    ...((options.map ?? options.preset) ? { map: (options.map ?? options.preset) as string } : {}),
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    collectResults: !streaming,
    worst: options.report ? 25 : 0,
    signal: controller.signal,
    ...(streaming ? { onResult } : {}),
    ...(progress ? { onProgress: (p) => progress.update(p) } : {}),
  };

  let report: AuditReport;
  try {
    report = await audit(paths, auditOptions);
  } finally {
    progress?.stop();
    process.removeListener('SIGINT', onSignal);
  }

  if (styled) {
    write(styled.end(report));
    write(auditSummaryText(report));
  } else if (streaming) {
    write(`${JSON.stringify({ summary: report.summary, accounting: report.accounting, clusters: report.clusters.length, errors: report.errors, ...(report.interrupted ? { interrupted: true } : {}) })}\n`);
  } else if (format === 'json') {
    const { worst: _worst, results, ...rest } = report;
    write(`${JSON.stringify({ ...rest, results: (results ?? []).map(publicResult) }, null, 2)}\n`);
  } else {
    const engine = await createEngine(io.cwd, overridesFrom(options), io.cwd);
    const input: ReportInput = {
      results: report.results ?? [],
      summary: report.summary,
      errors: report.errors,
      rules: [...engine.registry.values()].map(ruleInfo),
      cwd: io.cwd,
      version: version(),
      color,
    };
    const reporter = reporters[format];
    if (reporter) write(reporter(input));
    if (format === 'stylish') write(auditSummaryText(report));
  }
  if (stream) await new Promise<void>((resolve) => stream?.end(resolve));
  if (options.report) {
    const file = path.resolve(io.cwd, options.report);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, htmlReport(report, { version: version(), generatedAt: new Date().toISOString() }));
  }
  if (format !== 'stylish' || options.output) io.stderr(auditSummaryText(report));
  for (const error of report.errors) io.stderr(`replylint: ${error.message}\n`);

  if (report.interrupted) return 130;
  if (report.errors.length > 0) return EXIT.error;
  return report.summary.failed > 0 ? EXIT.failed : EXIT.ok;
}

export function registerAudit(program: Command, io: Io, setExit: SetExit): void {
  program
    .command('audit')
    .description('audit exported mailboxes and helpdesk exports: every agent reply, with its thread')
    .argument('<paths...>', 'mbox, Maildir, .eml files or folders, .gz/.zip of them, .csv exports, .jsonl')
    .option('--agent <who>', "the team's address, @domain or author id (repeatable)", collect, [])
    .option('--all', 'lint every message, customers\' too')
    .option('--map <mapping>', 'CSV columns, e.g. id=ticket,text=body,author=agent,role=direction:out=agent:in=customer')
    .option('--preset <name>', 'a built-in CSV mapping: twcs (Customer Support on Twitter)')
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)', (value: string) => {
      const n = parseInteger(value, '--jobs');
      if (n < 1) throw usageError('--jobs must be at least 1');
      return n;
    })
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATS))
    .option('-o, --output <file>', 'write the report to a file')
    .option('--report <file>', 'also write a self-contained HTML report')
    .option('--no-progress', 'no progress bar (it is shown only on a terminal anyway)')
    .option('-c, --config <file>', 'use this config file (no lookup)')
    .option('--no-config-lookup', 'ignore config files; use presets and flags only')
    .option('--rule <id:severity>', 'set a rule (repeatable)', collect, [])
    .option('--plugin <module>', 'load rules from a file or npm package (repeatable)', collect, [])
    .addOption(new Option('--channel <channel>', 'where replies were sent (default: from the records)').choices(['email', 'chat', 'social']))
    .addOption(new Option('--fail-on <severity>', 'fail a reply with findings at or above this severity').choices(['error', 'warning', 'info']))
    .option('--min-score <n>', 'fail replies scoring below this', (value: string) => parseInteger(value, '--min-score'))
    .option('--color', 'force colours')
    .option('--no-color', 'no colours')
    .option('--debug', 'print stack traces of internal errors')
    .action(async (paths: string[], options: AuditCliOptions) => {
      setExit(await runAudit(paths, { ...options, previous: [] }, io));
    });
}
