/**
 * Why the exchange models judge social exchanges only: `node dist/scripts/eval/email-transfer.js`.
 *
 * Runs both models on the 4,514 Bitext exchanges (email-style requests and their macro replies,
 * read from ../shared/data/bench at run time) as if they were social, and prints how often each
 * says an apology or a remedy is owed, for the intents that report a problem (complaint,
 * payment_issue, registration_problems) and for the plain requests, beside the rules' own reading
 * (`situation.ts` calls it a complaint). No labels: plain requests owe no apology, so a high rate
 * there is the model misreading the channel.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { callsForApology } from '../../rules/missing-apology.js';
import { callsForRemedy } from '../../rules/missing-remedy.js';
import { analyse } from '../../src/pipeline/analyse.js';
import { situation } from '../../src/rule-kit/situation.js';
import type { Reply } from '../../src/types.js';
import { readBitextRows } from './corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const PROBLEM_INTENTS = new Set(['complaint', 'payment_issue', 'registration_problems']);

const rows = readBitextRows(path.resolve(ROOT, '../shared/data/bench/Bitext_Sample_Customer_Support_Training_Dataset.csv'));
const groups = new Map<string, { n: number; apology: number; remedy: number; rules: number }>();
for (const row of rows) {
  const reply: Reply = { filePath: 'bitext', text: row.response, segments: [], channel: 'social', context: row.instruction };
  const analysis = analyse(reply);
  const name = PROBLEM_INTENTS.has(row.intent) ? 'problem intents' : 'plain requests';
  const group = groups.get(name) ?? { n: 0, apology: 0, remedy: 0, rules: 0 };
  group.n++;
  if (callsForApology(reply, analysis)) group.apology++;
  if (callsForRemedy(reply, analysis)) group.remedy++;
  if (situation(reply, analysis).situation === 'complaint') group.rules++;
  groups.set(name, group);
}
const share = (count: number, n: number) => `${((100 * count) / n).toFixed(0)} %`;
console.log(`Bitext exchanges read as social, ${rows.length} in all:`);
for (const [name, group] of groups) {
  console.log(`  ${name.padEnd(15)} ${String(group.n).padStart(5)}: apology owed ${share(group.apology, group.n)}, remedy owed ${share(group.remedy, group.n)}; the rules call it a complaint ${share(group.rules, group.n)}`);
}
