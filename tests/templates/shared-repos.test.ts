// Linting template repositories nobody here wrote: how many templates each file gives, that
// placeholders are never judged as words, and that shared boilerplate is found as near duplicates.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pairs } from '../../src/dedupe/index.js';
import { lintFiles, type LintFilesReport } from '../../src/pipeline/lint.js';
import { findPlaceholders } from '../../src/pipeline/placeholders.js';
import { findMarkers } from '../../src/templates/markers.js';
import type { LintResult } from '../../src/types.js';
import { ANSIBLE, DATA, OPENCOLLECTIVE, SAVED } from './helpers.js';

const lintAll = (mode: 'template' | 'draft') =>
  lintFiles([ANSIBLE, SAVED, OPENCOLLECTIVE], { mode, cwd: DATA, noConfigLookup: true, keepText: true });

function perFile(report: LintFilesReport): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const result of report.results) counts[result.filePath] = (counts[result.filePath] ?? 0) + 1;
  return counts;
}

/** Findings about words (not sentences or the whole reply), which must never land on a placeholder. */
const WORD_FINDINGS = new Set(['spelling', 'grammar', 'jargon', 'passive', 'insensitive']);

function wordFindingsOnPlaceholders(results: LintResult[]): string[] {
  const overlaps: string[] = [];
  for (const result of results) {
    const text = result.text ?? '';
    const tokens = [...findPlaceholders(text), ...findMarkers(text)];
    for (const message of result.messages) {
      if (!WORD_FINDINGS.has(message.messageId) || message.offset === undefined || message.endOffset === undefined) continue;
      const { offset, endOffset } = message;
      for (const token of tokens) {
        if (offset < token.end && token.start < endOffset) overlaps.push(`${result.filePath}#${result.id ?? ''}: ${message.messageId} "${message.actual ?? ''}" on ${text.slice(token.start, token.end)}`);
      }
    }
  }
  return overlaps;
}

let template: LintFilesReport;
let draft: LintFilesReport;
beforeAll(async () => {
  [template, draft] = await Promise.all([lintAll('template'), lintAll('draft')]);
});

describe('templates read from each file', () => {
  it('ansible-ticket-stubs: one template per Markdown file, the README is documentation', () => {
    const expected: Record<string, number> = {};
    for (const folder of ['current', 'historical']) {
      for (const name of readdirSync(path.join(ANSIBLE, folder))) {
        if (name !== 'README.md') expected[`ansible-ticket-stubs/${folder}/${name}`] = 1;
      }
    }
    const counts = perFile(template);
    expect(Object.fromEntries(Object.entries(counts).filter(([file]) => file.startsWith('ansible')))).toEqual(expected);
    expect(Object.keys(expected)).toHaveLength(28);
    expect(template.errors).toEqual([]);
  });

  it('oss-saved-replies: 12 + 12 + 9 saved replies and 14 YAML replies', () => {
    const counts = perFile(template);
    expect(counts['oss-saved-replies/angular-cli__.github__SAVED_REPLIES.md']).toBe(12);
    expect(counts['oss-saved-replies/highfivery-zero-spam__.github__SAVED_REPLIES.md']).toBe(12);
    expect(counts['oss-saved-replies/prometheus-docs__snippets__saved_replies.md']).toBe(9);
    expect(counts['oss-saved-replies/typescript-eslint__.github__replies.yml']).toBe(14);
  });

  it('opencollective: the three templates in .github/MAINTAINER_REPLY_TEMPLATES, not its README', () => {
    const files = Object.keys(perFile(template)).filter((file) => file.startsWith('opencollective'));
    expect(files.map((file) => path.basename(file)).sort()).toEqual(['DONT_COMMENT_ON_CLOSED_ISSUE.md', 'GUIDELINES_NOT_FOLLOWED.md', 'WRONG_FORUM_USE_DISCORD.md']);
  });
});

