/**
 * runDemo end to end: real openai SDK -> recording proxy -> fake OpenAI server, spans exported as OTLP/JSON
 * to a capturing HTTP server. register() installs a global provider once per process, so this file stands alone.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "./fake-openai-server";
import { searchArticles } from "./corpus";
import { type DemoResult, runDemo } from "./rag-app";
import { type DemoRequest, TrafficPlan } from "./traffic";

type AttrValue = string | number | boolean | AttrValue[] | undefined;

interface CapturedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  status: number;
  durationNs: bigint;
  attrs: Record<string, AttrValue>;
  resource: Record<string, AttrValue>;
}

interface OpenAIUsage {
  prompt_tokens: number;
  completion_tokens: number;
  prompt_tokens_details: { cached_tokens: number };
  completion_tokens_details: { reasoning_tokens: number };
}

const TRACES = 80;
const SEED = 42;

/**
 * What the input guardrail should decide for a question of the traffic plan, from the exact
 * strings the plan appends (independent of the guardrail's regexes).
 */
function expectedInput(question: string): { decision: string; categories: string[] } {
  if (question.startsWith("Ignore previous instructions") || question.startsWith("You are now in developer mode"))
    return { decision: "block", categories: ["injection"] };
  if (question.endsWith(" My email is jamie.rivera@example.com if you need it.")) return { decision: "flag", categories: ["pii.email"] };
  if (question.endsWith(" You can call me on +1 415 555 0134.")) return { decision: "flag", categories: ["pii.phone"] };
  if (question.endsWith(" The card ending is 4111 1111 1111 1111.")) return { decision: "flag", categories: ["pii.credit_card"] };
  return { decision: "pass", categories: [] };
}

/** The requests runDemo sends (in some order: workers run concurrently). */
function plannedRequests(): DemoRequest[] {
  const plan = new TrafficPlan(SEED);
  return Array.from({ length: TRACES }, () => plan.next());
}

function decodeValue(v: Record<string, unknown> | undefined): AttrValue {
  if (!v) return undefined;
  if ("stringValue" in v) return v["stringValue"] as string;
  if ("boolValue" in v) return v["boolValue"] as boolean;
  if ("intValue" in v) return Number(v["intValue"]);
  if ("doubleValue" in v) return Number(v["doubleValue"]);
  if ("arrayValue" in v) {
    const values = (v["arrayValue"] as { values?: Record<string, unknown>[] }).values ?? [];
    return values.map(decodeValue);
  }
  return undefined;
}

