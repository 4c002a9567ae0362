import { context, SpanKind, trace, type Attributes, type Context, type Span } from "@opentelemetry/api";
import { performance } from "node:perf_hooks";
import { recordContent } from "../content";
import { scopeAttributes } from "../scope";
import * as sc from "../semconv";
import { errorType, recordFailure } from "../span-runner";
import { VERSION } from "../version";
import { recordCallMetrics } from "./metrics";
import { insideManualLlmSpan } from "./manual-span";

/** What an instrumented SDK method knows when it is called. */
export interface CallStart {
  provider: string;
  operation: "chat" | "text_completion" | "generate_content" | "embeddings";
  model: string | undefined;
  /** gen_ai.request.* and gen_ai.output.type; undefined and null values are dropped. */
  request: Record<string, Attributes[string] | null>;
  baseURL: string | undefined;
  /** Content producers in the semconv message shapes; only called when content capture is on. */
  systemInstructions?: () => unknown[] | undefined;
  inputMessages?: () => unknown[] | undefined;
}

export interface CallUsage {
  /** Includes cached input tokens (SPANS.md). */
  input?: number;
  output?: number;
  cacheRead?: number;
  cacheWrite?: number;
  reasoning?: number;
}

/** What the provider's response (or the end of its stream) told. */
export interface CallResult {
  id?: string;
  model?: string;
  finishReasons?: string[];
  usage?: CallUsage;
  outputMessages?: () => unknown[] | undefined;
}

/**
 * One auto-instrumented model call: its span ("{operation} {model}", CLIENT) and its metrics.
 * Ends exactly once, whichever of succeed/fail/cancel comes first.
 */
export class LlmCall {
  readonly context: Context;
  private readonly startedAt = performance.now();
  private firstChunkSeen = false;
  private ended = false;

  private constructor(
    private readonly span: Span,
    parent: Context,
    private readonly metricAttributes: Attributes,
  ) {
    this.context = trace.setSpan(parent, span);
  }

  /**
   * Starts the span, or returns undefined inside traceLlmCall(): the app already records that
   * call itself, and one call must give one span.
   */
  static start(call: CallStart): LlmCall | undefined {
    const parent = context.active();
    if (insideManualLlmSpan(parent)) return undefined;
    const server = serverOf(call.baseURL);
    const attributes = defined({
      [sc.ATTR_SPAN_TYPE]: "llm",
      [sc.ATTR_OPERATION_NAME]: call.operation,
      [sc.ATTR_PROVIDER_NAME]: call.provider,
      [sc.ATTR_REQUEST_MODEL]: call.model,
      ...call.request,
      [sc.ATTR_SERVER_ADDRESS]: server?.address,
      [sc.ATTR_SERVER_PORT]: server?.port,
    });
    const name = call.model === undefined ? call.operation : `${call.operation} ${call.model}`;
    const span = trace
      .getTracer("llmscope", VERSION)
      .startSpan(name, { kind: SpanKind.CLIENT, attributes: { ...attributes, ...scopeAttributes(parent, attributes) } }, parent);
    recordContent(span, sc.ATTR_SYSTEM_INSTRUCTIONS, () => json(call.systemInstructions?.()));
    recordContent(span, sc.ATTR_INPUT_MESSAGES, () => json(call.inputMessages?.()));
    const metricAttributes = defined({
      [sc.ATTR_OPERATION_NAME]: call.operation,
      [sc.ATTR_PROVIDER_NAME]: call.provider,
      [sc.ATTR_REQUEST_MODEL]: call.model,
      [sc.ATTR_SERVER_ADDRESS]: server?.address,
      [sc.ATTR_SERVER_PORT]: server?.port,
    });
    return new LlmCall(span, parent, metricAttributes);
  }

  /** gen_ai.response.time_to_first_chunk, in seconds since the call started; first call only. */
  markFirstChunk(): void {
    if (this.firstChunkSeen) return;
    this.firstChunkSeen = true;
    this.span.setAttribute(sc.ATTR_RESPONSE_TIME_TO_FIRST_CHUNK, (performance.now() - this.startedAt) / 1000);
  }

  succeed(result: CallResult): void {
    if (this.ended) return;
    this.ended = true;
    this.recordResult(result);
    this.finish(result, undefined);
  }

  /** The consumer stopped reading a stream early (break, return(), abort): not an error. */
  cancel(result: CallResult): void {
    this.succeed(result);
  }

  fail(err: unknown, partial: CallResult = {}): void {
    if (this.ended) return;
    this.ended = true;
    this.recordResult(partial);
    recordFailure(this.span, err);
    const status = httpStatus(err);
    if (status !== undefined) this.span.setAttribute(sc.ATTR_HTTP_RESPONSE_STATUS_CODE, status);
    this.finish(partial, errorType(err));
  }

  private recordResult(result: CallResult): void {
    this.span.setAttributes(
      defined({
        [sc.ATTR_RESPONSE_ID]: result.id,
        [sc.ATTR_RESPONSE_MODEL]: result.model,
        [sc.ATTR_RESPONSE_FINISH_REASONS]: result.finishReasons,
        [sc.ATTR_USAGE_INPUT_TOKENS]: result.usage?.input,
        [sc.ATTR_USAGE_OUTPUT_TOKENS]: result.usage?.output,
        [sc.ATTR_USAGE_CACHE_READ_INPUT_TOKENS]: result.usage?.cacheRead,
        [sc.ATTR_USAGE_CACHE_WRITE_INPUT_TOKENS]: result.usage?.cacheWrite,
        [sc.ATTR_USAGE_REASONING_OUTPUT_TOKENS]: result.usage?.reasoning,
      }),
    );
    recordContent(this.span, sc.ATTR_OUTPUT_MESSAGES, () => json(result.outputMessages?.()));
  }

  private finish(result: CallResult, error: string | undefined): void {
    this.span.end();
    recordCallMetrics(
      {
        ...this.metricAttributes,
        ...(result.model !== undefined && { [sc.ATTR_RESPONSE_MODEL]: result.model }),
        ...(error !== undefined && { [sc.ATTR_ERROR_TYPE]: error }),
      },
      (performance.now() - this.startedAt) / 1000,
      result.usage,
    );
  }
}

/** The HTTP status an SDK error carries, under whichever name that SDK uses. */
function httpStatus(err: unknown): number | undefined {
  const e = err as { status?: unknown; status_code?: unknown; statusCode?: unknown; $metadata?: { httpStatusCode?: unknown } } | null;
  const status = e?.status ?? e?.status_code ?? e?.statusCode ?? e?.$metadata?.httpStatusCode;
  return typeof status === "number" ? status : undefined;
}

/** server.address/port from the client's base URL (the port defaulted from the scheme). */
function serverOf(baseURL: string | undefined): { address: string; port: number } | undefined {
  if (baseURL === undefined) return undefined;
  try {
    const url = new URL(baseURL);
    return { address: url.hostname, port: url.port !== "" ? Number(url.port) : url.protocol === "http:" ? 80 : 443 };
  } catch {
    return undefined;
  }
}

function json(value: unknown[] | undefined): string | undefined {
  return value === undefined ? undefined : JSON.stringify(value);
}

/** Drops unset (and null: the SDKs' JSON uses null for "absent") values. */
export function defined(attrs: Record<string, Attributes[string] | null>): Attributes {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined && value !== null) out[key] = value;
  return out;
}
