/** Per label set: inactive → pending → firing → resolved (→ inactive on the next quiet evaluation). */
export type AlertState = "inactive" | "pending" | "firing" | "resolved";

export interface Instance {
  state: AlertState;
  /** When the condition became true (start of pending), ms. */
  activeSinceMs: number | null;
  value: number | null;
}

export interface Transition {
  from: AlertState;
  to: AlertState;
}

/**
 * One evaluation of one label set. `holds`: the condition is true now (false when the row is
 * missing). Returns the new instance and the transition made, if any. A rule with `for` 0 goes
 * from inactive straight to firing.
 */
export function step(
  prev: Instance,
  holds: boolean,
  value: number | null,
  nowMs: number,
  forMs: number,
): { next: Instance; transition: Transition | undefined } {
  const move = (to: AlertState, activeSinceMs: number | null) => ({
    next: { state: to, activeSinceMs, value },
    transition: to === prev.state ? undefined : { from: prev.state, to },
  });
  if (holds) {
    if (prev.state === "pending" || prev.state === "firing") {
      const since = prev.activeSinceMs ?? nowMs;
      return move(nowMs - since >= forMs ? "firing" : "pending", since);
    }
    return move(forMs <= 0 ? "firing" : "pending", nowMs);
  }
  if (prev.state === "firing") return move("resolved", prev.activeSinceMs);
  return move("inactive", null);
}
