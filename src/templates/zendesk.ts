/**
 * Zendesk macro exports, in the shape of the Support API (`GET /api/v2/macros.json` returns
 * `{ macros: [...], next_page, previous_page, count }`; `GET /api/v2/macros/{id}.json` returns
 * `{ macro: {...} }`). A macro is `{ id, title, active, actions: [{ field, value }], … }`; the
 * reply it posts is the value of its `comment_value_html` action (rich text) or `comment_value`
 * action (plain text, or the older `["channel:all", "text"]` pair).
 *
 * A macro whose comment is private (`comment_mode_is_public: false`) writes an internal note the
 * customer never reads, and a macro without a comment only changes fields: neither is a reply,
 * so neither is linted.
 */
import type { BodyFormat, Entry } from './structured.js';
import { SETTINGS_KEY } from './settings.js';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Looks like an export of macros: a `macros` list, a single `macro`, or a list of objects with `actions`. */
export function isMacroExport(data: unknown): boolean {
  if (Array.isArray(data)) return data.length > 0 && data.every((item) => isRecord(item) && 'actions' in item && 'title' in item);
  return isRecord(data) && (('macros' in data && (Array.isArray(data['macros']) ? data['macros'].some((m) => isRecord(m) && 'actions' in m) : true)) || isRecord(data['macro']));
}

function macroList(data: unknown): { list: unknown[]; path: Array<string | number> } | string {
  if (Array.isArray(data)) return { list: data, path: [] };
  if (!isRecord(data)) return 'expected an object with a "macros" list';
  if (isRecord(data['macro'])) return { list: [data['macro']], path: ['macro'] };
  const macros = data['macros'];
  if (!Array.isArray(macros)) return `"macros" must be a list of macros, found ${macros === null ? 'null' : typeof macros}`;
  return { list: macros, path: ['macros'] };
}

function isFalse(value: unknown): boolean {
  return value === false || value === 'false';
}

/** The comment action of a macro: which action, which part of its value, in which format. */
function commentOf(actions: unknown[]): { index: number; valuePath: Array<string | number>; text: unknown; format: BodyFormat } | undefined {
  const find = (field: string) => actions.findIndex((action) => isRecord(action) && action['field'] === field);
  // The rich-text comment is what the customer sees when a macro sets both.
  const html = find('comment_value_html');
  if (html !== -1) return { index: html, valuePath: ['value'], text: (actions[html] as Json)['value'], format: 'html' };
  const plain = find('comment_value');
  if (plain === -1) return undefined;
  const value = (actions[plain] as Json)['value'];
  // Older exports: ["channel:all", "text"].
  if (Array.isArray(value)) {
    const last = value.length - 1;
    return { index: plain, valuePath: ['value', last], text: value[last], format: 'text' };
  }
  return { index: plain, valuePath: ['value'], text: value, format: 'text' };
}

/** One entry per macro that posts a public comment, or why the export has the wrong shape. */
export function macroEntries(data: unknown): Entry[] | string {
  const found = macroList(data);
  if (typeof found === 'string') return found;
  const entries: Entry[] = [];
  found.list.forEach((macro, i) => {
    const entryPath = [...found.path, i];
    if (!isRecord(macro)) {
      entries.push({ path: entryPath, entryPath, name: undefined, text: undefined, format: 'text', problem: 'a macro must be an object with a title and actions' });
      return;
    }
    const name = typeof macro['title'] === 'string' ? macro['title'] : macro['id'] !== undefined ? `macro ${String(macro['id'])}` : undefined;
    const settings = macro[SETTINGS_KEY] !== undefined ? { settings: macro[SETTINGS_KEY] } : {};
    const actions = macro['actions'];
    if (!Array.isArray(actions)) {
      entries.push({ path: entryPath, entryPath, name, text: undefined, format: 'text', ...settings, problem: `macro ${name ? `"${name}" ` : ''}has no "actions" list (export it with GET /api/v2/macros.json)` });
      return;
    }
    const publicity = actions.find((action) => isRecord(action) && action['field'] === 'comment_mode_is_public');
    if (isRecord(publicity) && isFalse(publicity['value'])) return;
    const comment = commentOf(actions);
    if (!comment) return;
    const problem = typeof comment.text === 'string' ? {} : { problem: `macro ${name ? `"${name}" ` : ''}has a comment action whose value is not text` };
    entries.push({
      path: [...entryPath, 'actions', comment.index, ...comment.valuePath],
      entryPath,
      name,
      text: comment.text,
      format: comment.format,
      ...settings,
      ...problem,
    });
  });
  return entries;
}
