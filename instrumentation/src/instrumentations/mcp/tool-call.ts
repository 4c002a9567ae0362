import { context, propagation, SpanKind, SpanStatusCode, trace, type Attributes, type Span } from "@opentelemetry/api";
import { recordContent } from "../../content";
import { scopeAttributes } from "../../scope";
import * as sc from "@llmscope/semconv";
import { recordFailure } from "../../span-runner";
import { put, type Json } from "../json-values";
import type { CallTelemetry } from "../telemetry";

/**
 * One MCP `tools/call` from the client side, as the MCP semantic conventions describe it: span
 * `tools/call {tool}` (CLIENT) with gen_ai.operation.name=execute_tool. A tool that fails answers
 * with a normal result marked `isError`; that is a failed call too (error.type=tool_error), or
 * tool failures would hide behind successful JSON-RPC responses.
 */
export interface ToolCallStart {
  tool: string | undefined;
  arguments: unknown;
  requestId: number | string | undefined;
  sessionId: string | undefined;
  /** pipe (stdio) or tcp (HTTP transports); undefined for in-process transports. */
  networkTransport: string | undefined;
  serverURL: URL | undefined;
}

/**
 * The span comes from `telemetry`'s tracer (the MCP instrumentation's own) and records content by
 * its policy. `invoke` gets the request's `_meta` with the span's trace context added (`traceparent`,
 * `tracestate`), as the MCP conventions ask, so an instrumented server continues the same trace.
 */
export async function traceToolCall<T>(telemetry: CallTelemetry, start: ToolCallStart, invoke: (meta: Record<string, unknown>) => Promise<T>): Promise<T> {
  const parent = context.active();
  const attributes: Attributes = {};
  attributes[sc.ATTR_OPERATION_NAME] = sc.OPERATION_EXECUTE_TOOL;
  attributes[sc.ATTR_MCP_METHOD_NAME] = "tools/call";
  put(attributes, sc.ATTR_TOOL_NAME, start.tool);
  put(attributes, sc.ATTR_JSONRPC_REQUEST_ID, start.requestId === undefined ? undefined : String(start.requestId));
  put(attributes, sc.ATTR_MCP_SESSION_ID, start.sessionId);
  put(attributes, sc.ATTR_NETWORK_TRANSPORT, start.networkTransport);
  if (start.serverURL !== undefined) {
    attributes[sc.ATTR_SERVER_ADDRESS] = start.serverURL.hostname;
    attributes[sc.ATTR_SERVER_PORT] = start.serverURL.port !== "" ? Number(start.serverURL.port) : start.serverURL.protocol === "http:" ? 80 : 443;
  }
  const scope = scopeAttributes(parent, attributes);
  for (const key in scope) attributes[key] = scope[key];
  const span = telemetry
    .callTracer()
    .startSpan(start.tool === undefined ? "tools/call" : `tools/call ${start.tool}`, { kind: SpanKind.CLIENT, attributes }, parent);
  const policy = telemetry.contentPolicy();
  mapSafely(telemetry, "the tool arguments", () =>
    recordContent(span, sc.ATTR_TOOL_CALL_ARGUMENTS, () => (start.arguments === undefined ? undefined : JSON.stringify(start.arguments)), policy),
  );
  let result: T;
  try {
    const active = trace.setSpan(parent, span);
    const meta: Record<string, unknown> = {};
    propagation.inject(active, meta);
    result = await context.with(active, () => invoke(meta));
  } catch (err) {
    recordFailure(span, err);
    // A JSON-RPC error answer: its code is the error type (McpError carries it as a number).
    const code = (err as { code?: unknown } | null)?.code;
    if (typeof code === "number") {
      span.setAttribute(sc.ATTR_ERROR_TYPE, String(code));
      span.setAttribute(sc.ATTR_RPC_RESPONSE_STATUS_CODE, String(code));
    }
    span.end();
    throw err;
  }
  // Outside the try above: a result llmscope cannot read is still the app's successful call.
  mapSafely(telemetry, "the tool result", () => {
    recordResult(span, result as Json | undefined);
    recordContent(span, sc.ATTR_TOOL_CALL_RESULT, () => resultText(result as Json | undefined), policy);
  });
  span.end();
  return result;
}

/** Telemetry never fails the call: what cannot be mapped is left off the span and told to the instrumentation's diag logger. */
function mapSafely(telemetry: CallTelemetry, what: string, record: () => void): void {
  try {
    record();
  } catch (err) {
    telemetry.diag.debug(`${what} of an MCP tools/call could not be mapped; left off the span`, err);
  }
}

function recordResult(span: Span, result: Json | undefined): void {
  if (result?.isError !== true) return;
  span.setAttribute(sc.ATTR_ERROR_TYPE, "tool_error");
  span.setStatus({ code: SpanStatusCode.ERROR, message: firstText(result) });
}

/** What the tool answered: its structured content when it has one, else its content blocks. */
function resultText(result: Json | undefined): string | undefined {
  if (result == null) return undefined;
  return JSON.stringify(result.structuredContent ?? result.content ?? result.toolResult ?? null);
}

function firstText(result: Json): string | undefined {
  const block = Array.isArray(result.content) ? (result.content as Json[]).find((c) => c?.type === "text") : undefined;
  return typeof block?.text === "string" ? block.text : undefined;
}
