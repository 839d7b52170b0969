/**
 * Near-duplicate templates in one repository: templates that say nearly the same thing should be
 * one template (or share a snippet). The set is indexed with the audit's duplicate engine
 * (`DuplicateIndex`: same normalisation — greetings, sign-offs, names, numbers and placeholders
 * masked — exact fast path, MinHash + LSH past a few hundred templates, Dice confirmation), so a
 * template repository and a mailbox agree on what "the same reply" means.
 *
 * Each template is matched against the ones before it (in lint order: paths sorted, templates in
 * file order), so a pair is reported once, on the later template, naming the earlier one.
 */
import { contentWordCount, DuplicateIndex, normalizeForDuplicates } from '../dedupe/index.js';
import type { TemplateMatch } from '../rule-kit/corpus.js';

export interface TemplateText {
  key: string;
  text: string;
}

/** How many matches one template may name: enough to list every sibling of a boilerplate family. */
const MAX_MATCHES = 50;

export class TemplateSet {
  private readonly order = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  /** Indexes by `minWords` (fixed when an index is built; a rule's option may differ from the default). */
  private readonly indexes = new Map<number, DuplicateIndex>();
  private readonly memo = new Map<string, TemplateMatch[]>();

  constructor(private readonly templates: readonly TemplateText[]) {
    templates.forEach((template, position) => {
      if (!this.order.has(template.key)) this.order.set(template.key, position);
      this.texts.set(template.key, template.text);
    });
  }

  get size(): number {
    return this.templates.length;
  }

  private index(minWords: number): DuplicateIndex {
    let index = this.indexes.get(minWords);
    if (!index) {
      // The threshold is given per query; the index's own only tunes LSH, which the default suits.
      index = new DuplicateIndex({ minWords });
      for (const template of this.templates) index.add(template.key, template.text);
      this.indexes.set(minWords, index);
    }
    return index;
  }

  /** Earlier templates nearly the same as `key`'s, most similar first. */
  earlierSimilar(key: string, threshold: number, minWords: number): TemplateMatch[] {
    const memoKey = `${key}\u0000${threshold}\u0000${minWords}`;
    const cached = this.memo.get(memoKey);
    if (cached) return cached;
    const position = this.order.get(key);
    const text = this.texts.get(key);
    let found: TemplateMatch[] = [];
    if (position !== undefined && text !== undefined && contentWordCount(normalizeForDuplicates(text)) >= minWords) {
      for (const match of this.index(minWords).nearest(text, { threshold, limit: MAX_MATCHES })) {
        for (const other of match.keys) {
          const otherPosition = this.order.get(other);
          if (other === key || otherPosition === undefined || otherPosition >= position) continue;
          found.push({ key: other, similarity: match.similarity, exact: match.exact });
        }
      }
      found = found.sort((a, b) => b.similarity - a.similarity || (this.order.get(a.key) ?? 0) - (this.order.get(b.key) ?? 0)).slice(0, MAX_MATCHES);
    }
    this.memo.set(memoKey, found);
    return found;
  }
}

/** A template's key in messages and in the set: `path#id` for one of many in a file, else the path. */
export function templateKey(filePath: string, id: string | undefined): string {
  return id === undefined ? filePath : `${filePath}#${id}`;
}
