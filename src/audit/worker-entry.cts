/**
 * The audit pool's entry, in CommonJS on purpose. piscina loads a worker's file with `require()`
 * first, and Node 20's `require()` of an ES module aborts the whole process when the worker is
 * terminated while that module loads ("v8::Module::IsGraphAsync must be used on an instantiated
 * module": seen when a worker died and the pool ended while its replacement was starting). A
 * dynamic `import()` is cancelled cleanly, so the ES module is imported from here.
 */
type Worker = typeof import('./worker.js');

const worker: Promise<Worker> = import('./worker.js');
// A failed import reaches the tasks that await it; it is not an unhandled rejection on its own.
worker.catch(() => undefined);

export const lint: Worker['lint'] = (task) => worker.then((module) => module.lint(task));
export const parse: Worker['parse'] = (batch) => worker.then((module) => module.parse(batch));
