/** The shape of a config file, validated with zod so errors name the key that is wrong. */
import { z } from 'zod';

export const severityInput = z.enum(['off', 'info', 'warn', 'warning', 'error']).or(z.literal(0)).or(z.literal(1)).or(z.literal(2));
export type SeverityInput = z.infer<typeof severityInput>;

export const ruleSetting = severityInput.or(z.tuple([severityInput])).or(z.tuple([severityInput, z.record(z.string(), z.unknown())]));
export type RuleSetting = z.infer<typeof ruleSetting>;

/** Template repositories: which files hold many templates, which are documentation, which placeholders hold names. */
export const templatesSetting = z
  .object({
    /** Markdown files holding one reply per heading section (gitignore patterns, from the config's directory), besides *SAVED_REPLIES.md. */
    collections: z.array(z.string()).optional(),
    /** Files that are not templates in template mode (gitignore patterns); replaces the default README/CONTRIBUTING/LICENSE… list. */
    exclude: z.array(z.string()).optional(),
    /** Placeholders that will hold the agent's name (regular expressions on the placeholder's inside), added to the built-in ones. */
    agentPlaceholders: z.array(z.string()).optional(),
    /** Placeholders that will hold the customer's name, added to the built-in ones. */
    customerPlaceholders: z.array(z.string()).optional(),
  })
  .strict();
export type TemplatesSetting = z.infer<typeof templatesSetting>;

export const configFile = z
  .object({
    $schema: z.string().optional(),
    extends: z.union([z.string(), z.array(z.string())]).optional(),
    rules: z.record(z.string(), ruleSetting).optional(),
    /** Override a rule's weight in the score (0 keeps the rule but stops it costing points). */
    weights: z.record(z.string(), z.number().min(0).max(1000)).optional(),
    plugins: z.array(z.string()).optional(),
    mode: z.enum(['draft', 'template']).optional(),
    channel: z.enum(['email', 'chat', 'social']).optional(),
    failOn: z.enum(['error', 'warning', 'warn', 'info']).optional(),
    minScore: z.number().min(0).max(100).optional(),
    maxWarnings: z.number().int().min(-1).optional(),
    ignorePatterns: z.array(z.string()).optional(),
    reportUnusedDirectives: z.boolean().optional(),
    templates: templatesSetting.optional(),
  })
  .strict();

export type ConfigFile = z.infer<typeof configFile>;
