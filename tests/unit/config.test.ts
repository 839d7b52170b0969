import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/pipeline/engine.js';
import { UserError } from '../../src/pipeline/errors.js';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'replylint-config-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

async function errorOf(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

const severityOf = async (dir: string, id: string, root = dir) =>
  (await createEngine(dir, {}, root)).settings.rules.find((active) => active.rule.meta.id === id)?.severity;

describe('config discovery', () => {
  it('uses the recommended preset when there is no config', async () => {
    const root = project({ 'a.txt': 'x' });
    const engine = await createEngine(root, { noConfigLookup: true }, root);
    expect(engine.settings.rules.map((r) => r.rule.meta.id)).toContain('blame-shifting');
    expect(engine.configFile).toBeUndefined();
  });

  it('finds .replylintrc.json upward from the linted file', async () => {
    const root = project({ '.replylintrc.json': '{ "rules": { "readability": "off" } }', 'team/macros/a.txt': 'x' });
    const engine = await createEngine(path.join(root, 'team/macros'), {}, root);
    expect(engine.configFile).toBe(path.join(root, '.replylintrc.json'));
    expect(engine.settings.rules.map((r) => r.rule.meta.id)).not.toContain('readability');
  });

  it('reads YAML, package.json and JS configs', async () => {
    const yamlRoot = project({ '.replylintrc.yaml': 'rules:\n  missing-remedy: error\n' });
    expect(await severityOf(yamlRoot, 'missing-remedy')).toBe('error');
    const pkgRoot = project({ 'package.json': JSON.stringify({ name: 'x', replylint: { rules: { 'missing-remedy': 'info' } } }) });
    expect(await severityOf(pkgRoot, 'missing-remedy')).toBe('info');
    const jsRoot = project({ 'replylint.config.mjs': "export default { rules: { 'missing-remedy': ['warn', { requireTime: false }] } };" });
    const engine = await createEngine(jsRoot, {}, jsRoot);
    const remedy = engine.settings.rules.find((r) => r.rule.meta.id === 'missing-remedy');
    expect(remedy?.severity).toBe('warning');
    expect(remedy?.options).toMatchObject({ requireTime: false, reportFacilitationOnly: true });
  });

  it('extends presets and keeps earlier options when a later setting gives only a severity', async () => {
    const root = project({ '.replylintrc.json': '{ "extends": "replylint:strict", "rules": { "readability": "warn" } }' });
    const engine = await createEngine(root, {}, root);
    const readability = engine.settings.rules.find((r) => r.rule.meta.id === 'readability');
    expect(readability?.severity).toBe('warning');
    expect(readability?.options).toMatchObject({ maxSentenceWords: 20, targetGrade: 7 });
    expect(engine.settings.gate.failOn).toBe('warning');
  });

  it('lets --rule style overrides win over the file', async () => {
    const root = project({ '.replylintrc.json': '{ "rules": { "readability": "off" } }' });
    const engine = await createEngine(root, { rules: { readability: 'error' } }, root);
    expect(engine.settings.rules.find((r) => r.rule.meta.id === 'readability')?.severity).toBe('error');
  });

  it('applies weights from config', async () => {
    const root = project({ '.replylintrc.json': '{ "weights": { "readability": 3 } }' });
    const engine = await createEngine(root, {}, root);
    expect(engine.settings.rules.find((r) => r.rule.meta.id === 'readability')?.weight).toBe(3);
  });
});

describe('config errors are one line naming the file and the fix', () => {
  it('unknown rule, with a suggestion', async () => {
    const root = project({ '.replylintrc.json': '{ "rules": { "missing-apolgy": "warn" } }' });
    const error = await errorOf(createEngine(root, {}, root));
    expect(error.kind).toBe('config');
    expect(error.format()).toMatch(/\.replylintrc\.json: unknown rule "missing-apolgy" \(did you mean "missing-apology"\?\)/);
  });

  it('option of the wrong type', async () => {
    const root = project({ '.replylintrc.json': '{ "rules": { "readability": ["warn", { "maxSentenceWords": "long" }] } }' });
    const error = await errorOf(createEngine(root, {}, root));
    expect(error.format()).toMatch(/rule "readability": option "maxSentenceWords"/);
  });

  it('unknown option', async () => {
    const root = project({ '.replylintrc.json': '{ "rules": { "readability": ["warn", { "maxWords": 3 }] } }' });
    expect((await errorOf(createEngine(root, {}, root))).format()).toMatch(/unknown option "maxWords"/);
  });

  it('malformed JSON, with its line', async () => {
    const root = project({ '.replylintrc.json': '{\n  "rules": {\n    "readability": "off",\n  }\n}' });
    const error = await errorOf(createEngine(root, {}, root));
    expect(error.format()).toMatch(/\.replylintrc\.json:\d+: invalid JSON/);
    expect(error.format().split('\n')).toHaveLength(1);
  });

  it('malformed YAML', async () => {
    const root = project({ '.replylintrc.yaml': 'rules:\n  readability: [warn\n' });
    expect((await errorOf(createEngine(root, {}, root))).format()).toMatch(/invalid YAML/);
  });

  it('unknown key and unknown preset', async () => {
    const keyRoot = project({ '.replylintrc.json': '{ "rule": {} }' });
    expect((await errorOf(createEngine(keyRoot, {}, keyRoot))).format()).toMatch(/unknown key "rule" \(did you mean "rules"\?\)/);
    const presetRoot = project({ '.replylintrc.json': '{ "extends": "replylint:recomended" }' });
    expect((await errorOf(createEngine(presetRoot, {}, presetRoot))).format()).toMatch(/did you mean "replylint:recommended"/);
  });

  it('a missing --config file', async () => {
    const root = project({});
    expect((await errorOf(createEngine(root, { configFile: path.join(root, 'nope.json') }, root))).format()).toMatch(/cannot read config file/);
  });
});

describe('plugins', () => {
  it('load rules written to the contract from a local file', async () => {
    const root = project({
      'my-rules.mjs': `
        import { z } from '${path.resolve('node_modules/zod/index.js').replace(/\\\\/g, '/')}';
        export default { rules: [{
          meta: { id: 'acme/no-shouting', description: 'No words in capitals', category: 'tone', defaultSeverity: 'warning', weight: 5,
            options: z.object({}), messages: { shout: 'Shouting: {word}' }, docs: { rationale: 'r', fix: 'f' }, examples: { valid: [], invalid: [] } },
          check(ctx) { for (const m of ctx.reply.text.matchAll(/\\b[A-Z]{4,}\\b/g)) ctx.report({ messageId: 'shout', data: { word: m[0] }, span: { start: m.index, end: m.index + m[0].length } }); },
        }] };`,
      '.replylintrc.json': '{ "plugins": ["./my-rules.mjs"], "rules": { "acme/no-shouting": "error" } }',
    });
    const engine = await createEngine(root, {}, root);
    expect(engine.registry.has('acme/no-shouting')).toBe(true);
    expect(engine.settings.rules.find((r) => r.rule.meta.id === 'acme/no-shouting')?.severity).toBe('error');
  });

  it('a plugin that cannot be found is a config error', async () => {
    const root = project({ '.replylintrc.json': '{ "plugins": ["replylint-plugin-does-not-exist"] }' });
    expect((await errorOf(createEngine(root, {}, root))).format()).toMatch(/cannot find plugin \(install it/);
  });
});
