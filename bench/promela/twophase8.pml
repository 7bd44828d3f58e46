/*
 * TLA+'s TwoPhase (Stateright's 2PC) with 8 resource managers, written so that SPIN's state is exactly
 * TwoPhase's variables plus one program counter that never moves: one process, one loop, and every
 * action one d_step. SPIN then stores one state per TwoPhase state (1,745,408 reachable), the same
 * count as examples/two-phase-commit.ts.
 *
 * Encoding: rmState is 2 bits per RM (WORKING, PREPARED, COMMITTED, ABORTED); tmPrepared and the
 * Prepared messages are one bit per RM; the Commit and Abort messages are one bit each.
 */
#define WORKING   0
#define PREPARED  1
#define COMMITTED 2
#define ABORTED   3

#define TM_INIT      0
#define TM_COMMITTED 1
#define TM_ABORTED   2

#define ALL_PREPARED 255

unsigned rmState : 16;
unsigned tmState : 2;
unsigned tmPrepared : 8;
unsigned prepareMsgs : 8;
bit commitMsg;
bit abortMsg;

#define RM(i)          ((rmState >> (2 * i)) & 3)
#define SET_RM(i, v)   rmState = (rmState & ~(3 << (2 * i))) | (v << (2 * i))

/* The five per-RM actions of TwoPhase, in its order. */
#define RM_ACTIONS(i) \
  :: d_step { tmState == TM_INIT && ((prepareMsgs >> i) & 1) -> tmPrepared = tmPrepared | (1 << i) } \
  :: d_step { RM(i) == WORKING -> SET_RM(i, PREPARED); prepareMsgs = prepareMsgs | (1 << i) } \
  :: d_step { RM(i) == WORKING -> SET_RM(i, ABORTED) } \
  :: d_step { commitMsg -> SET_RM(i, COMMITTED) } \
  :: d_step { abortMsg -> SET_RM(i, ABORTED) }

active proctype TwoPhase() {
  do
  :: d_step { tmState == TM_INIT && tmPrepared == ALL_PREPARED -> tmState = TM_COMMITTED; commitMsg = 1 }
  :: d_step { tmState == TM_INIT -> tmState = TM_ABORTED; abortMsg = 1 }
  RM_ACTIONS(0)
  RM_ACTIONS(1)
  RM_ACTIONS(2)
  RM_ACTIONS(3)
  RM_ACTIONS(4)
  RM_ACTIONS(5)
  RM_ACTIONS(6)
  RM_ACTIONS(7)
  od
}
