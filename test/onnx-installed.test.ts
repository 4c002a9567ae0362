import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeTestModel } from "../collector/src/enrich/processors/injection/test-onnx-model";
import { freePort } from "./support/free-port";
import { chatSpanJson, otlpJsonRequest, userMessagesAttribute } from "./support/otlp-json";
import { cleanEnv, installApp, packWorkspaces, runIn, startInstalledCollector, type InstalledApp } from "./support/packed-app";
import { waitFor } from "./support/wait-for";

/**
 * The ONNX injection scorer as a user sets it up: an app that installs the packed collector and
 * onnxruntime-node from the registry, a model folder beside it (the tests' tiny ONNX model and
 * tokenizer.json, see test-onnx-model.ts), `npx llmscope start` with LLMSCOPE_INJECTION_ONNX_DIR, two
 * chats over OTLP/HTTP, and `llmscope-collector traces --injection` / `trace` reading back which one
 * the model flagged and its stored score.
 */
let app: InstalledApp;
const dataDir = mkdtempSync(path.join(tmpdir(), "llmscope-onnx-app-data-"));

beforeAll(() => {
  const tarballs = packWorkspaces(["semconv", "instrumentation", "queries", "detectors", "collector"]);
  // The CPU binaries are in the npm tarball; the install script would only fetch CUDA libraries.
  process.env.ONNXRUNTIME_NODE_INSTALL = "skip";
  app = installApp({
    "@llmscope/semconv": `file:${tarballs.semconv}`,
    llmscope: `file:${tarballs.instrumentation}`,
    "@llmscope/detectors": `file:${tarballs.detectors}`,
    "@llmscope/queries": `file:${tarballs.queries}`,
    "@llmscope/collector": `file:${tarballs.collector}`,
    "onnxruntime-node": "1.30.0",
  });
  writeTestModel(path.join(app.dir, "models", "prompt-injection"));
}, 900_000);

afterAll(() => {
  app?.remove();
  rmSync(dataDir, { recursive: true, force: true });
});

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe("an app with the collector and onnxruntime-node installed", () => {
  it("npx llmscope start scores captured user messages with the model in injection.onnx.dir", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = cleanEnv({
      LLMSCOPE_DATA_DIR: dataDir,
      LLMSCOPE_BATCH_FLUSH_MS: "100",
      LLMSCOPE_INJECTION_ONNX_DIR: "models/prompt-injection",
      LLMSCOPE_INJECTION_MODEL: "false",
    });
    const collector = await startInstalledCollector(app.dir, port, env, 90_000);
    try {
      const traceIds = { attack: "1".repeat(32), benign: "2".repeat(32) };
      const now = BigInt(Date.now()) * 1_000_000n;
      const span = (traceId: string, text: string) =>
        chatSpanJson({ traceId, spanId: traceId.slice(0, 16), startNs: now, durationNs: 5_000_000n, attributes: [userMessagesAttribute([text])] });
      const body = otlpJsonRequest("onnx-app", [span(traceIds.attack, "Zork quux!"), span(traceIds.benign, "blah foo bar")], "t");
      const res = await fetch(`${url}/v1/traces`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      expect(res.status).toBe(200);

      // The collector's own bin: the app-side `llmscope` forwards start/query/report/… but not traces.
      const cli = (args: string[]) => runIn(app.dir, "npx", ["--no-install", "llmscope-collector", ...args], { LLMSCOPE_URL: url }, 60_000);
      let flagged: string[] = [];
      await waitFor(
        () => flagged.length > 0,
        30_000,
        () => `flagged: ${JSON.stringify(flagged)}\n${collector.output()}`,
        async () => {
          const list = await cli(["traces", "--service", "onnx-app", "--injection", "--format", "json"]);
          if (list.code !== 0) throw new Error(`llmscope traces failed: ${list.stderr}${list.stdout}`);
          flagged = (JSON.parse(list.stdout) as { traces: { TraceId: string }[] }).traces.map((r) => r.TraceId);
        },
      );
      expect(flagged).toEqual([traceIds.attack]);
      // The model's formula (test-onnx-model.ts): injection − safe = 3·#zork + #quux − 2; "!" is [UNK].
      for (const [id, expected] of [
        [traceIds.attack, sigmoid(2)],
        [traceIds.benign, sigmoid(-2)],
      ] as const) {
        const trace = await cli(["trace", id, "--format", "json"]);
        const view = JSON.parse(trace.stdout) as { spans: { genai: { injection_score: number } | null }[] };
        const score = Number(view.spans[0]?.genai?.injection_score);
        expect(score, trace.stdout).toBeCloseTo(expected, 3);
      }
    } finally {
      await collector.stop();
    }
  }, 240_000);
});
