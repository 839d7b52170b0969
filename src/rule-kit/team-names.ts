/**
 * Names the company goes by in one conversation: the @handles the customer wrote to, the author of
 * a social reply (a brand account such as "AmazonHelp"; in e-mail and chat the author is a person)
 * and configured brand names. A sign-off with one
 * of them is a team's ("-Fernway"), and "contact Fernway Support" points at us, not elsewhere.
 */
import type { Reply } from '../types.js';

export function teamNames(reply: Pick<Reply, 'context' | 'author' | 'channel'>, configured: string[] = []): string[] {
  const names = configured.map((name) => name.toLowerCase().replace(/\s+/g, ''));
  for (const match of (reply.context ?? '').matchAll(/@([A-Za-z]\w{2,})/g)) names.push((match[1] ?? '').toLowerCase());
  if (reply.author && reply.channel === 'social' && /^[A-Za-z][\w.-]*$/.test(reply.author)) names.push(reply.author.toLowerCase());
  return names;
}

/**
 * Whether a word (a sign-off, a company named in an instruction) is one of the team's names. A
 * short word ("HP", "O2") is one only where a person's name is not expected (`minLength` 2).
 */
export function isTeamName(word: string, names: string[], minLength = 3): boolean {
  const compact = word.replace(/\s+/g, '').toLowerCase();
  return compact.length >= minLength && names.some((name) => name.startsWith(compact));
}
