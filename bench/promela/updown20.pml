/*
 * 20 independent bits that each toggle, as one process with one loop: SPIN's state is the 20 bits plus
 * a program counter that never moves, so it stores 2^20 = 1,048,576 states, the same count as
 * examples/updown.ts with n = 20.
 */
unsigned up : 20;

#define TOGGLE(i) :: up = up ^ (1 << i)

active proctype UpDown() {
  do
  TOGGLE(0)  TOGGLE(1)  TOGGLE(2)  TOGGLE(3)  TOGGLE(4)
  TOGGLE(5)  TOGGLE(6)  TOGGLE(7)  TOGGLE(8)  TOGGLE(9)
  TOGGLE(10) TOGGLE(11) TOGGLE(12) TOGGLE(13) TOGGLE(14)
  TOGGLE(15) TOGGLE(16) TOGGLE(17) TOGGLE(18) TOGGLE(19)
  od
}
