/**
 * Per-template settings, declared where the template lives: a `replylint:` block in a file's YAML
 * front matter, or a `replylint` key on an entry of a YAML/JSON collection.
 *
 * ```yaml
 * ---
 * replylint:
 *   kind: acknowledgement        # what the template is for (rules that do not apply drop out)
 *   rules: { readability: off }  # rule settings for this template only, as in a config file
 * ---
 * ```
 */
import { z } from 'zod';
import { ruleSetting } from '../pipeline/config-schema.js';
import type { ReaderProblem } from '../types.js';

/**
 * What a template is for, and the rules that therefore do not apply to it (N/A: they drop out of
 * the score, as a QA scorecard marks a category N/A). A plain reply needs them all.
 */
export const TEMPLATE_KINDS = {
  /** "We got your request and will reply within a day": nothing is fixed yet, so no remedy. */
  acknowledgement: ['missing-remedy'],
  /** The answer to a plain question (an FAQ): nothing went wrong, so no apology. */
  answer: ['missing-apology'],
  /** Closing a solved or stale ticket: the remedy came earlier in the thread. */
  closing: ['missing-remedy'],
  /** A reply to a problem: every rule applies. */
  reply: [],
} as const satisfies Record<string, readonly string[]>;

export type TemplateKind = keyof typeof TEMPLATE_KINDS;

const kinds = Object.keys(TEMPLATE_KINDS) as [TemplateKind, ...TemplateKind[]];

export const templateSettingsSchema = z
  .object({
    kind: z.enum(kinds).optional(),
    /** `draft` or `template`; overrides the default for this file (not a `--mode` flag). */
    mode: z.enum(['draft', 'template']).optional(),
    rules: z.record(z.string(), ruleSetting).optional(),
    /** Markdown only: `headings` reads one reply per heading section, `none` the file as one reply. */
    split: z.enum(['headings', 'none']).optional(),
  })
  .strict();

export type TemplateSettings = z.infer<typeof templateSettingsSchema>;

/** The key that holds replylint's settings in front matter and collection entries. */
export const SETTINGS_KEY = 'replylint';

/**
 * Reads the `replylint` block from front matter (or a collection entry). `undefined` when there is
 * none; a problem naming the key and the fix when it is malformed.
 */
export function readTemplateSettings(container: Record<string, unknown> | undefined, line?: number): TemplateSettings | ReaderProblem | undefined {
  const value = container?.[SETTINGS_KEY];
  if (value === undefined || value === null) return undefined;
  const parsed = templateSettingsSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = [SETTINGS_KEY, ...(issue?.path ?? []).map(String)].join('.');
  let message: string;
  if (issue?.code === 'unrecognized_keys') message = `unknown key ${issue.keys.map((k) => `"${SETTINGS_KEY}.${k}"`).join(', ')} (allowed: kind, mode, rules, split)`;
  else if (key === `${SETTINGS_KEY}.kind`) message = `"${key}" must be one of ${kinds.join(', ')}`;
  else if (key.startsWith(`${SETTINGS_KEY}.rules.`)) message = `invalid setting for rule "${String(issue?.path[1])}" in "${SETTINGS_KEY}.rules" (use "off", "info", "warn", "error", or ["warn", { …options }])`;
  else if (typeof value !== 'object' || Array.isArray(value)) message = `"${SETTINGS_KEY}" must be a mapping, e.g. replylint: { kind: acknowledgement }`;
  else message = `invalid value for "${key}": ${issue?.message ?? 'invalid'}`;
  const where = line === undefined ? '' : `line ${line}: `;
  return { message: `${where}${message}`, ...(line !== undefined ? { line } : {}) };
}

/** A malformed `replylint` block, as opposed to settings. */
export function isSettingsProblem(value: TemplateSettings | ReaderProblem | undefined): value is ReaderProblem {
  return value !== undefined && 'message' in value;
}
