/** Mail readers: single messages, mbox, Maildir, directories, .gz and .zip containers. */
export { extractBody, htmlToPlainText, type BodyOrigin, type ExtractedBody } from './body.js';
export { parseMessage, readEml, DEFAULT_PARSE_TIMEOUT_MS, type MessageOrigin, type ParseOptions } from './eml.js';
export { readMbox, splitMbox, type MboxOptions, type RawMessage } from './mbox.js';
export { findQuoted, findSignature, stripQuoted, type QuoteSplit } from './quote.js';
export {
  detectMailContainer,
  readMailPath,
  readMailStream,
  sniffMessageFormat,
  type MailContainer,
  type MailReadOptions,
  type MessageFormat,
} from './source.js';
