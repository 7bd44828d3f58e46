/**
 * The tests the pairing part of `npm run mutate` runs against model/pairing/ mutants (scripts/mutation-parts.mjs):
 * the direct tests of the Backup Service, failover, the rules and their wiring, and the quick codec checks.
 * The exhaustive files (verdict tables, the paired-pool search, the fast path to depth 7) stay out: under
 * Stryker each costs half a minute per surviving mutant, and with them the part takes hours on two cores.
 * A subset can only kill fewer mutants than the whole suite, so the score it gives is a floor.
 */
import { mutationSuite } from './mutation-suite.ts';

export default mutationSuite([
  'test/pairing/backup-service.test.ts',
  'test/pairing/failover.test.ts',
  'test/pairing/rules.test.ts',
  'test/pairing/wiring.test.ts',
  'test/pairing/validation.test.ts',
  'test/pairing/enabled.test.ts',
  'test/pairing/notes.test.ts',
  'test/pairing/flow-ages.test.ts',
  'test/pairing/codec.test.ts',
]);
