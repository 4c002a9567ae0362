/**
 * A local stand-in for Cohere's REST API, good enough for the real `cohere-ai` package:
 * POST /v2/chat (plain, or streamed as typed server-sent events from message-start to message-end,
 * ending in `data: [DONE]`), POST /v2/embed, the v1 POST /v1/chat (plain, or streamed as JSON
 * lines ending in a stream-end event that carries the whole answer) and /v1/embed, POST /v2/rerank and
 * /v1/rerank (each document's relevance is the share of the query's words it contains, best first,
 * cut to top_n; v1 echoes the documents when asked), tool calls, and Cohere-shaped errors ({"message"}).
 * The wire format is snake_case; the SDK hands the app camelCase objects. 127.0.0.1 only.
 */
import type * as http from "node:http";
import { type FakeServer, sendEvent, sendJson, startJsonApiServer } from "./fake-server";

export type FakeCohere = FakeServer<400 | 422 | 500>;

export const COHERE_TEXT = "Refunds take five business days.";
/** What Cohere bills (billed_units) is less than what the model saw (tokens): its own preamble is free. */
export const COHERE_BILLED = { input_tokens: 24, output_tokens: 9 };
export const COHERE_TOKENS = { input_tokens: 230, output_tokens: 11 };
export const COHERE_EMBED_BILLED = 5;
export const COHERE_TOOL_ARGS = { city: "Paris" };
/** What one rerank call of up to 100 documents bills. */
export const RERANK_SEARCH_UNITS = 1;

/** Cohere's rule: a search unit is one query over up to 100 documents. */
export function rerankSearchUnits(documents: number): number {
  return Math.max(RERANK_SEARCH_UNITS, Math.ceil(documents / 100));
}

type Body = Record<string, any>;

export function startFakeCohere(): Promise<FakeCohere> {
  let ids = 0;
  return startJsonApiServer({
    noKeyMessage: "no api key supplied",
    error: (res, status, message) => sendJson(res, status, { message }),
    route(path, body, res) {
      if (typeof body.model !== "string") return sendJson(res, 400, { message: "model is required" });
      const id = `cohere-fake-${++ids}`;
      if (path === "/v2/rerank" || path === "/v1/rerank") return rerank(res, id, path, body);
      if (path === "/v1/chat") return chatV1(res, id, body, { billed_units: COHERE_BILLED, tokens: COHERE_TOKENS });
      if (path === "/v2/embed" || path === "/v1/embed") {
        const texts: unknown[] = Array.isArray(body.texts) ? body.texts : [];
        return sendJson(res, 200, {
          id,
          response_type: "embeddings_by_type",
          embeddings: { float: texts.map(() => [0.1, 0.2, 0.3]) },
          texts,
          meta: { api_version: { version: path === "/v1/embed" ? "1" : "2" }, billed_units: { input_tokens: COHERE_EMBED_BILLED } },
        });
      }
      if (path !== "/v2/chat") return sendJson(res, 404, { message: `unknown route ${path}` });
      if (!Array.isArray(body.messages)) return sendJson(res, 400, { message: "messages are required" });
      const tool = Array.isArray(body.tools) && body.tools.length > 0 ? (body.tools[0].function.name as string) : undefined;
      const toolCall =
        tool === undefined ? undefined : { id: "get_weather_fake1", type: "function", function: { name: tool, arguments: JSON.stringify(COHERE_TOOL_ARGS) } };
      const finish = tool === undefined ? "COMPLETE" : "TOOL_CALL";
      const usage = { billed_units: COHERE_BILLED, tokens: COHERE_TOKENS };
      if (body.stream === true) return stream(res, id, toolCall, finish, usage);
      sendJson(res, 200, {
        id,
        finish_reason: finish,
        message: {
          role: "assistant",
          content: [{ type: "text", text: COHERE_TEXT }],
          ...(toolCall && { tool_plan: "I will look up the weather.", tool_calls: [toolCall] }),
        },
        usage,
      });
    },
  });
}

function stream(res: http.ServerResponse, id: string, toolCall: Body | undefined, finish: string, usage: object): void {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  const event = (type: string, data: object) => sendEvent(res, { type, ...data }, type);
  event("message-start", { id, delta: { message: { role: "assistant", content: [], tool_plan: "", tool_calls: [], citations: [] } } });
  event("content-start", { index: 0, delta: { message: { content: { type: "text", text: "" } } } });
  for (const piece of COHERE_TEXT.match(/\S+\s*/g) ?? []) event("content-delta", { index: 0, delta: { message: { content: { text: piece } } } });
  event("content-end", { index: 0 });
  if (toolCall !== undefined) {
    event("tool-call-start", { index: 0, delta: { message: { tool_calls: { ...toolCall, function: { name: toolCall.function.name, arguments: "" } } } } });
    const args = toolCall.function.arguments as string;
    for (const half of [args.slice(0, 5), args.slice(5)])
      event("tool-call-delta", { index: 0, delta: { message: { tool_calls: { function: { arguments: half } } } } });
    event("tool-call-end", { index: 0 });
  }
  event("message-end", { id, delta: { finish_reason: finish, usage } });
  res.write("data: [DONE]\n\n");
  res.end();
}

/** The v1 chat: one `message`; tool calls are `{name, parameters}`; usage is in `meta`. */
function chatV1(res: http.ServerResponse, id: string, body: Body, usage: object): void {
  const tool = Array.isArray(body.tools) && body.tools.length > 0 ? (body.tools[0].name as string) : undefined;
  const answer = {
    response_id: id,
    generation_id: `gen-${id}`,
    text: COHERE_TEXT,
    finish_reason: "COMPLETE",
    ...(tool && { tool_calls: [{ name: tool, parameters: COHERE_TOOL_ARGS }] }),
    meta: { api_version: { version: "1" }, ...usage },
  };
  if (body.stream !== true) return sendJson(res, 200, answer);
  res.writeHead(200, { "content-type": "application/stream+json" });
  const line = (o: object) => res.write(`${JSON.stringify(o)}\n`);
  line({ is_finished: false, event_type: "stream-start", generation_id: answer.generation_id });
  for (const piece of COHERE_TEXT.match(/\S+\s*/g) ?? []) line({ is_finished: false, event_type: "text-generation", text: piece });
  line({ is_finished: true, event_type: "stream-end", finish_reason: "COMPLETE", response: answer });
  res.end();
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** The fake's relevance of `doc` to `query`: the share of the query's words found in it. */
export function fakeRelevance(query: string, doc: string): number {
  const q = words(query);
  const d = new Set(words(doc));
  return q.length === 0 ? 0 : q.filter((w) => d.has(w)).length / q.length;
}

function rerank(res: http.ServerResponse, id: string, path: string, body: Body): void {
  if (typeof body.query !== "string" || !Array.isArray(body.documents)) return sendJson(res, 400, { message: "query and documents are required" });
  const texts = (body.documents as unknown[]).map((d) => (typeof d === "string" ? d : String((d as { text?: unknown }).text ?? "")));
  const ranked = texts
    .map((text, index) => ({ index, relevance_score: fakeRelevance(body.query, text) }))
    .sort((a, b) => b.relevance_score - a.relevance_score || a.index - b.index)
    .slice(0, typeof body.top_n === "number" ? body.top_n : texts.length)
    .map((r) => (body.return_documents === true ? { ...r, document: { text: texts[r.index] } } : r));
  sendJson(res, 200, {
    id,
    results: ranked,
    meta: { api_version: { version: path === "/v1/rerank" ? "1" : "2" }, billed_units: { search_units: rerankSearchUnits(texts.length) } },
  });
}
