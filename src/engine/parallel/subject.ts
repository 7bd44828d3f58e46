/**
 * In a worker: rebuilds the model and properties from the ModelSource (closures cannot cross
 * threads) and lines the properties up with the coordinator's list, by name and kind.
 */
import type { ModelSource, Property, Subject } from '../types.ts';
import type { WorkerSetup } from './protocol.ts';

/** Relative module paths are documented as resolvable from the engine (src/engine/). */
const ENGINE_DIR = new URL('../', import.meta.url);

export async function loadSubject(source: ModelSource, wanted: WorkerSetup['properties']): Promise<Subject<unknown, unknown>> {
  const specifier = source.module.startsWith('.') ? new URL(source.module, ENGINE_DIR).href : source.module;
  const exports = (await import(specifier)) as Record<string, unknown>;
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
