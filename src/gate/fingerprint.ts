/**
 * A finding's identity across edits, for the baseline and GitLab Code Quality: the rule, the
 * message id, the file, the template id and the offending text — never line numbers, so a finding
 * keeps its identity when unrelated text above it is added or removed.
 *
 * The offending text is whitespace-folded (re-wrapping a paragraph changes nothing). Findings
 * about a reply as a whole (no apology, no signature) have no short offending text: their span is
 * the whole body, which changes with any edit, so they are identified by rule, message and
 * template alone.
 */
import { createHash } from 'node:crypto';
import type { LintMessage } from '../types.js';

/** Longer offending text is a whole-reply span, not a phrase. */
const MAX_TEXT = 200;

export interface FindingIdentity {
  ruleId: string;
  messageId: string;
  /** Path relative to the baseline's directory (or the working directory), `/`-separated. */
  filePath: string;
  /** Template id within the file, when a file holds many. */
  id?: string;
  /** The offending text, folded; empty for whole-reply findings. */
  text: string;
}

export function findingText(message: Pick<LintMessage, 'actual'>): string {
  const folded = (message.actual ?? '').replace(/\s+/g, ' ').trim();
  if (folded.length > MAX_TEXT || /\n\s*\n/.test(message.actual ?? '')) return '';
  return folded;
}

export function identify(message: Pick<LintMessage, 'ruleId' | 'messageId' | 'actual'>, filePath: string, id: string | undefined): FindingIdentity {
  return {
    ruleId: message.ruleId,
    messageId: message.messageId,
    filePath: filePath.split('\\').join('/'),
    ...(id !== undefined ? { id } : {}),
    text: findingText(message),
  };
}

export function fingerprint(identity: FindingIdentity): string {
  return createHash('sha256')
    .update([identity.ruleId, identity.messageId, identity.filePath, identity.id ?? '', identity.text].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}
