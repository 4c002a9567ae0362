import { context, SpanKind, type Attributes, type Span } from "@opentelemetry/api";
import { performance } from "node:perf_hooks";
import { noteLlmSpanEnded } from "./answer-span";
import { recordContent } from "./content";
import { markManualLlmSpan } from "./instrumentations/manual-span";
import * as sc from "./semconv";
import { runInSpan } from "./span-runner";

export interface ChatMessage {
  role: string;
  content: string;
}

export interface LlmRequest {
  provider: string;
  model: string;
  operation?: "chat" | "text_completion" | "generate_content" | "embeddings";
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  topK?: number;
  stopSequences?: string[];
  seed?: number;
  frequencyPenalty?: number;
  presencePenalty?: number;
  choiceCount?: number;
  stream?: boolean;
  outputType?: string;
  serverAddress?: string;
  serverPort?: number;
  systemInstructions?: string;
  inputMessages?: ChatMessage[];
}

export interface LlmUsage {
  inputTokens?: number;
  outputTokens?: number;
  cacheReadTokens?: number;
  cacheWriteTokens?: number;
  reasoningTokens?: number;
}

export interface LlmResponse {
  id?: string;
  model?: string;
  finishReasons?: string[];
  usage?: LlmUsage;
  outputMessages?: (ChatMessage & { finishReason?: string })[];
}

export interface LlmSpan {
  setResponse(res: LlmResponse): void;
  markFirstChunk(): void;
}

/** Traces one model call as "{operation} {model}" (CLIENT), operation defaulting to chat. */
export function traceLlmCall<T>(req: LlmRequest, fn: (span: LlmSpan) => Promise<T>): Promise<T> {
  const operation = req.operation ?? "chat";
  const attributes = defined({
    [sc.ATTR_SPAN_TYPE]: "llm",
    [sc.ATTR_OPERATION_NAME]: operation,
    [sc.ATTR_PROVIDER_NAME]: req.provider,
    [sc.ATTR_REQUEST_MODEL]: req.model,
    [sc.ATTR_REQUEST_MAX_TOKENS]: req.maxTokens,
    [sc.ATTR_REQUEST_TEMPERATURE]: req.temperature,
    [sc.ATTR_REQUEST_TOP_P]: req.topP,
    [sc.ATTR_REQUEST_TOP_K]: req.topK,
    [sc.ATTR_REQUEST_STOP_SEQUENCES]: req.stopSequences,
    [sc.ATTR_REQUEST_SEED]: req.seed,
    [sc.ATTR_REQUEST_FREQUENCY_PENALTY]: req.frequencyPenalty,
    [sc.ATTR_REQUEST_PRESENCE_PENALTY]: req.presencePenalty,
    [sc.ATTR_REQUEST_CHOICE_COUNT]: req.choiceCount,
    [sc.ATTR_REQUEST_STREAM]: req.stream,
    [sc.ATTR_OUTPUT_TYPE]: req.outputType,
    [sc.ATTR_SERVER_ADDRESS]: req.serverAddress,
    [sc.ATTR_SERVER_PORT]: req.serverPort,
  });
  return runInSpan(`${operation} ${req.model}`, SpanKind.CLIENT, attributes, (span) => {
    recordContent(span, sc.ATTR_SYSTEM_INSTRUCTIONS, () =>
      req.systemInstructions === undefined ? undefined : JSON.stringify([textPart(req.systemInstructions)]),
    );
    recordContent(span, sc.ATTR_INPUT_MESSAGES, () =>
      req.inputMessages === undefined ? undefined : JSON.stringify(req.inputMessages.map((m) => ({ role: m.role, parts: [textPart(m.content)] }))),
    );
    // Measured on the monotonic clock from here, not from the span's wall-clock start time.
    const startedAt = performance.now();
    let firstChunkSeen = false;
    // An auto-instrumented SDK call inside fn is this same call: it records no second span.
    const { traceId, spanId } = span.spanContext();
    const done = () => noteLlmSpanEnded(traceId, spanId);
    return context.with(markManualLlmSpan(context.active()), () => fn({
      setResponse: (res) => setResponse(span, res),
      markFirstChunk: () => {
        if (firstChunkSeen) return;
        firstChunkSeen = true;
        span.setAttribute(sc.ATTR_RESPONSE_TIME_TO_FIRST_CHUNK, (performance.now() - startedAt) / 1000);
      },
    })).finally(done);
  });
}

function setResponse(span: Span, res: LlmResponse): void {
  span.setAttributes(
    defined({
      [sc.ATTR_RESPONSE_ID]: res.id,
      [sc.ATTR_RESPONSE_MODEL]: res.model,
      [sc.ATTR_RESPONSE_FINISH_REASONS]: res.finishReasons,
      [sc.ATTR_USAGE_INPUT_TOKENS]: res.usage?.inputTokens,
      [sc.ATTR_USAGE_OUTPUT_TOKENS]: res.usage?.outputTokens,
      [sc.ATTR_USAGE_CACHE_READ_INPUT_TOKENS]: res.usage?.cacheReadTokens,
      [sc.ATTR_USAGE_CACHE_WRITE_INPUT_TOKENS]: res.usage?.cacheWriteTokens,
      [sc.ATTR_USAGE_REASONING_OUTPUT_TOKENS]: res.usage?.reasoningTokens,
    }),
  );
  recordContent(span, sc.ATTR_OUTPUT_MESSAGES, () =>
    res.outputMessages === undefined
      ? undefined
      : JSON.stringify(
          res.outputMessages.map((m) => ({
            role: m.role,
            parts: [textPart(m.content)],
            ...(m.finishReason !== undefined && { finish_reason: m.finishReason }),
          })),
        ),
  );
}

function textPart(content: string): { type: "text"; content: string } {
  return { type: "text", content };
}

/** Drops unset (and null, which untyped JS callers pass for "absent") request/response fields. */
function defined(attrs: Record<string, Attributes[string] | null>): Attributes {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined && value !== null) out[key] = value;
  return out;
}
