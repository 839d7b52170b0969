/**
 * The library API: lint a draft string, or files. The CLI is built on these; everything it does
 * is reachable from here.
 *
 * `lintFiles` runs in stages, because templates are judged together:
 *
 * 1. **read** every file (or take its replies from the cache): one reply per template;
 * 2. **settings** per reply: mode, kind and rule overrides declared by the template;
 * 3. **template set**: every template-mode reply, indexed once for near duplicates;
 * 4. **lint** the replies of the files to report (all, or those changed since a git revision),
 *    reusing cached results whose file, config and near-duplicate matches are unchanged;
 * 5. **gate**: the baseline holds back the findings it lists (or is rewritten from them).
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { remainingCounts, splitByBaseline, updatedBaseline, writeBaseline, baselineRoot, loadBaseline, type Baseline } from '../gate/baseline.js';
import { cacheFilePath, hashOf, LintCache, type CachedReply } from '../gate/cache.js';
import { changedFiles } from '../gate/changed.js';
import { rescore, type Scoring } from '../gate/rescore.js';
import { formatOf, readDraftBytes, readFileBytes, readString, type DraftFormat } from '../readers/index.js';
import { passes, summarize } from '../scoring/score.js';
import { DEFAULT_TEMPLATE_EXCLUDES, isMarkdownCollection, PathPatterns } from '../templates/detect.js';
import { ReplySettings } from '../templates/reply-settings.js';
import { templateKey, TemplateSet } from '../templates/similar.js';
import type { Channel, LintReport, LintResult, Mode, Reply } from '../types.js';
import { duplicateLookup } from './duplicates.js';
import { createEngine, EngineCache, type Engine, type Overrides } from './engine.js';
import { UserError } from './errors.js';
import { lintReply, type LintSettings } from './run.js';

export interface LintOptions extends Overrides {
  /** The customer's message this draft answers: decides whether an apology is needed, and more. */
  context?: string;
  /** The team's earlier replies in this thread, oldest first: a repeat is a critical finding. */
  previousReplies?: string[];
  /** How the text is written; by default from `filePath`'s extension, else plain text. */
  format?: DraftFormat;
  /** A name for the text in results (and its format by extension). Default `<text>`. */
  filePath?: string;
  /** Where config discovery starts and relative paths resolve. Default `process.cwd()`. */
  cwd?: string;
  channel?: Channel;
}

/** Options of `lintFiles` only: the CI gate. */
export interface LintFilesOptions extends LintOptions {
  /** Reuse the results of unchanged files (`--cache`). */
  cache?: boolean;
  /** Cache file, or a directory for it (`--cache-location`). Default `node_modules/.cache/replylint/`. */
  cacheLocation?: string;
  /** Report only files changed since this git revision (`--changed-since`). */
  changedSince?: string;
  /** Findings listed in this file do not fail the gate (`--baseline`). */
  baseline?: string;
  /** Rewrite the baseline from this run's findings (`--update-baseline`). */
  updateBaseline?: boolean;
}

/** Adds what the caller knows about the conversation (customer message, channel, earlier replies) to a reply. */
export function withConversation(reply: Reply, options: Pick<LintOptions, 'context' | 'channel' | 'previousReplies'>): Reply {
  return {
    ...reply,
    ...(options.context !== undefined ? { context: options.context } : {}),
    ...(options.channel ? { channel: options.channel } : {}),
    ...(options.previousReplies && options.previousReplies.length > 0
      ? { thread: { id: reply.thread?.id ?? reply.filePath, position: options.previousReplies.length, previousReplies: options.previousReplies } }
      : {}),
  };
}

/**
 * Lints every reply a text holds: one for a draft, several for a collection of templates (YAML,
 * JSON, a Markdown file of saved replies). Resolves to one result per reply, in order.
 * Throws a `UserError` for a bad config or an empty draft.
 */
