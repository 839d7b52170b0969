/**
 * Analyse a reply once: mask what is not prose, parse with unified + retext-english, and find sentences, words, greeting and sign-off.
 * Rules read this; none of them parses again.
 */
import type { Paragraph, Root, Sentence } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import type { Reply, Span } from '../types.js';
import type { Analysis, SentenceInfo, WordInfo } from './analysis-types.js';
import { findGreeting, findSignOff, findThreadMarker, splitLines } from './layout.js';
import { findMasks, maskText, overlaps } from './masks.js';
import { findPlaceholders } from './placeholders.js';
import { detectLanguage } from '../rule-kit/language.js';

const parser = unified().use(retextEnglish).freeze();

const LIST_ITEM = /^\s*(?:[-*•·▪‣]|\d{1,2}[.)]|[a-z][.)])\s/;

/**
 * Splits text into blocks the parser should treat as separate paragraphs. Blank lines always
 * split. A single line break splits too when it ends a short line (greeting, sign-off, heading),
 * a finished sentence or precedes a list item; a long line that runs on is hard-wrapped prose.
 */
export function blocks(text: string): Span[] {
  const out: Span[] = [];
  const lines = splitLines(text);
  let start: number | undefined;
  let previousText = '';
  for (const line of lines) {
    const value = line.text.trim();
    if (value === '') {
      if (start !== undefined) out.push({ start, end: line.start - 1 });
      start = undefined;
      continue;
    }
    if (start !== undefined) {
      const previous = previousText.trim();
      const breaks = previous.length < 45 || /[.!?:;)"”]$/.test(previous) || LIST_ITEM.test(line.text);
      if (breaks) {
        out.push({ start, end: line.start - 1 });
        start = line.start;
      }
    } else {
      start = line.start;
    }
    previousText = line.text;
  }
  if (start !== undefined) out.push({ start, end: text.length });
  return out.filter((block) => block.end > block.start);
}

type Point = { line: number; column: number; offset?: number };
type Positioned = { position?: { start: Point; end: Point }; children?: Positioned[] };

/**
 * Moves a block's tree to the block's place in the reply. parse-latin shares point objects
 * between parents and children, so points are replaced, never mutated.
 */
function shift(node: Positioned, by: number): void {
  if (node.position) {
    const { start, end } = node.position;
    node.position = {
      start: { ...start, offset: (start.offset ?? 0) + by },
      end: { ...end, offset: (end.offset ?? 0) + by },
    };
  }
  if (node.children) for (const child of node.children) shift(child, by);
}

/**
 * parse-latin keeps "3." together as an ordinal ("on March 3. You must…" is one sentence). In
 * English support text a number, a period and a capitalised word is a sentence end: split there.
 */
function splitAfterNumbers(paragraph: Paragraph): void {
  const out: Paragraph['children'] = [];
  for (const node of paragraph.children) {
    if (node.type !== 'SentenceNode') {
      out.push(node);
      continue;
    }
    let current: Sentence = { ...node, children: [] };
    const children = node.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (!child) continue;
      const next = children[i + 1];
      const after = children[i + 2];
      const parts = child.type === 'WordNode' ? child.children : [];
      const last = parts[parts.length - 1];
      const isNumberWithPeriod =
        parts.length === 2 && parts[0]?.type === 'TextNode' && /^\d{1,4}$/.test(parts[0].value) && last?.type === 'PunctuationNode' && last.value === '.';
      const startsSentence = next?.type === 'WhiteSpaceNode' && after?.type === 'WordNode' && after.children[0]?.type === 'TextNode' && /^[A-Z]/.test(after.children[0].value);
      if (child.type === 'WordNode' && isNumberWithPeriod && startsSentence && parts[0] && last) {
        current.children.push({ ...child, children: [parts[0]], ...(parts[0].position ? { position: parts[0].position } : {}) });
        current.children.push(last);
        const end = last.position?.end;
        if (current.position && end) current.position = { start: current.position.start, end };
        out.push(current);
        out.push(next);
        i++;
        const start = after.position?.start;
        current = { type: 'SentenceNode', children: [], ...(start && node.position ? { position: { start, end: node.position.end } } : {}) };
        continue;
      }
      current.children.push(child);
    }
    if (current.children.length > 0) out.push(current);
  }
  paragraph.children = out;
}

function spanOf(node: Positioned): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

const FOLD: Record<string, string> = { '’': "'", '‘': "'", '“': '"', '”': '"', '–': '-', '—': '-', '\u00a0': ' ' };

export function plain(text: string): string {
  return text.replace(/[’‘“”–—\u00a0]/g, (c) => FOLD[c] ?? c);
}

export function analyse(reply: Pick<Reply, 'text' | 'signature' | 'literals'>): Analysis {
  const text = reply.text;
  const placeholders = findPlaceholders(text);
  const masks = findMasks(text, placeholders, reply.literals);
  const maskedText = maskText(text, masks);

  const paragraphs: Paragraph[] = [];
  for (const block of blocks(maskedText)) {
    const root = parser.parse(maskedText.slice(block.start, block.end)) as Root;
    shift(root as Positioned, block.start);
    for (const child of root.children) {
      if (child.type !== 'ParagraphNode') continue;
      splitAfterNumbers(child);
      paragraphs.push(child);
    }
  }
  const tree: Root = { type: 'RootNode', children: paragraphs };

  const greeting = findGreeting(text);
  const signOff = findSignOff(text, reply.signature);
  const threadMarker = findThreadMarker(text);
  const bodyStart = greeting ? greeting.end : 0;
  const bodyEnd = signOff ? signOff.start : text.length;

  const sentences: SentenceInfo[] = [];
  let wordCount = 0;
  for (const paragraph of paragraphs) {
    for (const node of paragraph.children) {
      if (node.type !== 'SentenceNode') continue;
      const sentence = toSentenceInfo(node, text, masks, bodyStart, bodyEnd);
      if (!sentence.frame) wordCount += sentence.words.filter((word) => !word.masked).length;
      sentences.push(sentence);
    }
  }

  return {
    text,
    maskedText,
    plainText: plain(text),
    tree,
    sentences,
    masks,
    placeholders,
    ...(greeting ? { greeting } : {}),
    ...(signOff ? { signOff } : {}),
    ...(threadMarker ? { threadMarker } : {}),
    body: { start: bodyStart, end: Math.max(bodyStart, bodyEnd) },
    language: detectLanguage(text.slice(bodyStart, Math.max(bodyStart, bodyEnd))),
    wordCount,
  };
}

function toSentenceInfo(node: Sentence, text: string, masks: Analysis['masks'], bodyStart: number, bodyEnd: number): SentenceInfo {
  const { start, end } = spanOf(node as Positioned);
  const words: WordInfo[] = [];
  for (const child of node.children) {
    if (child.type !== 'WordNode') continue;
    // Once per word of every reply: no intermediate span object.
    const from = child.position?.start.offset ?? 0;
    const to = child.position?.end.offset ?? 0;
    words.push({ start: from, end: to, text: text.slice(from, to), masked: overlaps(masks, from, to) });
  }
  // A sentence belongs to the frame when it lies wholly in the greeting or the sign-off.
  const frame = end <= bodyStart || start >= bodyEnd;
  return { start, end, text: text.slice(start, end), words, frame };
}
