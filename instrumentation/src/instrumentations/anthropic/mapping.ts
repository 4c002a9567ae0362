/**
 * Anthropic Messages API shapes → llmscope's call description. Anthropic reports input_tokens
 * without the cached part, so input_tokens here = input + cache_read + cache_creation (docs/spans.md:
 * input_tokens includes cached).
 */
import * as sc from "@llmscope/semconv";
import { type Json, num, put, str, text } from "../json-values";
import type { CallResult, CallStart, CallUsage } from "../llm-call";
import type { StreamHandlers } from "../sdk-call";

export const PROVIDER = "anthropic";

export function callStart(params: Json, baseURL: string | undefined): CallStart {
  const request: CallStart["request"] = {};
  put(request, sc.ATTR_REQUEST_MAX_TOKENS, num(params.max_tokens));
  put(request, sc.ATTR_REQUEST_TEMPERATURE, num(params.temperature));
  put(request, sc.ATTR_REQUEST_TOP_P, num(params.top_p));
  put(request, sc.ATTR_REQUEST_TOP_K, num(params.top_k));
  put(request, sc.ATTR_REQUEST_STOP_SEQUENCES, Array.isArray(params.stop_sequences) ? params.stop_sequences : undefined);
  request[sc.ATTR_REQUEST_STREAM] = params.stream === true;
  return {
    provider: PROVIDER,
    operation: "chat",
    model: str(params.model),
    baseURL,
    request,
    systemInstructions: () =>
      typeof params.system === "string" ? [text(params.system)] : Array.isArray(params.system) ? params.system.map(blockPart) : undefined,
    inputMessages: () =>
      Array.isArray(params.messages)
        ? params.messages.map((m: Json) => ({ role: m.role, parts: typeof m.content === "string" ? [text(m.content)] : (m.content ?? []).map(blockPart) }))
        : undefined,
  };
}

export function messageResult(message: Json): CallResult {
  const finish = str(message.stop_reason);
  return {
    id: str(message.id),
    model: str(message.model),
    finishReasons: finish === undefined ? undefined : [finish],
    usage: usageOf(message.usage),
    outputMessages: () => [
      {
        role: "assistant",
        parts: (Array.isArray(message.content) ? message.content : []).map(blockPart),
        ...(finish !== undefined && { finish_reason: finish }),
      },
    ],
  };
}

function usageOf(usage: Json | null | undefined): CallUsage | undefined {
  if (usage == null) return undefined;
  const input = num(usage.input_tokens);
  const cacheRead = num(usage.cache_read_input_tokens);
  const cacheWrite = num(usage.cache_creation_input_tokens);
  return {
    input: input === undefined ? undefined : input + (cacheRead ?? 0) + (cacheWrite ?? 0),
    output: num(usage.output_tokens),
    cacheRead,
    cacheWrite,
    reasoning: num(usage.output_tokens_details?.thinking_tokens),
  };
}

/**
 * Raw stream events (messages.create({ stream: true }), which messages.stream() also uses):
 * message_start carries id, model and input usage (its output_tokens is a placeholder, ignored);
 * message_delta the stop reason and the cumulative output usage (and, on newer API versions,
 * updated input counts).
 */
export function messageStream(): StreamHandlers {
  const message: Json = { content: [] };
  const usage: Json = {};
  const partialJson = new Map<number, string>();
  return {
    onItem(item) {
      const event = item as Json;
      switch (event.type) {
        case "message_start": {
          Object.assign(message, { id: event.message?.id, model: event.message?.model });
          // message_start's output_tokens is a placeholder (1), not a count: the output is known only
          // from message_delta. A stream stopped before it has unknown output, not 1 token.
          const { output_tokens: _placeholder, ...input } = definedOnly(event.message?.usage ?? {});
          Object.assign(usage, input);
          break;
        }
        case "content_block_start":
          message.content[num(event.index) ?? message.content.length] = { ...event.content_block };
          break;
        case "content_block_delta": {
          const index = num(event.index) ?? 0;
          const block = message.content[index];
          if (block === undefined) break;
          if (event.delta?.type === "text_delta") block.text = (block.text ?? "") + event.delta.text;
          if (event.delta?.type === "input_json_delta") partialJson.set(index, (partialJson.get(index) ?? "") + event.delta.partial_json);
          break;
        }
        case "message_delta":
          if (event.delta?.stop_reason != null) message.stop_reason = event.delta.stop_reason;
          Object.assign(usage, definedOnly(event.usage ?? {}));
          break;
      }
      return true;
    },
    result() {
      for (const [index, raw] of partialJson) {
        const block = message.content[index];
        if (block !== undefined) block.input = parseJson(raw);
      }
      return messageResult({ ...message, content: message.content.filter(Boolean), usage: Object.keys(usage).length > 0 ? usage : undefined });
    },
  };
}

function blockPart(block: Json): Json {
  switch (block.type) {
    case "text":
      return text(String(block.text ?? ""));
    case "tool_use":
      return { type: "tool_call", id: block.id, name: block.name, arguments: block.input };
    case "tool_result":
      return {
        type: "tool_call_response",
        id: block.tool_use_id,
        response: typeof block.content === "string" ? block.content : (block.content ?? []).map((c: Json) => c.text ?? "").join(""),
      };
    case "thinking":
      return { type: "reasoning", content: String(block.thinking ?? "") };
    default:
      // Images and documents are recorded by kind only, never their bytes.
      return { type: String(block.type ?? "unknown") };
  }
}

function definedOnly(obj: Json): Json {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== null && v !== undefined));
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
