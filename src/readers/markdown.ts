/**
 * Markdown drafts: prose of paragraphs, headings, lists and tables; code blocks, images and link
 * targets skipped; inline code kept but marked literal; blockquotes are quoted history.
 */
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Reply, Span } from '../types.js';
import { findComments, findDirectives } from './comments.js';
import { isProblem, readFrontMatter } from './front-matter.js';
import { SourceIndex, TextBuilder } from './source-map.js';

const parser = unified().use(remarkParse);

const BLOCKS = new Set(['paragraph', 'heading', 'tableRow', 'listItem', 'thematicBreak', 'html']);

export function readMarkdown(source: string, filePath: string): Reply[] {
  const index = new SourceIndex(source);
  const frontMatter = readFrontMatter(source);
  if (frontMatter && isProblem(frontMatter)) {
    return [{ filePath, text: '', segments: [], fatal: frontMatter }];
  }
  // Blank the front matter out (same length) so the parser's offsets stay those of the file.
  const bodyStart = frontMatter?.end ?? 0;
  const parseable = source.slice(0, bodyStart).replace(/[^\n]/g, ' ') + source.slice(bodyStart);
  const tree = parser.parse(parseable) as Root;
  const builder = new TextBuilder(index);
  const literals: Span[] = [];
  const quoted: string[] = [];

  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'code':
      case 'image':
      case 'imageReference':
      case 'definition':
      case 'footnoteDefinition':
      case 'yaml':
      case 'html':
        return;
      case 'blockquote':
        quoted.push(source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0));
        return;
      case 'text': {
        builder.appendFromSource(node.value, node.position?.start.offset ?? 0);
        return;
      }
      case 'inlineCode': {
        const start = builder.size;
        const offset = (node.position?.start.offset ?? 0) + source.slice(node.position?.start.offset ?? 0).search(/[^`]/);
        builder.appendFromSource(node.value, offset);
        literals.push({ start, end: builder.size });
        return;
      }
      case 'break':
        builder.separator('\n');
        return;
      case 'tableCell':
        if (!builder.endsWithNewlines(1)) builder.separator(' | ');
        break;
      default:
        break;
    }
    if (BLOCKS.has(node.type) || node.type === 'list') builder.paragraphBreak();
    if ('children' in node) {
      for (const child of node.children) visit(child as Nodes);
    }
    if (BLOCKS.has(node.type)) builder.paragraphBreak();
  };
  visit(tree);

  const { text, segments } = builder.build();
  const directives = findDirectives(source, index, findComments(source));
  return [
    {
      filePath,
      text: text.replace(/\s+$/, ''),
      segments,
      ...(literals.length > 0 ? { literals } : {}),
      ...(quoted.length > 0 ? { quoted: quoted.join('\n\n') } : {}),
      ...(directives.length > 0 ? { directives } : {}),
      ...(frontMatter ? { frontMatter: frontMatter.data } : {}),
    },
  ];
}
