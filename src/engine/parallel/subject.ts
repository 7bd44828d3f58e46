/**
 * In a worker: rebuilds the model and properties from the ModelSource (closures cannot cross
 * threads) and lines the properties up with the coordinator's list, by name and kind.
 */
import { createRequire } from 'node:module';
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ModelSource, Property, Subject } from '../types.ts';
import type { WorkerSetup } from './protocol.ts';

/** Relative module paths are documented as resolvable from the engine (src/engine/). */
const ENGINE_DIR = new URL('../', import.meta.url);
const require = createRequire(import.meta.url);

/**
 * Files (file: URLs and paths) load through `require`, which tsx's hook compiles, TypeScript included;
 * anything else (a data: URL, a package) through `import()`, which this thread can only give plain
 * JavaScript.
 */
async function load(specifier: string): Promise<Record<string, unknown>> {
  if (specifier.startsWith('file:')) return require(fileURLToPath(specifier)) as Record<string, unknown>;
  if (specifier.startsWith('.')) return require(fileURLToPath(new URL(specifier, ENGINE_DIR))) as Record<string, unknown>;
  if (isAbsolute(specifier)) return require(specifier) as Record<string, unknown>;
  return (await import(specifier)) as Record<string, unknown>;
}

export async function loadSubject(source: ModelSource, wanted: WorkerSetup['properties']): Promise<Subject<unknown, unknown>> {
  const exports = await load(source.module);
  const factory = exports[source.export];
  if (typeof factory !== 'function') {
    throw new Error(`worker: ${source.module} has no exported function '${source.export}'`);
  }
  const subject = factory(...source.args) as Subject<unknown, unknown>;
  return { model: subject.model, properties: lineUp(subject.properties, wanted, source) };
}

/** The subject's properties in the coordinator's order; the k-th use of a name takes its k-th occurrence. */
function lineUp(
  available: readonly Property<unknown, unknown>[],
  wanted: WorkerSetup['properties'],
  source: ModelSource,
): Property<unknown, unknown>[] {
  const taken = new Set<number>();
  return wanted.map(({ name, kind }) => {
    const index = available.findIndex((p, i) => !taken.has(i) && p.name === name);
    const found = available[index];
    if (found === undefined || found.kind !== kind) {
      const has = available.map((p) => `'${p.name}' (${p.kind})`).join(', ') || 'none';
      throw new Error(
        `worker: ${source.export}(...) from ${source.module} has no ${kind} property '${name}' to match the ` +
          `checked one (it has ${has}); the source must rebuild the same subject`,
      );
    }
    taken.add(index);
    return found;
  });
}
