import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../config";
import { startCollector } from "../../../pipeline";
import { createOnnxScorer } from "./onnx-scorer";
import { scoreInjection } from "@llmscope/detectors";
import { writeTestModel } from "./test-onnx-model";
import { chatSpanJson, otlpJsonRequest, userMessagesAttribute } from "../../../../../test/support/otlp-json";

/**
 * The ONNX option as users meet it: `injection.onnx.*` config → a real collector on chDB → a span
 * with captured user messages over OTLP/HTTP → InjectionScore/InjectionFlagged in the stored
 * llm_spans row. The tiny model (test-onnx-model.ts) makes every expected score computable here:
 * P(injection) = sigmoid(3·#zork + #quux − 2) per window, highest window, mapped so that the model
 * threshold lands on the flag threshold, then combined with the built-in score by taking the higher.
 */
const root = mkdtempSync(path.join(tmpdir(), "llmscope-onnx-scorer-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = writeTestModel(path.join(root, "model"));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const modelP = (zork: number, quux: number) => sigmoid(3 * zork + quux - 2);
/** The calibration written out again: modelThreshold ↦ flagThreshold, linear on each side. */
const mapped = (p: number, t: number, flag: number) => (p < t ? (p / t) * flag : flag + ((p - t) / (1 - t)) * (1 - flag));

describe("createOnnxScorer (the synchronous hook)", () => {
  it("answers synchronously from the worker, one text or a batch, and fails at start-up with the loader's message", async () => {
    const scorer = createOnnxScorer({ dir, threshold: 0.5, flagThreshold: 0.5 });
    expect(scorer.score("zork")).toBeCloseTo(modelP(1, 0), 5);
    expect(scorer.scoreBatch(["blah", "zork quux", "quux"]).map((s) => +s.toFixed(5))).toEqual(
      [modelP(0, 0), modelP(1, 1), modelP(0, 1)].map((p) => +p.toFixed(5)),
    );
    expect(scorer.scoreBatch([])).toEqual([]);
    await scorer.close();
    expect(() => createOnnxScorer({ dir: path.join(root, "nowhere") })).toThrow(/nowhere.model\.onnx is missing/);
  });

  it("a call that fails after start-up gives 0 from the model and reports it, when asked to", async () => {
    const failures: [string, number][] = [];
    const scorer = createOnnxScorer({ dir, callTimeoutMs: 1, onFailure: (err, texts) => failures.push([err.message, texts]) });
    const huge = "blah ".repeat(400_000);
    expect(scorer.scoreBatch([huge, "zork"])).toEqual([0, 0]);
    expect(failures).toEqual([[expect.stringMatching(/scoring 2 text\(s\) took longer than 1 ms/), 2]]);
    await scorer.close();
    // A worker that is gone fails each later call at once.
    expect(scorer.scoreBatch(["zork"])).toEqual([0]);
    expect(failures[1]).toEqual([expect.stringMatching(/worker exited/), 1]);
  });

  it("without onnxruntime-node installed: the collector starts, and enabling the option names the package to install", () => {
    // A preload that makes the package unresolvable, as on an install without the optional dependency.
    const hide = path.join(root, "hide-ort.js");
    writeFileSync(
      hide,
      `const M = require("module"); const r = M._resolveFilename; M._resolveFilename = function (req, ...a) { if (req === "onnxruntime-node") throw Object.assign(new Error("Cannot find module 'onnxruntime-node'"), { code: "MODULE_NOT_FOUND" }); return r.call(this, req, ...a); };`,
    );
    const dist = path.resolve(__dirname, "../../../../dist");
    const script = `
      const { loadConfig } = require(${JSON.stringify(path.join(dist, "config"))});
      const { createProcessors } = require(${JSON.stringify(path.join(dist, "processor-chain"))});
      const { MetricsRegistry } = require(${JSON.stringify(path.join(dist, "telemetry/metrics"))});
      const names = createProcessors(loadConfig({}), new MetricsRegistry(), undefined).map((p) => p.name);
      let error = "";
      try { createProcessors(loadConfig({ LLMSCOPE_INJECTION_ONNX_DIR: ${JSON.stringify(dir)} }), new MetricsRegistry(), undefined); } catch (e) { error = e.message; }
      process.stdout.write(JSON.stringify({ names, error }));`;
    const out = JSON.parse(execFileSync(process.execPath, ["-r", hide, "-e", script], { encoding: "utf8" })) as { names: string[]; error: string };
    expect(out.names).toContain("injection");
    expect(out.error).toMatch(/onnxruntime-node cannot be loaded.*npm install onnxruntime-node/);
  });
});

describe("the ONNX option in the collector", () => {
  it("rejects bad injection.onnx values with the variable's name; leaves the option off by default", () => {
    expect(loadConfig({}).injection.onnx).toEqual({ threshold: 0.5, overlapTokens: 64, batchSize: 8, threads: 1 });
    for (const [env, value] of [
      ["LLMSCOPE_INJECTION_ONNX_BATCH_SIZE", "0"],
      ["LLMSCOPE_INJECTION_ONNX_THRESHOLD", "0"],
      ["LLMSCOPE_INJECTION_ONNX_MAX_TOKENS", "abc"],
    ] as const) {
      expect(() => loadConfig({ [env]: value }), env).toThrow(ConfigError);
      expect(() => loadConfig({ [env]: value }), env).toThrow(new RegExp(env));
    }
  });

  it("stores the model's score and flag for spans with captured content", async () => {
    const dataDir = mkdtempSync(path.join(root, "data-"));
    const collector = await startCollector(
      loadConfig({
        LLMSCOPE_PORT: "0",
        LLMSCOPE_DATA_DIR: dataDir,
        LLMSCOPE_BATCH_FLUSH_MS: "100",
        LLMSCOPE_INJECTION_THRESHOLD: "0.5",
        LLMSCOPE_INJECTION_ONNX_DIR: dir,
        LLMSCOPE_INJECTION_ONNX_THRESHOLD: "0.8",
        LLMSCOPE_INJECTION_ONNX_MAX_TOKENS: "16",
        LLMSCOPE_INJECTION_ONNX_OVERLAP_TOKENS: "4",
        LLMSCOPE_INJECTION_ONNX_BATCH_SIZE: "2",
      }),
    );
    try {
      const filler = Array.from({ length: 13 }, () => "foo").join(" ");
      // [user texts of the span, expected P(injection) of its highest window]
      const cases: [string, string[], number][] = [
        ["neutral", ["blah foo"], modelP(0, 0)],
        ["below the model threshold", ["zork"], modelP(1, 0)],
        ["above it", ["zork quux"], modelP(1, 1)],
        // Two user messages (one batch), the second long: "zork quux" straddles its first 16-token window edge.
        ["long, windowed", ["bar baz", `${filler} zork quux ${filler} blah`], modelP(1, 1)],
      ];
      const now = BigInt(Date.now()) * 1_000_000n;
      const spans = cases.map(([name, texts], i) =>
        chatSpanJson({
          traceId: (i + 1).toString(16).padStart(32, "a"),
          spanId: (i + 1).toString(16).padStart(16, "b"),
          name,
          startNs: now,
          durationNs: 1_000_000n,
          attributes: [userMessagesAttribute(texts)],
        }),
      );
      const body = otlpJsonRequest("onnx-test", spans, "t");
      const res = await fetch(`${collector.url}/v1/traces`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      expect(res.status).toBe(200);
      await collector.flush();
      const rows = await collector.store.query<{ SpanName: string; InjectionScore: number; InjectionFlagged: number }>(
        "SELECT SpanName, InjectionScore, InjectionFlagged FROM llm_spans WHERE ServiceName = 'onnx-test'",
      );
      expect(rows).toHaveLength(cases.length);
      for (const [name, texts, p] of cases) {
        const row = rows.find((r) => r.SpanName === name)!;
        const builtIn = Math.max(...texts.map((t) => scoreInjection(t).score));
        const want = Math.max(builtIn, Math.round(mapped(p, 0.8, 0.5) * 1000) / 1000);
        expect(Number(row.InjectionScore), name).toBeCloseTo(want, 3);
        expect(Number(row.InjectionFlagged), name).toBe(want >= 0.5 ? 1 : 0);
      }
      // The cases cover both sides of the threshold through the model alone.
      expect(rows.find((r) => r.SpanName === "below the model threshold")!.InjectionFlagged).toBe(0);
      expect(rows.find((r) => r.SpanName === "above it")!.InjectionFlagged).toBe(1);
      expect(rows.find((r) => r.SpanName === "long, windowed")!.InjectionFlagged).toBe(1);
    } finally {
      await collector.close();
    }
  });
});
