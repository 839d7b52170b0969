/** Plain-text drafts: the text as written, minus front matter and comments. */
import type { Reply } from '../types.js';
import { findComments, findDirectives } from './comments.js';
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
  const builder = new TextBuilder(index);
  let cursor = bodyStart;
  for (const comment of comments) {
    builder.appendVerbatim(source.slice(cursor, comment.start), cursor);
    cursor = comment.end;
  }
  builder.appendVerbatim(source.slice(cursor), cursor);
  const { text, segments } = builder.build();
  const directives = findDirectives(source, index, comments);
  return [
    {
      filePath,
      text,
      segments,
      ...(directives.length > 0 ? { directives } : {}),
      ...(frontMatter ? { frontMatter: frontMatter.data } : {}),
    },
  ];
}