export async function lintText(text: string, options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const filePath = options.filePath ?? '<text>';
  const engine = await createEngine(cwd, options, cwd);
  const read = await readString(text, filePath, options.format);
  const collection = options.format === 'yaml' || options.format === 'json' || ['yaml', 'json'].includes(formatOf(filePath));
  const perReply = new ReplySettings(engine, options.mode);
  const results: LintResult[] = [];
  for (const each of read.length > 0 ? read : [{ filePath, text, segments: [] }]) {
    const reply = withConversation(each, options);
    const settings = await perReply.for(reply, collection);
    const linted = 'problem' in settings ? { ...reply, fatal: settings.problem } : reply;
    results.push(lintReply(linted, 'settings' in settings ? settings.settings : engine.settings, duplicateLookup(linted)));
  }
  return results;
}

/**
 * Lints one draft. Resolves to the result object the JSON reporter prints.
 * Throws a `UserError` for a bad config, an empty draft, or a text that holds several replies
 * (a collection: use `lintText`), rather than check only the first.
 */
export async function lint(text: string, options: LintOptions = {}): Promise<LintResult> {
  const results = await lintText(text, options);
  const [only] = results;
  if (results.length !== 1 || !only) throw collectionRefused(options.filePath ?? '<text>', results.length, 'use lintText() for a collection of replies');
  return only;
}

/** One draft was expected, a collection came: refused rather than checked in part. */
export function collectionRefused(filePath: string, replies: number, hint: string): UserError {
  return new UserError('input', filePath, `holds ${replies} replies; one draft is checked at a time`, hint);
}

export interface LintFilesReport extends LintReport {
  /** Inputs that could not be linted at all (missing, binary, not UTF-8, empty), one line each. */
  errors: Array<{ filePath: string; message: string; kind: string }>;
  /** The most warnings the config allows (for the gate), when set. */
  maxWarnings?: number;
  /** Things the user should know that are not failures (an unusable cache, a baseline written). */
  notices?: string[];
  /** Findings the baseline held back (not in `results`, not failing the gate). */
  baselined?: number;
  /** Files linted from the cache, and files linted afresh, when `--cache` is on. */
  cacheStats?: { hits: number; misses: number };
}

/** One reply on its way through the stages. */
interface Planned {
  key: string;
  id?: string;
  text: string;
  mode: Mode;
  fatal: boolean;
  reply?: Reply;
  settings?: LintSettings;
  cached?: CachedReply;
}

/** One file on its way through the stages. */
interface PlannedFile {
  file: string;
  display: string;
  engine: Engine;
  report: boolean;
  collection: boolean;
  cacheKey?: string;
  replies: Planned[];
}

type ErrorEntry = LintFilesReport['errors'][number];

/** Identity of the running build: a rebuilt replylint must not reuse results of the old one. */
function buildIdentity(): string {
  try {
    return String(statSync(fileURLToPath(import.meta.url)).mtimeMs);
  } catch {
    return 'unknown';
  }
}

/** What a file's results depend on besides its bytes: the config, the run's options, local plugins' code. */
function engineIdentity(engine: Engine, options: LintOptions): string {
  const plugins = engine.resolved.plugins.map(({ specifier, from }) => {
    const file = path.resolve(from, specifier);
    try {
      return `${file}@${statSync(file).mtimeMs}`;
    } catch {
      return specifier;
    }
  });
  // The gate (failOn, minScore, maxWarnings) only decides `passed`, which is recomputed from a
  // cached result: changing a threshold in CI keeps the cache.
  const { sources: _sources, failOn: _failOn, minScore: _minScore, maxWarnings: _maxWarnings, ...config } = engine.resolved;
  return JSON.stringify({
    config,
    plugins,
    context: options.context ?? null,
    previous: options.previousReplies ?? [],
    channel: options.channel ?? null,
    mode: options.mode ?? null,
    keepText: options.keepText ?? false,
  });
}

function realpath(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}

