/**
 * Bundles the compiled CLI (`dist/src/cli/main.js`) into `dist/src/bundle/`, which
 * `bin/replylint.js` loads through `src/cli/launch.ts`. Why: resolving, reading and
 * compiling ~260 small ES modules (zod alone is 95) was most of a cold start, and Node 20 has no
 * compile cache for ES modules. One CommonJS file for what every run needs, plus chunks for what
 * is imported lazily (HTML, Markdown and mail readers, globbing, fixes, the servers), compiled
 * from V8's code cache, keeps `replylint <draft` close to `node` itself.
 *
 * CommonJS has no `import.meta`: the bundle defines `import.meta.url` and `import.meta.resolve`
 * from `__filename` and `require.resolve` (see the banner). The bundle sits at the same depth as
 * `dist/src/<dir>/`, so `new URL('../../../…', import.meta.url)` (package.json, the spelling cache)
 * resolves as in the unbundled build. Kept external: packages that read files next to themselves
 * (dictionary-en), that are used once to build a cache (nspell), or that are loaded only by a
 * rarely used command (mail, MCP, the audit's worker pool and progress bar).
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const dist = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url));

const banner = [
  'const __replylintImportMetaUrl = require("node:url").pathToFileURL(__filename).href;',
  'const __replylintImportMetaResolve = (specifier) => require("node:url").pathToFileURL(require.resolve(specifier)).href;',
].join('\n');

const outDir = dist('src/bundle');
rmSync(outDir, { recursive: true, force: true });
await build({
  input: { cli: dist('src/cli/main.js') },
  platform: 'node',
  external: [/^@modelcontextprotocol\//, 'dictionary-en', 'nspell', 'mailparser', 'yaml', 'piscina', 'cli-progress', 'csv-parse', 'yauzl'],
  transform: { define: { 'import.meta.url': '__replylintImportMetaUrl', 'import.meta.resolve': '__replylintImportMetaResolve' } },
  output: { dir: outDir, format: 'cjs', banner, entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs', sourcemap: true },
  logLevel: 'warn',
});
console.log(`bundled the CLI into ${outDir}`);
