/** Polls until `done()` holds (running `poll` before each look), or throws with `describe()` after `timeoutMs`. */
export async function waitFor(done: () => boolean, timeoutMs: number, describe: () => string, poll?: () => Promise<void>): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (poll) await poll();
    if (done()) return;
    if (Date.now() > until) throw new Error(`timed out; so far:\n${describe()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
