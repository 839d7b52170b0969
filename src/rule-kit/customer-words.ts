/**
 * Whether the customer used a word or phrase themselves: a term from their own message ("a Premium
 * account for my wife", "the tracert you asked for") is shared vocabulary, not the reply's jargon or
 * choice of words. Whole words, case-insensitive, a possessive "'s" ignored on both sides.
 */
const normal = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/'s\b/g, '');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function customerUsed(context: string | undefined, phrase: string): boolean {
  const wanted = normal(phrase).trim();
  if (!context || wanted === '') return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(wanted)}(?![\\p{L}\\p{N}])`, 'u').test(normal(context));
}
