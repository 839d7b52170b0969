import type { Paragraph, Root, Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextEquality from 'retext-equality';
import { VFile } from 'vfile';
import { z } from 'zod';
import { customerUsed } from '../src/rule-kit/customer-words.js';
import { defineRule } from '../src/rule-kit/rule.js';

const GENDERED_PRONOUNS = ['he', 'she', "he'd", "she'd", "he'll", "she'll", "he's", "she's", 'her', 'hers', 'him', 'his'];

/**
 * Words that may talk down ("easy", "simply", "of course"): noted, not warned. Telling a customer
 * who is stuck that it is easy can sting, but "it's easy to change your address in the app" is the
 * usual support sentence (792 of 4,514 Bitext replies), and the dismissive forms ("it's really
 * simple", "all you need to do is") are blame-shifting's condescension.
 */
const MAY_TALK_DOWN = new Set(['easy', 'simple', 'straightforward', 'basically', 'clearly', 'obvious', 'of-course', 'everyone-knows']);

const options = z
  .object({
    /**
     * retext-equality phrases to allow. By default "just" (in support it is nearly always temporal,
     * "we've just sent a DM": 77 of the 120 findings on twcs replies) and the gendered pronouns: a
     * reply's "he" or "her" names a particular person (the driver, your son, my colleague), not
     * anyone; they were 30 of the 48 findings left on twcs replies. And "pop" ("pop-up", "we'll pop a
     * refund on"), read as a word for a father: 141 warnings on 4,514 Bitext replies, none meant so;
     * "special" ("special characters") and "invalid" ("the address is invalid") likewise.
     */
    ignore: z.array(z.string()).default(['just', 'pop', 'special', 'invalid', ...GENDERED_PRONOUNS]),
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
      valid: [
        'Our team will call you today. -KC',
        'Each customer can change their plan online. ^RR',
        'Your driver says he left the bag at reception. -KC',
        "Close the pop-up and we'll pop a refund on your card. -KC",
        { text: "I've opened a Premium account for your wife's phone. -KC", context: 'Can you help me open an account for my wife?' },
      ],
      invalid: [
        { text: "It's easy to change your address in the app. -KC", errors: [{ messageId: 'insensitive', severity: 'info' }] },
        { text: "I've opened a Premium account for your wife, and I'll email her the login. -KC", context: 'Can you help me open an account for my daughter?', errors: [{ messageId: 'insensitive' }] },
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
      // The customer's own words ("a Premium account for my wife") are theirs to choose.
      if (customerUsed(ctx.reply.context, ctx.analysis.text.slice(start, end))) continue;
      const expected = (message.expected ?? []).map(String).filter((value) => value.length > 0);
      ctx.report({
        messageId: 'insensitive',
        data: { reason: message.reason },
        span: { start, end },
        // retext-equality suggests nothing for words that talk down ("basically", "simply", "of course"): they go.
        expected: expected.length > 0 ? expected : ['leave it out'],
        ...(MAY_TALK_DOWN.has(String(message.ruleId)) ? { severity: 'info' as const } : {}),
      });
    }
  },
});
