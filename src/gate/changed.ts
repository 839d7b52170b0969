/**
 * `--changed-since REF`: only files changed since a git revision are reported.
 *
 * "Changed since REF" means what a pull request changes: files that differ between the merge base
 * of REF and HEAD and the working tree — commits on this branch, staged and unstaged edits — plus
 * untracked files that git does not ignore (a new template not yet added is still a change).
 * Deleted files have nothing to lint. Using the merge base, not REF itself, keeps files that only
 * changed on the target branch out of a pull request's report.
 *
 * git is run as a subprocess (no library reimplements its ignore rules and rename handling
 * faithfully); every failure is one `UserError` line saying what to do.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { usageError } from '../pipeline/errors.js';

const run = promisify(execFile);

async function git(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
  return stdout;
}

function firstLine(error: unknown): string {
  const stderr = (error as { stderr?: string }).stderr;
  const text = stderr && stderr.trim() !== '' ? stderr : error instanceof Error ? error.message : String(error);
  return text.trim().split('\n')[0] ?? '';
}

/** NUL-separated `git … -z` output as paths. */
function paths(output: string): string[] {
  return output.split('\0').filter((entry) => entry.length > 0);
}

/** Absolute paths of files changed since `ref` (see the module comment), for the repository containing `cwd`. */
export async function changedFiles(ref: string, cwd: string): Promise<Set<string>> {
  let root: string;
  try {
    root = (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw usageError('--changed-since needs git, which is not installed or not on PATH', 'install git, or lint without --changed-since');
    throw usageError(`--changed-since ${ref}: ${cwd} is not in a git repository`, 'run replylint inside the repository, or lint without --changed-since');
  }
  let base: string;
  try {
    await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root);
  } catch {
    throw usageError(
      `--changed-since ${ref}: unknown git revision`,
      `check the name; in CI fetch it first (git fetch origin ${ref.replace(/^origin\//, '')} --depth=50, or actions/checkout with fetch-depth: 0)`,
    );
  }
  try {
    base = (await git(['merge-base', ref, 'HEAD'], root)).trim();
  } catch (error) {
    // No common history (a shallow clone that stops above the fork point): compare with REF itself.
    if (/no merge base|not a valid|shallow/i.test(firstLine(error)) || (error as { code?: number }).code === 1) base = ref;
    else throw usageError(`--changed-since ${ref}: git merge-base failed: ${firstLine(error)}`, 'fetch more history (git fetch --unshallow)');
  }
  try {
    const changed = paths(await git(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', base, '--'], root));
    const untracked = paths(await git(['ls-files', '--others', '--exclude-standard', '-z'], root));
    return new Set([...changed, ...untracked].map((file) => path.resolve(root, file)));
  } catch (error) {
    throw usageError(`--changed-since ${ref}: git diff failed: ${firstLine(error)}`, 'check the repository state');
  }
}
