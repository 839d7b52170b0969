/**
 * Reply collections stored as data: YAML or JSON lists of named replies (typescript-eslint's
 * `.github/replies.yml`: `replies: [{ name, body }]`), name → text mappings, and Zendesk macro
 * exports (`src/templates/zendesk.ts`). The file is parsed once with `yaml` (JSON is YAML), which
 * keeps every node's offsets, so each reply's lines are placed where they are in the file.
 *
 * File-level problems (a syntax error, no list of replies where one is expected) are one
 * `UserError` naming the file and line; a problem with one entry (no body) becomes that entry's
 * fatal result, and the other entries are still linted.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { inputError } from '../pipeline/errors.js';
import { readHtml } from '../readers/html.js';
import { readText } from '../readers/text.js';
import { IdAllocator } from '../readers/record.js';
import { SourceIndex } from '../readers/source-map.js';
import type { Reply } from '../types.js';
import { readMarkdownTemplate } from './angle-placeholders.js';
import { locateLines, placeInFile } from './embed.js';
import { findJsonError } from './json-error.js';
import { isSettingsProblem, readTemplateSettings, SETTINGS_KEY } from './settings.js';
import { isMacroExport, macroEntries } from './zendesk.js';

export type BodyFormat = 'markdown' | 'html' | 'text';

/** One reply found in a collection, before it is read: where its text is, and what it is called. */
export interface Entry {
  /** Path of the node holding the reply's text, from the document root. */
  path: Array<string | number>;
  /** Path of the entry itself (for the line of a problem). */
  entryPath: Array<string | number>;
  name: string | undefined;
  text: unknown;
  format: BodyFormat;
  /** The entry's own `replylint` settings. */
  settings?: unknown;
  /** Why this entry could not be read, if it could not. */
  problem?: string;
}

/** Keys that hold the list of replies in a collection object. */
const LIST_KEYS = ['replies', 'templates', 'responses', 'saved_replies', 'savedReplies', 'canned_responses', 'cannedResponses', 'snippets', 'macros', 'items'];
/** Keys of an entry holding its text, best first. */
const TEXT_KEYS: Array<[string, BodyFormat]> = [
  ['body', 'markdown'],
  ['text', 'markdown'],
  ['content', 'markdown'],
  ['reply', 'markdown'],
  ['message', 'markdown'],
  ['template', 'markdown'],
  ['value', 'markdown'],
  ['body_html', 'html'],
  ['html', 'html'],
];
const NAME_KEYS = ['name', 'title', 'id', 'key', 'label', 'shortcut'];

