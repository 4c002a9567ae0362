/**
 * Flushes spans when the process ends: BatchSpanProcessor's timer is unref'd, so without this an
 * app that simply finishes (or is stopped with SIGTERM/SIGINT) loses its last batch.
 */
export interface ExitHookOptions {
  flush: () => Promise<void>;
  hasUnflushed: () => boolean;
  timeoutMs: number;
}

const SIGNALS: NodeJS.Signals[] = ["SIGTERM", "SIGINT"];

/** Returns a function that removes the hooks again. */
export function installExitHooks({ flush, hasUnflushed, timeoutMs }: ExitHookOptions): () => void {
  let flushing: Promise<void> | undefined;
  const boundedFlush = (): Promise<void> =>
    (flushing ??= withTimeout(flush(), timeoutMs)
      .catch(() => undefined) // the exporter already reported it through diag; exit must go on
      .finally(() => (flushing = undefined)));

  // beforeExit fires again once the flush's request completes; hasUnflushed() stops the loop.
  const onBeforeExit = (): void => {
    if (hasUnflushed()) void boundedFlush();
  };

  const onSignal = (signal: NodeJS.Signals): void => {
    // Another listener means the app handles this signal (and its exit) itself: we only flush.
    // Alone, our listener has replaced Node's default "terminate", so we restore it afterwards.
    const appHandlesSignal = process.listenerCount(signal) > 1;
    if (appHandlesSignal) {
      void boundedFlush();
      return;
    }
    // A second signal while flushing means "stop now".
    if (flushing) return reraise(signal);
    void boundedFlush().then(() => reraise(signal));
  };

  const uninstall = (): void => {
    process.removeListener("beforeExit", onBeforeExit);
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  };

  const reraise = (signal: NodeJS.Signals): void => {
    uninstall();
    // With no listener left Node applies the default action, so the exit status still says "killed by signal".
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };

  process.on("beforeExit", onBeforeExit);
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return uninstall;
}

/** Resolves when `work` settles or after `ms`, whichever is first; the timer holds the process open meanwhile. */
function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
