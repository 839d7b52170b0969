// The README's agent loop example runs and ends with a passing reply.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.js';

describe('examples/agent-loop.mjs', () => {
  it('revises the draft until it passes', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'examples/agent-loop.mjs')], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^round 1: score \d+/m);
    expect(run.stdout).toMatch(/^final: score \d+, passed$/m);
  });

  it('exports a loop that works as a library too', async () => {
    const { agentLoop } = (await import(path.join(root, 'examples/agent-loop.mjs'))) as {
      agentLoop: (draft: string, options: { context?: string }) => Promise<{ draft: string; result: { passed: boolean } }>;
    };
    const { draft, result } = await agentLoop('You must have entered the wrong address. Feel free to contact us.\n\nThe Support Team\n', { context: 'My parcel never came.' });
    expect(result.passed).toBe(true);
    expect(draft).not.toMatch(/must have entered/);
  });
});