const SHAPE_HINT = 'a collection lists { name, body } replies (at the top level or under "replies"), maps name: text, or is a Zendesk macro export';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entryOf(value: unknown, path: Array<string | number>, fallbackName: string | undefined): Entry {
  if (typeof value === 'string') return { path, entryPath: path, name: fallbackName, text: value, format: 'markdown' };
  if (!isRecord(value)) {
    return { path, entryPath: path, name: fallbackName, text: undefined, format: 'markdown', problem: `expected a reply (text, or an object with a body), found ${describe(value)}` };
  }
  const nameKey = NAME_KEYS.find((key) => typeof value[key] === 'string' || typeof value[key] === 'number');
  const name = nameKey ? String(value[nameKey]) : fallbackName;
  const textKey = TEXT_KEYS.find(([key]) => typeof value[key] === 'string');
  const settings = value[SETTINGS_KEY];
  if (!textKey) {
    return {
      path,
      entryPath: path,
      name,
      text: undefined,
      format: 'markdown',
      ...(settings !== undefined ? { settings } : {}),
      problem: `reply ${name ? `"${name}" ` : ''}has no text (give it a "body" string)`,
    };
  }
  return { path: [...path, textKey[0]], entryPath: path, name, text: value[textKey[0]], format: textKey[1], ...(settings !== undefined ? { settings } : {}) };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The entries of a generic collection, or a one-line reason why this is not one. */
export function genericEntries(data: unknown): Entry[] | string {
  if (Array.isArray(data)) return data.map((value, i) => entryOf(value, [i], undefined));
  if (!isRecord(data)) return `expected a list or a mapping of replies, found ${describe(data)}`;
  const listKey = LIST_KEYS.find((key) => key in data);
  if (listKey !== undefined) {
    const list = data[listKey];
    if (Array.isArray(list)) return list.map((value, i) => entryOf(value, [listKey, i], undefined));
    if (isRecord(list)) return Object.entries(list).map(([name, value]) => entryOf(value, [listKey, name], name));
    return `"${listKey}" must be a list of replies, found ${describe(list)}`;
  }
  // A mapping of name → text (or name → entry).
  const values = Object.entries(data);
  if (values.length > 0 && values.every(([, value]) => typeof value === 'string' || isRecord(value))) {
    return values.map(([name, value]) => entryOf(value, [name], name));
  }
  return `found no replies (keys: ${Object.keys(data).slice(0, 6).join(', ') || 'none'})`;
}

function nodeAt(doc: Document, path: Array<string | number>): Node | undefined {
  const node = doc.getIn(path, true);
  return isScalar(node) || isMap(node) || isSeq(node) ? node : undefined;
}

function readBody(text: string, format: BodyFormat, filePath: string): Reply | undefined {
  const reader = format === 'html' ? readHtml : format === 'text' ? readText : readMarkdownTemplate;
  return reader(text, filePath)[0];
}

function parseError(display: string, what: string, error: { message: string; linePos?: [{ line: number; col: number }, ...unknown[]] }) {
  const at = error.linePos?.[0];
  return inputError(display, `invalid ${what}: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? ''}`, `fix the syntax; ${SHAPE_HINT}`, at?.line);
}

/**
 * Reads a YAML or JSON reply collection: one reply per entry, its id the entry's name, its
 * positions those of the file. Throws a `UserError` when the file is not a collection at all.
 */
export function readStructuredCollection(source: string, filePath: string, syntax: 'yaml' | 'json'): Reply[] {
  if (syntax === 'json') {
    const problem = findJsonError(source);
    if (problem) {
      const at = new SourceIndex(source).position(problem.offset);
      throw inputError(filePath, `invalid JSON (column ${at.column}): ${problem.reason}`, `fix the syntax (JSON allows no comments or trailing commas); ${SHAPE_HINT}`, at.line);
    }
  }
  const doc = parseDocument(source, { uniqueKeys: false });
  const error = doc.errors[0];
  if (error) throw parseError(filePath, syntax === 'json' ? 'JSON' : 'YAML', error);
  const data: unknown = doc.toJS({ maxAliasCount: 1000 });
  const index = new SourceIndex(source);
  const lineOf = (path: Array<string | number>): number => {
    const node = nodeAt(doc, path);
    return node?.range ? index.position(node.range[0]).line : 1;
  };

  let entries: Entry[];
  if (isMacroExport(data)) {
    const macros = macroEntries(data);
    if (typeof macros === 'string') throw inputError(filePath, `not a Zendesk macro export: ${macros}`, 'export macros as JSON from GET /api/v2/macros.json (each macro has a title and an actions list)');
    entries = macros;
  } else {
    const generic = genericEntries(data);
    if (typeof generic === 'string') throw inputError(filePath, `not a reply collection: ${generic}`, SHAPE_HINT, 1);
    entries = generic;
  }

  const ids = new IdAllocator();
  const replies: Reply[] = [];
  entries.forEach((entry, position) => {
    const line = lineOf(entry.entryPath);
    const id = ids.take(entry.name?.trim() || `#${position + 1}`);
    const settings = entry.settings !== undefined ? { frontMatter: { [SETTINGS_KEY]: entry.settings } } : {};
    const declared = readTemplateSettings(settings.frontMatter, lineOf([...entry.entryPath, SETTINGS_KEY]));
    if (isSettingsProblem(declared)) {
      replies.push({ filePath, id, text: '', segments: [], fatal: declared });
      return;
    }
    if (entry.problem !== undefined || typeof entry.text !== 'string') {
      replies.push({ filePath, id, text: '', segments: [], ...settings, fatal: { message: `line ${line}: ${entry.problem ?? 'no text'}`, line, column: 1 } });
      return;
    }
    const node = nodeAt(doc, entry.path);
    const start = node?.range?.[0] ?? 0;
    const read = readBody(entry.text, entry.format, filePath);
    if (!read || read.text.trim() === '') {
      replies.push({ filePath, id, text: '', segments: [], ...settings, fatal: { message: `line ${line}: reply "${id}" is empty (write its text, or remove it)`, line, column: 1 } });
      return;
    }
    const placed = placeInFile(read, locateLines(entry.text, index, start, node?.range?.[2]));
    delete placed.frontMatter;
    replies.push({ ...placed, id, ...settings });
  });
  return replies;
}
