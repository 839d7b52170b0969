/**
 * Starts the CLI from its CommonJS bundle (`dist/src/bundle/`, see scripts/bundle.ts), compiling
 * each bundle file from V8's code cache: about a fifth of a cold start was V8 parsing and
 * compiling the bundle. `bin/replylint.js` calls this; nothing else should.
 *
 * The cache (`<file>.cache` beside each bundle file) is written at build time by a real run
 * (scripts/warm-cache.ts sets REPLYLINT_CODE_CACHE=write), after it, so that it holds the
 * functions a lint compiles too. V8 rejects a cache made by another V8 version or under other
 * V8 flags; a rejected or missing cache only costs the compile it would have saved.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import vm from 'node:vm';

type Main = (argv: string[]) => Promise<number>;
type ModuleRecord = { exports: Record<string, unknown> };
type Wrapper = (exports: ModuleRecord['exports'], require: NodeJS.Require, module: ModuleRecord, filename: string, dirname: string) => void;

/**
 * The V8 flags a command runs under, set before anything is compiled (V8 flags are part of a code
 * cache's identity).
 *
 * - A one-shot lint runs each rule's big phrase regexps a few times: V8's regexp optimisation costs
 *   more at compile time than it saves (about 90 ms of a cold start), and so does regexp tier-up,
 *   which first interprets a regexp and compiles it later (about 30 ms more).
 * - `serve`, `mcp` and `audit` lint reply after reply and keep the optimisation, but not tier-up.
 *   Once an isolate has compiled 1 MB of regexp code and holds 16 MB of executable memory, V8
 *   compiles every later regexp without optimisation (`TooMuchRegExpCode` in V8's regexp.cc);
 *   tier-up compiles the hot ones late, past that point (README, Performance). Compiled straight
 *   away they stay fast: `serve` 2,360–2,420 drafts/s against 1,450–1,480 with V8's defaults;
 *   `audit` with 2 workers 1,826 replies/s against 1,666. The flag is set here, before any
 *   worker starts; workers share the process's V8 flags.
 */
export function v8FlagsFor(command: string | undefined): string[] {
  if (command === 'serve' || command === 'mcp' || command === 'audit') return ['--no-regexp-tier-up'];
  return ['--no-regexp-optimization', '--no-regexp-tier-up'];
}

/**
 * Lets `import()` in bundle code (config files, plugins, ES-only packages) use Node's own loader.
 * Node 20 calls this constant experimental and warns on every script compiled without a cache; the
 * warning says nothing a user can act on, so it alone is not printed.
 */
const importModuleDynamically = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;

function hideLoaderWarning(): void {
  const printers = process.listeners('warning');
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    if (warning.name === 'ExperimentalWarning' && warning.message.includes('USE_MAIN_CONTEXT_DEFAULT_LOADER')) return;
    for (const print of printers) print.call(process, warning);
  });
}

/** Loads `entry` and the bundle files it requires, each compiled with its code cache. */
function loadBundle(entry: string, scripts: Map<string, vm.Script>): Record<string, unknown> {
  const bundleDir = path.dirname(entry);
  const modules = new Map<string, ModuleRecord>();
  const load = (filename: string): ModuleRecord['exports'] => {
    const loaded = modules.get(filename);
    if (loaded) return loaded.exports;
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(`${filename}.cache`);
    } catch {
      cachedData = undefined; // not built yet, or a build without the warm-up run
    }
    // One line of wrapper, like Node's own, so line numbers in stack traces stay right.
    const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(filename, 'utf8')}\n})`;
    const script = new vm.Script(source, { filename, cachedData, importModuleDynamically });
    scripts.set(filename, script);
    const module: ModuleRecord = { exports: {} };
    modules.set(filename, module);
    const nodeRequire = createRequire(filename);
    // Bundle chunks require each other by relative path; everything else is Node's to resolve.
    const require = Object.assign(
      (id: string): unknown => {
        const resolved = id.startsWith('./') ? path.join(path.dirname(filename), id) : undefined;
        return resolved && path.dirname(resolved) === bundleDir && resolved.endsWith('.cjs') ? load(resolved) : nodeRequire(id);
      },
      { resolve: nodeRequire.resolve, cache: nodeRequire.cache, main: nodeRequire.main, extensions: nodeRequire.extensions },
    ) as NodeJS.Require;
    (script.runInThisContext() as Wrapper)(module.exports, require, module, filename, path.dirname(filename));
    return module.exports;
  };
  return load(entry);
}

function writeCodeCache(scripts: Map<string, vm.Script>): void {
  for (const [filename, script] of scripts) writeFileSync(`${filename}.cache`, script.createCachedData());
}

/** Runs the CLI; resolves to its exit code. A build without the bundle runs the module tree. */
export async function launch(argv: string[]): Promise<number> {
  const flags = v8FlagsFor(argv[2]);
  if (flags.length > 0) setFlagsFromString(flags.join(' '));
  const bundle = fileURLToPath(new URL('../bundle/cli.cjs', import.meta.url));
  // Without the bundle (a plain `tsc` build), or on a Node whose vm cannot import, the module tree.
  if (!existsSync(bundle) || importModuleDynamically === undefined) return ((await import('./main.js')) as { main: Main }).main(argv);
  hideLoaderWarning();
  const scripts = new Map<string, vm.Script>();
  const { main } = loadBundle(bundle, scripts) as { main: Main };
  const code = await main(argv);
  if (process.env['REPLYLINT_CODE_CACHE'] === 'write') writeCodeCache(scripts);
  return code;
}
