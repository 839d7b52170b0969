import type { Paragraph, Root, Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextEquality from 'retext-equality';
import { VFile } from 'vfile';
import { z } from 'zod';
import { defineRule } from '../src/rule-kit/rule.js';

const options = z
  .object({
    /**
     * retext-equality pattern ids or phrases to allow. "just" is allowed by default: in support it is
     * nearly always temporal ("we've just sent a DM"); it was 77 of the 120 findings on twcs replies.
     */
    ignore: z.array(z.string()).default(['just']),
    /** Allow binary phrases such as "he or she". */
    binary: z.boolean().default(true),
  })
  .strict();

// One transformer per distinct settings: building retext-equality's patterns is not free.
const transformers = new Map<string, ReturnType<typeof retextEquality>>();

/**
 * Every phrase retext-equality looks for, as normalised word sequences, so a reply with none of
 * them skips the plugin: its search rebuilds an index of ~900 phrases on every call, which made it
 * a third of the linter's time. Read from the plugin's own pattern file; if that file moves in a
 * later version, `phrases` stays undefined and every reply goes through the plugin as before.
 */
let phrases: Phrases | undefined;

interface Phrases {
  set: Set<string>;
  /** Every proper prefix of a phrase, so a scan stops as soon as no phrase can continue. */
  prefixes: Set<string>;
}

const normal = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

async function loadPhrases(): Promise<void> {
  if (phrases) return;
  try {
    const entry = import.meta.resolve('retext-equality');
    const module = (await import(new URL('./patterns-en.js', entry).href)) as { patterns?: Array<{ inconsiderate: Record<string, string> }> };
    const set = new Set<string>();
    const prefixes = new Set<string>();
    for (const pattern of module.patterns ?? []) {
      for (const phrase of Object.keys(pattern.inconsiderate)) {
        const words = phrase.split(' ').map(normal);
        set.add(words.join(' '));
        for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
      }
    }
    if (set.size > 0) phrases = { set, prefixes };
  } catch {
    phrases = undefined;
  }
}

/** Whether a sentence contains any of the phrases (a superset of what the plugin will match). */
function mayMatch(sentence: Sentence, known: Phrases): boolean {
  const words = sentence.children.filter((child) => child.type === 'WordNode').map((word) => normal(toString(word)));
  for (let i = 0; i < words.length; i++) {
    let phrase = words[i] ?? '';
    for (let n = i + 1; ; n++) {
      if (known.set.has(phrase)) return true;
      if (n >= words.length || !known.prefixes.has(phrase)) break;
      phrase = `${phrase} ${words[n] ?? ''}`;
    }
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'insensitive',
    description: 'Gendered, ableist or otherwise inconsiderate wording (retext-equality)',
    category: 'tone',
    defaultSeverity: 'warning',
    weight: 5,
    options,
    messages: {
      insensitive: '{reason}',
    },
    docs: {
      rationale:
        'Support replies reach everyone. retext-equality (the checks behind alex) finds wording that may be gendered, ableist or otherwise inconsiderate, with alternatives.',
      fix: 'Use the suggested wording, or add a phrase to `ignore` if it is right in your context.',
      references: ['retext-equality: https://github.com/retextjs/retext-equality'],
    },
    examples: {
      valid: ['Our team will call you today. -KC', 'Each customer can change their plan online. ^RR'],
      invalid: [
        { text: 'One of our chairmen will call you today.', errors: [{ messageId: 'insensitive', line: 1, column: 12 }] },
        { text: 'That is a crazy delay, sorry.', errors: [{ messageId: 'insensitive' }] },
      ],
    },
  },
  async prepare() {
    await loadPhrases();
  },
  check(ctx, opts) {
    const tree = ctx.analysis.tree as Root;
    // Only the sentences that may hold a phrase go through the plugin, as one paragraph (the
    // plugin's cost is per paragraph; matches never cross sentences, and positions are kept).
    let sentences: Sentence[] = [];
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      for (const child of paragraph.children) if (child.type === 'SentenceNode') sentences.push(child);
    }
    const known = phrases;
    if (known) sentences = sentences.filter((sentence) => mayMatch(sentence, known));
    if (sentences.length === 0) return;
    const key = JSON.stringify(opts);
    let transform = transformers.get(key);
    if (!transform) {
      transform = retextEquality({ ignore: opts.ignore, binary: opts.binary });
      transformers.set(key, transform);
    }
    const paragraph: Paragraph = { type: 'ParagraphNode', children: sentences };
    const file = new VFile({ value: ctx.analysis.maskedText });
    transform({ type: 'RootNode', children: [paragraph] }, file);
    for (const message of file.messages) {
      const place = message.place as { start?: { offset?: number }; end?: { offset?: number } } | undefined;
      const start = place?.start?.offset;
      if (start === undefined) continue;
      const end = place?.end?.offset ?? start;
      const expected = (message.expected ?? []).map(String).filter((value) => value.length > 0);
      ctx.report({
        messageId: 'insensitive',
        data: { reason: message.reason },
        span: { start, end },
        // retext-equality suggests nothing for words that talk down ("basically", "simply", "of course"): they go.
        expected: expected.length > 0 ? expected : ['leave it out'],
      });
    }
  },
});