function decodeAttrs(list: { key: string; value: Record<string, unknown> }[] | undefined): Record<string, AttrValue> {
  return Object.fromEntries((list ?? []).map((a) => [a.key, decodeValue(a.value)]));
}

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function close(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

async function readAll(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

describe("runDemo", () => {
  const spans: CapturedSpan[] = [];
  const paths = new Set<string>();
  const contentTypes = new Set<string>();
  /** What the fake server answered, by response id: usage and snapshot model. */
  const answered = new Map<string, { model: string; usage: OpenAIUsage; finishReason: string }>();
  /** HTTP statuses of the chat requests the fake server failed. */
  const failedStatuses: number[] = [];
  let collector: http.Server;
  let proxy: http.Server;
  let fake: FakeOpenAI;
  let result: DemoResult;
  let progressCalls = 0;

  beforeAll(async () => {
    collector = http.createServer((req, res) => {
      void readAll(req).then((raw) => {
        paths.add(req.url ?? "");
        contentTypes.add(req.headers["content-type"] ?? "");
        const body = JSON.parse((req.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8"));
        for (const rs of body.resourceSpans ?? []) {
          const resource = decodeAttrs(rs.resource?.attributes);
          for (const ss of rs.scopeSpans ?? []) {
            for (const s of ss.spans ?? []) {
              spans.push({
                traceId: s.traceId,
                spanId: s.spanId,
                parentSpanId: s.parentSpanId ?? "",
                name: s.name,
                status: s.status?.code ?? 0,
                durationNs: BigInt(s.endTimeUnixNano) - BigInt(s.startTimeUnixNano),
                attrs: decodeAttrs(s.attributes),
                resource,
              });
            }
          }
        }
        res.writeHead(200, { "content-type": "application/json" });
        res.end("{}");
      });
    });
    const collectorUrl = await listen(collector);

    fake = await startFakeOpenAI({ latency: { scale: 0.005 }, failureRate: 0.1, seed: 11 });
    const upstream = new URL(fake.url);
    // Records every chat response the fake server sends, so spans can be checked against it.
    proxy = http.createServer((req, res) => {
      void readAll(req).then((body) => {
        const forward = http.request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          const chunks: Buffer[] = [];
          up.on("data", (c: Buffer) => {
            chunks.push(c);
            res.write(c);
          });
          up.on("end", () => {
            res.end();
            if (req.url !== "/v1/chat/completions") return;
            if (up.statusCode !== 200) {
              failedStatuses.push(up.statusCode ?? 0);
              return;
            }
            const text = Buffer.concat(chunks).toString("utf8");
            const events = text.startsWith("data:")
              ? text
                  .split("\n\n")
                  .filter((e) => e.startsWith("data: {"))
                  .map((e) => JSON.parse(e.slice(6)))
              : [JSON.parse(text)];
            const withUsage = events.find((e) => e.usage);
            const finish = events.flatMap((e) => e.choices).find((c) => c.finish_reason)?.finish_reason;
            answered.set(events[0].id, { model: events[0].model, usage: withUsage.usage, finishReason: finish });
          });
        });
        forward.end(body);
      });
    });
    const proxyUrl = await listen(proxy);

    result = await runDemo({
      collectorUrl,
      traces: TRACES,
      seed: SEED,
      concurrency: 6,
      openaiBaseUrl: proxyUrl,
      protocol: "http/json",
      onProgress: () => progressCalls++,
    });
  }, 120_000);

  afterAll(async () => {
    await fake?.close();
    if (proxy) await close(proxy);
    if (collector) await close(collector);
  });

  const byTrace = (): Map<string, CapturedSpan[]> => {
    const map = new Map<string, CapturedSpan[]>();
    for (const s of spans) map.set(s.traceId, [...(map.get(s.traceId) ?? []), s]);
    return map;
  };
  const llmSpans = (): CapturedSpan[] => spans.filter((s) => s.attrs["llmscope.span.type"] === "llm");

  it("sends one trace per request over OTLP/JSON and reports progress", () => {
    expect(result.traces).toBe(TRACES);
    expect(progressCalls).toBe(TRACES);
    expect(paths).toEqual(new Set(["/v1/traces"]));
    expect([...contentTypes].every((t) => t.startsWith("application/json"))).toBe(true);
    expect(byTrace().size).toBe(TRACES);
    expect(spans.every((s) => s.resource["service.name"] === "llmscope-demo")).toBe(true);
  });

  it("gives every trace a prompt root with retrieval, input guardrail and (unless blocked) a chat span", () => {
    let blocked = 0;
    for (const [, trace] of byTrace()) {
      const names = trace.map((s) => s.name);
      const root = trace.find((s) => !s.parentSpanId || !trace.some((p) => p.spanId === s.parentSpanId));
      expect(root?.name).toBe("render_prompt support-answer");
      expect(names).toContain("retrieval help-center");
      expect(names).toContain("apply_guardrail input-screen");
      const input = trace.find((s) => s.name === "apply_guardrail input-screen")!;
      if (input.attrs["llmscope.guardrail.decision"] === "block") {
        blocked++;
        expect(names.some((n) => n.startsWith("chat "))).toBe(false);
        continue;
      }
      expect(names.filter((n) => n.startsWith("chat "))).toHaveLength(1);
      const chat = trace.find((s) => s.name.startsWith("chat "))!;
      if (chat.status !== 2) expect(names).toContain("apply_guardrail output-screen");
    }
    expect(blocked).toBe(plannedRequests().filter((r) => expectedInput(r.question).decision === "block").length);
  });

  it("sends exactly the planned requests: user, session, plan, prompt, question, input decision, model, streaming", () => {
    const expected = plannedRequests().map((r) => {
      const input = expectedInput(r.question);
      const blocked = input.decision === "block";
      return JSON.stringify([
        r.user.id,
        r.sessionId,
        r.user.plan,
        r.prompt.version,
        r.question,
        input.decision,
        input.categories,
        blocked ? null : r.model,
        blocked ? null : r.stream,
      ]);
    });
    const actual = [...byTrace().values()].map((trace) => {
      const render = trace.find((s) => s.name === "render_prompt support-answer")!;
      const input = trace.find((s) => s.name === "apply_guardrail input-screen")!;
      const chat = trace.find((s) => s.attrs["llmscope.span.type"] === "llm");
      return JSON.stringify([
        render.attrs["user.id"],
        render.attrs["session.id"],
        render.attrs["llmscope.tag.plan"],
        render.attrs["gen_ai.prompt.version"],
        render.attrs["gen_ai.prompt.variable.question"],
        input.attrs["llmscope.guardrail.decision"],
        input.attrs["llmscope.guardrail.categories"] ?? [],
        chat ? chat.attrs["gen_ai.request.model"] : null,
        chat ? chat.attrs["gen_ai.request.stream"] : null,
      ]);
    });
    expect(actual.sort()).toEqual(expected.sort());
  });

  it("records usage on LLM spans exactly as the fake server returned it", () => {
    const ok = llmSpans().filter((s) => s.status !== 2);
    const blocked = plannedRequests().filter((r) => expectedInput(r.question).decision === "block").length;
    expect(ok.length).toBe(TRACES - blocked - failedStatuses.length);
    expect(new Set(ok.map((s) => s.attrs["gen_ai.response.id"]))).toEqual(new Set(answered.keys()));
    for (const span of ok) {
      const sent = answered.get(span.attrs["gen_ai.response.id"] as string);
      expect(span.attrs["gen_ai.response.model"]).toBe(sent!.model);
      expect(span.attrs["gen_ai.usage.input_tokens"]).toBe(sent!.usage.prompt_tokens);
      expect(span.attrs["gen_ai.usage.output_tokens"]).toBe(sent!.usage.completion_tokens);
      expect(span.attrs["gen_ai.usage.cache_read.input_tokens"] ?? 0).toBe(sent!.usage.prompt_tokens_details.cached_tokens);
      expect(span.attrs["gen_ai.usage.reasoning.output_tokens"] ?? 0).toBe(sent!.usage.completion_tokens_details.reasoning_tokens);
      expect(span.attrs["gen_ai.response.finish_reasons"]).toEqual([sent!.finishReason]);
      expect(span.name).toBe(`chat ${String(span.attrs["gen_ai.request.model"])}`);
    }
    expect(ok.some((s) => Number(s.attrs["gen_ai.usage.cache_read.input_tokens"] ?? 0) > 0)).toBe(true);
    expect(ok.some((s) => Number(s.attrs["gen_ai.usage.reasoning.output_tokens"] ?? 0) > 0)).toBe(true);
  });

  it("carries prompt, user and provider context on LLM spans, with a mix of models and streaming", () => {
    const llm = llmSpans();
    for (const span of llm) {
      expect(span.attrs["gen_ai.operation.name"]).toBe("chat");
      expect(span.attrs["gen_ai.provider.name"]).toBe("openai");
      expect(span.attrs["gen_ai.prompt.name"]).toBe("support-answer");
      expect(["1", "2"]).toContain(span.attrs["gen_ai.prompt.version"]);
      expect(span.attrs["llmscope.prompt.variant"]).toBe(span.attrs["gen_ai.prompt.version"] === "1" ? "concise" : "handbook-in-system");
    }
    // The planned mix (checked request by request above) has every model and both prompt versions.
    expect(new Set(llm.map((s) => s.attrs["gen_ai.request.model"]))).toEqual(new Set(["gpt-4o-mini", "gpt-4o", "o4-mini"]));
    expect(new Set(llm.map((s) => s.attrs["gen_ai.prompt.version"]))).toEqual(new Set(["1", "2"]));
    const streamed = llm.filter((s) => s.attrs["gen_ai.request.stream"] === true && s.status !== 2);
    expect(streamed.length).toBeGreaterThan(0);
    for (const s of streamed) {
      const ttft = Number(s.attrs["gen_ai.response.time_to_first_chunk"]);
      expect(ttft).toBeGreaterThan(0);
      expect(ttft).toBeLessThanOrEqual(Number(s.durationNs) / 1e9);
    }
    for (const s of llm.filter((x) => x.attrs["gen_ai.request.stream"] !== true)) expect(s.attrs["gen_ai.response.time_to_first_chunk"]).toBeUndefined();
  });

  it("captures content by default, since the demo data is synthetic", () => {
    const ok = llmSpans().filter((s) => s.status !== 2);
    for (const span of ok) {
      const input = JSON.parse(span.attrs["gen_ai.input.messages"] as string) as { role: string; parts: { content: string }[] }[];
      expect(input[0]!.parts[0]!.content).toContain("Help-center articles:");
      expect(input[0]!.parts[0]!.content).not.toContain("{{");
      expect(JSON.parse(span.attrs["gen_ai.output.messages"] as string)[0].role).toBe("assistant");
    }
  });

  it("propagates user.id to every span of a trace", () => {
    for (const [, trace] of byTrace()) {
      const users = new Set(trace.map((s) => s.attrs["user.id"]));
      expect(users.size).toBe(1);
      expect([...users][0]).toMatch(/^user-\d{3}$/);
    }
  });

  it("records retrieval and guardrail results", () => {
    const retrievals = spans.filter((s) => s.attrs["llmscope.span.type"] === "retrieval");
    expect(retrievals).toHaveLength(TRACES);
    for (const [, trace] of byTrace()) {
      const r = trace.find((s) => s.attrs["llmscope.span.type"] === "retrieval")!;
      expect(r.attrs["gen_ai.data_source.id"]).toBe("help-center");
      expect(r.attrs["gen_ai.retrieval.top_k"]).toBe(4);
      // The same search over the demo corpus for this trace's question: the span records what it returned.
      const question = trace.find((s) => s.name === "render_prompt support-answer")!.attrs["gen_ai.prompt.variable.question"] as string;
      const scores = searchArticles(question, 4, 0.2).map((d) => d.score);
      expect(r.attrs["llmscope.retrieval.documents.count"]).toBe(scores.length);
      if (scores.length > 0) {
        expect(r.attrs["llmscope.retrieval.score.max"]).toBe(Math.max(...scores));
        expect(r.attrs["llmscope.retrieval.score.min"]).toBe(Math.min(...scores));
      }
    }
    expect(retrievals.some((r) => Number(r.attrs["llmscope.retrieval.documents.count"]) === 4)).toBe(true);
    const inputs = spans.filter((s) => s.name === "apply_guardrail input-screen");
    const decisions = (list: string[]) => Object.fromEntries(["pass", "flag", "block"].map((d) => [d, list.filter((x) => x === d).length]));
    expect(decisions(inputs.map((s) => s.attrs["llmscope.guardrail.decision"] as string))).toEqual(
      decisions(plannedRequests().map((r) => expectedInput(r.question).decision)),
    );
    expect(inputs.some((s) => s.attrs["llmscope.guardrail.decision"] === "flag")).toBe(true);
    for (const s of inputs) expect(s.attrs["llmscope.guardrail.triggered"]).toBe(s.attrs["llmscope.guardrail.decision"] !== "pass");
  });

  it("turns injected server failures into ERROR spans and counts them without crashing", () => {
    const failed = llmSpans().filter((s) => s.status === 2);
    expect(failedStatuses.length).toBeGreaterThan(0);
    expect(result.errors).toBe(failedStatuses.length);
    expect(failed).toHaveLength(failedStatuses.length);
    // The openai SDK's error class for each status the fake server answered with.
    const errorClass: Record<number, string> = { 429: "RateLimitError", 500: "InternalServerError" };
    expect(failed.map((s) => s.attrs["error.type"]).sort()).toEqual(failedStatuses.map((status) => errorClass[status]).sort());
  });
});
