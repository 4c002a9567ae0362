import { SpanKind, type Attributes } from "@opentelemetry/api";
import * as sc from "@llmscope/semconv";
import { recordContent } from "../content";
import { runInSpan } from "../span-runner";
import { defined } from "./llm-call";
import type { CallTelemetry } from "./telemetry";

/** A tool run in-process by a framework: its name, the model's call id when the framework hands it over, what it was given. */
export interface ToolRun {
  name: string | undefined;
  callId?: string | undefined;
  args: unknown;
}

/**
 * A framework's tool run as "execute_tool {name}" (INTERNAL), as the GenAI conventions name a tool
 * run in-process; `resultOf` picks what the tool said out of what it returned. A tool that throws
 * is a failed span; the error reaches the framework as is.
 */
export function traceToolRun<T>(run: ToolRun, fn: () => Promise<T>, resultOf: (result: T) => unknown, telemetry: CallTelemetry): Promise<T> {
  const attributes: Attributes = defined({
    [sc.ATTR_OPERATION_NAME]: sc.OPERATION_EXECUTE_TOOL,
    [sc.ATTR_TOOL_NAME]: run.name,
    [sc.ATTR_TOOL_TYPE]: "function",
    [sc.ATTR_TOOL_CALL_ID]: run.callId,
  });
  return runInSpan(
    run.name === undefined ? "execute_tool" : `execute_tool ${run.name}`,
    SpanKind.INTERNAL,
    attributes,
    async (span) => {
      const content = telemetry.contentPolicy();
      recordContent(span, sc.ATTR_TOOL_CALL_ARGUMENTS, () => asText(run.args), content);
      const result = await fn();
      recordContent(span, sc.ATTR_TOOL_CALL_RESULT, () => asText(resultOf(result)), content);
      return result;
    },
    { tracer: telemetry.callTracer() },
  );
}

function asText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === "string" ? value : JSON.stringify(value);
}
