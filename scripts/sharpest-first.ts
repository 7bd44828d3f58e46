/**
 * A vitest sequencer for mutation runs. Stryker stops a mutant's run at the first failing test, so files
 * run fastest-and-sharpest first (`order`, by path prefix); vitest's own order runs the longest first.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const order = [
  'test/trust/model-mutants.test.ts',
  'test/model/reducer.test.ts',
  'test/model/',
  'test/topology/',
  'test/pairing/backup-service.test.ts',
  'test/pairing/failover.test.ts',
  'test/pairing/rules.test.ts',
  'test/pairing/wiring.test.ts',
  'test/properties/',
  'test/fabric/',
  'test/pairing/',
];

export class SharpestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification): number => {
      const path = relative(process.cwd(), file.moduleId);
      const index = order.findIndex((prefix) => path.startsWith(prefix));
      return index < 0 ? order.length : index;
    };
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}
