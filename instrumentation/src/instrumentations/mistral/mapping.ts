/**
 * @mistralai/mistralai request and response objects (chat.complete/stream/parse, fim.complete/stream,
 * embeddings.create)
 * → llmscope's call description. The SDK hands over camelCase objects (it converts the snake_case
 * wire format with zod); fields the schema does not know stay as they came (snake_case), so usage
 * details are read under both spellings.
 */
import * as sc from "@llmscope/semconv";
import { chatMessage, contentText } from "../chat-message";
import { type Json, num, put, str, strings, text } from "../json-values";
import type { CallResult, CallStart, CallUsage } from "../llm-call";
import type { StreamHandlers } from "../sdk-call";

export const PROVIDER = "mistral_ai";

export type Method = "complete" | "stream" | "embed" | "fimComplete" | "fimStream";

export function callStart(method: Method, params: Json, baseURL: string | undefined): CallStart {
  const request: CallStart["request"] = {};
  const common = { provider: PROVIDER, model: str(params.model), baseURL, request };
  if (method === "embed") {
    put(request, sc.ATTR_EMBEDDINGS_DIMENSION_COUNT, num(params.outputDimension));
    if (typeof params.encodingFormat === "string") request[sc.ATTR_REQUEST_ENCODING_FORMATS] = [params.encodingFormat];
    return { ...common, operation: "embeddings" };
  }
  putSampling(request, params);
  put(request, sc.ATTR_REQUEST_CHOICE_COUNT, num(params.n));
  request[sc.ATTR_REQUEST_STREAM] = method === "stream" || method === "fimStream";
  if (method === "fimComplete" || method === "fimStream") {
    // Fill-in-the-middle (code completion): the prompt and the suffix after the gap, as one user turn.
    return {
      ...common,
      operation: "text_completion",
      inputMessages: () => [{ role: "user", parts: [text(String(params.prompt ?? "")), ...(typeof params.suffix === "string" ? [text(params.suffix)] : [])] }],
    };
  }
  // agents.complete/stream: the agent's own model and instructions apply; the request names the agent.
  put(request, sc.ATTR_AGENT_ID, str(params.agentId));
  return {
    ...common,
    operation: "chat",
    inputMessages: () => (Array.isArray(params.messages) ? params.messages.map((m: Json) => message(m, undefined)) : undefined),
  };
}

/** The sampling parameters chat requests and conversations' `completionArgs` share. */
export function putSampling(request: CallStart["request"], params: Json): void {
  put(request, sc.ATTR_REQUEST_TEMPERATURE, num(params.temperature));
  put(request, sc.ATTR_REQUEST_TOP_P, num(params.topP));
  put(request, sc.ATTR_REQUEST_MAX_TOKENS, num(params.maxTokens));
  put(request, sc.ATTR_REQUEST_STOP_SEQUENCES, strings(params.stop));
  put(request, sc.ATTR_REQUEST_SEED, num(params.randomSeed));
  put(request, sc.ATTR_REQUEST_FREQUENCY_PENALTY, num(params.frequencyPenalty));
  put(request, sc.ATTR_REQUEST_PRESENCE_PENALTY, num(params.presencePenalty));
  put(request, sc.ATTR_OUTPUT_TYPE, outputType(params.responseFormat));
}

/** chat.parse() takes a zod schema as responseFormat: that is JSON output too. */
function outputType(format: unknown): string | undefined {
  if (format == null) return undefined;
  const type = (format as Json).type;
  if (type === "text") return "text";
  return type === "json_object" || type === "json_schema" || typeof type !== "string" ? "json" : undefined;
}

export function responseResult(method: Method, body: Json): CallResult {
  if (method === "embed") return { id: str(body.id), model: str(body.model), usage: usage(body.usage, false) };
  const choices: Json[] = Array.isArray(body.choices) ? body.choices : [];
  return {
    id: str(body.id),
    model: str(body.model),
    finishReasons: finishReasons(choices.map((c) => c.finishReason)),
    usage: usage(body.usage, true),
    outputMessages: () => choices.map((c) => message(c.message ?? {}, str(c.finishReason) ?? "")),
  };
}

/**
 * chat.stream() yields events `{ data: CompletionChunk }`: content pieces and tool calls are appended
 * per choice; the last chunk carries the finish reason and the usage.
 */
export function streamHandlers(): StreamHandlers {
  let id: string | undefined;
  let model: string | undefined;
  let lastUsage: Json | undefined;
  const choices = new Map<number, { content: string; tools: Map<number, Json>; finish?: string }>();
  return {
    onItem(item) {
      const chunk: Json = (item as Json)?.data ?? {};
      id ??= str(chunk.id);
      model ??= str(chunk.model);
      if (chunk.usage != null) lastUsage = chunk.usage;
      for (const [position, c] of (Array.isArray(chunk.choices) ? (chunk.choices as Json[]) : []).entries()) {
        const index = num(c.index) ?? position;
        let acc = choices.get(index);
        if (acc === undefined) choices.set(index, (acc = { content: "", tools: new Map() }));
        acc.content += contentText(c.delta?.content);
        for (const [i, t] of (Array.isArray(c.delta?.toolCalls) ? (c.delta.toolCalls as Json[]) : []).entries()) {
          // A tool call may come whole or in pieces under one index: the pieces' arguments are joined.
          const key = num(t.index) ?? i;
          const seen = acc.tools.get(key);
          if (seen === undefined) acc.tools.set(key, { id: t.id, function: { name: t.function?.name, arguments: argumentsText(t.function?.arguments) } });
          else seen.function.arguments += argumentsText(t.function?.arguments);
        }
        if (typeof c.finishReason === "string") acc.finish = c.finishReason;
      }
      return true;
    },
    result() {
      const ordered = [...choices.entries()].sort(([a], [b]) => a - b).map(([, c]) => c);
      return {
        id,
        model,
        finishReasons: finishReasons(ordered.map((c) => c.finish)),
        usage: usage(lastUsage, true),
        outputMessages: () => ordered.map((c) => message({ role: "assistant", content: c.content, toolCalls: [...c.tools.values()] }, c.finish ?? "")),
      };
    },
  };
}

/** promptTokens includes the cached ones (the cache-read count is a part of it, as for OpenAI). */
export function usage(u: Json | undefined, chat: boolean): CallUsage | undefined {
  if (u == null) return undefined;
  const details: Json | undefined = u.promptTokensDetails ?? u.prompt_tokens_details;
  return {
    input: num(u.promptTokens),
    output: chat ? num(u.completionTokens) : undefined,
    cacheRead: num(details?.cachedTokens ?? details?.cached_tokens),
  };
}

function finishReasons(reasons: unknown[]): string[] | undefined {
  const out = reasons.filter((r): r is string => typeof r === "string");
  return out.length > 0 ? out : undefined;
}

export function message(m: Json, finish: string | undefined): Json {
  return chatMessage(m, finish, contentPart);
}

export function contentPart(p: Json): Json {
  if (p.type === "text") return text(String(p.text ?? ""));
  if (p.type === "thinking") return { type: "reasoning", content: contentText(p.thinking) };
  // Images, audio, documents: recorded by kind only, never their bytes or URLs.
  return { type: String(p.type ?? "unknown") };
}

/** Arguments arrive as JSON text, or as an object when the SDK parsed them already. */
function argumentsText(args: unknown): string {
  if (typeof args === "string") return args;
  return args === undefined || args === null ? "" : JSON.stringify(args);
}
