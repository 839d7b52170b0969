/**
 * `replylint mcp`: a Model Context Protocol server (stdio) so AI agents can check a draft as a
 * tool call. Two tools:
 *   check_reply(draft, customerMessage?, channel?, previousReplies?, format?)
 *     → { score, passed, findings[…with expected, fix, suggestions], fixedDraft?, notApplicable? }
 *   list_rules() → { rules: [{ id, description, category, defaultSeverity, weight, url }] }
 * Results are returned both as structured content (with an output schema) and as JSON text,
 * for clients that read only one of them. Engines are kept warm as in `serve`.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { UserError } from '../pipeline/errors.js';
import { ruleUrl } from '../pipeline/run.js';
import { fixSource } from '../fix/fix-source.js';
import type { LintMessage } from '../types.js';
import { DEFAULT_MAX_BYTES } from './protocol.js';
import { WarmLinter, type WarmLinterOptions } from './warm-linter.js';

export interface McpOptions extends WarmLinterOptions {
  version: string;
  /** Largest draft accepted, in UTF-8 bytes. Default 1 MiB, as `serve`. */
  maxBytes?: number;
}

const fixShape = z.object({ range: z.tuple([z.number(), z.number()]), text: z.string() });

const findingShape = z.object({
  ruleId: z.string(),
  messageId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  line: z.number(),
  column: z.number(),
  critical: z.boolean().optional(),
  actual: z.string().optional().describe('the offending text'),
  expected: z.array(z.string()).optional().describe('suggested wordings, best first'),
  fix: fixShape.optional().describe('a safe edit: replace draft[range[0]..range[1]) with text'),
  suggestions: z.array(z.object({ desc: z.string(), fix: fixShape })).optional().describe('edits to choose from; never applied automatically'),
  penalty: z.number(),
  url: z.string(),
});

const checkInput = {
  draft: z.string().describe('the reply to check, as the customer will read it'),
  customerMessage: z.string().optional().describe("the customer's message this draft answers (decides whether an apology is needed)"),
  channel: z.enum(['email', 'chat', 'social']).optional(),
  previousReplies: z.array(z.string()).optional().describe("the team's earlier replies in this thread, oldest first"),
  format: z.enum(['text', 'markdown', 'html']).optional().describe('how the draft is written (default text)'),
};

const checkOutput = {
  score: z.number().nullable().describe('0–100'),
  passed: z.boolean(),
  findings: z.array(findingShape),
  fixedDraft: z.string().optional().describe('the draft with every safe fix applied, when there was one'),
  notApplicable: z.array(z.string()).optional(),
};

const ruleShape = z.object({ id: z.string(), description: z.string(), category: z.string(), defaultSeverity: z.string(), weight: z.number(), url: z.string() });

function toFinding(message: LintMessage): z.infer<typeof findingShape> {
  // Offsets stay out: `fix.range` already says where, in the same draft.
  const { offset: _offset, endOffset: _endOffset, source: _source, endLine: _endLine, endColumn: _endColumn, ...finding } = message;
  return finding;
}

function failure(error: unknown): CallToolResult {
  const message = error instanceof UserError ? error.format() : `internal error: ${error instanceof Error ? error.message : String(error)}`;
  return { isError: true, content: [{ type: 'text', text: message }] };
}

export function createMcpServer(options: McpOptions): McpServer {
  const linter = new WarmLinter(options);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const server = new McpServer({ name: 'replylint', version: options.version });

  server.registerTool(
    'check_reply',
    {
      title: 'Check a customer-service reply',
      description:
        'Lints a draft reply before a customer reads it: blame-shifting, non-apologies, missing remedy, unsigned replies, repeats, hard-to-read prose. Returns a 0–100 score, whether it passes, and findings with suggested wordings (expected), safe fixes and suggestions. Revise and check again until passed is true.',
      inputSchema: checkInput,
      outputSchema: checkOutput,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ draft, customerMessage, channel, previousReplies, format }) => {
      try {
        const bytes = Buffer.byteLength(draft, 'utf8');
        if (bytes > maxBytes) throw new UserError('input', 'draft', `is ${bytes} bytes, over the ${maxBytes}-byte limit`, 'split it, or start the server with a larger limit');
        const conversation = {
          ...(customerMessage !== undefined ? { context: customerMessage } : {}),
          ...(channel ? { channel } : {}),
          ...(previousReplies ? { previousReplies } : {}),
        };
        const result = await linter.lint(draft, { ...conversation, ...(format ? { format } : {}) });
        const structured: { [key: string]: unknown } & z.infer<z.ZodObject<typeof checkOutput>> = {
          score: result.score,
          passed: result.passed,
          findings: result.messages.map(toFinding),
          ...(result.notApplicable ? { notApplicable: result.notApplicable } : {}),
        };
        if (result.messages.some((message) => message.fix)) {
          const engine = await linter.engine();
          const fixed = await fixSource(draft, { filePath: '<text>', ...(format ? { format } : {}), settings: engine.settings, conversation });
          if (fixed.changed) structured.fixedDraft = fixed.output;
        }
        return { structuredContent: structured, content: [{ type: 'text', text: JSON.stringify(structured) }] };
      } catch (error) {
        return failure(error);
      }
    },
  );

  server.registerTool(
    'list_rules',
    {
      title: 'List replylint rules',
      description: 'Lists the rules check_reply applies: id, description, category, default severity, weight (the most points it can cost) and documentation URL.',
      outputSchema: { rules: z.array(ruleShape) },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async () => {
      try {
        const engine = await linter.engine();
        const rules = [...engine.registry.values()].map((rule) => ({
          id: rule.meta.id,
          description: rule.meta.description,
          category: rule.meta.category,
          defaultSeverity: rule.meta.defaultSeverity,
          weight: rule.meta.weight,
          url: ruleUrl(rule.meta.id),
        }));
        return { structuredContent: { rules }, content: [{ type: 'text', text: JSON.stringify({ rules }) }] };
      } catch (error) {
        return failure(error);
      }
    },
  );
  return server;
}

/** Serves MCP on stdin/stdout until the client closes the stream. */
export async function serveMcp(options: McpOptions): Promise<void> {
  const server = createMcpServer(options);
  const transport = new StdioServerTransport();
  await server.connect(transport);
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = () => resolve();
  });
  // The SDK's transport does not watch for end of input; a client that goes away ends the server.
  process.stdin.once('end', () => void server.close());
  await closed;
}
