/**
 * What the demo's fake OpenAI server (tools/src/demo/fake-openai-server.ts) does not speak,
 * for the instrumentation tests: the Responses API (plain and streamed), legacy completions,
 * a fixed chat completion (plain or streamed, calling the tools a test scripts), and injected
 * failures, hangs and reasoning/cache usage.
 * It only ever listens on 127.0.0.1.
 */
import type * as http from "node:http";
import { type FakeServer, sendEvent, sendJson, startFakeServer } from "./fake-server";

/** 429 carries retry-after-ms: 1. */
export type FakeOpenAIExtras = FakeServer<429 | 500> & {
  /** The next chat completions that offer tools call these, one per request, in order (else the first tool, as below). */
  callToolsNext(...calls: ScriptedToolCall[]): void;
};

export interface ScriptedToolCall {
  name: string;
  arguments: unknown;
}

export const EXTRAS_TEXT = "Refunds take five business days.";
export const RESPONSES_USAGE = {
  input_tokens: 40,
  input_tokens_details: { cached_tokens: 32 },
  output_tokens: 50,
  output_tokens_details: { reasoning_tokens: 38 },
  total_tokens: 90,
};
export const CHAT_USAGE = {
  prompt_tokens: 40,
  completion_tokens: 50,
  total_tokens: 90,
  prompt_tokens_details: { cached_tokens: 32, audio_tokens: 0 },
  completion_tokens_details: { reasoning_tokens: 38, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
};

export const EXTRAS_TOOL_ARGUMENTS = { city: "Paris" };

/**
 * The fixed answer, or (when the request offers tools) the next scripted tool call, else (when no
 * tool has answered yet) a call of the first tool.
 */
function chatChoice(body: Record<string, unknown>, scripted: ScriptedToolCall[], id: number) {
  const tools = Array.isArray(body.tools) ? (body.tools as { function: { name: string } }[]) : [];
  const messages = Array.isArray(body.messages) ? (body.messages as { role?: unknown }[]) : [];
  const next = tools.length === 0 ? undefined : scripted.shift();
  if (next === undefined && (tools.length === 0 || messages.at(-1)?.role === "tool"))
    return { index: 0, message: { role: "assistant", content: EXTRAS_TEXT, refusal: null }, logprobs: null, finish_reason: "stop" };
  const [name, args] = next === undefined ? [tools[0]!.function.name, EXTRAS_TOOL_ARGUMENTS] : [next.name, next.arguments];
  const call = { id: `call_extras_${next === undefined ? 1 : id}`, type: "function", function: { name, arguments: JSON.stringify(args) } };
  return { index: 0, message: { role: "assistant", content: null, refusal: null, tool_calls: [call] }, logprobs: null, finish_reason: "tool_calls" };
}

type ChatCompletion = { id: string; model: string; choices: ReturnType<typeof chatChoice>[]; usage: typeof CHAT_USAGE };

/** A chat completion as the API streams it: the text word by word, or the tool call's name and then its arguments; usage last when asked for. */
function streamChat(res: http.ServerResponse, completion: ChatCompletion, includeUsage: boolean): void {
  res.writeHead(200, { "content-type": "text/event-stream" });
  const chunk = (choices: unknown[], usage?: unknown) =>
    sendEvent(res, { id: completion.id, object: "chat.completion.chunk", created: 1, model: completion.model, choices, ...(usage !== undefined && { usage }) });
  const delta = (d: Record<string, unknown>, finishReason: string | null = null) =>
    chunk([{ index: 0, delta: d, logprobs: null, finish_reason: finishReason }]);
  const { message, finish_reason } = completion.choices[0]!;
  const call = "tool_calls" in message ? message.tool_calls?.[0] : undefined;
  if (call !== undefined) {
    delta({
      role: "assistant",
      content: null,
      tool_calls: [{ index: 0, id: call.id, type: "function", function: { name: call.function.name, arguments: "" } }],
    });
    delta({ tool_calls: [{ index: 0, function: { arguments: call.function.arguments } }] });
  } else {
    ((message.content ?? "").match(/\S+\s*/g) ?? []).forEach((piece, i) => delta(i === 0 ? { role: "assistant", content: piece } : { content: piece }));
  }
  delta({}, finish_reason);
  if (includeUsage) chunk([], completion.usage);
  res.write("data: [DONE]\n\n");
  res.end();
}

export async function startFakeOpenAIExtras(): Promise<FakeOpenAIExtras> {
  let ids = 0;
  const scripted: ScriptedToolCall[] = [];
  const server = await startFakeServer<429 | 500>({
    fail: (res, status) =>
      send(
        res,
        status,
        { error: { message: `injected ${status}`, type: status === 429 ? "requests" : "server_error", param: null, code: null } },
        status === 429 ? { "retry-after-ms": "1" } : {},
      ),
    handle(req, raw, res) {
      const body = JSON.parse(raw || "{}") as Record<string, unknown>;
      const model = String(body.model);
      const id = ++ids;
      switch ((req.url ?? "").split("?")[0]) {
        case "/v1/chat/completions": {
          const completion = { id: `chatcmpl-extras-${id}`, model: `${model}-2025-01-01`, choices: [chatChoice(body, scripted, id)], usage: CHAT_USAGE };
          if (body.stream === true)
            return streamChat(res, completion, (body.stream_options as { include_usage?: unknown } | undefined)?.include_usage === true);
          return send(res, 200, { ...completion, object: "chat.completion", created: 1 });
        }
        case "/v1/completions":
          return send(res, 200, {
            id: `cmpl-extras-${id}`,
            object: "text_completion",
            created: 1,
            model,
            choices: [{ index: 0, text: EXTRAS_TEXT, logprobs: null, finish_reason: "length" }],
            usage: { prompt_tokens: 5, completion_tokens: 7, total_tokens: 12 },
          });
        case "/v1/responses": {
          const response = {
            id: `resp_extras_${id}`,
            object: "response",
            created_at: 1,
            status: "completed",
            model: `${model}-2025-01-01`,
            output: [
              { type: "message", id: "msg_1", status: "completed", role: "assistant", content: [{ type: "output_text", text: EXTRAS_TEXT, annotations: [] }] },
            ],
            usage: RESPONSES_USAGE,
          };
          if (body.stream !== true) return send(res, 200, response);
          res.writeHead(200, { "content-type": "text/event-stream" });
          const event = (data: { type: string } & Record<string, unknown>) => sendEvent(res, data, data.type);
          const pending = { ...response, status: "in_progress", output: [], usage: null };
          event({ type: "response.created", sequence_number: 0, response: pending });
          let seq = 1;
          for (const delta of EXTRAS_TEXT.match(/\S+\s*/g) ?? []) {
            event({ type: "response.output_text.delta", sequence_number: seq++, item_id: "msg_1", output_index: 0, content_index: 0, delta });
          }
          event({ type: "response.completed", sequence_number: seq, response });
          return res.end();
        }
        default:
          return send(res, 404, { error: { message: `no route ${req.url}`, type: "invalid_request_error", param: null, code: null } });
      }
    },
  });
  return Object.assign(server, { callToolsNext: (...calls: ScriptedToolCall[]) => void scripted.push(...calls) });
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendJson(res, status, body, { "x-request-id": "req_extras", ...headers });
}