describe('placeholders are tokens, not words', () => {
  it('no spelling, grammar, jargon or wording finding lands on a placeholder or fill-in marker, in either mode', () => {
    expect(wordFindingsOnPlaceholders(template.results)).toEqual([]);
    expect(wordFindingsOnPlaceholders(draft.results)).toEqual([]);
    // The check is not vacuous: the repositories are full of them.
    const tokens = template.results.reduce((sum, result) => sum + findPlaceholders(result.text ?? '').length + findMarkers(result.text ?? '').length, 0);
    expect(tokens).toBeGreaterThanOrEqual(35);
  });

  it('in template mode unfilled-placeholder is N/A; in draft mode every placeholder and marker is critical', () => {
    for (const result of template.results) {
      expect(result.messages.filter((message) => message.ruleId === 'unfilled-placeholder')).toEqual([]);
      expect(result.notApplicable).toContain('unfilled-placeholder');
    }
    const unfilled = draft.results.flatMap((result) => result.messages.filter((message) => message.ruleId === 'unfilled-placeholder').map((message) => ({ result, message })));
    expect(unfilled.every(({ message }) => message.critical && message.severity === 'error')).toBe(true);
    const found = new Set(unfilled.map(({ message }) => message.actual));
    for (const token of ['INSERT HERE', 'FILL IN', '<< CHOOSE AS APPROPRIATE >>', '{{ paste.handle.here }}', '{{ author }}', 'XXX', '<reporter>', '<insert issue>', '<ISSUE_NUMBER>', '#NUMBER']) {
      expect(found, token).toContain(token);
    }
    const bugWrongRepo = draft.results.find((result) => result.filePath.endsWith('current/bug_wrong_repo.md'));
    expect(bugWrongRepo?.passed).toBe(false);
    // A marker's position is its place in the file: "* FILL IN" is line 7.
    expect(bugWrongRepo?.messages.find((message) => message.actual === 'FILL IN')).toMatchObject({ line: 7, column: 3 });
  });
});

describe('near-duplicate templates', () => {
  it('ansible: the shared boilerplate is reported as near-duplicate pairs, each on the later template', () => {
    const reported = template.results
      .filter((result) => result.filePath.startsWith('ansible'))
      .flatMap((result) => result.messages.filter((message) => message.ruleId === 'similar-template').map((message) => {
        const other = /template "([^"]+)"/.exec(message.message)?.[1] ?? '';
        return `${path.basename(other)} ~ ${path.basename(result.filePath)}`;
      }))
      .sort();
    // The same pairs the duplicate engine finds when given the ansible texts directly.
    const ansible = template.results.filter((result) => result.filePath.startsWith('ansible'));
    const expected = pairs(ansible.map((result) => result.text ?? ''), 0.8)
      .map((pair) => `${path.basename(ansible[pair.a]?.filePath ?? '')} ~ ${path.basename(ansible[pair.b]?.filePath ?? '')}`)
      .sort();
    expect(reported).toEqual(expected);
    expect(reported).toHaveLength(16);
    // The families a reader of the stubs sees: the "busy project" boilerplate of the historical
    // request stubs, and current stubs that replaced historical ones.
    expect(reported).toEqual(expect.arrayContaining(['great_idea.md ~ thanks.md', 'needs_info.md ~ pr_needs_revision.md', 'question_not_bug.md ~ question_for_lists.md', 'bug_wrong_repo.md ~ use_another_repo.md']));
  });

  it('a near-duplicate costs little: it is a warning for maintainers, not a failed template', () => {
    const thanks = template.results.find((result) => result.filePath.endsWith('historical/thanks.md'));
    const similar = thanks?.messages.filter((message) => message.ruleId === 'similar-template') ?? [];
    expect(similar.length).toBeGreaterThanOrEqual(3);
    expect(similar.every((message) => message.severity === 'warning')).toBe(true);
    expect(similar.reduce((sum, message) => sum + message.penalty, 0)).toBeLessThanOrEqual(5);
  });
});
