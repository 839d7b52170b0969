// The library's text entry points: one draft, or every reply of a collection.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, lintText } from '../../src/index.js';
import { UserError } from '../../src/pipeline/errors.js';

const root = path.resolve(import.meta.dirname, '../..');
const options = { cwd: root, noConfigLookup: true } as const;
const collection = 'a:\n  body: "Thanks for the report! Could you share the version you use? -KC"\nb:\n  body: "Closing as fixed in 2.1. -KC"\n';

describe('lint and lintText', () => {
  it('lintText returns one result per reply of a collection, in order', async () => {
    const results = await lintText(collection, { ...options, filePath: 'replies.yml', mode: 'template' });
    expect(results.map((result) => result.id)).toEqual(['a', 'b']);
  });

  it('lint() refuses a collection with an input error instead of checking only its first reply', async () => {
    const failure = lint(collection, { ...options, filePath: 'replies.yml', mode: 'template' });
    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(failure).rejects.toThrow(/holds 2 replies/);
  });

  it('lint() checks a single draft', async () => {
    const result = await lint('Our records indicate the parcel was delivered.', options);
    expect(result.messages.map((message) => message.ruleId)).toContain('blame-shifting');
  });
});
