// Worker threads start from plain JavaScript and need a TypeScript loader for the worker and the
// model's module. tsx's require hook compiles them in this thread (ESM syntax and import.meta
// included); its ESM hook would start a loader thread per worker and double the start-up time.
require('tsx/cjs/api').register();
require('./worker.ts');
