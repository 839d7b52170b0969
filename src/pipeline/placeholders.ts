/**
 * Template placeholders: Handlebars/Mustache and Liquid `{{ … }}` / `{% … %}`, single-brace
 * `{customer_name}`, `[NAME]`, `%NAME%`, `<< CHOOSE >>`. They are opaque tokens: never words,
 * never spelling, and some of them stand for the agent's or the customer's name.
 */
import type { Span } from '../types.js';

export interface Placeholder extends Span {
  /** The raw token as written, e.g. `{{ agent.name }}`. */
  raw: string;
  /** The inside, trimmed and lower-cased: `agent.name`. */
  name: string;
}

const PLACEHOLDER =
  /\{\{\{?[^{}\n]{1,120}\}?\}\}|\{%[^%\n]{1,120}%\}|\{[A-Za-z_][\w.\- ]{0,60}\}|\[[A-Z][A-Z0-9 _'.\-/]{1,60}\]|%[A-Z][A-Z0-9_]{1,40}%|<<[^<>\n]{1,80}>>/g;

// Liquid/Handlebars block tags are control flow, not values a customer will see filled.
const CONTROL = /^\s*(?:[#/^]|else\b|end|if\b|unless\b|for\b|case\b|when\b|comment\b|raw\b|capture\b|assign\b)/;

export function findPlaceholders(text: string): Placeholder[] {
  const found: Placeholder[] = [];
  if (!/[{[%<]/.test(text)) return found;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const raw = match[0];
    const inner = raw.replace(/^(\{\{\{?|\{%|\{|\[|%|<<)|(\}?\}\}|%\}|\}|\]|%|>>)$/g, '').trim();
    found.push({ start: match.index, end: match.index + raw.length, raw, name: inner.toLowerCase() });
  }
  return found;
}

export function isControlTag(placeholder: Placeholder): boolean {
  return CONTROL.test(placeholder.name) || placeholder.raw.startsWith('{%');
}

/** Default patterns for placeholders that will hold the agent's own name. */
export const AGENT_NAME_PLACEHOLDERS = [
  '^(current_user|agent|assignee|staff|user|rep|sender|me|my|signature|support_agent|operator)[._ -]?(first_?name|name|full_?name|signature|display_?name)?$',
  '^(agent|staff|rep|your|my)[_ ]?name$',
  '^name of agent$',
];

/** Default patterns for placeholders that will hold the customer's name. */
export const CUSTOMER_NAME_PLACEHOLDERS = [
  '^(ticket\\.)?(requester|customer|recipient|contact|client|author|user)[._ -]?(first_?name|name|full_?name)?$',
  '^(first_?name|name|customer name|full_?name)$',
];
