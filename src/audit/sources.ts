/**
 * Where audit records come from: mailboxes (mbox, Maildir, .eml files or folders, .gz, .zip),
 * helpdesk CSV exports (with a column mapping or a preset) and the canonical JSONL. Each path
 * becomes a stream of MailRecords; nothing is loaded whole.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { inputError, usageError, type UserError } from '../pipeline/errors.js';
import { readCsv, type CsvStats } from '../readers/exports/csv.js';
import { readJsonl } from '../readers/exports/jsonl.js';
import { MappingError, parseMapping, PRESETS } from '../readers/exports/mapping.js';
import type { MessageParser } from '../readers/mail/eml.js';
import { readMailPath } from '../readers/mail/source.js';
import type { MailRecord } from '../readers/record.js';

export type SourceFormat = 'mail' | 'csv' | 'jsonl';

export interface SourceOptions {
  /** Parses raw mail elsewhere (the audit's worker pool), with this many messages in flight. */
  parser?: MessageParser;
  concurrency?: number;
  /** CSV column mapping (`id=tweet_id,text=text,…`) or a preset name (`twcs`). */
  map?: string;
  /** Force a format instead of deciding by extension. */
  format?: SourceFormat;
}

export function formatOfPath(file: string): SourceFormat {
  const name = file.toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.csv') || name.endsWith('.tsv')) return 'csv';
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  return 'mail';
}

/** Checks a mapping before any file is read, so a typo is a usage error, not 100k fatal records. */
export function validateMapping(map: string | undefined): void {
  if (map === undefined || PRESETS[map]) return;
  try {
    parseMapping(map);
  } catch (error) {
    if (error instanceof MappingError) throw usageError(`--map: ${error.message}`, `presets: ${Object.keys(PRESETS).join(', ')}`);
    throw error;
  }
}

export interface SourceProblems {
  /** Paths that could not be opened at all. */
  errors: UserError[];
  csv: CsvStats;
}

/** Every record of every path, in order. Missing paths are collected in `problems.errors`. */
export async function* readSources(paths: string[], options: SourceOptions, cwd: string, problems: SourceProblems): AsyncGenerator<MailRecord> {
  for (const input of paths) {
    const absolute = path.resolve(cwd, input);
    const display = path.relative(cwd, absolute) || input;
    try {
      await stat(absolute);
    } catch {
      problems.errors.push(inputError(display, 'no such file or directory', 'check the path'));
      continue;
    }
    const format = options.format ?? formatOfPath(absolute);
    if (format === 'csv') {
      const stream = createReadStream(absolute);
      if (!options.map) throw usageError(`${display}: a CSV export needs a column mapping`, `pass --preset twcs or --map id=…,text=…,role=…`);
      const csv = readCsv(stream, display, { mapping: options.map, stats: problems.csv });
      for await (const record of csv) yield record;
    } else if (format === 'jsonl') {
      for await (const record of readJsonl(createReadStream(absolute), display)) yield record;
    } else {
      const mailOptions = options.parser ? { parser: options.parser, concurrency: options.concurrency ?? 32 } : {};
      for await (const record of readMailPath(absolute, mailOptions)) {
        // Mail readers name records by absolute path; results are relative to the working directory.
        yield { ...record, source: path.relative(cwd, record.source) || record.source };
      }
    }
  }
}
