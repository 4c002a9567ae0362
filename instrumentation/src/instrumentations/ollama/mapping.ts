/**
 * Ollama's REST shapes (/api/chat, /api/generate, /api/embed, /api/embeddings) → llmscope's call
 * description. Usage is Ollama's own counts: prompt_eval_count (input) and eval_count (output),
 * sent on the final message of a stream.
 */
import * as sc from "@llmscope/semconv";
import { type Json, num, parseArguments, put, str, strings, text } from "../json-values";
import type { CallResult, CallStart, CallUsage } from "../llm-call";
import type { StreamHandlers } from "../sdk-call";

export const PROVIDER = "ollama";

export type Method = "chat" | "generate" | "embed" | "embeddings";

const OPERATION: Record<Method, CallStart["operation"]> = { chat: "chat", generate: "text_completion", embed: "embeddings", embeddings: "embeddings" };

export function callStart(method: Method, params: Json, host: string | undefined): CallStart {
  const request: CallStart["request"] = {};
  const common = { provider: PROVIDER, operation: OPERATION[method], model: str(params.model), baseURL: host, request };
  if (method === "embed" || method === "embeddings") {
    put(request, sc.ATTR_EMBEDDINGS_DIMENSION_COUNT, num(params.dimensions));
    return common;
  }
  const options: Json = params.options ?? {};
  put(request, sc.ATTR_REQUEST_TEMPERATURE, num(options.temperature));
  put(request, sc.ATTR_REQUEST_TOP_P, num(options.top_p));
  put(request, sc.ATTR_REQUEST_TOP_K, num(options.top_k));
  put(request, sc.ATTR_REQUEST_MAX_TOKENS, num(options.num_predict));
  put(request, sc.ATTR_REQUEST_SEED, num(options.seed));
  put(request, sc.ATTR_REQUEST_STOP_SEQUENCES, strings(options.stop));
  put(request, sc.ATTR_REQUEST_FREQUENCY_PENALTY, num(options.frequency_penalty));
  put(request, sc.ATTR_REQUEST_PRESENCE_PENALTY, num(options.presence_penalty));
  request[sc.ATTR_REQUEST_STREAM] = params.stream === true;
  if (params.format !== undefined && params.format !== "") request[sc.ATTR_OUTPUT_TYPE] = "json";
  return {
    ...common,
    systemInstructions: () => (typeof params.system === "string" ? [text(params.system)] : undefined),
    inputMessages: () =>
      method === "chat"
        ? Array.isArray(params.messages)
          ? params.messages.map((m: Json) => message(m, undefined))
          : undefined
        : typeof params.prompt === "string"
          ? [{ role: "user", parts: [text(params.prompt)] }]
          : undefined,
  };
}

export function responseResult(method: Method, body: Json): CallResult {
  if (method === "embeddings") return { model: str(body.model) };
  if (method === "embed") return { model: str(body.model), usage: { input: num(body.prompt_eval_count) } };
  const finish = str(body.done_reason);
  return {
    model: str(body.model),
    finishReasons: finish === undefined ? undefined : [finish],
    usage: usage(body),
    outputMessages: () => [
      method === "chat" ? message(body.message ?? {}, finish) : { role: "assistant", parts: [text(String(body.response ?? ""))], finish_reason: finish ?? "" },
    ],
  };
}

/** A streamed chat/generate: text pieces, tool calls, and the final done message's counts. */
export function streamHandlers(method: "chat" | "generate"): StreamHandlers {
  let model: string | undefined;
  let content = "";
  let thinking = "";
  const tools: Json[] = [];
  let last: Json | undefined;
  return {
    onItem(item) {
      const part = item as Json;
      model ??= str(part.model);
      const piece = method === "chat" ? part.message?.content : part.response;
      if (typeof piece === "string") content += piece;
      if (typeof part.message?.thinking === "string") thinking += part.message.thinking;
      if (Array.isArray(part.message?.tool_calls)) tools.push(...part.message.tool_calls);
      if (part.done === true) last = part;
      return true;
    },
    result() {
      const finish = str(last?.done_reason);
      return {
        model,
        finishReasons: finish === undefined ? undefined : [finish],
        usage: last === undefined ? undefined : usage(last),
        outputMessages: () => [message({ role: "assistant", content, thinking: thinking || undefined, tool_calls: tools }, finish)],
      };
    },
  };
}

function usage(body: Json): CallUsage | undefined {
  const input = num(body.prompt_eval_count);
  const output = num(body.eval_count);
  return input === undefined && output === undefined ? undefined : { input, output };
}

function message(m: Json, finish: string | undefined): Json {
  const parts: Json[] = [];
  if (typeof m.thinking === "string" && m.thinking !== "") parts.push({ type: "reasoning", content: m.thinking });
  if (typeof m.content === "string" && m.content !== "") parts.push(text(m.content));
  // Images are recorded by kind only, never their bytes.
  if (Array.isArray(m.images)) for (const _ of m.images) parts.push({ type: "image" });
  for (const t of Array.isArray(m.tool_calls) ? (m.tool_calls as Json[]) : []) {
    parts.push({ type: "tool_call", name: t.function?.name, arguments: parseArguments(t.function?.arguments) });
  }
  if (m.role === "tool") return { role: "tool", parts: [{ type: "tool_call_response", response: String(m.content ?? "") }] };
  return { role: m.role ?? "assistant", parts, ...(finish !== undefined && { finish_reason: finish }) };
}
