#!/usr/bin/env node
// Thin shim: everything lives in the compiled library. The bundled CLI (`npm run build` makes it,
// see scripts/bundle.ts) starts much faster; a build without it falls back to the module tree.
const bundled = new URL('../dist/src/bundle/cli.js', import.meta.url);
const { main } = await import(bundled.href).catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && error.url === bundled.href) return import('../dist/src/cli/main.js');
  throw error;
});

process.exitCode = await main(process.argv);
