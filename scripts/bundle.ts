/**
 * Bundles the compiled CLI (`dist/src/cli/main.js`) into `dist/src/bundle/`, which
 * `bin/replylint.js` loads. Why: Node 20 has no compile cache for ES modules, and resolving,
 * reading and compiling ~260 small modules (zod alone is 95) was most of a cold start. One file
 * for what every run needs, plus chunks for what is imported lazily (HTML, Markdown and mail
 * readers, globbing, fixes, the servers), keeps `replylint <draft` close to `node` itself.
 *
 * The bundle sits at the same depth as `dist/src/<dir>/`, so `new URL('../../../…',
 * import.meta.url)` (package.json, the spelling cache) resolves as in the unbundled build.
 * Kept external: packages that read files next to themselves (dictionary-en), that are used once
 * to build a cache (nspell), or that are loaded only by a rarely used command (mail, MCP, the
 * audit's worker pool and progress bar).
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const dist = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url));

const outDir = dist('src/bundle');
rmSync(outDir, { recursive: true, force: true });
await build({
  input: { cli: dist('src/cli/main.js') },
  platform: 'node',
  external: [/^@modelcontextprotocol\//, 'dictionary-en', 'nspell', 'mailparser', 'yaml', 'piscina', 'cli-progress', 'csv-parse', 'yauzl'],
  output: { dir: outDir, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', sourcemap: true },
  logLevel: 'warn',
});
console.log(`bundled the CLI into ${outDir}`);
