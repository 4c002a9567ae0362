/**
 * A local stand-in for Ollama's REST API, good enough for the real `ollama` package: /api/chat and
 * /api/generate (plain, or streamed as NDJSON with the counts on the final `done` line), /api/embed,
 * /api/embeddings, tool calls, and Ollama-shaped errors ({"error": "..."}). 127.0.0.1 only.
 */
import type * as http from "node:http";
import { type FakeServer, sendJson, startFakeServer } from "./fake-server";

export type FakeOllama = FakeServer<400 | 404 | 500>;

export const OLLAMA_TEXT = "Refunds take five business days.";
export const OLLAMA_COUNTS = { prompt_eval_count: 26, eval_count: 7 };
export const OLLAMA_EMBED_COUNT = 4;
export const OLLAMA_TOOL_ARGS = { city: "Paris" };
export const OLLAMA_MISSING_MODEL = "no-such-model";

const TIMINGS = { total_duration: 5_000_000, load_duration: 1_000_000, prompt_eval_duration: 2_000_000, eval_duration: 2_000_000 };

export function startFakeOllama(): Promise<FakeOllama> {
  return startFakeServer({
    fail: (res, status) => sendJson(res, status, { error: `injected ${status}` }),
    handle(req, raw, res) {
      const path = (req.url ?? "/").split("?")[0];
      let body: Record<string, any>;
      try {
        body = JSON.parse(raw);
      } catch {
        return sendJson(res, 400, { error: "invalid JSON body" });
      }
      if (typeof body.model !== "string") return sendJson(res, 400, { error: "model is required" });
      if (body.model === OLLAMA_MISSING_MODEL) return sendJson(res, 404, { error: `model "${body.model}" not found, try pulling it first` });
      const created_at = new Date().toISOString();
      if (path === "/api/embed") {
        const inputs = Array.isArray(body.input) ? body.input : [body.input];
        return sendJson(res, 200, { model: body.model, embeddings: inputs.map(() => [0.1, 0.2, 0.3]), ...TIMINGS, prompt_eval_count: OLLAMA_EMBED_COUNT });
      }
      if (path === "/api/embeddings") return sendJson(res, 200, { embedding: [0.1, 0.2, 0.3] });
      if (path !== "/api/chat" && path !== "/api/generate") return sendJson(res, 404, { error: `unknown route ${path}` });
      const chat = path === "/api/chat";
      const tool =
        chat && Array.isArray(body.tools) && body.tools.length > 0
          ? [{ function: { name: body.tools[0].function.name, arguments: OLLAMA_TOOL_ARGS } }]
          : undefined;
      const final = { model: body.model, created_at, done: true, done_reason: "stop", ...TIMINGS, ...OLLAMA_COUNTS };
      if (body.stream === false) {
        const answer = chat
          ? { message: { role: "assistant", content: OLLAMA_TEXT, ...(tool && { tool_calls: tool }) } }
          : { response: OLLAMA_TEXT, context: [1, 2, 3] };
        return sendJson(res, 200, { ...final, ...answer });
      }
      stream(res, body.model, created_at, chat, tool, final);
    },
  });
}

function stream(res: http.ServerResponse, model: string, created_at: string, chat: boolean, tool: unknown[] | undefined, final: object): void {
  res.writeHead(200, { "content-type": "application/x-ndjson" });
  const line = (o: object) => res.write(`${JSON.stringify(o)}\n`);
  for (const piece of OLLAMA_TEXT.match(/\S+\s*/g) ?? []) {
    line({ model, created_at, ...(chat ? { message: { role: "assistant", content: piece } } : { response: piece }), done: false });
  }
  if (tool !== undefined) line({ model, created_at, message: { role: "assistant", content: "", tool_calls: tool }, done: false });
  line({ ...final, ...(chat ? { message: { role: "assistant", content: "" } } : { response: "" }) });
  res.end();
}