function scoringOf(settings: LintSettings): Scoring {
  return { rules: settings.rules.map((active) => ({ ruleId: active.rule.meta.id, weight: active.weight })), gate: settings.gate };
}

function similarOptionsOf(settings: LintSettings): CachedReply['similarOptions'] {
  if (settings.mode !== 'template') return null;
  const active = settings.rules.find((rule) => rule.rule.meta.id === 'similar-template');
  const options = active?.options as { threshold?: unknown; minWords?: unknown } | undefined;
  return typeof options?.threshold === 'number' && typeof options.minWords === 'number' ? { threshold: options.threshold, minWords: options.minWords } : null;
}

/** Lints files, directories and globs. Bad inputs are reported in `errors`; the rest is linted. */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<LintFilesReport> {
  const cwd = options.cwd ?? process.cwd();
  const notices: string[] = [];
  const errors: ErrorEntry[] = [];
  const rootEngine = await createEngine(cwd, options, cwd);
  // Loaded here, not at startup: globbing is only for files, never for a draft string.
  const { expandPaths } = await import('../readers/files.js');
  const { files, explicit, errors: expansionErrors } = await expandPaths(patterns, cwd, rootEngine.resolved.ignorePatterns);
  errors.push(...expansionErrors.map(toError));

  const changed = options.changedSince === undefined ? undefined : new Set([...(await changedFiles(options.changedSince, cwd))].map(realpath));
  const cacheFile = options.cache ? cacheFilePath(options.cacheLocation, cwd) : undefined;
  const cache = cacheFile ? await LintCache.open(cacheFile, (notice) => notices.push(notice), path.relative(cwd, cacheFile)) : undefined;

  const planned = await readStage(files, { explicit, changed, cache, options, cwd, errors });

  // Near-duplicate templates across the whole set (changed or not). A pair is reported on its
  // later template, so files outside the change set go first: a pair of a changed and an
  // unchanged template is then reported on the changed one, which is the one being reviewed.
  const ordered = [...planned.filter((file) => !file.report), ...planned.filter((file) => file.report)];
  const templates = new TemplateSet(ordered.flatMap((file) => file.replies.filter((reply) => reply.mode === 'template' && !reply.fatal).map((reply) => ({ key: reply.key, text: reply.text }))));

  const { results, scorings } = await lintStage(planned, templates, cache, options);
  if (cache && cacheFile) await cache.save(path.relative(cwd, cacheFile));

  const gated = await applyBaselineOption(results, scorings, planned, options, cwd, errors, notices);
  return {
    version: 1,
    results: gated.results,
    summary: summarize(gated.results),
    errors,
    ...(rootEngine.resolved.maxWarnings !== undefined ? { maxWarnings: rootEngine.resolved.maxWarnings } : {}),
    ...(notices.length > 0 ? { notices } : {}),
    ...(gated.held > 0 ? { baselined: gated.held } : {}),
    ...(cache ? { cacheStats: { hits: cache.hits, misses: cache.misses } } : {}),
  };
}

interface ReadContext {
  explicit: Set<string>;
  /** Files to report; undefined: all of them. */
  changed: Set<string> | undefined;
  cache: LintCache | undefined;
  options: LintFilesOptions;
  cwd: string;
  errors: ErrorEntry[];
}

