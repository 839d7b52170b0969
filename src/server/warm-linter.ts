/**
 * A linter that stays warm: `lint()` builds an engine (config discovery, plugins, dictionaries)
 * on every call, which is right for one-off calls and wasteful for a server or an agent checking
 * draft after draft. This keeps engines by config value and lints with them, producing the very
 * object `lint()` resolves to (the server tests compare both).
 */
import type { ConfigFile } from '../pipeline/config-schema.js';
import { duplicateLookup } from '../pipeline/duplicates.js';
import { createEngine, type Engine, type Overrides } from '../pipeline/engine.js';
import { collectionRefused, withConversation } from '../pipeline/lint.js';
import { lintReply } from '../pipeline/run.js';
import { readString, type DraftFormat } from '../readers/index.js';
import type { Channel, LintResult } from '../types.js';

export interface WarmLinterOptions {
  /** Where config discovery starts and relative paths resolve. Default `process.cwd()`. */
  cwd?: string;
  /** Settings under every request's inline config (an explicit config file, no lookup…). */
  overrides?: Overrides;
  /** How many distinct inline configs keep an engine (least recently used dropped). Default 32. */
  maxEngines?: number;
}

export interface WarmLintOptions {
  context?: string;
  channel?: Channel;
  previousReplies?: string[];
  /** An inline config, merged over the discovered one as in `lint()`. */
  config?: ConfigFile;
  format?: DraftFormat;
  /** A name for the draft in results. Default `<text>`, as `lint()`. */
  filePath?: string;
}

/** JSON with sorted keys, so configs equal in value share an engine whatever their key order. */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const record = inner as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key]]));
  }) ?? 'null';
}

export class WarmLinter {
  private readonly engines = new Map<string, Promise<Engine>>();
  private readonly cwd: string;
  private readonly overrides: Overrides;
  private readonly maxEngines: number;

  constructor(options: WarmLinterOptions = {}) {
    this.cwd = options.cwd ?? process.cwd();
    this.overrides = options.overrides ?? {};
    this.maxEngines = Math.max(1, options.maxEngines ?? 32);
  }

  /** The engine for an inline config (built once, then reused). Throws a `UserError` for a bad config. */
  async engine(config?: ConfigFile): Promise<Engine> {
    const key = stableKey(config ?? null);
    let engine = this.engines.get(key);
    if (engine) {
      // Re-insert: Map order is the recency order the eviction below relies on.
      this.engines.delete(key);
      this.engines.set(key, engine);
      return engine;
    }
    engine = createEngine(this.cwd, { ...this.overrides, ...(config !== undefined ? { config } : {}) }, this.cwd);
    this.engines.set(key, engine);
    // A config that fails is not kept: the error is the caller's answer, and the next try starts clean.
    engine.catch(() => this.engines.delete(key));
    while (this.engines.size > this.maxEngines) {
      const oldest = this.engines.keys().next().value;
      if (oldest === undefined) break;
      this.engines.delete(oldest);
    }
    return engine;
  }

  /** Lints one draft; resolves to what `lint(text, options)` resolves to. */
  async lint(text: string, options: WarmLintOptions = {}): Promise<LintResult> {
    const engine = await this.engine(options.config);
    const filePath = options.filePath ?? '<text>';
    const replies = await readString(text, filePath, options.format);
    // One draft per request: a collection is refused rather than checked in part.
    if (replies.length > 1) throw collectionRefused(filePath, replies.length, 'send each reply as its own request');
    const reply = withConversation(replies[0] ?? { filePath, text, segments: [] }, options);
    return lintReply(reply, engine.settings, duplicateLookup(reply));
  }
}

/** A warm linter for agents and servers: `const linter = createLinter(); await linter.lint(draft)`. */
export function createLinter(options: WarmLinterOptions = {}): WarmLinter {
  return new WarmLinter(options);
}
