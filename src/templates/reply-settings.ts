/**
 * The settings one reply is linted with: its config's, adjusted by what the template declares.
 *
 * **Mode**, most specific first: `--mode` on the command line; the template's own
 * `replylint.mode`; the config's `mode`; then `template` for a reply read from a template
 * collection (a saved-replies file, a YAML/JSON collection, a macro export — never a draft about to
 * be sent) and `draft` for everything else. Drafts are the default for single files, stdin and
 * directories alike: a folder may be an outbox of drafts, and taking it for templates would let an
 * unfilled `{{customer.name}}` through. A repository of one-template-per-file says `mode: template`
 * (or extends `replylint:templates`) in its config.
 *
 * **Kind** (`acknowledgement`, `answer`, `closing`) makes the rules that do not fit it N/A for
 * this template; **rules** are merged over the config's rule settings for this template only.
 */
import { activateRules, toSeverity, type ActiveRule } from '../pipeline/config.js';
import type { Engine } from '../pipeline/engine.js';
import { UserError } from '../pipeline/errors.js';
import type { LintSettings } from '../pipeline/run.js';
import type { AnyRule } from '../rule-kit/rule.js';
import type { Mode, ReaderProblem, Reply } from '../types.js';
import { isSettingsProblem, readTemplateSettings, TEMPLATE_KINDS, type TemplateSettings } from './settings.js';

/** The same rule, N/A for every reply (it drops out of the score and is listed as N/A). */
function notApplicable(active: ActiveRule): ActiveRule {
  const rule: AnyRule = { ...active.rule, applies: () => false };
  return { ...active, rule };
}

export type ReplySettingsResult = { settings: LintSettings } | { problem: ReaderProblem };

/** Per-engine memo of settings variants (most templates share the config's). */
export class ReplySettings {
  private readonly variants = new Map<string, Promise<ReplySettingsResult>>();

  constructor(
    private readonly engine: Engine,
    /** `--mode` given on the command line (or to the API), which beats everything. */
    private readonly flagMode: Mode | undefined,
  ) {}

  /** The config's settings, as they are. */
  get base(): LintSettings {
    return this.engine.settings;
  }

  /** The mode a reply is linted in (see the module comment). */
  modeOf(settings: TemplateSettings | undefined, collection: boolean): Mode {
    return this.flagMode ?? settings?.mode ?? this.engine.resolved.mode ?? (collection ? 'template' : 'draft');
  }

  /** Whether files under this engine are linted as templates when they declare nothing. */
  get templateMode(): boolean {
    return (this.flagMode ?? this.engine.resolved.mode) === 'template';
  }

  for(reply: Reply, collection: boolean): Promise<ReplySettingsResult> {
    const declared = readTemplateSettings(reply.frontMatter);
    // Malformed settings made the reply fatal in the reader; lint it with the config's.
    const settings = isSettingsProblem(declared) ? undefined : declared;
    const mode = this.modeOf(settings, collection);
    const key = JSON.stringify([mode, settings?.kind ?? null, settings?.rules ?? null]);
    let variant = this.variants.get(key);
    if (!variant) {
      variant = this.build(mode, settings);
      this.variants.set(key, variant);
    }
    return variant;
  }

  private async build(mode: Mode, declared: TemplateSettings | undefined): Promise<ReplySettingsResult> {
    const base = this.engine.settings;
    let rules = base.rules;
    if (declared?.rules && Object.keys(declared.rules).length > 0) {
      const resolved = { ...this.engine.resolved, rules: { ...this.engine.resolved.rules } };
      for (const [id, setting] of Object.entries(declared.rules)) {
        const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
        resolved.rules[id] = { severity: toSeverity(severity), options: options ?? resolved.rules[id]?.options ?? {} };
      }
      try {
        rules = activateRules(resolved, this.engine.registry, 'front matter "replylint.rules"');
      } catch (error) {
        if (error instanceof UserError) return { problem: { message: error.format() } };
        throw error;
      }
      await Promise.all(rules.filter((active) => !base.rules.includes(active)).map((active) => active.rule.prepare?.(active.options)));
    }
    const skipped = new Set<string>(declared?.kind ? TEMPLATE_KINDS[declared.kind] : []);
    if (skipped.size > 0) rules = rules.map((active) => (skipped.has(active.rule.meta.id) ? notApplicable(active) : active));
    return { settings: { ...base, rules, mode } };
  }
}
