/**
 * cohere-ai v2 request and response objects (chat, chatStream, embed) → llmscope's call description.
 * The SDK hands over camelCase objects (it converts the snake_case wire format).
 *
 * Usage is what Cohere bills (`usage.billedUnits`), falling back to the raw counts (`usage.tokens`)
 * only when no billed units came: the raw counts include Cohere's own preamble, which is not charged,
 * so they would overstate the cost.
 */
import * as sc from "@llmscope/semconv";
import { chatMessage } from "../chat-message";
import { type Json, num, put, str, strings, text } from "../json-values";
import type { CallResult, CallStart, CallUsage } from "../llm-call";
import { putSampling, type SamplingSettings } from "../sampling";
import type { StreamHandlers } from "../sdk-call";

export const PROVIDER = "cohere";

export type Method = "chat" | "stream" | "embed";

export function callStart(method: Method, params: Json, baseURL: string | undefined): CallStart {
  return sharedCallStart(method, params, baseURL, {
    inputMessages: () => (Array.isArray(params.messages) ? params.messages.map((m: Json) => message(m, undefined)) : undefined),
  });
}

/**
 * What v1 and v2 requests share under the same names: model and endpoint, the embedding settings
 * (v1 has no output dimension), the chat settings. `chatContent` is each version's own reading of
 * the chat's messages.
 */
export function sharedCallStart(
  method: Method,
  params: Json,
  baseURL: string | undefined,
  chatContent: Pick<CallStart, "inputMessages" | "systemInstructions">,
): CallStart {
  const request: CallStart["request"] = {};
  const common = { provider: PROVIDER, model: str(params.model), baseURL, request };
  if (method === "embed") {
    put(request, sc.ATTR_EMBEDDINGS_DIMENSION_COUNT, num(params.outputDimension));
    put(request, sc.ATTR_REQUEST_ENCODING_FORMATS, strings(params.embeddingTypes));
    return { ...common, operation: "embeddings" };
  }
  putSampling(request, { ...params, topP: params.p, topK: params.k } as SamplingSettings);
  request[sc.ATTR_REQUEST_STREAM] = method === "stream";
  const format = str(params.responseFormat?.type);
  put(request, sc.ATTR_OUTPUT_TYPE, format === "json_object" ? "json" : format === "text" ? "text" : undefined);
  return { ...common, operation: "chat", ...chatContent };
}

/** An embed answer, v1 or v2: its id and the billed input tokens. */
export function embedResult(body: Json): CallResult {
  const billed = num(body.meta?.billedUnits?.inputTokens) ?? num(body.meta?.tokens?.inputTokens);
  return { id: str(body.id), usage: billed === undefined ? undefined : { input: billed } };
}

export function responseResult(method: Method, body: Json): CallResult {
  if (method === "embed") return embedResult(body);
  const finish = finishReason(body.finishReason);
  return {
    id: str(body.id),
    finishReasons: finish === undefined ? undefined : [finish],
    usage: usage(body.usage),
    outputMessages: () => [message(body.message ?? {}, finish ?? "")],
  };
}

/**
 * chatStream() yields typed events: text and tool-call pieces are appended by index; message-end
 * carries the finish reason and the usage.
 */
export function streamHandlers(): StreamHandlers {
  let id: string | undefined;
  let finish: string | undefined;
  let lastUsage: Json | undefined;
  let content = "";
  let toolPlan = "";
  const tools = new Map<number, Json>();
  return {
    onItem(item) {
      const event = item as Json;
      const delta: Json | undefined = event.delta;
      switch (event.type) {
        case "message-start":
          id ??= str(event.id);
          break;
        case "content-delta":
          content += str(delta?.message?.content?.text) ?? "";
          break;
        case "tool-plan-delta":
          toolPlan += str(delta?.message?.toolPlan) ?? "";
          break;
        case "tool-call-start": {
          const t: Json = delta?.message?.toolCalls ?? {};
          tools.set(num(event.index) ?? tools.size, { id: t.id, function: { name: t.function?.name, arguments: str(t.function?.arguments) ?? "" } });
          break;
        }
        case "tool-call-delta": {
          const seen = tools.get(num(event.index) ?? tools.size - 1);
          if (seen !== undefined) seen.function.arguments += str(delta?.message?.toolCalls?.function?.arguments) ?? "";
          break;
        }
        case "message-end":
          finish = finishReason(delta?.finishReason);
          lastUsage = delta?.usage;
          break;
      }
      return true;
    },
    result() {
      return {
        id,
        finishReasons: finish === undefined ? undefined : [finish],
        usage: usage(lastUsage),
        outputMessages: () => [message({ role: "assistant", content, toolPlan, toolCalls: [...tools.values()] }, finish ?? "")],
      };
    },
  };
}

function usage(u: Json | undefined): CallUsage | undefined {
  if (u == null) return undefined;
  const billed: Json | undefined = u.billedUnits;
  const raw: Json | undefined = u.tokens;
  const input = num(billed?.inputTokens) ?? num(raw?.inputTokens);
  const output = num(billed?.outputTokens) ?? num(raw?.outputTokens);
  const cacheRead = num(u.cachedTokens);
  return input === undefined && output === undefined ? undefined : { input, output, cacheRead };
}

/** Cohere's finish reasons (COMPLETE, MAX_TOKENS, TOOL_CALL, …), lower-cased as semconv values are. */
function finishReason(reason: unknown): string | undefined {
  return typeof reason === "string" ? reason.toLowerCase() : undefined;
}

function message(m: Json, finish: string | undefined): Json {
  // The plan the model states before calling tools is its reasoning.
  const plan = typeof m.toolPlan === "string" && m.toolPlan !== "" ? [{ type: "reasoning", content: m.toolPlan }] : [];
  return chatMessage(m, finish, contentPart, plan);
}

function contentPart(p: Json): Json {
  if (p.type === "text") return text(String(p.text ?? ""));
  if (p.type === "thinking") return { type: "reasoning", content: String(p.thinking ?? "") };
  // Images and documents: recorded by kind only, never their bytes, URLs or text.
  return { type: String(p.type ?? "unknown") };
}
