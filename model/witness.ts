/**
 * DOMAIN.md §1: with a witness, SQL mirroring fails over by itself when the serving server is down and
 * the other one and the witness are up. It takes seconds, so the model makes it part of the SQL event
 * that triggers it: a state with the back end down while the witness could fail over does not exist,
 * and one SQL fault never takes a witnessed back end away (that takes two of the three servers).
 */
import type { PoolContext } from './context.ts';
import type { SqlState } from './state.ts';

export function witnessFailsOver(ctx: PoolContext, sql: SqlState): boolean {
  const { principalUp, mirrorUp, witnessUp, onMirror } = sql;
  if (ctx.sqlNames.witness === null || !witnessUp) return false;
  return onMirror ? !mirrorUp && principalUp : !principalUp && mirrorUp;
}
