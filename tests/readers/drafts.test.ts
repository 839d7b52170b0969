// The draft readers: what text they give the rules, and that positions point back into the file.
import { describe, expect, it } from 'vitest';
import { readString } from '../../src/readers/index.js';
import { toSourcePosition } from '../../src/readers/source-map.js';

async function one(source: string, name: string) {
  const [reply] = await readString(source, name);
  if (!reply) throw new Error('no reply');
  return reply;
}

function positionOf(reply: { text: string; segments: Array<{ offset: number; line: number; column: number }> }, needle: string) {
  return toSourcePosition(reply, reply.text.indexOf(needle));
}

describe('plain text', () => {
  it('drops comments and pasted quoted history, keeping positions', async () => {
    const source = 'Hi Dana,\n<!-- note to self -->\nYour refund is on its way.\n\nOn Mon, 4 Mar 2024, Dana <d@example.com> wrote:\n> Where is my refund?\n';
    const reply = await one(source, 'draft.txt');
    expect(reply.text).not.toContain('note to self');
    expect(reply.text).not.toContain('Where is my refund');
    expect(reply.quoted).toContain('Where is my refund');
    expect(positionOf(reply, 'Your refund')).toEqual({ line: 3, column: 1 });
  });
});

describe('markdown', () => {
  it('keeps prose, skips code blocks and link targets, maps positions through blockquote-free lists', async () => {
    const source = '# Refund\n\nSee [our page](https://example.com/refunds) for details.\n\n```\nnpm install --force\n```\n\n- First item\n- Second **bold** item\n';
    const reply = await one(source, 'draft.md');
    expect(reply.text).toContain('See our page for details.');
    expect(reply.text).not.toContain('example.com');
    expect(reply.text).not.toContain('npm install');
    expect(positionOf(reply, 'Second')).toEqual({ line: 10, column: 3 });
    expect(positionOf(reply, 'bold')).toEqual({ line: 10, column: 12 });
  });
});

describe('html', () => {
  it('collapses whitespace as a browser does, including around inline tags', async () => {
    const reply = await one('<p>Please check the <b>red</b> card\n   and the <i>box</i>.</p><p>Best,<br>Maria</p>', 'draft.html');
    expect(reply.text).toBe('Please check the red card and the box.\n\nBest,\nMaria');
    expect(positionOf(reply, 'card')).toEqual({ line: 1, column: 32 });
    expect(positionOf(reply, 'and')).toEqual({ line: 2, column: 4 });
  });

  it('sets quoted history and scripts aside', async () => {
    const reply = await one('<div>Thanks!</div><script>alert(1)</script><blockquote>old message</blockquote>', 'draft.html');
    expect(reply.text).toBe('Thanks!');
    expect(reply.quoted).toContain('old message');
  });
});
