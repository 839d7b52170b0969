/**
 * `--cache`: results of files that did not change are reused. A file's entry is keyed by a hash
 * of its bytes, the config that applies to it, the options of the run and the replylint build, so
 * any of those changing re-lints it. The one thing that crosses files — near-duplicate templates —
 * is checked per reply: a reply's result is reused only if the templates it is similar to are the
 * same as when it was cached (`similar`), which costs a normalisation, not a lint.
 *
 * The cache is a convenience, never a source of failure: a missing, unreadable, corrupt or
 * foreign cache file is ignored (a notice says so and the run re-lints), and a cache that cannot
 * be written leaves the run's outcome unchanged.
 */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Gate, RuleWeight } from '../scoring/score.js';
import type { LintResult, Mode } from '../types.js';

/** Where the cache lives by default, as other tools keep theirs (Babel, ESLint's loader, Prettier). */
export const DEFAULT_CACHE_DIRECTORY = path.join('node_modules', '.cache', 'replylint');
const CACHE_NAME = 'lint-cache.json';
const FORMAT = 1;

/** One reply as cached: enough to reuse its result, and to rebuild the template set without reading. */
export interface CachedReply {
  id?: string;
  mode: Mode;
  /** The linted text, for near-duplicate checks of other templates. */
  text: string;
  /** Whether the reply could not be read (then it takes no part in the template set). */
  fatal?: boolean;
  /** `similar-template`'s options when it applies to this reply, else null. */
  similarOptions: { threshold: number; minWords: number } | null;
  /** The earlier templates it was similar to, serialised. */
  similar: string;
  /** What rescoring needs if a baseline hides some findings. */
  scoring: { rules: RuleWeight[]; gate: Gate };
  result: LintResult;
}

export interface CacheEntry {
  key: string;
  collection: boolean;
  replies: CachedReply[];
}

interface CacheFile {
  format: number;
  tool: 'replylint';
  files: Record<string, CacheEntry>;
}

/** `--cache-location`: a directory (existing, or written with a trailing slash) or a file. */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  if (location === undefined) return path.resolve(cwd, DEFAULT_CACHE_DIRECTORY, CACHE_NAME);
  const resolved = path.resolve(cwd, location);
  const isDirectory = /[\\/]$/.test(location) || (existsSync(resolved) && statSync(resolved).isDirectory());
  return isDirectory ? path.join(resolved, CACHE_NAME) : resolved;
}

/** A stable hash of the parts (strings or bytes) in order. */
export function hashOf(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part);
    hash.update('\u0000');
  }
  return hash.digest('hex');
}

function isCacheFile(value: unknown): value is CacheFile {
  const candidate = value as Partial<CacheFile> | null;
  return typeof candidate === 'object' && candidate !== null && candidate.format === FORMAT && candidate.tool === 'replylint' && typeof candidate.files === 'object' && candidate.files !== null;
}

function isEntry(value: unknown): value is CacheEntry {
  const entry = value as Partial<CacheEntry> | null;
  return typeof entry === 'object' && entry !== null && typeof entry.key === 'string' && Array.isArray(entry.replies);
}

export class LintCache {
  private readonly fresh = new Map<string, CacheEntry>();
  hits = 0;
  misses = 0;

  private constructor(
    readonly file: string,
    private readonly previous: Record<string, CacheEntry>,
    private readonly notify: (notice: string) => void,
  ) {}

  /** Opens the cache file; anything wrong with it is a notice and an empty cache. */
  static async open(file: string, notify: (notice: string) => void, displayPath = file): Promise<LintCache> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // No cache yet (or its directory is not there): nothing to say until writing fails.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') notify(`${displayPath}: cannot read the cache (${code ?? 'error'}); linting everything (check the permissions, or delete the file)`);
      return new LintCache(file, {}, notify);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      notify(`${displayPath}: the cache is corrupt (not JSON); ignoring it and linting everything (it is rewritten after this run)`);
      return new LintCache(file, {}, notify);
    }
    if (!isCacheFile(parsed)) {
      notify(`${displayPath}: not a replylint cache of this version; ignoring it and linting everything (it is rewritten after this run)`);
      return new LintCache(file, {}, notify);
    }
    return new LintCache(file, parsed.files, notify);
  }

  /** The cached entry of `file` if it was cached under the same key. */
  get(file: string, key: string): CacheEntry | undefined {
    const entry = this.previous[file];
    if (isEntry(entry) && entry.key === key) {
      this.hits++;
      return entry;
    }
    this.misses++;
    return undefined;
  }

  set(file: string, entry: CacheEntry): void {
    this.fresh.set(file, entry);
  }

  /**
   * Writes the cache: this run's entries, and earlier entries of files that still exist (another
   * run may lint them). Written to a temporary file and renamed, so a crash never leaves half a file.
   */
  async save(displayPath = this.file): Promise<void> {
    const files: Record<string, CacheEntry> = {};
    for (const [file, entry] of Object.entries(this.previous)) {
      if (!this.fresh.has(file) && isEntry(entry) && existsSync(file)) files[file] = entry;
    }
    for (const [file, entry] of this.fresh) files[file] = entry;
    const content: CacheFile = { format: FORMAT, tool: 'replylint', files };
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFile(temporary, JSON.stringify(content));
      await rename(temporary, this.file);
    } catch (error) {
      this.notify(`${displayPath}: cannot write the cache (${(error as NodeJS.ErrnoException).code ?? 'error'}); the next run lints everything again (check --cache-location)`);
    }
  }
}
