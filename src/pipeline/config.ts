/**
 * Configuration: discovery (upward from each linted file, like ESLint's legacy config and
 * Prettier), `extends` presets and files, rule settings, plugins, and validation of everything
 * into the settings the runner uses. Every mistake is a one-line `UserError` naming the file.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lilconfig, type Loader } from 'lilconfig';
import type { z } from 'zod';
import { builtInRules } from '../../rules/index.js';
import type { AnyRule } from '../rule-kit/rule.js';
import type { Channel, Mode, Severity } from '../types.js';
import { configFile, type ConfigFile, type RuleSetting, type SeverityInput, type TemplatesSetting } from './config-schema.js';
import { closest, configError, UserError } from './errors.js';
import { AGENT_NAME_PLACEHOLDERS, CUSTOMER_NAME_PLACEHOLDERS } from './placeholders.js';
import { presets } from './presets.js';

export type { ConfigFile } from './config-schema.js';

/** A config after `extends` is flattened: what a file says, with presets and parents merged in. */
export interface ResolvedConfig {
  rules: Record<string, { severity: Severity | 'off'; options: Record<string, unknown> }>;
  weights: Record<string, number>;
  /** Plugin specifiers with the directory to resolve them from. */
  plugins: Array<{ specifier: string; from: string }>;
  mode?: Mode;
  channel?: Channel;
  failOn: Severity;
  minScore?: number;
  maxWarnings?: number;
  ignorePatterns: string[];
  reportUnusedDirectives: boolean;
  templates: ResolvedTemplates;
  /** Where settings came from, for messages and `--print-config`. */
  sources: string[];
}

/** `templates` settings, merged; patterns resolve from `baseDir` (the directory of the config that set them). */
export interface ResolvedTemplates {
  collections: string[];
  /** Undefined: the default documentation list (src/templates/detect.ts). */
  exclude?: string[];
  agentPlaceholders: string[];
  customerPlaceholders: string[];
  baseDir?: string;
}

export interface ActiveRule {
  rule: AnyRule;
  severity: Severity;
  options: unknown;
  weight: number;
}

export const DEFAULT_PRESET = 'replylint:recommended';

export function toSeverity(input: SeverityInput | 'warning'): Severity | 'off' {
  switch (input) {
    case 'off':
    case 0:
      return 'off';
    case 'info':
      return 'info';
    case 'warn':
    case 'warning':
    case 1:
      return 'warning';
    default:
      return 'error';
  }
}

function emptyResolved(): ResolvedConfig {
  return {
    rules: {},
    weights: {},
    plugins: [],
    failOn: 'error',
    ignorePatterns: [],
    reportUnusedDirectives: true,
    templates: { collections: [], agentPlaceholders: [], customerPlaceholders: [] },
    sources: [],
  };
}

/** Folds one rule setting into the merged rules: a bare severity keeps earlier options (ESLint's rule). */
function mergeRule(into: ResolvedConfig['rules'], id: string, setting: RuleSetting): void {
  const [severityInput, options] = Array.isArray(setting) ? setting : [setting, undefined];
  const previous = into[id];
  into[id] = { severity: toSeverity(severityInput), options: options ?? previous?.options ?? {} };
}

/** Validates a config object (from a file, the API or a preset) with a message naming the key. */
export function validateConfig(value: unknown, where: string): ConfigFile {
  const parsed = configFile.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = issue?.path.join('.') || '(top level)';
  if (issue?.code === 'unrecognized_keys') {
    const keys = issue.keys;
    const known = Object.keys(configFile.shape);
    const suggestion = keys[0] ? closest(keys[0], known) : undefined;
    throw configError(where, `unknown key ${keys.map((k) => `"${k}"`).join(', ')}`, suggestion ? `did you mean "${suggestion}"?` : `allowed keys: ${known.join(', ')}`);
  }
  if (key.startsWith('rules.')) {
    throw configError(where, `invalid setting for rule "${String(issue?.path[1])}"`, 'use "off", "info", "warn", "error", or ["warn", { …options }]');
  }
  throw configError(where, `invalid value for "${key}": ${issue?.message ?? 'invalid'}`);
}

