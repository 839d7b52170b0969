// The precompiled word list must answer exactly as nspell + dictionary-en did, and be rebuilt
// when missing. Compared on every checkable token of the twcs company replies.
import { createReadStream, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/readers/exports/csv.js';
import { inBroadEnglish, isCheckable, suggestionsFor, WordList } from '../../src/pipeline/spelling.js';

const twcs = path.resolve(import.meta.dirname, '../../../shared/data/twcs/twcs-5000.csv');

async function nspellChecker() {
  const [{ default: nspell }, { default: dictionary }] = await Promise.all([import('nspell'), import('dictionary-en')]);
  return nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
}

describe('WordList', () => {
  it('finds every word of a list and nothing else', () => {
    const words = ['apple', "don't", 'Friday', 'zebra', 'a', 'mid'];
    const list = WordList.fromWords(words);
    for (const word of words) expect(list.has(word)).toBe(true);
    for (const word of ['', 'apples', 'friday', 'b', 'zz', 'ap', 'mi']) expect(list.has(word)).toBe(false);
  });

  it('suggests known words one edit away, swaps first', () => {
    const list = WordList.fromWords(['receive', 'relieve', 'order', 'the']);
    expect(suggestionsFor(list, 'recieve')).toEqual(['receive', 'relieve']);
    expect(suggestionsFor(list, 'ordr')).toEqual(['order']);
    expect(suggestionsFor(list, 'teh')).toEqual(['the']);
    expect(suggestionsFor(list, 'siguenos')).toEqual([]);
  });
});

describe('the cached dictionary', () => {
  it('is built into REPLYLINT_CACHE_DIR on first use and agrees with nspell on real replies', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'replylint-cache-'));
    process.env['REPLYLINT_CACHE_DIR'] = dir;
    const spelling = await import('../../src/pipeline/spelling.js');
    await spelling.prepareSpeller();
    delete process.env['REPLYLINT_CACHE_DIR'];
    expect(readdirSync(dir).filter((file) => file.endsWith('.words'))).toHaveLength(1);
    const ours = spelling.speller([]);
    const reference = await nspellChecker();
    const tokens = new Set<string>(['sorry', 'colour', 'FRIDAY', 'Known', "don't", 'dont', 'recieve', 'emailed']);
    if (existsSync(twcs)) {
      for await (const record of readCsv(createReadStream(twcs), twcs, { mapping: 'twcs' })) {
        if (record.role !== 'agent') continue;
        for (const token of record.text.split(/[^A-Za-z'-]+/)) if (isCheckable(token)) tokens.add(token);
      }
    }
    const disagreements = [...tokens].filter((token) => ours.correct(token) !== (reference.correct(token) || reference.correct(token.toLowerCase())));
    expect(disagreements).toEqual([]);
    expect(tokens.size).toBeGreaterThan(1000);
  });
});

describe('broad English', () => {
  it('knows informal words Hunspell lacks, and the few the word list stores out of order, but not typos', () => {
    for (const word of ['delish', 'ahold', 'Bants', 'manlihood', 'sharrowed']) expect(inBroadEnglish(word), word).toBe(true);
    for (const word of ['recieved', 'neagtive', 'folllwed']) expect(inBroadEnglish(word), word).toBe(false);
  });
});
