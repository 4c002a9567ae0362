import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { record, TRACE } from "../processors/cost/test-fixtures";
import type { SpanRecord } from "../processors/record";
import type { LlmScoreRow } from "../../store/rows";
import { MetricsRegistry } from "../../telemetry/metrics";
import { JudgeConfigSchema, JudgeWorker, createJudgeProcessor } from "./index";
import { sampled } from "./processor";
import { parseVerdict } from "./rubric";

/**
 * A fake OpenAI-compatible judge on 127.0.0.1. The answer under evaluation picks the behaviour:
 * "MODE:bad-json", "MODE:mismatch", "MODE:http-500", "MODE:hang" (never answers), "MODE:slow"
 * (answers after 150 ms); anything else gets a valid rubric verdict in a code fence.
 */
interface Seen {
  authorization?: string;
  body: { model: string; messages: { role: string; content: string }[]; response_format?: unknown };
}
const seen: Seen[] = [];
let server: Server;
let url: string;

const VERDICT = {
  accuracy: { score: 5, reason: "matches the context" },
  relevance: { score: 4, reason: "on topic" },
  completeness: { score: 3, reason: "misses the year" },
  safety: { score: 5, reason: "safe" },
};

function completion(content: string): string {
  return JSON.stringify({ id: "c1", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }] });
}

