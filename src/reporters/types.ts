import type { LintResult, Summary } from '../types.js';

/** Rule metadata a reporter may show (SARIF's rule table, docs links). */
export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: string;
  url: string;
  category?: string;
  weight?: number;
}

/** Everything a reporter needs. Reporters format; they compute nothing. */
export interface ReportInput {
  results: LintResult[];
  summary: Summary;
  /** Inputs that could not be linted at all. */
  errors: Array<{ filePath: string; message: string; kind: string }>;
  rules: RuleInfo[];
  /** Paths in results are relative to this directory. */
  cwd: string;
  version: string;
  color: boolean;
}

export type Reporter = (input: ReportInput) => string;
