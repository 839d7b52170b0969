/**
 * Errors the user can fix. Each prints as one line: where, what, and how to fix it.
 * Anything else that escapes is a bug in replylint and is reported as such.
 */

export type UserErrorKind = 'usage' | 'config' | 'input';

export class UserError extends Error {
  constructor(
    readonly kind: UserErrorKind,
    /** The file (or option) the problem is in. */
    readonly where: string | undefined,
    message: string,
    /** How to fix it. */
    readonly hint?: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'UserError';
  }

  /** `file:line: what (hint)` on one line. */
  format(): string {
    const place = this.where ? `${this.where}${this.line ? `:${this.line}` : ''}: ` : '';
    return `${place}${this.message}${this.hint ? ` (${this.hint})` : ''}`;
  }
}

export function configError(where: string | undefined, message: string, hint?: string, line?: number): UserError {
  return new UserError('config', where, message, hint, line);
}

export function inputError(where: string, message: string, hint?: string, line?: number): UserError {
  return new UserError('input', where, message, hint, line);
}

export function usageError(message: string, hint?: string): UserError {
  return new UserError('usage', undefined, message, hint);
}

/** Closest candidate by edit distance, for "did you mean …?" hints. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}
