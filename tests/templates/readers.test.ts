// Template collections read from real repositories: how many templates each file holds (counted
// here from the raw text, not by the reader), their ids, and positions that point into the file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/pipeline/errors.js';
import { readDraftFile } from '../../src/readers/index.js';
import { toSourcePosition } from '../../src/readers/source-map.js';
import type { Reply } from '../../src/types.js';
import { FIXTURES, OPENCOLLECTIVE, SAVED } from './helpers.js';

const read = (file: string) => readDraftFile(file, path.basename(file), { collection: true });

/** The reply's first characters are found in the file where its position says. */
function expectPlaced(reply: Reply, source: string): void {
  const lines = source.split('\n');
  // The first word: later ones may have lost Markdown (links, emphasis, code) on the way.
  const word = reply.text.split(/\s/)[0] ?? '';
  const at = toSourcePosition(reply, 0);
  expect(lines[at.line - 1]?.slice(at.column - 1).startsWith(word), `${reply.id} at ${at.line}:${at.column}: ${word}`).toBe(true);
}

describe('saved-replies Markdown (one reply per heading section)', () => {
  for (const name of ['angular-cli__.github__SAVED_REPLIES.md', 'highfivery-zero-spam__.github__SAVED_REPLIES.md']) {
    it(`${name}: one reply per "##" section, read from its fenced block`, async () => {
      const file = path.join(SAVED, name);
      const source = readFileSync(file, 'utf8');
      const headings = [...source.matchAll(/^## (.+)$/gm)].map((match) => match[1]?.trim());
      // Every reply is the only fenced block of its section: fences open and close once per heading.
      expect(source.match(/^```\s*$/gm)?.length).toBe(headings.length * 2);
      const replies = await read(file);
      expect(replies.map((reply) => reply.id)).toEqual(headings);
      expect(replies).toHaveLength(12);
      for (const reply of replies) {
        expect(reply.fatal).toBeUndefined();
        // The fences themselves and the documentation around them are not reply text.
        expect(reply.text).not.toMatch(/```|Saved Re(plies|sponses)|maintained by individual team members/);
        expectPlaced(reply, source);
      }
    });
  }

  it('prometheus saved_replies.md: group headings and the introduction are not replies', async () => {
    const file = path.join(SAVED, 'prometheus-docs__snippets__saved_replies.md');
    const source = readFileSync(file, 'utf8');
    // Counted by hand from the file: "# Issues", "# PRs" and "# Issue or PR" only group the "##"
    // replies below them; the "####" sections (Philosophy, Non-Goal, Against goal) are add-on
    // snippets with their own text, so they are replies too. 12 headings, 3 groups.
    expect(source.match(/^#+ /gm)).toHaveLength(12);
    const replies = await read(file);
    expect(replies.map((reply) => reply.id)).toEqual([
      'User Support',
      'DCO',
      'Moratorium on integrations (SD & Alertmanager)',
      'Duplicate',
      'Non-trivial',
      'Out of scope',
      'Philosophy',
      'Non-Goal',
      'Against goal / design decision',
    ]);
    for (const reply of replies) expectPlaced(reply, source);
    // The code block inside the DCO reply is part of that reply's source, not a reply of its own.
    const dco = replies.find((reply) => reply.id === 'DCO');
    expect(dco?.text).toMatch(/Signed-Off-By/);
    expect(replies.some((reply) => /copy and pasting/.test(reply.text))).toBe(false);
  });

  it('a blockquote-style collection: the quote is the reply, the note above it is not', async () => {
    const file = path.join(FIXTURES, 'blockquote/canned-responses.md');
    const replies = await read(file);
    expect(replies.map((reply) => reply.id)).toEqual(['Refund issued', 'Replacement shipped']);
    expect(replies[0]?.text).toMatch(/^Hi \{customer_name\},\n\nI have refunded/);
    expect(replies[0]?.text).not.toMatch(/Use when/);
    // Line 9 is "> Hi {customer_name},": the text starts after the "> " marker.
    expect(toSourcePosition(replies[0] as Reply, 0)).toEqual({ line: 9, column: 3 });
  });
});

describe('YAML and JSON collections', () => {
  it('typescript-eslint replies.yml: one reply per entry, named, placed on the body lines', async () => {
    const file = path.join(SAVED, 'typescript-eslint__.github__replies.yml');
    const source = readFileSync(file, 'utf8');
    const names = [...source.matchAll(/^ {4}name: (.+)$/gm)].map((match) => match[1]?.trim());
    // Counted from the raw YAML: 14 "- body:" entries (the issue said 13; the file has 14).
    expect(source.match(/^ {2}- body: \|$/gm)).toHaveLength(14);
    const replies = await read(file);
    expect(replies.map((reply) => reply.id)).toEqual(names);
    for (const reply of replies) expectPlaced(reply, source);
    // First body line: line 3, after six spaces of block-scalar indentation.
    expect(toSourcePosition(replies[0] as Reply, 0)).toEqual({ line: 3, column: 7 });
    // Angle-bracket placeholders survive Markdown (which would read them as HTML tags and drop them).
    expect(replies.find((reply) => reply.id === 'Clearly Duplicate Issue')?.text).toContain('#<insert issue>');
    expect(replies.find((reply) => reply.id === 'Needs More Info')?.text).toContain('@<reporter>!');
  });

  it('a Zendesk macro export: one reply per macro that posts a public comment', async () => {
    const file = path.join(FIXTURES, 'zendesk/macros.json');
    const source = readFileSync(file, 'utf8');
    const replies = await read(file);
    // 5 macros: 1 plain comment, 1 HTML comment, 1 ["channel:all", text] comment, 1 private note
    // (not a reply: the customer never reads it) and 1 that only sets fields.
    expect(replies.map((reply) => reply.id)).toEqual(['Close and redirect to topics', 'Returns::Damaged item', 'Acknowledge::New request']);
    expect(replies[1]?.text).toMatch(/^Hi \{\{ticket\.requester\.first_name\}\},\n\nI'm sorry your order arrived damaged/);
    expect(replies[1]?.text).not.toMatch(/<p>/);
    // Each comment is one JSON string on one line: the reply starts where its value does.
    for (const reply of replies) {
      const distinctive = JSON.stringify(reply.text.split('\n')[2]?.slice(0, 30)).slice(1, -1);
      const line = source.split('\n').findIndex((text) => text.includes(distinctive)) + 1;
      expect(toSourcePosition(reply, 0).line).toBe(line);
    }
    const [single] = await read(path.join(FIXTURES, 'zendesk/single-macro.json'));
    expect(single?.id).toBe('Close and Save');
  });

  it('an entry without a body is that entry\'s problem; the others are read', async () => {
    const replies = await read(path.join(FIXTURES, 'bad/entry-without-body-replies.yml'));
    expect(replies.map((reply) => reply.id)).toEqual(['Good one', 'Missing body']);
    expect(replies[0]?.fatal).toBeUndefined();
    expect(replies[1]?.fatal).toMatchObject({ line: 8, message: expect.stringMatching(/^line 8: reply "Missing body" has no text \(give it a "body" string\)$/) });
    const macros = await read(path.join(FIXTURES, 'bad/macro-without-actions.json'));
    expect(macros[1]?.fatal?.message).toBe('line 4: macro "Broken macro" has no "actions" list (export it with GET /api/v2/macros.json)');
  });

  const cases: Array<[string, RegExp]> = [
    ['bad/malformed-replies.yml', /^malformed-replies\.yml:5: invalid YAML: All sequence items must start at the same column \(fix the syntax; /],
    ['bad/trailing-comma-macros.json', /^trailing-comma-macros\.json:4: invalid JSON \(column 3\): trailing comma before "]" \(fix the syntax/],
    ['bad/not-a-macro-export.json', /^not-a-macro-export\.json: not a Zendesk macro export: "macros" must be a list of macros, found string \(export macros/],
  ];
  for (const [fixture, expected] of cases) {
    it(`${fixture}: one line naming the file, the line and the fix`, async () => {
      const error = await read(path.join(FIXTURES, fixture)).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UserError);
      const message = (error as UserError).format();
      expect(message).toMatch(expected);
      expect(message).not.toContain('\n');
    });
  }
});

describe('single-template files', () => {
  it('opencollective: each Markdown file is one template', async () => {
    const folder = path.join(OPENCOLLECTIVE, '.github/MAINTAINER_REPLY_TEMPLATES');
    for (const name of ['DONT_COMMENT_ON_CLOSED_ISSUE.md', 'GUIDELINES_NOT_FOLLOWED.md', 'WRONG_FORUM_USE_DISCORD.md']) {
      const replies = await readDraftFile(path.join(folder, name), name);
      expect(replies).toHaveLength(1);
      expect(replies[0]?.id).toBeUndefined();
    }
  });

  it('front matter `split: headings` makes any Markdown file a collection', async () => {
    const replies = await readDraftFile(path.join(FIXTURES, 'front-matter/split-headings.md'), 'split-headings.md');
    expect(replies.map((reply) => reply.id)).toEqual(['Refund issued', 'Refund refused']);
    expect(toSourcePosition(replies[1] as Reply, 0)).toEqual({ line: 18, column: 1 });
  });

  it('a malformed replylint block in front matter is the reply\'s problem, with its line', async () => {
    const file = path.join(FIXTURES, 'front-matter/bad-kind.md');
    const [reply] = await readDraftFile(file, 'bad-kind.md');
    expect(reply?.fatal?.message).toBe('line 2: "replylint.kind" must be one of acknowledgement, answer, closing, reply');
  });
});
