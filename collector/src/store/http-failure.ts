import type { Response } from "express";
import { StoreError } from "./store";
import { logger } from "../telemetry/log";

const logs = logger("api");

/**
 * Answers a request whose store call failed. The store's own message can quote SQL, a query plan or
 * row values, so it goes to the collector log only; the client learns what failed and whether a
 * retry can help (503 while the store is unreachable or busy, 500 otherwise).
 */
export function answerStoreFailure(res: Response, err: unknown, what: string): void {
  const detail = err instanceof Error ? err.message : String(err);
  logs.error(`${what} failed: ${detail}`);
  if (err instanceof StoreError && err.retriable) {
    res
      .status(503)
      .set("Retry-After", "5")
      .json({ error: `${what} failed: the store is unavailable, retry later` });
  } else {
    res.status(500).json({ error: `${what} failed in the store (the collector log has the details)` });
  }
}
