/**
 * Writes the spelling dictionary's word-list cache (see src/pipeline/spelling.ts) at build time,
 * so the first `replylint` run after an install starts as fast as every later one instead of
 * paying ~0.5–1 s to expand dictionary-en with nspell. A failure here is not a build failure: the
 * CLI builds the cache itself on first use.
 */
import { loadDictionary } from '../src/pipeline/spelling.js';

try {
  await loadDictionary();
  console.log('spelling dictionary cache ready');
} catch (error) {
  console.warn(`spelling dictionary cache not written (built on first use instead): ${error instanceof Error ? error.message : String(error)}`);
}
