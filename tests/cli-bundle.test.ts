// The fast start (src/cli/launch.ts): the CommonJS bundle compiled from V8's code cache must behave
// exactly like the module tree it was built from, print nothing extra, and survive a cache V8 rejects.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './run-cli.js';

const bin = path.join(root, 'bin/replylint.js');
const bundleDir = path.join(root, 'dist/src/bundle');
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const draft = readFileSync(path.join(root, 'fixtures/examples/bad-reply.txt'));

/** The module tree, without bundle or cache: what the bundle must reproduce. */
function runModuleTree(args: string[], input: Buffer | string) {
  const script = `const { main } = await import(${JSON.stringify(path.join(root, 'dist/src/cli/main.js'))}); process.exitCode = await main([process.argv[0], 'replylint', ...process.argv.slice(1)]);`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script, '--', ...args], { cwd: root, input, env, encoding: 'utf8' });
}

function runBin(nodeFlags: string[], args: string[], input: Buffer | string) {
  return spawnSync(process.execPath, [...nodeFlags, bin, ...args], { cwd: root, input, env, encoding: 'utf8' });
}

describe('bundled CLI with code cache', () => {
  it('the build wrote a code cache for the bundle files a lint loads', () => {
    const caches = readdirSync(bundleDir).filter((name) => name.endsWith('.cjs.cache'));
    expect(caches).toContain('cli.cjs.cache');
    for (const cache of caches) expect(existsSync(path.join(bundleDir, cache.replace(/\.cache$/, '')))).toBe(true);
  });

  it('lints a draft on stdin exactly as the module tree does, and prints nothing else', () => {
    for (const format of ['stylish', 'json']) {
      const bundled = runBin([], ['-f', format], draft);
      const tree = runModuleTree(['-f', format], draft);
      expect(bundled.status).toBe(1);
      expect(bundled.stdout).toBe(tree.stdout);
      expect(bundled.stderr).toBe('');
    }
  });

  it('works, silently, when V8 rejects the cache (other V8 flags)', () => {
    // Any V8 flag changes the cache's identity; this one changes nothing else.
    const bundled = runBin(['--stack-size=2000'], ['-f', 'json'], draft);
    expect(bundled.status).toBe(1);
    expect(bundled.stdout).toBe(runModuleTree(['-f', 'json'], draft).stdout);
    expect(bundled.stderr).toBe('');
  });

  it('long-running commands load from the bundle too (serve answers a request)', () => {
    const request = `${JSON.stringify({ id: 1, text: draft.toString('utf8') })}\n`;
    const served = runBin([], ['serve', '--stdio'], request);
    expect(served.stderr).toBe('');
    const response = JSON.parse(served.stdout.trim().split('\n')[0] ?? '{}') as { id?: number; result?: { score?: number } };
    expect(response.id).toBe(1);
    expect(response.result?.score).toBeLessThan(40);
  });
});

describe('V8 flags per command', () => {
  it('a one-shot lint skips regexp optimisation and tier-up; serve, mcp and audit skip tier-up', async () => {
    const { v8FlagsFor } = await import('../src/cli/launch.js');
    expect(v8FlagsFor('lint')).toEqual(['--no-regexp-optimization', '--no-regexp-tier-up']);
    expect(v8FlagsFor(undefined)).toEqual(['--no-regexp-optimization', '--no-regexp-tier-up']);
    for (const command of ['serve', 'mcp', 'audit']) expect(v8FlagsFor(command)).toEqual(['--no-regexp-tier-up']);
  });
});