/** Stages 1 and 2: every file read (or taken from the cache), every reply's settings settled. */
async function readStage(files: string[], context: ReadContext): Promise<PlannedFile[]> {
  const { explicit, changed, cache, options, cwd, errors } = context;
  const build = cache ? buildIdentity() : '';
  const engines = new EngineCache(options, cwd);
  const replySettings = new Map<Engine, ReplySettings>();
  const planned: PlannedFile[] = [];
  for (const file of files) {
    const display = path.relative(cwd, file) || file;
    const engine = await engines.forDirectory(path.dirname(file));
    let perReply = replySettings.get(engine);
    if (!perReply) {
      perReply = new ReplySettings(engine, options.mode);
      replySettings.set(engine, perReply);
    }
    if (!explicit.has(file) && perReply.templateMode && isDocumentation(engine, file, cwd)) continue;
    const report = changed === undefined || changed.has(realpath(file));
    const collection = ['yaml', 'json'].includes(formatOf(file)) || isMarkdownCollection(file, relativeToConfig(engine, file, cwd), new PathPatterns(engine.resolved.templates.collections));
    try {
      const bytes = await readFileBytes(file, display);
      const cacheKey = cache ? hashOf(build, engineIdentity(engine, options), display, bytes) : undefined;
      const entry = cache && cacheKey ? cache.get(file, cacheKey) : undefined;
      if (entry) {
        planned.push({ file, display, engine, report, collection: entry.collection, cacheKey, replies: entry.replies.map((cached) => fromCache(display, cached)) });
        continue;
      }
      const replies = await readDraftBytes(bytes, file, display, { collection });
      planned.push({ file, display, engine, report, collection, ...(cacheKey ? { cacheKey } : {}), replies: await plan(replies, display, perReply, collection) });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      // A file outside the change set is read only to compare templates with: its problems are not this change's.
      if (report) errors.push(toError(error));
    }
  }
  return planned;
}

/** Stage 4: the replies of the reported files, linted or taken from the cache; fresh cache entries. */
async function lintStage(planned: PlannedFile[], templates: TemplateSet, cache: LintCache | undefined, options: LintOptions): Promise<{ results: LintResult[]; scorings: Map<LintResult, Scoring> }> {
  const results: LintResult[] = [];
  const scorings = new Map<LintResult, Scoring>();
  for (const file of planned) {
    if (!file.report) continue;
    const fresh: CachedReply[] = [];
    let replies = file.replies;
    for (let i = 0; i < replies.length; i++) {
      let item = replies[i] as Planned;
      const similarOptions = item.cached?.similarOptions ?? (item.settings ? similarOptionsOf(item.settings) : null);
      const similar = similarOptions && !item.fatal ? JSON.stringify(templates.earlierSimilar(item.key, similarOptions.threshold, similarOptions.minWords)) : '';
      let result: LintResult;
      let scoring: Scoring;
      if (item.cached && item.cached.similar === similar) {
        // `passed` depends on the gate, which is not part of the cache key: decide it again.
        const gate = file.engine.settings.gate;
        const cachedResult = item.cached.result;
        result = { ...cachedResult, passed: cachedResult.score !== null && passes(cachedResult.score, cachedResult.messages, gate) };
        scoring = { ...item.cached.scoring, gate };
      } else {
        if (!item.reply) {
          // A cached file whose near-duplicate matches changed: read it again to lint this reply.
          replies = await reread(file, options);
          item = replies[i] as Planned;
        }
        const settings = item.settings as LintSettings;
        const reply = withConversation(item.reply as Reply, options);
        const key = item.key;
        const lookup = settings.mode === 'template' ? (threshold: number, minWords: number) => templates.earlierSimilar(key, threshold, minWords) : undefined;
        result = lintReply(reply, settings, duplicateLookup(reply, undefined, lookup));
        scoring = scoringOf(settings);
      }
      results.push(result);
      scorings.set(result, scoring);
      fresh.push({
        ...(item.id !== undefined ? { id: item.id } : {}),
        mode: item.mode,
        text: item.text,
        ...(item.fatal ? { fatal: true } : {}),
        similarOptions,
        similar,
        scoring,
        result,
      });
    }
    if (cache && file.cacheKey) cache.set(file.file, { key: file.cacheKey, collection: file.collection, replies: fresh });
  }
  return { results, scorings };
}