/** Merges a validated config (and everything it extends) into `into`. */
async function applyConfig(config: ConfigFile, where: string, baseDir: string, into: ResolvedConfig, seen: Set<string>): Promise<void> {
  const parents = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
  for (const parent of parents) {
    if (parent.startsWith('replylint:')) {
      const name = parent.slice('replylint:'.length);
      const preset = presets[name];
      if (!preset) {
        const suggestion = closest(name, Object.keys(presets));
        throw configError(where, `unknown preset "${parent}"`, suggestion ? `did you mean "replylint:${suggestion}"?` : `presets: ${Object.keys(presets).map((p) => `replylint:${p}`).join(', ')}`);
      }
      if (seen.has(parent)) continue;
      seen.add(parent);
      await applyConfig(preset, parent, baseDir, into, seen);
      continue;
    }
    const file = path.resolve(baseDir, parent);
    if (seen.has(file)) throw configError(where, `"extends" loops back to ${parent}`, 'remove the cycle');
    seen.add(file);
    const loaded = await loadConfigFile(file);
    await applyConfig(loaded, file, path.dirname(file), into, seen);
  }
  for (const [id, setting] of Object.entries(config.rules ?? {})) mergeRule(into.rules, id, setting);
  Object.assign(into.weights, config.weights ?? {});
  for (const specifier of config.plugins ?? []) into.plugins.push({ specifier, from: baseDir });
  if (config.mode) into.mode = config.mode;
  if (config.channel) into.channel = config.channel;
  if (config.failOn) into.failOn = toSeverity(config.failOn) as Severity;
  if (config.minScore !== undefined) into.minScore = config.minScore;
  if (config.maxWarnings !== undefined) into.maxWarnings = config.maxWarnings;
  if (config.ignorePatterns) into.ignorePatterns.push(...config.ignorePatterns);
  if (config.reportUnusedDirectives !== undefined) into.reportUnusedDirectives = config.reportUnusedDirectives;
  if (config.templates) mergeTemplates(into.templates, config.templates, baseDir);
  into.sources.push(where);
}

function mergeTemplates(into: ResolvedTemplates, templates: TemplatesSetting, baseDir: string): void {
  if (templates.collections) into.collections.push(...templates.collections);
  if (templates.exclude) into.exclude = [...templates.exclude];
  if (templates.agentPlaceholders) into.agentPlaceholders.push(...templates.agentPlaceholders);
  if (templates.customerPlaceholders) into.customerPlaceholders.push(...templates.customerPlaceholders);
  if (templates.collections || templates.exclude) into.baseDir = baseDir;
}

/**
 * The placeholder names a config adds (`templates.agentPlaceholders`, `templates.customerPlaceholders`)
 * extend the rules that judge placeholders, unless a rule's own options already list them: one
 * setting for a help desk's placeholder vocabulary instead of one per rule.
 */
function applyPlaceholderNames(resolved: ResolvedConfig): void {
  const { agentPlaceholders, customerPlaceholders } = resolved.templates;
  const extend = (ruleId: string, option: string, defaults: string[], added: string[]) => {
    const rule = resolved.rules[ruleId];
    if (!rule || added.length === 0 || rule.options[option] !== undefined) return;
    rule.options = { ...rule.options, [option]: [...defaults, ...added] };
  };
  extend('missing-named-contact', 'agentPlaceholders', AGENT_NAME_PLACEHOLDERS, agentPlaceholders);
  extend('unfilled-placeholder', 'agentPlaceholders', AGENT_NAME_PLACEHOLDERS, agentPlaceholders);
  extend('unfilled-placeholder', 'customerPlaceholders', CUSTOMER_NAME_PLACEHOLDERS, customerPlaceholders);
}

/**
 * Flattens a config: the recommended preset first (unless the config extends presets itself),
 * then the config. `where` names it in errors; `baseDir` resolves relative `extends` and plugins.
 */
