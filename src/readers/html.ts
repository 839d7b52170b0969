/**
 * HTML drafts and HTML-only mail bodies: visible text, with block elements as paragraph breaks
 * and whitespace collapsed as a browser would. Quoted history (`blockquote`, Gmail's
 * `.gmail_quote`) is set aside; scripts, styles and comments are never text.
 */
import type { Element, Nodes, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Reply } from '../types.js';
import { findComments, findDirectives } from './comments.js';
import { SourceIndex, TextBuilder } from './source-map.js';

const parser = unified().use(rehypeParse);

const SKIP = new Set(['script', 'style', 'head', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'img', 'code', 'pre']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

function isQuote(element: Element): boolean {
  if (element.tagName === 'blockquote') return true;
  const className = element.properties['className'];
  return Array.isArray(className) && className.some((name) => /^(gmail_quote|yahoo_quoted|moz-cite-prefix)$/.test(String(name)));
}

export function readHtml(source: string, filePath: string): Reply[] {
  const index = new SourceIndex(source);
  const tree = parser.parse(source) as Root;
  const builder = new TextBuilder(index);
  const quoted: string[] = [];
  // Whitespace collapses across inline elements, as in a browser.
  let pendingSpace = false;

  const appendCollapsed = (value: string, sourceOffset: number): void => {
    // Whitespace at either end of a text node separates it from its neighbours ("the <b>red</b> card").
    if (/^\s/.test(value) && builder.size > 0) pendingSpace = true;
    let first = true;
    for (const match of value.matchAll(/\S+/g)) {
      if ((pendingSpace || !first) && !builder.endsWithNewlines(1)) builder.separator(' ');
      first = false;
      builder.appendFromSource(match[0], sourceOffset + match.index);
      pendingSpace = false;
    }
    if (/\s$/.test(value)) pendingSpace = true;
  };

  const visit = (node: Nodes): void => {
    if (node.type === 'text') {
      appendCollapsed(node.value, node.position?.start.offset ?? 0);
      return;
    }
    if (node.type === 'comment' || node.type === 'doctype') return;
    if (node.type === 'element') {
      if (SKIP.has(node.tagName)) return;
      if (isQuote(node)) {
        const from = node.position?.start.offset ?? 0;
        quoted.push(source.slice(from, node.position?.end.offset ?? from));
        return;
      }
      if (node.tagName === 'br') {
        builder.separator('\n');
        pendingSpace = false;
        return;
      }
      if (BLOCK.has(node.tagName)) {
        builder.paragraphBreak();
        pendingSpace = false;
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
    if (node.type === 'element' && BLOCK.has(node.tagName)) {
      builder.paragraphBreak();
      pendingSpace = false;
    }
  };
  visit(tree);

  const { text, segments } = builder.build();
  const directives = findDirectives(source, index, findComments(source));
  return [
    {
      filePath,
      text: text.replace(/\s+$/, ''),
      segments,
      ...(quoted.length > 0 ? { quoted: quoted.join('\n\n') } : {}),
      ...(directives.length > 0 ? { directives } : {}),
    },
  ];
}
