/**
 * Comments in drafts and templates: HTML comments and the comment forms of Handlebars/Mustache,
 * Liquid and Jinja. A customer never reads them, so readers cut them from the text; the ones that
 * say `replylint-disable…` become directives.
 */
import type { Directive } from '../types.js';
import type { SourceIndex } from './source-map.js';

export interface CommentSpan {
  start: number;
  end: number;
  body: string;
}

// Order matters: `{{!--` before `{{!`.
const COMMENT =
  /<!--([\s\S]*?)-->|\{\{!--([\s\S]*?)--\}\}|\{\{!([\s\S]*?)\}\}|\{#([\s\S]*?)#\}|\{%-?\s*comment\s*-?%\}([\s\S]*?)\{%-?\s*endcomment\s*-?%\}/g;

export function findComments(source: string): CommentSpan[] {
  const spans: CommentSpan[] = [];
  if (!/<!--|\{\{!|\{#|\{%/.test(source)) return spans;
  for (const match of source.matchAll(COMMENT)) {
    const body = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '';
    spans.push({ start: match.index, end: match.index + match[0].length, body });
  }
  return spans;
}

const DIRECTIVE = /^\s*replylint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;

/** Reads a directive from a comment body, or returns undefined for an ordinary comment. */
export function parseDirective(comment: CommentSpan, index: SourceIndex): Directive | undefined {
  const match = DIRECTIVE.exec(comment.body);
  if (!match) return undefined;
  const kind = match[1] as Directive['kind'];
  const rest = match[2] ?? '';
  const separator = rest.indexOf('--');
  const list = separator === -1 ? rest : rest.slice(0, separator);
  const reason = separator === -1 ? undefined : rest.slice(separator + 2).trim() || undefined;
  const ruleIds = list
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  const start = index.position(comment.start);
  const end = index.position(comment.end);
  return {
    kind,
    ruleIds,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    ...(reason ? { reason } : {}),
  };
}

export function findDirectives(source: string, index: SourceIndex, comments = findComments(source)): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const directive = parseDirective(comment, index);
    if (directive) directives.push(directive);
  }
  return directives;
}
