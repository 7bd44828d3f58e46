// Worker threads start from plain JavaScript and need a TypeScript loader for the worker and the
// model's module. One inherited from the parent (`node --import tsx`) serves; otherwise (vitest, plain
// node) register tsx's, which costs a loader thread and some 400 ms, so only when it is missing.
try {
  await import('./worker.ts');
} catch (error) {
  if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
  const { register } = await import('tsx/esm/api');
  register();
  // A fresh URL: the failed import above stays cached under the plain one.
  await import('./worker.ts?loader=tsx');
}
