/**
 * Presets are plain config objects (textlint-style), named `replylint:<name>` in `extends`.
 */
import type { ConfigFile } from './config-schema.js';

export const presets: Record<string, ConfigFile> = {
  /** The core rules at their default severities: what most teams want. */
  recommended: {
    rules: {
      'blame-shifting': 'error',
      'missing-apology': 'warn',
      'missing-remedy': 'warn',
      'missing-named-contact': 'warn',
      readability: 'warn',
      'canned-duplicate': 'error',
      insensitive: 'warn',
      'unfilled-placeholder': 'error',
      'similar-template': 'warn',
    },
  },
  /** Everything is an error; tighter prose limits. For teams gating releases of templates. */
  strict: {
    extends: 'replylint:recommended',
    failOn: 'warning',
    rules: {
      'missing-apology': 'error',
      'missing-remedy': 'error',
      'missing-named-contact': 'error',
      readability: ['error', { maxSentenceWords: 20, targetGrade: 7 }],
      insensitive: 'error',
      'similar-template': 'error',
    },
  },
  /**
   * A repository of canned replies: placeholders are expected (`unfilled-placeholder` is N/A) and
   * near-duplicate templates are reported (`similar-template`).
   */
  templates: {
    extends: 'replylint:recommended',
    mode: 'template',
  },
  /** Short public replies (Twitter, Facebook, Instagram): initials sign, no whole-reply grade. */
  social: {
    extends: 'replylint:recommended',
    channel: 'social',
    rules: {
      'missing-named-contact': ['warn', { acceptInitials: true }],
      readability: ['warn', { minWordsForGrade: 80, maxSentenceWords: 30 }],
    },
  },
};
