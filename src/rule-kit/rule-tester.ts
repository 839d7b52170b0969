/**
 * RuleTester, after ESLint's: runs one rule alone over a text with the example's context,
 * channel, options and thread, and returns its messages. Tests compare message ids and
 * positions, never wording.
 */
import { z } from 'zod';
import { duplicateLookup } from '../pipeline/duplicates.js';
import { lintReply, type LintSettings } from '../pipeline/run.js';
import { readString } from '../readers/index.js';
import { TemplateSet } from '../templates/similar.js';
import type { LintMessage, Reply } from '../types.js';
import type { AnyRule, ValidExample } from './rule.js';

export async function runRule(rule: AnyRule, example: ValidExample): Promise<LintMessage[]> {
  const parsed = (rule.meta.options as z.ZodType).safeParse(example.options ?? {});
  if (!parsed.success) throw new Error(`${rule.meta.id}: example options invalid: ${parsed.error.message}`);
  await rule.prepare?.(parsed.data);
  const [read] = await readString(example.text, `${rule.meta.id}.example.txt`, 'text');
  if (!read) throw new Error('example produced no reply');
  const reply: Reply = {
    ...read,
    ...(example.context !== undefined ? { context: example.context } : {}),
    ...(example.channel ? { channel: example.channel } : {}),
    ...(example.previousReplies ? { thread: { id: 'example', position: example.previousReplies.length, previousReplies: example.previousReplies } } : {}),
  };
  const settings: LintSettings = {
    rules: [{ rule, severity: rule.meta.defaultSeverity, options: parsed.data, weight: rule.meta.weight }],
    mode: example.mode ?? 'draft',
    gate: { failOn: 'error' },
    reportUnusedDirectives: false,
  };
  // The example is the last template of a repository holding `templates`.
  const set = example.templates ? new TemplateSet([...example.templates.map((text, i) => ({ key: `template-${i + 1}`, text })), { key: 'example', text: reply.text }]) : undefined;
  const similar = set ? (threshold: number, minWords: number) => set.earlierSimilar('example', threshold, minWords) : undefined;
  return lintReply(reply, settings, duplicateLookup(reply, undefined, similar)).messages;
}
