import { context, SpanKind, type Attributes, type Context, type DiagLogger, type Span } from "@opentelemetry/api";
import { performance } from "node:perf_hooks";
import { noteLlmSpanEnded } from "../answer-span";
import { recordContent, type ContentPolicy } from "../content";
import { setResponseIdentity, setUsage } from "../response-attributes";
import { putScopeAttributes } from "../scope";
import { contextWithSpan } from "../span-context";
import * as sc from "@llmscope/semconv";
import { errorType, recordFailure } from "../span-runner";
import { insideManualLlmSpan } from "./manual-span";
import { defaultTelemetry, type CallTelemetry } from "./telemetry";
import * as attrNames from "../attribute-names";

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
  /** Includes cached input tokens (docs/spans.md). */
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
    private readonly call: CallStart,
    private readonly server: Server | undefined,
    private readonly content: ContentPolicy,
    private readonly telemetry: CallTelemetry,
  ) {
    this.context = contextWithSpan(parent, span);
  }

  /** Whether this call records content: stream observers accumulate the reply text only then. */
  get capturesContent(): boolean {
    return this.content.capture;
  }

  /** The instrumentation's diagnostic logger (this._diag), for what telemetry could not map. */
  get diag(): DiagLogger {
    return this.telemetry.diag;
  }

  /**
   * Starts the span, or returns undefined inside traceLlmCall(): the app already records that
   * call itself, and one call must give one span.
   *
   * `telemetry` is the instrumentation making the call (its tracer, meter, config and logger);
   * without it, llmscope's global tracer and meter and the process-wide content policy are used.
   *
   * This runs on every SDK call, so it builds the attribute object once, in place: no
   * intermediate objects, spreads or Object.entries, one read of the content policy, and the
   * base URL parsed once per client rather than per call.
   */
  static start(call: CallStart, telemetry: CallTelemetry = defaultTelemetry): LlmCall | undefined {
    const parent = context.active();
    if (insideManualLlmSpan(parent)) return undefined;
    const server = serverOf(call.baseURL);
    const attributes: Attributes = {};
    attributes[attrNames.ATTR_SPAN_TYPE] = "llm";
    attributes[attrNames.ATTR_OPERATION_NAME] = call.operation;
    attributes[attrNames.ATTR_PROVIDER_NAME] = call.provider;
    if (call.model !== undefined) attributes[attrNames.ATTR_REQUEST_MODEL] = call.model;
    putDefined(attributes, call.request);
    if (server !== undefined) {
      attributes[attrNames.ATTR_SERVER_ADDRESS] = server.address;
      attributes[attrNames.ATTR_SERVER_PORT] = server.port;
    }
    putScopeAttributes(parent, attributes, attributes);
    const span = telemetry
      .callTracer()
      .startSpan(call.model === undefined ? call.operation : `${call.operation} ${call.model}`, { kind: SpanKind.CLIENT, attributes }, parent);
    const content = telemetry.contentPolicy();
    if (content.capture) {
      recordContent(span, sc.ATTR_SYSTEM_INSTRUCTIONS, () => json(call.systemInstructions?.()), content);
      recordContent(span, sc.ATTR_INPUT_MESSAGES, () => json(call.inputMessages?.()), content);
    }
    return new LlmCall(span, parent, call, server, content, telemetry);
  }

  /** gen_ai.response.time_to_first_chunk, in seconds since the call started; first call only. */
  markFirstChunk(): void {
    if (this.firstChunkSeen) return;
    this.firstChunkSeen = true;
    this.span.setAttribute(attrNames.ATTR_RESPONSE_TIME_TO_FIRST_CHUNK, (performance.now() - this.startedAt) / 1000);
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
    setResponseIdentity(this.span, result.id, result.model, result.finishReasons);
    const usage = result.usage;
    if (usage !== undefined) setUsage(this.span, usage.input, usage.output, usage.cacheRead, usage.cacheWrite, usage.reasoning);
    if (this.content.capture) recordContent(this.span, sc.ATTR_OUTPUT_MESSAGES, () => json(result.outputMessages?.()), this.content);
  }

  private finish(result: CallResult, error: string | undefined): void {
    this.span.end();
    const { traceId, spanId } = this.span.spanContext();
    noteLlmSpanEnded(traceId, spanId);
    // Metrics are off unless the app registers a meter provider: then there is nothing to build.
    const metrics = this.telemetry.callMetrics();
    if (metrics === undefined) return;
    const attrs: Attributes = {};
    attrs[attrNames.ATTR_OPERATION_NAME] = this.call.operation;
    attrs[attrNames.ATTR_PROVIDER_NAME] = this.call.provider;
    if (this.call.model !== undefined) attrs[attrNames.ATTR_REQUEST_MODEL] = this.call.model;
    if (this.server !== undefined) {
      attrs[attrNames.ATTR_SERVER_ADDRESS] = this.server.address;
      attrs[attrNames.ATTR_SERVER_PORT] = this.server.port;
    }
    if (result.model !== undefined) attrs[attrNames.ATTR_RESPONSE_MODEL] = result.model;
    if (error !== undefined) attrs[attrNames.ATTR_ERROR_TYPE] = error;
    metrics.record(attrs, (performance.now() - this.startedAt) / 1000, result.usage);
  }
}

/** The HTTP status an SDK error carries, under whichever name that SDK uses. */
export function httpStatus(err: unknown): number | undefined {
  const e = err as { status?: unknown; status_code?: unknown; statusCode?: unknown; $metadata?: { httpStatusCode?: unknown } } | null;
  const status = e?.status ?? e?.status_code ?? e?.statusCode ?? e?.$metadata?.httpStatusCode;
  return typeof status === "number" ? status : undefined;
}

interface Server {
  address: string;
  port: number;
}

// A process has a handful of base URLs (one per client); parsing each once keeps URL off the hot path.
const servers = new Map<string, Server | null>();
const SERVER_CACHE_LIMIT = 256;

/** server.address/port from the client's base URL (the port defaulted from the scheme). */
function serverOf(baseURL: string | undefined): Server | undefined {
  if (baseURL === undefined) return undefined;
  let server = servers.get(baseURL);
  if (server === undefined) {
    server = parseServer(baseURL);
    if (servers.size >= SERVER_CACHE_LIMIT) servers.clear();
    servers.set(baseURL, server);
  }
  return server ?? undefined;
}

function parseServer(baseURL: string): Server | null {
  try {
    const url = new URL(baseURL);
    return { address: url.hostname, port: url.port !== "" ? Number(url.port) : url.protocol === "http:" ? 80 : 443 };
  } catch {
    return null;
  }
}

function json(value: unknown[] | undefined): string | undefined {
  return value === undefined ? undefined : JSON.stringify(value);
}

/** Drops unset (and null: the SDKs' JSON uses null for "absent") values. */
export function defined(attrs: Record<string, Attributes[string] | null>): Attributes {
  const out: Attributes = {};
  putDefined(out, attrs);
  return out;
}

function putDefined(into: Attributes, attrs: Record<string, Attributes[string] | null>): void {
  for (const key in attrs) {
    const value = attrs[key];
    if (value !== undefined && value !== null) into[key] = value;
  }
}
