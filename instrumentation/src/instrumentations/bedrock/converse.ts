/**
 * Bedrock Runtime's Converse API (one shape for every model family) → llmscope's call description.
 * Bedrock reports inputTokens without the cached ones (like Anthropic); llmscope's input count
 * includes them, so cache reads and writes are added back.
 */
import * as sc from "@llmscope/semconv";
import { type Json, num, plus, put, str, strings, text } from "../json-values";
import type { CallResult, CallStart, CallUsage } from "../llm-call";
import type { StreamHandlers } from "../sdk-call";

export const PROVIDER = "aws.bedrock";

export function converseStart(input: Json, streamed: boolean, baseURL: string | undefined): CallStart {
  const config: Json = input.inferenceConfig ?? {};
  const request: CallStart["request"] = {};
  put(request, sc.ATTR_REQUEST_MAX_TOKENS, num(config.maxTokens));
  put(request, sc.ATTR_REQUEST_TEMPERATURE, num(config.temperature));
  put(request, sc.ATTR_REQUEST_TOP_P, num(config.topP));
  put(request, sc.ATTR_REQUEST_TOP_K, num(input.additionalModelRequestFields?.top_k));
  put(request, sc.ATTR_REQUEST_STOP_SEQUENCES, strings(config.stopSequences));
  request[sc.ATTR_REQUEST_STREAM] = streamed;
  return {
    provider: PROVIDER,
    operation: "chat",
    model: str(input.modelId),
    baseURL,
    request,
    systemInstructions: () => (Array.isArray(input.system) ? blocks(input.system) : undefined),
    inputMessages: () => (Array.isArray(input.messages) ? input.messages.map((m: Json) => ({ role: m.role ?? "user", parts: blocks(m.content) })) : undefined),
  };
}

export function converseResult(output: Json): CallResult {
  const stop = str(output.stopReason);
  return {
    finishReasons: stop === undefined ? undefined : [stop],
    usage: converseUsage(output.usage),
    outputMessages: () => [{ role: output.output?.message?.role ?? "assistant", parts: blocks(output.output?.message?.content), finish_reason: stop ?? "" }],
  };
}

/** ConverseStream events: text and tool-input deltas per content block; usage in `metadata`. */
export function converseStreamHandlers(): StreamHandlers {
  let stop: string | undefined;
  let usage: CallUsage | undefined;
  const contentBlocks = new Map<number, { text: string; tool?: { toolUseId?: string; name?: string; input: string } }>();
  const block = (index: unknown) => {
    const i = num(index) ?? 0;
    let b = contentBlocks.get(i);
    if (b === undefined) contentBlocks.set(i, (b = { text: "" }));
    return b;
  };
  return {
    onItem(item) {
      const event = item as Json;
      if (event.contentBlockStart?.start?.toolUse != null) {
        const t = event.contentBlockStart.start.toolUse;
        block(event.contentBlockStart.contentBlockIndex).tool = { toolUseId: str(t.toolUseId), name: str(t.name), input: "" };
      } else if (event.contentBlockDelta != null) {
        const b = block(event.contentBlockDelta.contentBlockIndex);
        const delta: Json = event.contentBlockDelta.delta ?? {};
        if (typeof delta.text === "string") b.text += delta.text;
        if (typeof delta.toolUse?.input === "string") (b.tool ??= { input: "" }).input += delta.toolUse.input;
      } else if (event.messageStop != null) {
        stop = str(event.messageStop.stopReason);
      } else if (event.metadata?.usage != null) {
        usage = converseUsage(event.metadata.usage);
      }
      return true;
    },
    result() {
      const ordered = [...contentBlocks.entries()].sort(([a], [b]) => a - b).map(([, b]) => b);
      return {
        finishReasons: stop === undefined ? undefined : [stop],
        usage,
        outputMessages: () => [
          {
            role: "assistant",
            parts: ordered.flatMap((b) => [
              ...(b.text !== "" ? [text(b.text)] : []),
              ...(b.tool !== undefined ? [{ type: "tool_call", id: b.tool.toolUseId, name: b.tool.name, arguments: parseJson(b.tool.input) }] : []),
            ]),
            finish_reason: stop ?? "",
          },
        ],
      };
    },
  };
}

export function converseUsage(usage: Json | undefined): CallUsage | undefined {
  if (usage == null) return undefined;
  const cacheRead = num(usage.cacheReadInputTokens);
  const cacheWrite = num(usage.cacheWriteInputTokens);
  return { input: plus(plus(num(usage.inputTokens), cacheRead), cacheWrite), output: num(usage.outputTokens), cacheRead, cacheWrite };
}

function blocks(content: unknown): Json[] {
  if (!Array.isArray(content)) return [];
  return content.flatMap((b: Json) => {
    if (typeof b.text === "string") return [text(b.text)];
    if (b.toolUse != null) return [{ type: "tool_call", id: b.toolUse.toolUseId, name: b.toolUse.name, arguments: b.toolUse.input }];
    if (b.toolResult != null) return [{ type: "tool_call_response", id: b.toolResult.toolUseId, response: b.toolResult.content }];
    if (b.reasoningContent?.reasoningText?.text !== undefined) return [{ type: "reasoning", content: b.reasoningContent.reasoningText.text }];
    // cachePoint markers carry nothing; images, documents and video are recorded by kind only.
    if (b.cachePoint != null) return [];
    return [{ type: Object.keys(b)[0] ?? "unknown" }];
  });
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
