#!/usr/bin/env node
/**
 * An AI agent's loop around replylint, with no model and no network: draft → check → revise,
 * until the reply passes. The "reviser" below is deterministic so the loop can run in a test;
 * in a real agent it is where the model rewrites the draft, given the findings.
 *
 *   npm run build && node examples/agent-loop.mjs
 *
 * Each round: lint() the draft with the customer's message as context; stop when `passed`.
 * Otherwise revise: first the edits replylint offers (safe `fix`es, and suggestions that have no
 * blanks left to fill, applied with applyFixes), then what only the agent knows (what it did for the
 * customer, its name), guided by each finding's rule and `expected` wordings.
 */
import { pathToFileURL } from 'node:url';
import { applyFixes, lint } from 'replylint';

const customerMessage = 'My parcel never arrived and your tracking page still says "in transit" after two weeks. This is ridiculous.';

/** What the agent knows about the case: a model would read this from the ticket. */
const facts = {
  apology: "I'm sorry your parcel still hasn't reached you.",
  remedy: "I've asked the carrier to trace it and will email you an update by Friday; if it isn't found by then, I'll send a replacement the same day.",
  signOff: 'Best,\nMaria',
};

const firstDraft = `Dear Customer,

Our records indicate that the package was delivered on March 3. You must have entered the wrong address when you placed the order, so please contact the carrier about this. As previously mentioned, we are not responsible for items once they leave our warehouse.

We apologize for any inconvenience. Feel free to contact us if you have any additional questions.

Customer Service Dept
`;

/** The sentence around [start, end): back to the previous sentence end or line break, on to the next. */
function sentenceAround(text, start, end) {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1])) from--;
  while (from < start && text[from] === ' ') from++;
  let to = Math.max(end, from);
  while (to < text.length && !/[.!?\n]/.test(text[to])) to++;
  if (to < text.length && text[to] !== '\n') to++;
  while (to < text.length && text[to] === ' ') to++;
  return [from, to];
}

/** Where a new paragraph goes: before the sign-off when there is one, else at the end. */
function beforeSignOff(text) {
  const lines = text.trimEnd().split('\n');
  const last = lines.length > 1 && lines[lines.length - 1].trim().split(/\s+/).length <= 4 ? lines[lines.length - 1] : undefined;
  return last === undefined ? text.trimEnd().length : text.trimEnd().length - last.length;
}

/** Edits an agent makes from the findings, as { range, text } pairs on the current draft. */
function agentEdits(draft, result) {
  const edits = [];
  for (const message of result.messages) {
    const start = message.offset ?? 0;
    const end = message.endOffset ?? start;
    const sentence = sentenceAround(draft, start, end);
    switch (message.ruleId) {
      case 'blame-shifting':
        // Blame, deflection and lecturing have no place in the reply: the sentence goes.
        edits.push({ range: sentence, text: '' });
        break;
      case 'missing-apology':
        if (message.actual) edits.push({ range: sentence, text: `${facts.apology} ` });
        else edits.push({ range: [beforeSignOff(draft), beforeSignOff(draft)], text: `${facts.apology}\n\n` });
        break;
      case 'missing-remedy':
        if (message.messageId === 'closing-only' && message.actual) edits.push({ range: sentence, text: `${facts.remedy} ` });
        else if (!draft.includes(facts.remedy)) edits.push({ range: [beforeSignOff(draft), beforeSignOff(draft)], text: `${facts.remedy}\n\n` });
        break;
      case 'missing-named-contact':
        if (message.actual) edits.push({ range: [start, end], text: facts.signOff });
        else edits.push({ range: [draft.trimEnd().length, draft.length], text: `\n\n${facts.signOff}\n` });
        break;
      default:
        // A wording offered without placeholders can be used as it is.
        if (message.actual && message.expected?.[0] && !/[…<>]/.test(message.expected[0])) edits.push({ range: [start, end], text: message.expected[0] });
    }
  }
  return edits;
}

/** One revision: replylint's own edits first; when it has none left, the agent's. */
export function revise(draft, result) {
  // Suggestions that still hold blanks ({{action}}, {{agent.name}}) are for a writer to fill, not to paste.
  const ready = (fix) => !/\{\{|\{[a-z_]+\}|<[^>\s]+>|…/.test(fix.text);
  const offered = result.messages.flatMap((message) => {
    if (message.fix) return [message.fix];
    const suggestion = message.suggestions?.find((candidate) => ready(candidate.fix));
    return suggestion ? [suggestion.fix] : [];
  });
  let { output, applied } = applyFixes(draft, offered);
  if (applied.length === 0) ({ output } = applyFixes(draft, agentEdits(draft, result)));
  // Tidy what removals leave behind: doubled spaces, empty paragraphs.
  return output.replace(/[ \t]+\n/g, '\n').replace(/ {2,}/g, ' ').replace(/\n{3,}/g, '\n\n');
}

export async function agentLoop(draft, { context, maxRounds = 8, log = () => undefined } = {}) {
  let result = await lint(draft, { context });
  for (let round = 1; !result.passed && round <= maxRounds; round++) {
    log(`round ${round}: score ${result.score}, ${result.messages.length} findings: ${result.messages.map((m) => m.ruleId).join(', ')}`);
    const next = revise(draft, result);
    if (next === draft) break; // nothing left the reviser knows how to change
    draft = next;
    result = await lint(draft, { context });
  }
  return { draft, result };
}

// Run as a script: print each round and the final reply.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { draft, result } = await agentLoop(firstDraft, { context: customerMessage, log: (line) => console.log(line) });
  console.log(`\nfinal: score ${result.score}, ${result.passed ? 'passed' : 'FAILED'}\n\n${draft}`);
  process.exitCode = result.passed ? 0 : 1;
}
