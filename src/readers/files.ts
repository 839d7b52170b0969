/**
 * Expanding the paths a user gave into the draft files to lint: files as given, directories
 * recursively (by extension), globs; `.replylintignore` (gitignore syntax) and config
 * `ignorePatterns` honoured; node_modules and .git never entered.
 *
 * Template repositories keep replies in `.github/` (SAVED_REPLIES.md, replies.yml,
 * MAINTAINER_REPLY_TEMPLATES/), so a directory's `.github/` is entered too — but not GitHub's own
 * files there (workflows, issue and pull-request templates). YAML and JSON files are picked up from
 * a directory only when their name says they hold replies (`replies.yml`, `macros.json`): a tree
 * has many data files that are not replies (src/templates/detect.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { inputError, type UserError } from '../pipeline/errors.js';
import { isDataCollectionName, isDataFile, isGithubOwnFile } from '../templates/detect.js';
import { DRAFT_EXTENSIONS } from './index.js';

export interface Expansion {
  files: string[];
  /** Files named one by one (not found in a directory or by a glob): always linted as given. */
  explicit: Set<string>;
  /** Paths that matched nothing or do not exist: reported, and the rest still linted. */
  errors: UserError[];
}

const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**'];

export function loadIgnore(cwd: string, extraPatterns: string[] = []): Ignore {
  const matcher = ignore();
  const file = path.join(cwd, '.replylintignore');
  if (existsSync(file)) matcher.add(readFileSync(file, 'utf8'));
  matcher.add(extraPatterns);
  return matcher;
}

function isIgnored(matcher: Ignore, cwd: string, file: string): boolean {
  const relative = path.relative(cwd, file);
  // Files outside cwd cannot be matched against cwd's ignore file.
  if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
  return matcher.ignores(relative.split(path.sep).join('/'));
}

export async function expandPaths(inputs: string[], cwd: string, ignorePatterns: string[] = []): Promise<Expansion> {
  const matcher = loadIgnore(cwd, ignorePatterns);
  const files: string[] = [];
  const explicit = new Set<string>();
  const errors: UserError[] = [];
  const extensions = Object.keys(DRAFT_EXTENSIONS).map((ext) => ext.slice(1));
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stats: ReturnType<typeof statSync> | undefined;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    if (stats?.isFile()) {
      // A file named explicitly is linted even when an ignore pattern matches it: it was asked for by name.
      files.push(absolute);
      explicit.add(absolute);
      continue;
    }
    const pattern = stats?.isDirectory() ? `${input.replace(/[\\/]+$/, '')}/**/*.{${extensions.join(',')}}` : input;
    if (!stats && !isDynamicPattern(input)) {
      errors.push(inputError(input, 'no such file or directory', 'check the path'));
      continue;
    }
    const found = stats?.isDirectory() ? await inDirectory(input, cwd, extensions) : (await glob(pattern, { cwd, absolute: true, ignore: DEFAULT_IGNORES, dot: false })).sort();
    const kept = found.filter((file) => !isIgnored(matcher, cwd, file));
    if (kept.length === 0) {
      const what = stats?.isDirectory() ? `no draft files (${Object.keys(DRAFT_EXTENSIONS).join(' ')}) in this directory` : 'the pattern matched no files';
      errors.push(inputError(input, found.length > 0 ? `${what} that are not ignored` : what, 'check the path, the pattern or .replylintignore'));
      continue;
    }
    files.push(...kept);
  }
  return { files: [...new Set(files)], explicit, errors };
}

/** Draft and template files of a directory, `.github/` included (see the module comment). */
async function inDirectory(input: string, cwd: string, extensions: string[]): Promise<string[]> {
  const directory = input.replace(/[\\/]+$/, '') || '.';
  const braces = `{${extensions.join(',')}}`;
  const [plain, github] = await Promise.all([
    glob(`${directory}/**/*.${braces}`, { cwd, absolute: true, ignore: DEFAULT_IGNORES, dot: false }),
    glob([`${directory}/.github/**/*.${braces}`, `${directory}/**/.github/**/*.${braces}`], { cwd, absolute: true, ignore: DEFAULT_IGNORES, dot: true }),
  ]);
  const base = path.resolve(cwd, directory);
  return [...new Set([...plain, ...github])]
    .filter((file) => !isDataFile(file) || isDataCollectionName(file))
    .filter((file) => !isGithubOwnFile(path.relative(base, file)))
    .sort();
}
