import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createProgressBar, formatProgress } from "./progress";

function sink(isTTY: boolean): { stream: NodeJS.WritableStream; text: () => string } {
  let text = "";
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      text += chunk.toString();
      cb();
    },
  });
  Object.assign(stream, { isTTY });
  return { stream, text: () => text };
}

describe("progress bar", () => {
  it("formats done/total with a proportional bar", () => {
    expect(formatProgress(120, 300, 10)).toBe("[####------] 120/300 40%");
    expect(formatProgress(0, 0, 4)).toBe("[####] 0/0 100%");
    expect(formatProgress(5, 5, 4)).toBe("[####] 5/5 100%");
  });

  it("prints at most one line per 10% when not a TTY", () => {
    const out = sink(false);
    const bar = createProgressBar(out.stream, 1000, { width: 10 });
    for (let i = 1; i <= 1000; i++) bar.update(i);
    bar.finish();
    const lines = out.text().trimEnd().split("\n");
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe("[----------] 1/1000 0%");
    expect(lines[1]).toBe("[#---------] 100/1000 10%");
    expect(lines.at(-1)).toBe("[##########] 1000/1000 100%");
  });

  it("redraws in place on a TTY, throttled, and ends the line on finish", () => {
    const out = sink(true);
    let clock = 0;
    const bar = createProgressBar(out.stream, 300, { width: 10, now: () => clock });
    for (let i = 1; i <= 300; i++) {
      clock += 1;
      bar.update(i);
    }
    bar.finish();
    const text = out.text();
    expect(text.includes("\n")).toBe(true);
    expect(text.endsWith("\r[##########] 300/300 100%\n")).toBe(true);
    expect(text.split("300/300").length - 1).toBe(1);
    const redraws = text.split("\r").length - 1;
    expect(redraws).toBeGreaterThan(2);
    expect(redraws).toBeLessThanOrEqual(6);
    expect(text).toContain("\r[###-------] 101/300 33%");
  });
});