/** Settles each reply's settings (a malformed per-template rule setting makes the reply fatal). */
async function plan(replies: Reply[], display: string, perReply: ReplySettings, collection: boolean): Promise<Planned[]> {
  const out: Planned[] = [];
  for (const reply of replies) {
    const chosen = await perReply.for(reply, collection);
    const linted = 'problem' in chosen && !reply.fatal ? { ...reply, fatal: chosen.problem } : reply;
    // A fatal reply is reported, not linted: the config's settings only score it.
    const settings = 'settings' in chosen ? chosen.settings : perReply.base;
    out.push({
      key: templateKey(display, reply.id),
      ...(reply.id !== undefined ? { id: reply.id } : {}),
      text: linted.text,
      mode: settings.mode,
      fatal: linted.fatal !== undefined,
      reply: linted,
      settings,
    });
  }
  return out;
}

function fromCache(display: string, cached: CachedReply): Planned {
  return {
    key: templateKey(display, cached.id),
    ...(cached.id !== undefined ? { id: cached.id } : {}),
    text: cached.text,
    mode: cached.mode,
    fatal: cached.fatal ?? false,
    cached,
  };
}

async function reread(file: PlannedFile, options: LintOptions): Promise<Planned[]> {
  const bytes = await readFileBytes(file.file, file.display);
  const replies = await readDraftBytes(bytes, file.file, file.display, { collection: file.collection });
  const perReply = new ReplySettings(file.engine, options.mode);
  const fresh = await plan(replies, file.display, perReply, file.collection);
  // Keep the cached results of replies whose matches did not change.
  return fresh.map((item, i) => ({ ...item, ...(file.replies[i]?.cached ? { cached: file.replies[i]?.cached } : {}) }));
}

function relativeToConfig(engine: Engine, file: string, cwd: string): string {
  return path.relative(engine.resolved.templates.baseDir ?? cwd, file);
}

/** A repository's documentation (README…) is not a template (template mode, directory expansion only). */
function isDocumentation(engine: Engine, file: string, cwd: string): boolean {
  const patterns = engine.resolved.templates.exclude ?? DEFAULT_TEMPLATE_EXCLUDES;
  return new PathPatterns(patterns).matches(relativeToConfig(engine, file, cwd));
}

async function applyBaselineOption(
  results: LintResult[],
  scorings: Map<LintResult, Scoring>,
  planned: PlannedFile[],
  options: LintFilesOptions,
  cwd: string,
  errors: ErrorEntry[],
  notices: string[],
): Promise<{ results: LintResult[]; held: number }> {
  if (!options.baseline) return { results, held: 0 };
  const context = { root: baselineRoot(options.baseline, cwd), cwd };
  let baseline: Baseline | undefined;
  try {
    baseline = await loadBaseline(options.baseline, cwd, options.updateBaseline === true);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    // A broken baseline is reported and the run goes on without it: every finding is shown.
    if (!options.updateBaseline) {
      errors.push(toError(error));
      return { results, held: 0 };
    }
    notices.push(`${error.format()}; writing a new one`);
  }
  if (options.updateBaseline) {
    const linted = new Set(planned.filter((file) => file.report).map((file) => file.file));
    const updated = updatedBaseline(baseline, results, linted, context);
    await writeBaseline(options.baseline, cwd, updated);
    const count = updated.entries.reduce((sum, entry) => sum + entry.count, 0);
    notices.push(`${options.baseline}: baseline written with ${count} finding${count === 1 ? '' : 's'} in ${new Set(updated.entries.map((entry) => entry.filePath)).size} file(s)`);
    baseline = updated;
  }
  const remaining = remainingCounts(baseline);
  let held = 0;
  const gated = results.map((result) => {
    const split = splitByBaseline(result, remaining, context);
    held += split.held;
    const scoring = scorings.get(result);
    return scoring ? rescore(result, split.kept, scoring) : result;
  });
  return { results: gated, held };
}

function toError(error: UserError): ErrorEntry {
  return { filePath: error.where ?? '', message: error.format(), kind: error.kind };
}
