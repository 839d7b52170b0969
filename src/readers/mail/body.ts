/**
 * The body a customer reads, from a parsed message.
 *
 * mailparser decodes transfer encodings and charsets (ISO-8859-x, Windows-125x, Shift_JIS,
 * ISO-2022-JP, GB2312, … through iconv-lite). We run it with `skipHtmlToText`, so its `text` holds
 * only real text/plain parts, and convert HTML ourselves when there is none: mailparser converts
 * only a root or alternative HTML part (an HTML-only part inside multipart/mixed gives no text at
 * all) and wraps lines at 80 columns, which splits sentences across lines for no reason.
 * html-to-text renders <blockquote> as `> ` lines, so quoted history in HTML mail is still cut by
 * `quote.ts`.
 */
import { convert, type HtmlToTextOptions } from 'html-to-text';
import type { ParsedMail } from 'mailparser';

export type BodyOrigin = 'plain' | 'html' | 'none';

export interface ExtractedBody {
  /** Decoded body, line breaks normalised to `\n`. */
  text: string;
  origin: BodyOrigin;
  /** Why the HTML could not be turned into text; the record is then fatal. */
  problem?: string;
}

/** Larger HTML is not converted: the cost grows faster than the value of linting it. */
export const MAX_HTML_CHARS = 2_000_000;

const HTML_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  // Deeply nested HTML (tables in tables) would otherwise recurse until the stack overflows.
  limits: { maxDepth: 200, maxInputLength: MAX_HTML_CHARS },
  selectors: [
    // The customer sees the link text, not the address behind it.
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
  ],
};

export function htmlToPlainText(html: string): string {
  return convert(html, HTML_OPTIONS);
}

function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Prefers text/plain, else HTML converted to text. */
export function extractBody(mail: Pick<ParsedMail, 'text' | 'html'>): ExtractedBody {
  const plain = mail.text ?? '';
  if (plain.trim() !== '') return { text: normalise(plain), origin: 'plain' };
  if (typeof mail.html === 'string' && mail.html.trim() !== '') {
    if (mail.html.length > MAX_HTML_CHARS) {
      return { text: '', origin: 'html', problem: `HTML body too large to convert (${mail.html.length} characters)` };
    }
    try {
      return { text: normalise(htmlToPlainText(mail.html)), origin: 'html' };
    } catch (error) {
      return { text: '', origin: 'html', problem: `cannot convert HTML body: ${errorMessage(error)}` };
    }
  }
  return { text: normalise(plain), origin: plain === '' ? 'none' : 'plain' };
}

export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

/**
 * Decodes UTF-7 (RFC 2152): `+` starts modified base64 of UTF-16BE, `-` (or any non-base64
 * character) ends it, `+-` is a plus sign. mailparser leaves UTF-7 bodies undecoded on purpose
 * (iconv-lite's decoder is lenient), so we decode the text of messages that declare it.
 */
export function decodeUtf7(text: string): string {
  return text.replace(/\+([A-Za-z0-9+/]*)-?/g, (match, base64: string) => {
    if (base64 === '') return match === '+-' ? '+' : match;
    const bytes = Buffer.from(base64, 'base64');
    const even = bytes.subarray(0, bytes.length - (bytes.length % 2));
    return Buffer.from(even).swap16().toString('utf16le');
  });
}

/** Whether a raw message declares UTF-7 anywhere (a part's charset or an encoded word). */
export function declaresUtf7(raw: Buffer): boolean {
  // A native byte search first: the regex over a whole message (attachments included) is costly.
  if (raw.indexOf('tf-7') < 0 && raw.indexOf('TF-7') < 0) return false;
  return /charset\s*=\s*"?utf-7\b|=\?utf-7\?/i.test(raw.toString('latin1'));
}
