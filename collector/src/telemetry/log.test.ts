import { afterEach, describe, expect, it } from "vitest";
import { configureLogging, logger, onceEvery, scrubSecrets, setLogSink } from "./log";

const lines: string[] = [];
const previous = setLogSink((line) => lines.push(line));

afterEach(() => {
  lines.length = 0;
  configureLogging({ level: "info", format: "text" });
});

describe("logger", () => {
  it("writes text lines in the llmscope: form, from the configured level up", () => {
    const log = logger("test");
    log.debug("hidden");
    log.info("started");
    log.error("failed");
    expect(lines).toEqual(["llmscope: started\n", "llmscope: failed\n"]);
    configureLogging({ level: "error" });
    log.warn("hidden too");
    expect(lines).toHaveLength(2);
  });

  it("writes one JSON object per line with time, level, component, message and fields", () => {
    configureLogging({ format: "json", level: "debug" });
    logger("wal").debug("segment sealed", { segment: 7, path: "/data/wal" });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({ level: "debug", component: "wal", msg: "segment sealed", segment: 7, path: "/data/wal" });
    expect(new Date(entry.time as string).getTime()).toBeGreaterThan(0);
  });

  it("never writes credentials: URL passwords, bearer tokens, secret parameters", () => {
    configureLogging({ format: "json" });
    logger("store").error("insert to http://llm:s3cret@clickhouse:8123/ failed with Authorization: Bearer abc.def-ghi", {
      url: "https://u:hunter2@host/?password=pw1",
    });
    const text = lines.join("");
    for (const secret of ["s3cret", "abc.def-ghi", "hunter2", "pw1"]) expect(text).not.toContain(secret);
    expect(scrubSecrets("token=xyz&a=1 api_key=k2")).toBe("token=***&a=1 api_key=***");
  });
});

describe("onceEvery", () => {
  it("lets one call per key through per interval and reports how many it held back", () => {
    let now = 0;
    const once = onceEvery(1000, () => now);
    const seen: [string, number][] = [];
    for (let i = 0; i < 5; i++) once("a", (n) => seen.push(["a", n]));
    once("b", (n) => seen.push(["b", n]));
    now = 1500;
    once("a", (n) => seen.push(["a", n]));
    expect(seen).toEqual([
      ["a", 0],
      ["b", 0],
      ["a", 4],
    ]);
  });
});

process.on("exit", () => setLogSink(previous));
