/**
 * A dependency-free terminal progress bar: `[#####-----] 120/300 40%`.
 * On a TTY it redraws one line in place (at most every 100 ms); elsewhere it prints a line per 10% step.
 */

export interface ProgressBar {
  /** Reports that `done` of `total` items are finished. */
  update(done: number): void;
  /** Draws the final state and ends the line. Further updates are ignored. */
  finish(): void;
}

export interface ProgressBarOptions {
  /** Characters between the brackets. Default 30. */
  width?: number;
  /** Minimum time between TTY redraws, in ms. Default 100. */
  redrawIntervalMs?: number;
  /** Clock, for tests. Default Date.now. */
  now?: () => number;
}

const LOG_STEP_PERCENT = 10;

/** Renders one progress line, e.g. `[#####-----] 120/300 40%`. */
export function formatProgress(done: number, total: number, width: number): string {
  const ratio = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
  const filled = Math.round(ratio * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${Math.floor(ratio * 100)}%`;
}

export function createProgressBar(out: NodeJS.WritableStream, total: number, opts: ProgressBarOptions = {}): ProgressBar {
  const width = opts.width ?? 30;
  const interval = opts.redrawIntervalMs ?? 100;
  const now = opts.now ?? Date.now;
  const tty = (out as Partial<NodeJS.WriteStream>).isTTY === true;
  let last = 0;
  let lastDrawAt = -Infinity;
  let lastDrawn = -1;
  let lastLoggedStep = -1;
  let finished = false;

  const draw = (done: number): void => {
    if (tty) {
      out.write(`\r${formatProgress(done, total, width)}`);
      lastDrawAt = now();
      lastDrawn = done;
      return;
    }
    const step = total > 0 ? Math.floor((Math.min(done, total) / total) * (100 / LOG_STEP_PERCENT)) : 100 / LOG_STEP_PERCENT;
    if (step > lastLoggedStep) {
      lastLoggedStep = step;
      out.write(`${formatProgress(done, total, width)}\n`);
    }
  };

  return {
    update(done) {
      if (finished) return;
      last = done;
      if (!tty || done >= total || now() - lastDrawAt >= interval) draw(done);
    },
    finish() {
      if (finished) return;
      finished = true;
      if (tty) {
        if (lastDrawn !== last) draw(last);
        out.write("\n");
      } else {
        draw(last);
      }
    },
  };
}