async function readBody(req: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of req) text += String(chunk);
  return text;
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = JSON.parse(await readBody(req)) as Seen["body"];
    seen.push({ ...(req.headers.authorization && { authorization: req.headers.authorization }), body });
    const prompt = body.messages.map((m) => m.content).join("\n");
    const reply = (status: number, text: string) => res.writeHead(status, { "content-type": "application/json" }).end(text);
    if (req.url !== "/v1/chat/completions") return reply(404, "{}");
    if (prompt.includes("MODE:hang")) return;
    if (prompt.includes("MODE:bad-json")) return reply(200, completion("Sure! accuracy: 5, relevance: 4 {not json"));
    if (prompt.includes("MODE:mismatch")) return reply(200, completion(JSON.stringify({ ...VERDICT, safety: { score: 7, reason: "x" } })));
    if (prompt.includes("MODE:http-500")) return reply(500, '{"error":"overloaded"}');
    if (prompt.includes("MODE:slow")) await new Promise((r) => setTimeout(r, 150));
    reply(200, completion("```json\n" + JSON.stringify(VERDICT) + "\n```"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function llmRecord(answer: string, spanId = "b7ad6b7169203331"): SpanRecord {
  return record(
    { SpanId: spanId, PromptName: "qa", PromptVersion: "2", UserId: "u7" },
    {
      systemInstructions: "Answer from the context.",
      inputMessages: [{ role: "user", content: "How tall is the Eiffel Tower? Mail me at [EMAIL]" }],
      outputMessages: [{ role: "assistant", content: answer }],
    },
  );
}

function retrievalRecord(): SpanRecord {
  return record(
    { SpanType: "retrieval", SpanId: "1111111111111111", RequestModel: "" },
    { retrievalDocuments: [{ id: "d1", content: "The Eiffel Tower is 330 metres tall." }] },
  );
}

function setup(config: Partial<{ timeoutMs: number; queueCapacity: number; concurrency: number; sampleRate: number; url: string }> = {}) {
  const metrics = new MetricsRegistry();
  const delivered: LlmScoreRow[][] = [];
  const parsed = JudgeConfigSchema.parse({ url, apiKey: "sk-judge", model: "judge-model", sampleRate: 1, timeoutMs: 2000, ...config });
  const worker = new JudgeWorker({ config: parsed, metrics, onScores: (rows) => void delivered.push(rows) });
  const processor = createJudgeProcessor(worker, parsed);
  const judge = (...records: SpanRecord[]) => {
    for (const r of records) processor.process(r, records);
  };
  const outcome = (o: string) => metrics.counter("llmscope_judge_requests_total", "").get({ outcome: o });
  return { metrics, delivered, worker, judge, outcome };
}

describe("LLM judge", () => {
  it("judges a sampled span and delivers one judge row per criterion with the span's dimensions", async () => {
    const { worker, judge, delivered, outcome } = setup();
    const before = seen.length;
    const llm = llmRecord("It is 330 metres tall.");
    judge(llm, retrievalRecord());
    await worker.idle();

    expect(outcome("ok")).toBe(1);
    expect(delivered).toHaveLength(1);
    const rows = delivered[0]!;
    expect(rows.map((r) => [r.Name, r.ScoreValue, r.ScoreLabel])).toEqual([
      ["judge_accuracy", 1, "5/5"],
      ["judge_relevance", 0.75, "4/5"],
      ["judge_completeness", 0.5, "3/5"],
      ["judge_safety", 1, "5/5"],
    ]);
    expect(rows[0]).toMatchObject({
      Source: "judge",
      TraceId: TRACE,
      SpanId: "b7ad6b7169203331",
      ServiceName: "support-bot",
      RequestModel: "gpt-4o-mini",
      PromptName: "qa",
      PromptVersion: "2",
      UserId: "u7",
      Explanation: "matches the context",
      Timestamp: llm.llm!.Timestamp,
    });
    expect(llm.scores).toEqual([]);

    const request = seen[before]!;
    expect(request.authorization).toBe("Bearer sk-judge");
    expect(request.body.model).toBe("judge-model");
    expect(request.body.response_format).toEqual({ type: "json_object" });
    const user = request.body.messages.find((m) => m.role === "user")!.content;
    expect(user).toContain("[1] The Eiffel Tower is 330 metres tall.");
    expect(user).toContain("QUESTION:\nHow tall is the Eiffel Tower? Mail me at [EMAIL]");
    expect(user).toContain("ANSWER:\nIt is 330 metres tall.");
    expect(user).toContain("Answer from the context.");
  });

  it("counts a non-JSON answer, a rubric mismatch and an HTTP error as failures without rows", async () => {
    const { worker, judge, delivered, outcome } = setup();
    judge(llmRecord("MODE:bad-json", "0000000000000001"));
    judge(llmRecord("MODE:mismatch", "0000000000000002"));
    judge(llmRecord("MODE:http-500", "0000000000000003"));
    await worker.idle();
    expect(outcome("bad_response")).toBe(2);
    expect(outcome("http_error")).toBe(1);
    expect(delivered).toEqual([]);
  });

  it("times out a hanging judge without blocking the ingest path", async () => {
    const { worker, judge, outcome } = setup({ timeoutMs: 200 });
    const started = performance.now();
    judge(llmRecord("MODE:hang"));
    expect(performance.now() - started).toBeLessThan(50);
    expect(worker.pending).toBe(1);
    await worker.idle();
    expect(outcome("timeout")).toBe(1);
  });

  it("counts an unreachable endpoint as a network error", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { worker, judge, outcome } = setup({ url: `http://127.0.0.1:${port}/v1` });
    judge(llmRecord("fine"));
    await worker.idle();
    expect(outcome("network_error")).toBe(1);
  });

  it("drops and counts items beyond the queue capacity, and after close", async () => {
    const { worker, judge, metrics, delivered } = setup({ queueCapacity: 1, concurrency: 1 });
    judge(llmRecord("MODE:slow a", "000000000000000a"));
    judge(llmRecord("MODE:slow b", "000000000000000b"));
    judge(llmRecord("MODE:slow c", "000000000000000c"));
    const dropped = metrics.counter("llmscope_judge_dropped_total", "");
    expect(dropped.get({ reason: "queue_full" })).toBe(1);
    expect(worker.pending).toBe(2);
    await worker.close();
    expect(delivered).toHaveLength(2);
    judge(llmRecord("late", "000000000000000d"));
    expect(dropped.get({ reason: "closed" })).toBe(1);
    expect(metrics.render()).toContain("llmscope_judge_enqueued_total 2");
  });

  it("counts a failing onScores callback", async () => {
    const metrics = new MetricsRegistry();
    const config = JudgeConfigSchema.parse({ url, model: "m", sampleRate: 1 });
    const worker = new JudgeWorker({ config, metrics, onScores: () => Promise.reject(new Error("store down")) });
    const r = llmRecord("ok");
    createJudgeProcessor(worker, config).process(r, [r]);
    await worker.idle();
    expect(metrics.total("llmscope_judge_delivery_failures_total")).toBe(1);
  });

  it("skips unsampled spans, spans without output, embeddings and errors", async () => {
    const { worker, judge } = setup({ sampleRate: 0 });
    judge(llmRecord("x"));
    expect(worker.pending).toBe(0);
    const all = setup();
    const noOutput = record({}, { inputMessages: [{ role: "user", content: "q" }] });
    const embeddings = record({ Operation: "embeddings" }, { outputMessages: [{ role: "assistant", content: "a" }] });
    const failed = record({ StatusCode: "Error" }, { outputMessages: [{ role: "assistant", content: "a" }] });
    const empty = llmRecord("  ");
    all.judge(noOutput, embeddings, failed, empty, retrievalRecord());
    expect(all.worker.pending).toBe(0);
    await worker.close();
  });
});

describe("judge helpers", () => {
  it("samples deterministically by span id at about the configured rate", () => {
    const ids = Array.from({ length: 4000 }, (_, i) => i.toString(16).padStart(16, "0"));
    const picked = ids.filter((id) => sampled(id, 0.25)).length;
    expect(picked / ids.length).toBeGreaterThan(0.22);
    expect(picked / ids.length).toBeLessThan(0.28);
    expect(ids.filter((id) => sampled(id, 0.25))).toEqual(ids.filter((id) => sampled(id, 0.25)));
  });

  it("parses verdicts with prose or fences around them and explains what is wrong otherwise", () => {
    expect(parseVerdict(`Here you go: ${JSON.stringify(VERDICT)}`).ok).toBe(true);
    expect(parseVerdict("no json here")).toEqual({ ok: false, error: "the judge's answer holds no JSON object" });
    const missing = parseVerdict(JSON.stringify({ accuracy: VERDICT.accuracy }));
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.error).toMatch(/does not match the rubric: relevance/);
  });

  it("validates its config", () => {
    expect(() => JudgeConfigSchema.parse({ url: "ftp://x", model: "m" })).toThrow();
    expect(() => JudgeConfigSchema.parse({ url, model: "m", sampleRate: 2 })).toThrow();
    expect(JudgeConfigSchema.parse({ url, model: "m" })).toMatchObject({ sampleRate: 0.05, timeoutMs: 30_000, queueCapacity: 1000, concurrency: 2 });
  });
});
