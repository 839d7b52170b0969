/**
 * The shared vocabulary of replylint. Data flows one way through these types:
 * readers → Reply → analyse → rules → LintMessage → scoring → LintResult → reporters.
 * Everything here is plain data (no functions, no class instances) so it can cross
 * worker threads and be written as JSON.
 */

export type Severity = 'error' | 'warning' | 'info';
export type Channel = 'email' | 'chat' | 'social';
export type Mode = 'draft' | 'template';

/** A half-open range of offsets into `Reply.text`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Where a run of `Reply.text` starts in the source file (1-based line and column).
 * Text after `offset` up to the next segment is copied from the source verbatim,
 * so a newline in the text advances the source line too.
 */
export interface SourceSegment {
  offset: number;
  line: number;
  column: number;
}

/** A reader's failure to make sense of one record. The record still becomes a result. */
export interface ReaderProblem {
  message: string;
  line?: number;
  column?: number;
}

/** The team's earlier messages in the same thread, oldest first. */
export interface ThreadInfo {
  id: string;
  /** 0-based position of this reply among all messages of the thread. */
  position: number;
  /** Bodies of the team's replies that came before this one in the thread. */
  previousReplies: string[];
}

/** A position in a source file, as reported to users (1-based). */
export interface Position {
  line: number;
  column: number;
}

/** An inline `replylint-disable…` directive found in the source. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Rule ids it names; empty means every rule. */
  ruleIds: string[];
  /** Where the directive itself sits in the source. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  reason?: string;
}

/** One reply to check, produced by a reader. */
export interface Reply {
  /** Path of the source file as the user named it, or `<stdin>`/a `--stdin-filename`. */
  filePath: string;
  /** Record id when one source holds several replies (Message-ID, tweet id, template name). */
  id?: string;
  /** What the customer will read: the body and its sign-off, quoted history removed. */
  text: string;
  /** Maps offsets in `text` back to the source file. Sorted by offset; may be empty (then 1:1 from line 1). */
  segments: SourceSegment[];
  /** Spans of `text` that are literal (inline code, link targets): never judged as words. */
  literals?: Span[];
  /** The signature block the reader separated (email `-- ` delimiter and the like), inside `text`. */
  signature?: Span;
  /** Quoted history cut from the body; kept for context, never linted. */
  quoted?: string;
  /** The customer's message this reply answers, when known. */
  context?: string;
  thread?: ThreadInfo;
  channel?: Channel;
  author?: string;
  date?: string;
  subject?: string;
  /** Inline directives found in the source of this reply. */
  directives?: Directive[];
  /** Reply-level settings a template declared in its front matter. */
  frontMatter?: Record<string, unknown>;
  /** Set when the reader could not parse the record: it is reported, not linted. */
  fatal?: ReaderProblem;
}

/** A suggested edit, ESLint-style: replace `range` (offsets into Reply.text) by `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

/** An edit offered for a human (or agent) to choose, not applied by `--fix`: inserting a missing apology, say. */
export interface Suggestion {
  desc: string;
  fix: Fix;
}

/** One finding. Carries the vfile-message fields so it reads like any unified message. */
export interface LintMessage {
  ruleId: string;
  /** Stable id of the message template within its rule, for tests and suppressions. */
  messageId: string;
  source: 'replylint';
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The offending text, when there is one. */
  actual?: string;
  /** Suggested replacement wordings, best first. */
  expected?: string[];
  /** Points this finding cost the reply's score. */
  penalty: number;
  /** A critical finding fails the reply whatever its score. */
  critical?: boolean;
  /** The rule's documentation. */
  url: string;
  /** A safe, local edit (offsets into the linted text), applied by `--fix`. */
  fix?: Fix;
  /** Edits to choose from (offsets into the linted text), never applied automatically. */
  suggestions?: Suggestion[];
  /** Offsets into the linted text (useful to highlight; not printed by text reporters). */
  offset?: number;
  endOffset?: number;
}

export interface LintResult {
  filePath: string;
  id?: string;
  thread?: string;
  author?: string;
  /** 0–100; `null` when the record could not be parsed. */
  score: number | null;
  passed: boolean;
  messages: LintMessage[];
  /** Rules that did not apply to this reply (dropped out of the score). */
  notApplicable?: string[];
  /** The text that was linted (kept for reporters that highlight it). Omitted by JSON unless asked. */
  text?: string;
}

export interface Summary {
  replies: number;
  passed: number;
  failed: number;
  errors: number;
  warnings: number;
  infos: number;
  meanScore: number | null;
}

export interface LintReport {
  version: 1;
  results: LintResult[];
  summary: Summary;
}
