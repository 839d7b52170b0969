/**
 * Angle-bracket placeholders in Markdown templates: `@<reporter>`, `#<insert issue>`,
 * `<PROJECT NAME>`. CommonMark reads them as inline HTML tags, so the Markdown reader drops them
 * and the reply text says "Thanks for the report @!" — the placeholder is gone before any rule can
 * see it. (typescript-eslint's saved replies have four.) A tag whose name is not an HTML element
 * is a placeholder an author wrote for a person to fill, so it is kept as text.
 *
 * Done without moving a single offset: the brackets are swapped for two private-use characters
 * (which Markdown reads as text) before parsing and swapped back in the reply text after.
 */
import { readMarkdown } from '../readers/markdown.js';
import type { Reply } from '../types.js';

/** HTML elements (WHATWG), which really are markup in a Markdown reply. */
const HTML_ELEMENTS = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col colgroup data ' +
    'datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header ' +
    'hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta meter nav noscript object ol optgroup ' +
    'option output p picture pre progress q rp rt ruby s samp script search section select slot small source span strong style ' +
    'sub summary sup table tbody td template textarea tfoot th thead time title tr track u ul var video wbr center font big tt ' +
    'strike details g-emoji svg path math'
  ).split(' '),
);

const OPEN = '\uE000';
const CLOSE = '\uE001';

/** `<name …>` that is not an HTML element or a URL autolink (`<https://…>`, `<a@b.c>`). */
const ANGLE = /<([A-Za-z][\w-]*)([^<>\n]{0,60})>/g;

export function isAnglePlaceholder(name: string, rest: string): boolean {
  if (HTML_ELEMENTS.has(name.toLowerCase())) return false;
  // Autolinks and addresses are links, not placeholders.
  if (/^[:@.]/.test(rest) || rest.includes('://') || rest.includes('@')) return false;
  // Attributes (`<x class="…">`) mean markup someone meant, even if unknown.
  return !/=/.test(rest);
}

/** `source` with angle-bracket placeholders' brackets swapped for private-use characters (same length). */
export function protectAnglePlaceholders(source: string): string {
  if (!source.includes('<')) return source;
  return source.replace(ANGLE, (whole, name: string, rest: string) => (isAnglePlaceholder(name, rest) ? `${OPEN}${whole.slice(1, -1)}${CLOSE}` : whole));
}

function restore(text: string): string {
  return text.replaceAll(OPEN, '<').replaceAll(CLOSE, '>');
}

/** A reply read from protected text, its brackets put back. */
export function restoreAnglePlaceholders(reply: Reply): Reply {
  if (!reply.text.includes(OPEN) && !reply.quoted?.includes(OPEN)) return reply;
  return { ...reply, text: restore(reply.text), ...(reply.quoted !== undefined ? { quoted: restore(reply.quoted) } : {}) };
}

/** Reads a Markdown reply keeping its angle-bracket placeholders as text. */
export function readMarkdownTemplate(source: string, filePath: string): Reply[] {
  return readMarkdown(protectAnglePlaceholders(source), filePath).map(restoreAnglePlaceholders);
}
