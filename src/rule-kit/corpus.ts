/**
 * Cross-reply knowledge a rule may ask for. The pipeline fills it: the thread's earlier replies
 * for every reply, when many replies are linted together, clusters of near-identical ones, and,
 * for templates, the earlier templates of the linted set that say nearly the same thing.
 */

export interface DuplicateMatch {
  /** Which earlier reply or corpus member matched (e.g. `thread#2`, a record id). */
  key: string;
  /** Dice similarity of the normalised bodies, 0–1. */
  similarity: number;
  exact: boolean;
}

export interface CorpusCluster {
  /** How many replies in the linted set share this body (this one included). */
  size: number;
  /** Other members' keys (a few, for the message). */
  others: string[];
  similarity: number;
}

/** An earlier template of the linted set that is nearly the same as this one. */
export interface TemplateMatch {
  /** The other template: `path#id` for one of many in a file, else its path. */
  key: string;
  /** Dice similarity of the normalised bodies, 0–1. */
  similarity: number;
  exact: boolean;
}

export interface DuplicateLookup {
  /** Earlier replies of the team in this reply's thread with the same normalised body. */
  inThread(threshold: number, minWords: number): DuplicateMatch[];
  /** The cluster of near-identical replies this one belongs to in the linted set, if any. */
  inCorpus(): CorpusCluster | undefined;
  /**
   * Templates linted before this one (in the same run, template mode) whose normalised bodies have
   * Dice similarity ≥ `threshold`, most similar first; empty for drafts and short templates.
   */
  similarTemplates(threshold: number, minWords: number): TemplateMatch[];
}

export const NO_DUPLICATES: DuplicateLookup = {
  inThread: () => [],
  inCorpus: () => undefined,
  similarTemplates: () => [],
};
