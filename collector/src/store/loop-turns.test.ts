import { describe, expect, it } from "vitest";
import { nextTurn } from "./loop-turns";

/** Busy-waits `ms` on the main thread: a synchronous step of that length. */
function hold(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe("nextTurn", () => {
  it("releases waiters one per loop turn, in the order they asked", async () => {
    const order: number[] = [];
    const turns: number[] = [];
    let turn = 0;
    // Counts loop iterations: an immediate re-armed from itself runs once per turn.
    let counting = true;
    const tick = () => {
      turn++;
      if (counting) setImmediate(tick);
    };
    setImmediate(tick);
    await Promise.all(
      [0, 1, 2, 3].map(async (i) => {
        await nextTurn();
        order.push(i);
        turns.push(turn);
      }),
    );
    counting = false;
    expect(order).toEqual([0, 1, 2, 3]);
    // Each waiter ran in a turn of its own: the count advanced between any two of them.
    for (let i = 1; i < turns.length; i++) expect(turns[i]).toBeGreaterThan(turns[i - 1]!);
  });

  it("runs a timer that fell due during one step before the next step", async () => {
    // What each of three steps saw of a 1 ms timer armed before them: whether it had fired.
    const viaTurns = await timerSeenBySteps(nextTurn);
    // Plain immediates, for contrast: all three run in one check phase, the timer only after them.
    const viaImmediates = await timerSeenBySteps(() => new Promise<void>((resolve) => setImmediate(resolve)));
    expect(viaTurns).toEqual([false, true, true]);
    expect(viaImmediates).toEqual([false, false, false]);
  });
});

/** Three 5 ms steps that became ready together, each after `wait()`: whether a 1 ms timer armed by the first had fired when each began. */
async function timerSeenBySteps(wait: () => Promise<void>): Promise<boolean[]> {
  let fired = false;
  let timer: NodeJS.Timeout | undefined;
  const seen: boolean[] = [];
  await Promise.all(
    [0, 1, 2].map(async () => {
      await wait();
      seen.push(fired);
      timer ??= setTimeout(() => (fired = true), 1);
      hold(5);
    }),
  );
  clearTimeout(timer);
  return seen;
}
