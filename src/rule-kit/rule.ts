/**
 * The rule contract (DESIGN.md §2). A rule is one module in `rules/` that default-exports
 * the value returned by `defineRule`, so its options type flows from its schema to `check`.
 */
import type { z } from 'zod';
import type { Analysis } from '../pipeline/analysis-types.js';
import type { Channel, Fix, Mode, Reply, Severity, Span, Suggestion } from '../types.js';
import type { DuplicateLookup } from './corpus.js';

export type Category = 'ownership' | 'empathy' | 'resolution' | 'accountability' | 'clarity' | 'consistency' | 'tone' | 'template';

/** A draft that must pass the rule. */
export interface ValidExample {
  text: string;
  context?: string;
  channel?: Channel;
  options?: Record<string, unknown>;
  previousReplies?: string[];
  mode?: Mode;
  /** Other templates of the repository, linted before this one (for cross-template rules). */
  templates?: string[];
}

export interface ExpectedError {
  messageId: string;
  line?: number;
  column?: number;
  /** Where a finding asks for a lower severity than the rule's. */
  severity?: Severity;
}

/** A draft the rule must report, with the messages it must report (in order). */
export interface InvalidExample extends ValidExample {
  errors: ExpectedError[];
  /** The text after every safe fix is applied (as ESLint's RuleTester `output`). */
  output?: string;
}

export interface RuleDocs {
  /** Why this matters to a customer, in a sentence or two. */
  rationale: string;
  /** What to do instead. */
  fix: string;
  /** Research or style guides the rule follows. */
  references?: string[];
}

export interface RuleMeta<S extends z.ZodType> {
  id: string;
  description: string;
  category: Category;
  defaultSeverity: Severity;
  /** The most points this rule can take off a reply's score. */
  weight: number;
  /** Validates user options, fills defaults and gives `check` its types. */
  options: S;
  /** Message templates by id; `{name}` is filled from the report's `data`. */
  messages: Record<string, string>;
  /** Message ids that fail the reply whatever its score (QA scorecards' auto-fail). */
  critical?: string[];
  docs: RuleDocs;
  examples: { valid: Array<string | ValidExample>; invalid: InvalidExample[] };
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** Offsets into the reply's text; omitted means the whole reply (reported at its start). */
  span?: Span;
  expected?: string[];
  /** Share of the rule's weight this finding costs (0–1). Defaults to 1. */
  cost?: number;
  /** A finding may ask for a lower severity than the rule's configured one (never higher). */
  severity?: Severity;
  /** A safe, local edit `--fix` may apply (a fixed wording for exactly the reported text). */
  fix?: Fix;
  /** Edits offered but never applied automatically (insert an apology after the greeting…). */
  suggestions?: Suggestion[];
}

/** What a rule sees besides the reply. */
export interface RuleContext {
  reply: Reply;
  analysis: Analysis;
  mode: Mode;
  channel: Channel | undefined;
  /** Cross-reply duplicate lookups (thread, corpus, template set). */
  duplicates: DuplicateLookup;
  report(report: Report): void;
}

export interface RuleModule<S extends z.ZodType = z.ZodType> {
  meta: RuleMeta<S>;
  /**
   * Whether the rule applies to this reply at all. A rule that does not apply drops out of the
   * score (N/A), as QA scorecards do: e.g. no apology is needed to answer a plain question.
   */
  applies?(ctx: RuleContext, options: z.output<S>): boolean;
  check(ctx: RuleContext, options: z.output<S>): void;
  /** Loads what `check` needs (a dictionary), once, before any reply is checked. Only called when the rule is on. */
  prepare?(options: z.output<S>): Promise<void>;
}

/** Identity helper that ties `check`'s options type to the schema. */
export function defineRule<S extends z.ZodType>(rule: RuleModule<S>): RuleModule<S> {
  return rule;
}

/**
 * A rule whose option type is erased, as kept in registries. `check` is declared with method
 * syntax above, so a rule with a specific schema is assignable here without casts.
 */
export type AnyRule = RuleModule<z.ZodType>;
