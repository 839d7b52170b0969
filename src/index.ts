/**
 * replylint's library API. Everything the CLI does is reachable from here.
 *
 *   import { lint } from 'replylint';
 *   const result = await lint(draft, { context: customerMessage });
 */
export { lint, lintFiles, lintText, type LintFilesReport, type LintOptions } from './pipeline/lint.js';
export { createEngine, type Engine, type Overrides } from './pipeline/engine.js';
export { lintReply, type LintSettings } from './pipeline/run.js';
export { analyse } from './pipeline/analyse.js';
export type { Analysis, SentenceInfo, WordInfo } from './pipeline/analysis-types.js';
export type { ConfigFile, RuleSetting } from './pipeline/config-schema.js';
export { presets } from './pipeline/presets.js';
export { UserError } from './pipeline/errors.js';
export { scoreMessages, passes, summarize } from './scoring/score.js';
export { reporters, type ReportInput, type Reporter, type RuleInfo } from './reporters/index.js';
export { defineRule, type AnyRule, type RuleContext, type RuleMeta, type RuleModule, type Report } from './rule-kit/rule.js';
export { builtInRules as rules } from '../rules/index.js';
export type * from './types.js';
export { applyFixes, fixDraft, unifiedDiff, type ApplyOutcome, type AppliedFix, type FixDraftOptions, type FixOutcome, type OfferedSuggestion, type UnappliedFix } from './fix/index.js';
export { createLinter, WarmLinter, type WarmLintOptions, type WarmLinterOptions } from './server/warm-linter.js';
export { serveStdio, type StdioServer, type StdioServerOptions } from './server/stdio-server.js';
export type { LintRequest, Response as ServeResponse } from './server/protocol.js';
export { audit, type AuditOptions, type AuditReport, type AuditProgress, type AgentSummary, type CannedCluster } from './audit/index.js';
