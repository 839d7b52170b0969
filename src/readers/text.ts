/** Plain-text drafts: the text as written, minus front matter, comments and pasted quoted history. */
import type { Reply, Span } from '../types.js';
import { findComments, findDirectives } from './comments.js';
import { findQuoted } from './mail/quote.js';
import { isProblem, readFrontMatter } from './front-matter.js';
import { SourceIndex, TextBuilder } from './source-map.js';

export function readText(source: string, filePath: string): Reply[] {
  const index = new SourceIndex(source);
  const frontMatter = readFrontMatter(source);
  if (frontMatter && isProblem(frontMatter)) {
    return [{ filePath, text: '', segments: [], fatal: frontMatter }];
  }
  const bodyStart = frontMatter?.end ?? 0;
  const comments = findComments(source).filter((comment) => comment.start >= bodyStart);
  // Quoted history an agent pasted below the draft ("> …", "On … wrote:") is not the reply.
  const quoted = /^[ \t]{0,3}>|wrote:|-{2,}\s*Original|^From:/im.test(source) ? findQuoted(source).filter((span) => span.start >= bodyStart) : [];
  const cuts: Span[] = [...comments, ...quoted].sort((a, b) => a.start - b.start);
  const builder = new TextBuilder(index);
  let cursor = bodyStart;
  for (const cut of cuts) {
    if (cut.start < cursor) {
      cursor = Math.max(cursor, cut.end);
      continue;
    }
    builder.appendVerbatim(source.slice(cursor, cut.start), cursor);
    cursor = cut.end;
  }
  builder.appendVerbatim(source.slice(cursor), cursor);
  const { text, segments } = builder.build();
  const directives = findDirectives(source, index, comments);
  return [
    {
      filePath,
      text,
      segments,
      ...(quoted.length > 0 ? { quoted: quoted.map((span) => source.slice(span.start, span.end)).join('\n') } : {}),
      ...(directives.length > 0 ? { directives } : {}),
      ...(frontMatter ? { frontMatter: frontMatter.data } : {}),
    },
  ];
}