export async function resolveConfig(config: ConfigFile | undefined, where: string, baseDir: string): Promise<ResolvedConfig> {
  const resolved = emptyResolved();
  const seen = new Set<string>();
  const extendsPreset = [config?.extends ?? []].flat().some((parent) => parent.startsWith('replylint:'));
  if (!extendsPreset) await applyConfig({ extends: DEFAULT_PRESET }, DEFAULT_PRESET, baseDir, resolved, seen);
  if (config) await applyConfig(config, where, baseDir, resolved, seen);
  applyPlaceholderNames(resolved);
  return resolved;
}

// ---------------------------------------------------------------------------------------------
// Files

// Required on first use (yaml ships CommonJS, so loaders stay synchronous): most setups have no YAML config.
const parseYaml = (source: string): unknown => (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(source);

const loadYaml: Loader = (filepath, content) => {
  try {
    return parseYaml(content) as unknown;
  } catch (error) {
    const position = (error as { linePos?: Array<{ line: number }> }).linePos?.[0];
    throw configError(filepath, `invalid YAML: ${firstLine(error)}`, 'fix the syntax', position?.line);
  }
};

const loadJson: Loader = (filepath, content) => {
  if (content.trim() === '') return {};
  try {
    return JSON.parse(content) as unknown;
  } catch (error) {
    const line = jsonErrorLine(content, error);
    throw configError(filepath, `invalid JSON: ${firstLine(error)}`, 'fix the syntax (JSON allows no comments or trailing commas)', line);
  }
};

const loadJs: Loader = async (filepath) => {
  try {
    const module = (await import(pathToFileURL(filepath).href)) as { default?: unknown };
    return module.default ?? module;
  } catch (error) {
    throw configError(filepath, `cannot load config module: ${firstLine(error)}`, 'check that it runs with node and default-exports an object');
  }
};

const loadRc: Loader = (filepath, content) => (content.trimStart().startsWith('{') ? loadJson(filepath, content) : loadYaml(filepath, content));

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

function jsonErrorLine(content: string, error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : '';
  const line = /line (\d+)/.exec(message)?.[1];
  if (line) return Number(line);
  const position = /position (\d+)/.exec(message)?.[1];
  return position ? content.slice(0, Number(position)).split('\n').length : undefined;
}

export const CONFIG_FILES = [
  'package.json',
  '.replylintrc',
  '.replylintrc.json',
  '.replylintrc.yaml',
  '.replylintrc.yml',
  'replylint.config.js',
  'replylint.config.mjs',
];

// No lilconfig cache: a long-lived process (the library, a server, the cache tests) must see an
// edited config. A run builds one engine per config anyway (EngineCache), so this costs a few stats.
const explorer = lilconfig('replylint', {
  cache: false,
  searchPlaces: CONFIG_FILES,
  loaders: { '.json': loadJson, '.yaml': loadYaml, '.yml': loadYaml, '.js': loadJs, '.mjs': loadJs, noExt: loadRc },
});

async function loadConfigFile(file: string): Promise<ConfigFile> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    throw configError(file, `cannot read config file: ${(error as NodeJS.ErrnoException).code ?? firstLine(error)}`, 'check the path');
  }
  const extension = path.extname(file);
  const loader = extension === '.json' ? loadJson : extension === '.yaml' || extension === '.yml' ? loadYaml : extension === '.js' || extension === '.mjs' ? loadJs : loadRc;
  let value = await loader(file, content);
  if (path.basename(file) === 'package.json') value = (value as { replylint?: unknown }).replylint ?? {};
  return validateConfig(value, file);
}

export interface FoundConfig {
  config: ConfigFile | undefined;
  /** The config file's path, or undefined when none was found. */
  file: string | undefined;
}

/** Finds the config that applies to files in `directory`: the nearest one upward. */
export async function findConfig(directory: string): Promise<FoundConfig> {
  try {
    const result = await explorer.search(directory);
    if (!result || result.isEmpty) return { config: undefined, file: result?.filepath };
    return { config: validateConfig(result.config, result.filepath), file: result.filepath };
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw configError(directory, `cannot load config: ${firstLine(error)}`);
  }
}

/** Loads an explicit `--config FILE`. */
export async function loadExplicitConfig(file: string): Promise<FoundConfig> {
  const absolute = path.resolve(file);
  return { config: await loadConfigFile(absolute), file: absolute };
}

