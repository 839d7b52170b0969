// --cache: unchanged files are not linted again, results are the same, and a broken cache is
// ignored. Measured on the shared template repositories.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles, type LintFilesOptions } from '../../src/pipeline/lint.js';
import { ANSIBLE, DATA, OPENCOLLECTIVE, SAVED } from '../templates/helpers.js';

const temp = (prefix: string) => mkdtempSync(path.join(tmpdir(), `replylint-${prefix}-`));
const comparable = (report: Awaited<ReturnType<typeof lintFiles>>) => JSON.stringify({ results: report.results, summary: report.summary, errors: report.errors });

describe('--cache on the shared template repositories', () => {
  it('a warm run reuses every file and reports exactly what the cold run did', async () => {
    const options: LintFilesOptions = { mode: 'template', cwd: DATA, noConfigLookup: true, cache: true, cacheLocation: `${temp('cache')}/` };
    const paths = [ANSIBLE, SAVED, OPENCOLLECTIVE];
    const uncached = await lintFiles(paths, { ...options, cache: false });
    let started = performance.now();
    const cold = await lintFiles(paths, options);
    const coldMs = performance.now() - started;
    started = performance.now();
    const warm = await lintFiles(paths, options);
    const warmMs = performance.now() - started;
    console.info(`cache on ${cold.results.length} templates in ${warm.cacheStats?.hits ?? 0} files: cold ${coldMs.toFixed(0)} ms, warm ${warmMs.toFixed(0)} ms`);
    expect(cold.cacheStats).toEqual({ hits: 0, misses: 35 });
    expect(warm.cacheStats).toEqual({ hits: 35, misses: 0 });
    expect(comparable(cold)).toBe(comparable(uncached));
    expect(comparable(warm)).toBe(comparable(cold));
    expect(warmMs).toBeLessThan(coldMs);
  });
});

const TEMPLATE = (body: string) => `Hi {{ticket.requester.first_name}},\n\n${body}\n\nBest,\n{{current_user.first_name}}\n`;
const REFUND = TEMPLATE("I'm sorry for the trouble with your order. I have refunded it in full today; the money should reach your account within 5 business days.");

function repo(): { dir: string; options: LintFilesOptions } {
  const dir = temp('cache-repo');
  mkdirSync(path.join(dir, 'replies'));
  writeFileSync(path.join(dir, '.replylintrc.json'), JSON.stringify({ extends: ['replylint:templates'] }));
  writeFileSync(path.join(dir, 'replies/a-refund.md'), REFUND);
  writeFileSync(path.join(dir, 'replies/b-refund-copy.md'), REFUND.replace('in full', 'completely'));
  writeFileSync(path.join(dir, 'replies/c-delay.md'), TEMPLATE("I'm sorry your parcel is late. I have refunded the shipping cost today, and I will email you the new tracking number by Friday."));
  return { dir, options: { cwd: dir, cache: true } };
}

describe('--cache invalidation', () => {
  it('an edited file is linted again; the others come from the cache', async () => {
    const { dir, options } = repo();
    await lintFiles(['replies'], options);
    writeFileSync(path.join(dir, 'replies/c-delay.md'), TEMPLATE('Your order is delayed. We will write when it ships.'));
    const second = await lintFiles(['replies'], options);
    expect(second.cacheStats).toEqual({ hits: 2, misses: 1 });
    expect(second.results.find((result) => result.filePath.endsWith('c-delay.md'))?.messages.map((m) => m.ruleId)).toContain('missing-apology');
  });

  it('a cached template is re-linted when the templates it duplicates change, though its own bytes did not', async () => {
    const { dir, options } = repo();
    const first = await lintFiles(['replies'], options);
    const copy = () => first.results.find((result) => result.filePath.endsWith('b-refund-copy.md'));
    expect(copy()?.messages.map((m) => m.ruleId)).toContain('similar-template');
    writeFileSync(path.join(dir, 'replies/a-refund.md'), TEMPLATE('Thanks for your question! You can export your data from Settings > Account > Export; it takes a few minutes.'));
    const second = await lintFiles(['replies'], options);
    expect(second.cacheStats).toEqual({ hits: 2, misses: 1 });
    expect(second.results.find((result) => result.filePath.endsWith('b-refund-copy.md'))?.messages.map((m) => m.ruleId)).not.toContain('similar-template');
  });

  it('a config change re-lints everything', async () => {
    const { dir, options } = repo();
    await lintFiles(['replies'], options);
    writeFileSync(path.join(dir, '.replylintrc.json'), JSON.stringify({ extends: ['replylint:templates'], rules: { 'similar-template': 'off' } }));
    const second = await lintFiles(['replies'], options);
    expect(second.cacheStats).toEqual({ hits: 0, misses: 3 });
    expect(second.results.flatMap((result) => result.messages.map((m) => m.ruleId))).not.toContain('similar-template');
  });

  it('a corrupt or foreign cache is ignored with a notice, and rewritten', async () => {
    const { dir, options } = repo();
    const fresh = await lintFiles(['replies'], { ...options, cache: false });
    const file = path.join(dir, 'node_modules/.cache/replylint/lint-cache.json');
    mkdirSync(path.dirname(file), { recursive: true });
    for (const content of ['{"format": 1, "tool": "replylint", "files": {', '{"format": 99, "tool": "replylint", "files": {}}', '\u0000\u0001binary']) {
      writeFileSync(file, content);
      const report = await lintFiles(['replies'], options);
      expect(report.notices).toHaveLength(1);
      expect(report.notices?.[0]).toMatch(/^node_modules\/\.cache\/replylint\/lint-cache\.json: .*ignoring it and linting everything/);
      expect(comparable(report)).toBe(comparable(fresh));
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 1, tool: 'replylint' });
    }
  });

  it('a cache that cannot be written is a notice, not a failure', async () => {
    const { dir, options } = repo();
    writeFileSync(path.join(dir, 'not-a-directory'), '');
    const report = await lintFiles(['replies'], { ...options, cacheLocation: 'not-a-directory/cache.json' });
    expect(report.results).toHaveLength(3);
    expect(report.notices).toEqual([expect.stringMatching(/^not-a-directory\/cache\.json: cannot write the cache \(E[A-Z]+\); the next run lints everything again \(check --cache-location\)$/)]);
  });
});
