/** YAML front matter (`---` … `---` at the top of a file): per-template settings, never linted. */
import { createRequire } from 'node:module';
import type { ReaderProblem } from '../types.js';

// Required on first use (yaml ships CommonJS, so this stays synchronous): most drafts have no front matter.
const parseYaml = (source: string): unknown => (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(source);

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Offset just past the closing fence (and its newline). */
  end: number;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function readFrontMatter(source: string): FrontMatter | ReaderProblem | undefined {
  const match = FENCE.exec(source);
  if (!match) return undefined;
  try {
    const data: unknown = parseYaml(match[1] ?? '');
    if (data === null || data === undefined) return { data: {}, end: match[0].length };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { message: 'front matter must be a YAML mapping (key: value lines)', line: 2, column: 1 };
    }
    return { data: data as Record<string, unknown>, end: match[0].length };
  } catch (error) {
    const line = (error as { linePos?: Array<{ line: number; col: number }> }).linePos?.[0];
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { message: `invalid YAML front matter: ${reason}`, line: (line?.line ?? 1) + 1, column: line?.col ?? 1 };
  }
}

export function isProblem(value: FrontMatter | ReaderProblem): value is ReaderProblem {
  return 'message' in value;
}
