import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "./collector";
import { chatSpanJson, otlpJsonRequest, tokenAttributes } from "./otlp-json";

export const BIN = path.join(REPO_ROOT, "collector/bin/llmscope.js");

export interface ChildCollector {
  child: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
}

/** `llmscope start` in a child process (the built CLI, as users run it), resolved once it listens. */
export async function startChildCollector(dataDir: string, port: number, env: Record<string, string> = {}): Promise<ChildCollector> {
  const child = spawn(process.execPath, [BIN, "start"], {
    cwd: REPO_ROOT,
    env: { ...process.env, LLMSCOPE_DATA_DIR: dataDir, LLMSCOPE_PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  let gone = false;
  void exited.then(() => (gone = true));
  for (let i = 0; i < 600 && !out.includes("listening on") && !gone; i++) await new Promise((r) => setTimeout(r, 50));
  if (!out.includes("listening on")) {
    child.kill("SIGKILL");
    throw new Error(`the collector did not start:\n${out}`);
  }
  return { child, url: `http://127.0.0.1:${port}`, exited, output: () => out };
}

/** An OTLP/JSON request whose spans have ids derived from `request` (so a re-send is the same spans). */
export function numberedSpansJson(service: string, request: number, count: number): { body: string; ids: string[] } {
  const traceId = request.toString(16).padStart(32, "0");
  const now = BigInt(Date.now()) * 1_000_000n;
  const ids: string[] = [];
  const spans = Array.from({ length: count }, (_, j) => {
    const spanId = (request * 1000 + j + 1).toString(16).padStart(16, "0");
    ids.push(`${traceId}:${spanId}`);
    return chatSpanJson({ traceId, spanId, startNs: now, durationNs: 250_000_000n, attributes: tokenAttributes(100 + j) });
  });
  const body = JSON.stringify(otlpJsonRequest(service, spans, "t"));
  return { body, ids };
}
