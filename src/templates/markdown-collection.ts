/**
 * Markdown files that hold many replies, one per heading section (GitHub's `SAVED_REPLIES.md`
 * convention, Prometheus' `saved_replies.md`).
 *
 * How a file is split, from the shapes found in real repositories:
 *
 * - Text before the first heading is the file's introduction, not a reply.
 * - A first heading that is alone at the file's top level (one `#` above many `##`) is the file's
 *   title; its section introduces the collection ("The following are canned responses…").
 * - A heading with no text of its own before the next heading groups the ones below it
 *   (Prometheus' `# Issues`, `# PRs`): not a reply.
 * - **Container style**: when most sections hold nothing but one fenced code block or one
 *   blockquote (the copy-paste convention of angular-cli and Highfivery), the reply is that block;
 *   prose beside it is a note for maintainers, and a section without a block is documentation.
 * - Otherwise each section's text is the reply (Prometheus: paragraphs, and code blocks that are
 *   part of the reply).
 *
 * Each reply is read by the Markdown reader and placed back in the file, its id the heading text.
 */
import type { Blockquote, Code, Heading, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isProblem, readFrontMatter } from '../readers/front-matter.js';
import { IdAllocator } from '../readers/record.js';
import { SourceIndex } from '../readers/source-map.js';
import type { Reply } from '../types.js';
import { readMarkdownTemplate } from './angle-placeholders.js';
import { locateLines, placeInFile, type LineOrigins } from './embed.js';

const parser = unified().use(remarkParse);

interface Section {
  heading: Heading;
  title: string;
  content: RootContent[];
}

function headingText(node: Heading | RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(headingText).join('');
  return '';
}

/** Nodes a reader of the rendered page does not see. */
function visible(nodes: RootContent[]): RootContent[] {
  return nodes.filter((node) => !(node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value)) && node.type !== 'definition');
}

function container(nodes: RootContent[]): Code | Blockquote | undefined {
  return nodes.find((node): node is Code | Blockquote => node.type === 'code' || node.type === 'blockquote');
}

function isOnlyContainer(nodes: RootContent[]): boolean {
  const shown = visible(nodes);
  return shown.length === 1 && (shown[0]?.type === 'code' || shown[0]?.type === 'blockquote');
}

function sectionsOf(tree: Root): Section[] {
  const sections: Section[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      sections.push({ heading: node, title: headingText(node).replace(/\s+/g, ' ').trim(), content: [] });
      continue;
    }
    // Text before the first heading is the introduction.
    sections[sections.length - 1]?.content.push(node);
  }
  const first = sections[0];
  const isTitle = first !== undefined && sections.length > 1 && sections.slice(1).every((section) => section.heading.depth > first.heading.depth);
  return (isTitle ? sections.slice(1) : sections).filter((section) => visible(section.content).length > 0);
}

/** Whole source lines from `start` to `end` (offsets), as one string, with where each line starts. */
function linesOf(index: SourceIndex, start: number, end: number): { text: string; origins: LineOrigins } {
  const source = index.source;
  const from = source.lastIndexOf('\n', start - 1) + 1;
  const newline = source.indexOf('\n', end);
  const to = newline === -1 ? source.length : newline;
  const text = source.slice(from, to);
  const first = index.position(from).line;
  return { text, origins: text.split('\n').map((_, i) => ({ line: first + i, column: 1 })) };
}

/** A blockquote's text without its `>` markers, each line placed after its marker. */
function unquote(index: SourceIndex, node: Blockquote): { text: string; origins: LineOrigins } {
  const { text, origins } = linesOf(index, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  const lines: string[] = [];
  const placed: LineOrigins = [];
  text.split('\n').forEach((line, i) => {
    const marker = /^[ \t]{0,3}>[ \t]?/.exec(line)?.[0] ?? '';
    lines.push(line.slice(marker.length));
    placed.push({ line: origins[i]?.line ?? 1, column: marker.length + 1 });
  });
  return { text: lines.join('\n'), origins: placed };
}

/** A fenced block's content (remark strips the fence's indentation), located line by line. */
function unfence(index: SourceIndex, node: Code): { text: string; origins: LineOrigins } {
  const start = node.position?.start.offset ?? 0;
  const afterFence = index.source.indexOf('\n', start) + 1;
  return { text: node.value, origins: locateLines(node.value, index, afterFence, node.position?.end.offset) };
}

function extract(index: SourceIndex, section: Section, containerStyle: boolean): { text: string; origins: LineOrigins } | undefined {
  if (containerStyle) {
    const block = container(section.content);
    if (!block) return undefined;
    return block.type === 'code' ? unfence(index, block) : unquote(index, block);
  }
  const shown = section.content;
  const start = shown[0]?.position?.start.offset ?? 0;
  const end = shown[shown.length - 1]?.position?.end.offset ?? start;
  return linesOf(index, start, end);
}

/**
 * Reads a saved-replies Markdown file into one reply per template. Front matter (and its
 * `replylint` settings) applies to every reply in the file.
 */
export function readMarkdownCollection(source: string, filePath: string): Reply[] {
  const frontMatter = readFrontMatter(source);
  if (frontMatter && isProblem(frontMatter)) return [{ filePath, text: '', segments: [], fatal: frontMatter }];
  const bodyStart = frontMatter?.end ?? 0;
  // Blank the front matter out (same length) so offsets stay those of the file.
  const parseable = source.slice(0, bodyStart).replace(/[^\n]/g, ' ') + source.slice(bodyStart);
  const index = new SourceIndex(source);
  const tree = parser.parse(parseable) as Root;
  const sections = sectionsOf(tree);
  const containers = sections.filter((section) => isOnlyContainer(section.content)).length;
  const containerStyle = containers > 0 && containers * 2 >= sections.length;

  const ids = new IdAllocator();
  const replies: Reply[] = [];
  for (const section of sections) {
    const extracted = extract(index, section, containerStyle);
    if (!extracted) continue;
    const id = ids.take(section.title || `line ${section.heading.position?.start.line ?? 1}`);
    const line = section.heading.position?.start.line ?? 1;
    const [read] = readMarkdownTemplate(extracted.text, filePath);
    const reply: Reply =
      read && read.text.trim() !== ''
        ? placeInFile(read, extracted.origins)
        : { filePath, text: '', segments: [], fatal: { message: `line ${line}: template "${id}" has no text (write the reply under its heading, or remove the heading)`, line, column: 1 } };
    // The reply's own front matter is meaningless inside a section; the file's applies.
    delete reply.frontMatter;
    replies.push({ ...reply, id, ...(frontMatter ? { frontMatter: frontMatter.data } : {}) });
  }
  return replies;
}
