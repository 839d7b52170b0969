/**
 * A template's greeting is personal when a placeholder in it will hold the customer's name:
 * "Hi {{ticket.requester.first_name}}," greets the customer by name once the help desk fills it.
 *
 * The greeting is looked for in the masked text, where every placeholder is one word of the same
 * length: `findGreeting` on the raw text stops at the dots of `{{ticket.requester.first_name}}`.
 */
import type { Analysis } from '../pipeline/analysis-types.js';
import { findGreeting } from '../pipeline/layout.js';
import { CUSTOMER_NAME_PLACEHOLDERS, type Placeholder } from '../pipeline/placeholders.js';

/** The placeholder that will put the customer's name in the greeting, if there is one. */
export function greetingPlaceholder(analysis: Pick<Analysis, 'maskedText' | 'placeholders'>, customerPlaceholders: readonly string[] = CUSTOMER_NAME_PLACEHOLDERS): Placeholder | undefined {
  const greeting = findGreeting(analysis.maskedText);
  if (!greeting) return undefined;
  const patterns = customerPlaceholders.map((pattern) => new RegExp(pattern, 'i'));
  return analysis.placeholders.find(
    (placeholder) => placeholder.start >= greeting.start && placeholder.end <= greeting.end && patterns.some((pattern) => pattern.test(placeholder.name)),
  );
}
