/**
 * Where a JSON document first goes wrong. V8's `JSON.parse` messages changed across Node versions
 * ("… at position 110" in some, a quoted snippet in others), so the position is found by a small
 * validating scan instead: the error line then always names a line and column.
 */

export interface JsonProblem {
  offset: number;
  reason: string;
}

const WHITESPACE = /[ \t\n\r]/;

/** Thrown to unwind the recursive scan at the first error. */
class Stop {
  constructor(readonly problem: JsonProblem) {}
}

/** The first syntax error of `text` as JSON, or undefined when it is valid. */
export function findJsonError(text: string): JsonProblem | undefined {
  let i = 0;
  const fail = (reason: string): never => {
    throw new Stop({ offset: i, reason });
  };
  const skip = () => {
    while (i < text.length && WHITESPACE.test(text[i] as string)) i++;
  };
  const describe = () => (i >= text.length ? 'end of file' : `"${text[i]}"`);
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`unexpected ${describe()}`);
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail('invalid escape in a string');
        continue;
      }
      if (c < ' ') fail('control character (a raw line break?) in a string');
      i++;
    }
    fail('unterminated string');
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail(`unexpected ${describe()}`);
    i += match?.[0].length ?? 0;
  };
  const value = (): void => {
    skip();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail(`unexpected ${describe()}`);
  };
  const array = () => {
    i++;
    skip();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      skip();
      if (text[i] === ',') {
        i++;
        skip();
        if (text[i] === ']') fail('trailing comma before "]"');
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail(`expected "," or "]", found ${describe()}`);
    }
  };
  const object = () => {
    i++;
    skip();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skip();
      if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe()}`);
      string();
      skip();
      if (text[i] !== ':') fail(`expected ":", found ${describe()}`);
      i++;
      value();
      skip();
      if (text[i] === ',') {
        i++;
        skip();
        if (text[i] === '}') fail('trailing comma before "}"');
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail(`expected "," or "}", found ${describe()}`);
    }
  };
  try {
    value();
    skip();
    if (i < text.length) fail(`unexpected ${describe()} after the end of the document`);
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return error.problem;
    throw error;
  }
}