// ---------------------------------------------------------------------------------------------
// Plugins and rule settings

function isRule(value: unknown): value is AnyRule {
  const candidate = value as { meta?: { id?: unknown; options?: { safeParse?: unknown } }; check?: unknown } | undefined;
  return typeof candidate?.meta?.id === 'string' && typeof candidate.check === 'function' && typeof candidate.meta.options?.safeParse === 'function';
}

/** Loads a plugin module: `export default { rules: [...] }`, `export const rules = [...]`, or a rule. */
export async function loadPlugin(specifier: string, from: string): Promise<AnyRule[]> {
  let url: string;
  try {
    url = specifier.startsWith('.') || path.isAbsolute(specifier)
      ? pathToFileURL(path.resolve(from, specifier)).href
      : pathToFileURL(createRequire(path.join(from, 'noop.js')).resolve(specifier)).href;
  } catch {
    throw configError(specifier, 'cannot find plugin', `install it (npm install ${specifier}) or give a path like ./my-rules.js`);
  }
  let module: Record<string, unknown>;
  try {
    module = (await import(url)) as Record<string, unknown>;
  } catch (error) {
    throw configError(specifier, `cannot load plugin: ${firstLine(error)}`, 'check that it runs with node');
  }
  const exported = (module['default'] ?? module) as { rules?: unknown } | unknown[];
  const list = Array.isArray(exported) ? exported : Array.isArray((exported as { rules?: unknown }).rules) ? ((exported as { rules: unknown[] }).rules) : isRule(exported) ? [exported] : Array.isArray(module['rules']) ? (module['rules'] as unknown[]) : [];
  if (list.length === 0) throw configError(specifier, 'plugin exports no rules', 'export { rules: [rule, …] } with rules written to the replylint rule contract');
  return list.map((rule, index) => {
    if (!isRule(rule)) throw configError(specifier, `plugin rule #${index + 1} is not a replylint rule`, 'a rule needs meta.id, meta.options (a zod schema) and check()');
    return rule;
  });
}

/** The rules known to this config: built-ins and plugins. */
export async function ruleRegistry(resolved: ResolvedConfig, extraPlugins: Array<{ specifier: string; from: string }> = []): Promise<Map<string, AnyRule>> {
  const registry = new Map<string, AnyRule>(builtInRules.map((rule) => [rule.meta.id, rule]));
  for (const { specifier, from } of [...resolved.plugins, ...extraPlugins]) {
    for (const rule of await loadPlugin(specifier, from)) {
      const existing = registry.get(rule.meta.id);
      if (existing && existing !== rule) throw configError(specifier, `plugin rule "${rule.meta.id}" has the same id as another rule`, 'rename it, e.g. "myteam/' + rule.meta.id + '"');
      registry.set(rule.meta.id, rule);
    }
  }
  return registry;
}

/** Turns resolved settings into active rules, validating every rule id and option. */
export function activateRules(resolved: ResolvedConfig, registry: Map<string, AnyRule>, where: string): ActiveRule[] {
  for (const id of [...Object.keys(resolved.rules), ...Object.keys(resolved.weights)]) {
    if (!registry.has(id)) {
      const suggestion = closest(id, registry.keys());
      throw configError(where, `unknown rule "${id}"`, suggestion ? `did you mean "${suggestion}"?` : 'run `replylint rules` to list them');
    }
  }
  const active: ActiveRule[] = [];
  for (const [id, setting] of Object.entries(resolved.rules)) {
    if (setting.severity === 'off') continue;
    const rule = registry.get(id);
    if (!rule) continue;
    const parsed = (rule.meta.options as z.ZodType).safeParse(setting.options);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const key = issue?.path.join('.') ?? '';
      const detail = issue?.code === 'unrecognized_keys' ? `unknown option ${issue.keys.map((k) => `"${k}"`).join(', ')}` : `option "${key}": ${issue?.message ?? 'invalid'}`;
      throw configError(where, `rule "${id}": ${detail}`, `see \`replylint explain ${id}\``);
    }
    active.push({ rule, severity: setting.severity, options: parsed.data, weight: resolved.weights[id] ?? rule.meta.weight });
  }
  return active;
}
