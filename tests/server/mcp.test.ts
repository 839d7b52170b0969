// `replylint mcp` through a real MCP client from the SDK, spawning the server over stdio.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, root } from './helpers.js';

interface Finding {
  ruleId: string;
  messageId: string;
  severity: string;
  expected?: string[];
  fix?: { range: [number, number]; text: string };
}
interface CheckResult {
  score: number | null;
  passed: boolean;
  findings: Finding[];
  fixedDraft?: string;
}

const client = new Client({ name: 'replylint-test', version: '0.0.0' });

beforeAll(async () => {
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [bin, 'mcp'], cwd: root, stderr: 'pipe' }));
});
afterAll(async () => {
  await client.close();
});

describe('replylint mcp', () => {
  it('lists its two tools with input schemas', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['check_reply', 'list_rules']);
    const check = tools.find((tool) => tool.name === 'check_reply');
    expect(check?.inputSchema.required).toEqual(['draft']);
    expect(Object.keys(check?.inputSchema.properties ?? {})).toEqual(['draft', 'customerMessage', 'channel', 'previousReplies', 'format']);
  });

  it('check_reply: score, passed, findings with expected wordings, fixes and the fixed draft', async () => {
    const draft = readFileSync(path.join(root, 'fixtures/examples/bad-reply.txt'), 'utf8');
    const response = await client.callTool({ name: 'check_reply', arguments: { draft, customerMessage: 'Where is my parcel? It never arrived.' } });
    expect(response.isError).toBeFalsy();
    const result = response.structuredContent as unknown as CheckResult;
    expect(result.passed).toBe(false);
    expect(result.score).toBeLessThan(50);
    const blame = result.findings.find((finding) => finding.messageId === 'blames-customer');
    expect(blame).toMatchObject({ ruleId: 'blame-shifting', severity: 'error' });
    expect(blame?.expected?.length).toBeGreaterThan(0);
    const rebuke = result.findings.find((finding) => finding.messageId === 'rebuke');
    expect(rebuke?.fix?.text).toBe('To recap');
    expect(result.fixedDraft).toContain('To recap, we are not responsible');
    // The same result as text, for clients that read only content.
    const text = (response.content as Array<{ type: string; text: string }>)[0]?.text ?? '';
    expect(JSON.parse(text)).toEqual(result);
  });

  it('check_reply: a good reply passes; previous replies make a repeat critical', async () => {
    const good = readFileSync(path.join(root, 'fixtures/examples/good-reply.txt'), 'utf8');
    const pass = (await client.callTool({ name: 'check_reply', arguments: { draft: good, channel: 'email' } })).structuredContent as unknown as CheckResult;
    expect(pass).toMatchObject({ passed: true, score: 100, findings: [] });
    const repeat = (await client.callTool({ name: 'check_reply', arguments: { draft: good, previousReplies: [good] } })).structuredContent as unknown as CheckResult;
    expect(repeat.passed).toBe(false);
    expect(repeat.findings.map((finding) => finding.messageId)).toContain('repeated-in-thread');
  });

  it('check_reply: an empty draft is a tool error, not a dead server', async () => {
    const response = await client.callTool({ name: 'check_reply', arguments: { draft: '  ' } });
    expect(response.isError).toBe(true);
    expect((response.content as Array<{ text: string }>)[0]?.text).toMatch(/is empty: nothing to lint/);
    const invalid = await client.callTool({ name: 'check_reply', arguments: { draft: 'Hi', channel: 'fax' } });
    expect(invalid.isError).toBe(true);
    const { tools } = await client.listTools();
    expect(tools).toHaveLength(2);
  });

  it('list_rules: every rule with severity, weight and docs', async () => {
    const response = await client.callTool({ name: 'list_rules', arguments: {} });
    const { rules } = response.structuredContent as { rules: Array<{ id: string; defaultSeverity: string; weight: number; url: string }> };
    expect(rules.map((rule) => rule.id)).toEqual(expect.arrayContaining(['blame-shifting', 'missing-apology', 'missing-remedy', 'missing-named-contact', 'readability', 'canned-duplicate', 'insensitive']));
    expect(rules.find((rule) => rule.id === 'blame-shifting')).toMatchObject({ defaultSeverity: 'error', weight: 25, url: expect.stringMatching(/^https:\/\/.*blame-shifting\.md$/) });
  });
});
