/**
 * Turns of the event loop for the main thread's long synchronous steps (decoding a request,
 * enriching it, encoding a slice of a Native block). `nextTurn()` resolves at most one waiter per
 * loop iteration, in the order they asked, so timers and I/O run between any two such steps.
 *
 * A bare `setImmediate` per step does not bound how long the loop is held: every immediate queued
 * before the check phase runs in that same phase, so four requests that finished arriving in one
 * poll phase, plus a flush's encoding slice, would all run back to back before any timer fires.
 * It lives with the store because the store's encoder and the receiver (a layer above) share it.
 */
const waiting: (() => void)[] = [];
let scheduled = false;

function releaseOne(): void {
  scheduled = false;
  waiting.shift()?.();
  // Queued from inside the check phase, this runs in the next iteration, after its timers.
  if (waiting.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(releaseOne);
}

/** Resolves on a later turn of the event loop than this one, with no other waiter released in that turn. */
export function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => {
    waiting.push(resolve);
    schedule();
  });
}
