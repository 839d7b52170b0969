/**
 * Settings for a lint run: the config that applies (found, explicit or inline), CLI-style
 * overrides on top, plugins loaded and every rule validated, rules prepared (dictionaries
 * loaded). Built once per config and reused for every reply under it.
 */
import path from 'node:path';
import type { AnyRule } from '../rule-kit/rule.js';
import type { Channel, Mode, Severity } from '../types.js';
import type { RuleSetting } from './config-schema.js';
import {
  activateRules,
  findConfig,
  loadExplicitConfig,
  resolveConfig,
  ruleRegistry,
  toSeverity,
  validateConfig,
  type ConfigFile,
  type FoundConfig,
  type ResolvedConfig,
} from './config.js';
import type { LintSettings } from './run.js';

/** Settings that override any config file (from the CLI or the API caller). */
export interface Overrides {
  /** An explicit config file: no discovery. */
  configFile?: string;
  /** An inline config, used as if it were the discovered file (merged over the explicit one if both). */
  config?: ConfigFile;
  /** Skip config discovery (inline/explicit config and overrides only). */
  noConfigLookup?: boolean;
  rules?: Record<string, RuleSetting>;
  plugins?: string[];
  mode?: Mode;
  channel?: Channel;
  failOn?: Severity;
  minScore?: number;
  maxWarnings?: number;
  keepText?: boolean;
}

export interface Engine {
  settings: LintSettings;
  resolved: ResolvedConfig;
  registry: Map<string, AnyRule>;
  /** The config file in effect, if any. */
  configFile: string | undefined;
}

async function configFor(directory: string, overrides: Overrides): Promise<FoundConfig> {
  if (overrides.configFile) return loadExplicitConfig(overrides.configFile);
  if (overrides.noConfigLookup) return { config: undefined, file: undefined };
  return findConfig(directory);
}

function mergeInline(found: FoundConfig, inline: ConfigFile | undefined): ConfigFile | undefined {
  if (!inline) return found.config;
  const validated = validateConfig(inline, 'config option');
  if (!found.config) return validated;
  // The inline config extends the file's settings.
  return {
    ...found.config,
    ...validated,
    rules: { ...found.config.rules, ...validated.rules },
    weights: { ...found.config.weights, ...validated.weights },
    plugins: [...(found.config.plugins ?? []), ...(validated.plugins ?? [])],
  };
}

/** Builds an engine for files in `directory` (config discovered upward from there). */
export async function createEngine(directory: string, overrides: Overrides = {}, cwd = process.cwd()): Promise<Engine> {
  const found = await configFor(directory, overrides);
  const config = mergeInline(found, overrides.config);
  const where = found.file ? path.relative(cwd, found.file) || found.file : 'config';
  const resolved = await resolveConfig(config, where, found.file ? path.dirname(found.file) : cwd);
  for (const [id, setting] of Object.entries(overrides.rules ?? {})) {
    const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
    resolved.rules[id] = { severity: toSeverity(severity), options: options ?? resolved.rules[id]?.options ?? {} };
  }
  if (overrides.mode) resolved.mode = overrides.mode;
  if (overrides.channel) resolved.channel = overrides.channel;
  if (overrides.failOn) resolved.failOn = overrides.failOn;
  if (overrides.minScore !== undefined) resolved.minScore = overrides.minScore;
  if (overrides.maxWarnings !== undefined) resolved.maxWarnings = overrides.maxWarnings;
  const registry = await ruleRegistry(resolved, (overrides.plugins ?? []).map((specifier) => ({ specifier, from: cwd })));
  const rules = activateRules(resolved, registry, overrides.rules ? `${where} or --rule` : where);
  await Promise.all(rules.map((active) => active.rule.prepare?.(active.options)));
  const settings: LintSettings = {
    rules,
    mode: resolved.mode ?? 'draft',
    ...(resolved.channel ? { channel: resolved.channel } : {}),
    gate: { failOn: resolved.failOn, ...(resolved.minScore !== undefined ? { minScore: resolved.minScore } : {}) },
    reportUnusedDirectives: resolved.reportUnusedDirectives,
    knownRuleIds: new Set(registry.keys()),
    ...(overrides.keepText ? { keepText: true } : {}),
  };
  return { settings, resolved, registry, configFile: found.file };
}

/** Engines by config file, so a tree of files under one config builds it once. */
export class EngineCache {
  private readonly byFile = new Map<string, Promise<Engine>>();
  private readonly byDirectory = new Map<string, Promise<Engine>>();

  constructor(
    private readonly overrides: Overrides,
    private readonly cwd: string,
  ) {}

  forDirectory(directory: string): Promise<Engine> {
    let engine = this.byDirectory.get(directory);
    if (!engine) {
      engine = (async () => {
        const found = this.overrides.configFile || this.overrides.noConfigLookup ? undefined : await findConfig(directory);
        const key = found?.file ?? '';
        let shared = this.byFile.get(key);
        if (!shared) {
          shared = createEngine(directory, this.overrides, this.cwd);
          this.byFile.set(key, shared);
        }
        return shared;
      })();
      this.byDirectory.set(directory, engine);
    }
    return engine;
  }
}
