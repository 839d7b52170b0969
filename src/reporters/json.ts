/**
 * JSON, version 1 (documented in the README; additive changes only within a version):
 * `{ version, results: [{ filePath, id?, thread?, author?, score, passed, messages: [...] }], summary, errors }`.
 */
import type { LintMessage, LintResult } from '../types.js';
import type { ReportInput } from './types.js';

/** A message as published: internal offsets dropped. */
export function publicMessage(message: LintMessage): Omit<LintMessage, 'offset' | 'endOffset'> {
  const { offset: _offset, endOffset: _endOffset, ...rest } = message;
  return rest;
}

export function publicResult(result: LintResult): LintResult {
  return { ...result, messages: result.messages.map(publicMessage) };
}

export function json(input: ReportInput): string {
  return `${JSON.stringify({ version: 1, results: input.results.map(publicResult), summary: input.summary, errors: input.errors }, null, 2)}\n`;
}
