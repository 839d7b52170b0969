/**
 * Writes a synthetic mbox of a given size for memory and speed tests: threads of a customer
 * message and agent replies, plain text bodies of varied length, some with a quoted history, some
 * quoted-printable, and every 50th with a base64 attachment (so the largest message is much larger
 * than the average, as in real mailboxes). Deterministic for a given size.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export interface GeneratedMbox {
  path: string;
  bytes: number;
  messages: number;
  largestMessage: number;
}

const WORDS = 'order refund parcel delivery sorry replacement account password invoice shipping tracking number today tomorrow please thanks help issue broken missing late charge'.split(' ');

function paragraph(seed: number, words: number): string {
  const out: string[] = [];
  let line = '';
  for (let i = 0; i < words; i++) {
    const word = WORDS[(seed * 31 + i * 7) % WORDS.length] ?? 'x';
    if (line.length + word.length + 1 > 72) {
      out.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join('\n');
}

function message(n: number): string {
  const thread = Math.floor(n / 3);
  const agent = n % 3 !== 0;
  const from = agent ? `Agent ${n % 7} <agent${n % 7}@support.example>` : `Customer ${thread} <c${thread}@example.com>`;
  const headers = [
    `From ${agent ? 'agent@support.example' : 'customer@example.com'} Tue Jan  1 10:00:00 2019`,
    `From: ${from}`,
    `To: ${agent ? `c${thread}@example.com` : 'help@support.example'}`,
    `Subject: ${agent ? 'Re: ' : ''}Order ${thread}`,
    `Date: Tue, 01 Jan 2019 ${String(10 + (n % 3)).padStart(2, '0')}:00:00 +0000`,
    `Message-ID: <m${n}@gen.example>`,
  ];
  if (agent) headers.push(`In-Reply-To: <m${n - 1}@gen.example>`, `References: <m${thread * 3}@gen.example>`);
  const body = [paragraph(n, 40 + (n % 400)), '', 'From the warehouse: it ships today.', ''];
  if (agent) body.push('Best,', `Agent ${n % 7}`, '', `On Tue, Jan 1, 2019 at 10:00 AM Customer <c${thread}@example.com> wrote:`, `> ${paragraph(n + 1, 30).split('\n').join('\n> ')}`);
  if (n % 50 === 0) {
    const attachment = Buffer.alloc(150_000 + (n % 7) * 10_000, n % 251).toString('base64').replace(/.{76}/g, '$&\n');
    headers.push('MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"');
    return [...headers, '', '--b', 'Content-Type: text/plain; charset=utf-8', '', ...body, '--b', 'Content-Type: application/octet-stream', 'Content-Transfer-Encoding: base64', '', attachment, '--b--', '', ''].join('\n');
  }
  headers.push('Content-Type: text/plain; charset=utf-8');
  // mboxrd: body lines starting with "From " are escaped by the writer.
  return [...headers, '', ...body.map((line) => (/^>*From /.test(line) ? `>${line}` : line)), '', ''].join('\n');
}

/** Writes about `targetBytes` of mbox to `path`. */
export async function generateMbox(path: string, targetBytes: number): Promise<GeneratedMbox> {
  const out = createWriteStream(path);
  let bytes = 0;
  let messages = 0;
  let largestMessage = 0;
  while (bytes < targetBytes) {
    const text = message(messages++);
    const size = Buffer.byteLength(text);
    largestMessage = Math.max(largestMessage, size);
    bytes += size;
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { path, bytes, messages, largestMessage };
}
