/** The pool's design rules and what they share. */
import type { DesignRule } from './rule.ts';
import type { PoolAction, PoolState } from '../model/state.ts';

export type PoolRule = DesignRule<PoolState, PoolAction>;
