/** fabric-check's engine API: explicit-state model checking, simulation and traces as data. */
export type * from './engine/types.ts';
export { check } from './engine/check.ts';
export { simulate } from './engine/simulate.ts';
export { checkOptions, CheckOptionsBuilder } from './engine/options.ts';
export { replay, reproduces, stateKey, traceOf } from './engine/trace.ts';
export type { Replayed } from './engine/trace.ts';
export { verifyFastPath } from './engine/verify-fast-path.ts';
export type { FastPathReport } from './engine/verify-fast-path.ts';
export { fingerprintValue, fingerprintWords, stableSerialize } from './engine/fingerprint.ts';
export { Expander } from './engine/expand.ts';
export type { ExpanderOptions, SuccessorVisitor } from './engine/expand.ts';
export { FingerprintSet } from './engine/seen-set.ts';
export { ObjectFrontier, WordFrontier } from './engine/frontier.ts';
export { ParentLinks } from './engine/parents.ts';
