import { ATTR_USER_ID, DEFAULT_FEEDBACK_NAME, FEEDBACK_PATH, type FeedbackBody, type FeedbackValue } from "@llmscope/semconv";
import { context, isSpanContextValid, trace } from "@opentelemetry/api";
import { latestLlmSpan } from "./answer-span";
import { resolveConfig } from "./config";
import { scopeAttributes } from "./scope";

export { DEFAULT_FEEDBACK_NAME };

/** A user's rating of an answer, sent to the collector's POST /v1/feedback. */
export interface FeedbackInput {
  /** 32 hex characters; defaults to the active span's trace. */
  traceId?: string;
  /**
   * 16 hex characters. When traceId is taken from the active span: the trace's latest LLM call
   * ended in this process (the answer being rated), else the active span.
   */
  spanId?: string;
  /** Default "user_feedback" (DEFAULT_FEEDBACK_NAME); 1–100 letters, digits or _ . : - */
  name?: string;
  /** A number (any scale you choose), true/false, or "thumbs_up"/"thumbs_down" (stored as 1/0). */
  value: FeedbackValue;
  comment?: string;
  /** Defaults to the userId of the enclosing withContext(). */
  userId?: string;
}

export interface FeedbackOptions {
  /**
   * Full feedback URL. Default: the OTLP traces endpoint register() uses (from
   * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT / OTEL_EXPORTER_OTLP_ENDPOINT, else
   * http://localhost:4318/v1/traces) with its /v1/traces path replaced by /v1/feedback.
   */
  endpoint?: string;
  /** Sent over the headers from OTEL_EXPORTER_OTLP_HEADERS (which carry the collector token, if any). */
  headers?: Record<string, string>;
  /** Default 5000. */
  timeoutMs?: number;
}

/**
 * Posts one feedback record to the collector, which stores it in llm_scores (Source "human") for
 * the rated LLM call; the call's service, model and prompt are resolved when queries run, so
 * feedback sent before the trace's spans were exported still lands on the call. Resolves once the
 * collector stored it; rejects with an Error naming the problem (no trace id, or the collector's
 * answer) otherwise. Call it from the request that produced the answer (the ids come from the
 * active trace and its latest LLM call) or pass the ids you kept.
 */
export async function recordFeedback(feedback: FeedbackInput, options: FeedbackOptions = {}): Promise<void> {
  const active = trace.getSpanContext(context.active());
  const fromSpan = feedback.traceId === undefined && active && isSpanContextValid(active) ? active : undefined;
  const traceId = feedback.traceId ?? fromSpan?.traceId;
  if (!traceId) throw new Error("recordFeedback: no traceId given and no active span to take it from");
  const spanId = feedback.spanId ?? (fromSpan && (latestLlmSpan(fromSpan.traceId) ?? fromSpan.spanId));
  const scopedUser = scopeAttributes(context.active(), {})[ATTR_USER_ID];
  const userId = feedback.userId ?? (typeof scopedUser === "string" ? scopedUser : undefined);

  const body: FeedbackBody = {
    trace_id: traceId,
    ...(spanId !== undefined && { span_id: spanId }),
    name: feedback.name ?? DEFAULT_FEEDBACK_NAME,
    value: feedback.value,
    ...(feedback.comment !== undefined && { comment: feedback.comment }),
    ...(userId !== undefined && { user_id: userId }),
  };
  const endpoint = options.endpoint ?? feedbackEndpoint(resolveConfig({}, process.env).endpoint);
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: "POST",
      headers: { ...otlpHeaders(process.env), ...options.headers, "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
    });
  } catch (err) {
    throw new Error(`recordFeedback: could not reach ${endpoint}: ${(err as Error).message}`, { cause: err });
  }
  if (response.ok) {
    await response.body?.cancel();
    return;
  }
  const text = await response.text().catch(() => "");
  let detail = text.slice(0, 300);
  try {
    const parsed = JSON.parse(text) as { error?: unknown };
    if (typeof parsed.error === "string") detail = parsed.error;
  } catch {
    // not JSON: keep the raw text
  }
  throw new Error(`recordFeedback: ${endpoint} answered ${response.status}${detail ? `: ${detail}` : ""}`);
}

function feedbackEndpoint(tracesEndpoint: string): string {
  const url = new URL(tracesEndpoint);
  url.pathname = `${url.pathname.replace(/\/v1\/traces\/?$/, "").replace(/\/+$/, "")}${FEEDBACK_PATH}`;
  return url.toString();
}

/** OTEL_EXPORTER_OTLP_HEADERS then OTEL_EXPORTER_OTLP_TRACES_HEADERS: "k1=v1,k2=v2", values URL-encoded. */
function otlpHeaders(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of [env.OTEL_EXPORTER_OTLP_HEADERS, env.OTEL_EXPORTER_OTLP_TRACES_HEADERS]) {
    for (const pair of (value ?? "").split(",")) {
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const key = pair.slice(0, eq).trim();
      try {
        out[decodeURIComponent(key).toLowerCase()] = decodeURIComponent(pair.slice(eq + 1).trim());
      } catch {
        continue;
      }
    }
  }
  return out;
}
