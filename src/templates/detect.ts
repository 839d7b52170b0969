/**
 * Which files of a template repository hold templates, and how many each.
 *
 * - YAML and JSON files are reply collections (or macro exports) when named, or when a directory
 *   is linted and their name says so (`replies.yml`, `macros.json`); other data files in the tree
 *   (`package.json`, CI workflows) are not replies and are left alone.
 * - A Markdown file is one template, unless its name follows the saved-replies convention
 *   (`SAVED_REPLIES.md`, `saved_replies.md`, `canned-responses.md`), the config lists it under
 *   `templates.collections`, or its front matter says `replylint: { split: headings }`.
 * - In template mode, a directory's documentation (README, CONTRIBUTING, LICENSE…) is not a
 *   template: the template repositories studied all explain themselves in a README.
 */
import path from 'node:path';
import ignore from 'ignore';

/** Saved-replies Markdown files, by name (GitHub's convention and its variants). */
const COLLECTION_NAME = /(?:saved|canned)[-_ ]?(?:replies|responses)|^replies\.(?:md|markdown)$/i;

/** YAML/JSON files picked up from a directory: their name says they hold replies. */
const DATA_COLLECTION_NAME = /repl(?:y|ies)|macros?\b|macros?[-_.]|templates?|responses|snippets|canned/i;
/** Data files that are never reply collections, whatever their name. */
const NOT_A_COLLECTION = /^(?:package(?:-lock)?\.json|tsconfig.*\.json|\.replylintrc.*|replylint\.config\..*|composer\.json|renovate\.json|\.pre-commit-.*\.ya?ml)$/i;

/** Extensions of reply collections stored as data. */
export const DATA_EXTENSIONS = ['.yml', '.yaml', '.json'];

/** Default documentation files of a template repository (gitignore syntax). */
export const DEFAULT_TEMPLATE_EXCLUDES = [
  'README*',
  'CONTRIBUTING*',
  'CHANGELOG*',
  'CHANGES*',
  'HISTORY*',
  'LICENSE*',
  'LICENCE*',
  'COPYING*',
  'CODE_OF_CONDUCT*',
  'SECURITY*',
  'SUPPORT*',
  'FUNDING*',
  'GOVERNANCE*',
  'AUTHORS*',
];

/** Paths under `.github/` that are GitHub's own files, never replies. */
const GITHUB_OWN = /(?:^|\/)\.github\/(?:workflows|ISSUE_TEMPLATE|DISCUSSION_TEMPLATE|PULL_REQUEST_TEMPLATE)(?:\/|$)|(?:^|\/)\.github\/(?:pull_request_template|PULL_REQUEST_TEMPLATE|dependabot|labeler|CODEOWNERS|FUNDING|release)[^/]*$/i;

export function isDataFile(file: string): boolean {
  return DATA_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/** A YAML/JSON file found in a directory that should be read as a reply collection. */
export function isDataCollectionName(file: string): boolean {
  const base = path.basename(file);
  return !NOT_A_COLLECTION.test(base) && DATA_COLLECTION_NAME.test(base);
}

/** A file under `.github/` that GitHub itself reads (workflows, issue templates): not a reply. */
export function isGithubOwnFile(relativePath: string): boolean {
  return GITHUB_OWN.test(relativePath.split(path.sep).join('/'));
}

/** Matchers built once per config from gitignore-style patterns. */
export class PathPatterns {
  private readonly matcher = ignore({ ignorecase: true });
  readonly empty: boolean;

  constructor(patterns: readonly string[]) {
    this.matcher.add([...patterns]);
    this.empty = patterns.length === 0;
  }

  /** Whether `relativePath` (to the config's or the working directory) matches. */
  matches(relativePath: string): boolean {
    if (this.empty) return false;
    const posix = relativePath.split(path.sep).join('/');
    if (posix === '' || posix.startsWith('../') || path.isAbsolute(relativePath)) {
      // Outside the base directory: match on the file name alone.
      return this.matcher.ignores(path.basename(relativePath));
    }
    return this.matcher.ignores(posix);
  }
}

/** A Markdown file holding many replies, by its name or the config's `templates.collections`. */
export function isMarkdownCollection(file: string, relativePath: string, configured: PathPatterns): boolean {
  return COLLECTION_NAME.test(path.basename(file)) || configured.matches(relativePath);
}
