/** Newline-delimited JSON: one result a line, then one summary line. Streams well into jq or a database. */
import { publicResult } from './json.js';
import type { ReportInput } from './types.js';

export function ndjson(input: ReportInput): string {
  const lines = input.results.map((result) => JSON.stringify(publicResult(result)));
  lines.push(JSON.stringify({ summary: input.summary, errors: input.errors }));
  return `${lines.join('\n')}\n`;
}
