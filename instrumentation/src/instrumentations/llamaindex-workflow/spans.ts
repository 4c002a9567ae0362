import { context, SpanKind, trace, type Attributes, type Span } from "@opentelemetry/api";
import * as sc from "@llmscope/semconv";
import { putScopeAttributes } from "../../scope";
import { recordFailure } from "../../span-runner";
import { type Json, str } from "../json-values";
import { readableEndingWith } from "../llamaindex/spans";
import { defined } from "../llm-call";
import type { AsyncMethod } from "../subpath-instrumentation";
import type { CallTelemetry } from "../telemetry";
import { traceToolRun } from "../tool-run";

/** The agent spans of the runs under way, so that a failed step can fail its run's (see patchedTakeStep). */
const runSpans = new WeakSet<Span>();

/** A WorkflowStream's class: it is built from a ReadableStream of the same events, as its pipeThrough() does. */
type StreamClass = new (subscribable: null, root: ReadableStream<unknown>) => ReadableStream<unknown>;

/**
 * AgentWorkflow.runStream() (and run(), which reads it to the end) as "invoke_agent {root agent}"
 * (INTERNAL, `llmscope.span.type=agent`): an in-process agent's run. The workflow's steps run in the
 * context the run started in, so every model call (the provider SDK's LLM span, the only one per
 * call) and tool run is beneath it. The span is not a model call: it carries no model or usage, and
 * its type keeps the collector from counting it as one. The run's events come back as a WorkflowStream
 * of the same events whose end ends the span: read to the end, failed, or cancelled; a step that
 * fails ends it too (patchedTakeStep).
 */
export function patchedRunStream(original: (this: Json, ...args: unknown[]) => unknown, telemetry: CallTelemetry) {
  return function (this: Json, ...args: unknown[]): unknown {
    const parent = context.active();
    const agent: Json | undefined = this.agents?.get?.(this.rootAgentName);
    const attributes: Attributes = defined({
      [sc.ATTR_SPAN_TYPE]: "agent",
      [sc.ATTR_OPERATION_NAME]: sc.OPERATION_INVOKE_AGENT,
      [sc.ATTR_AGENT_NAME]: str(this.rootAgentName),
      [sc.ATTR_AGENT_DESCRIPTION]: str(agent?.description) || undefined,
    });
    putScopeAttributes(parent, attributes, attributes);
    const name = str(this.rootAgentName);
    const span = telemetry
      .callTracer()
      .startSpan(name === undefined ? sc.OPERATION_INVOKE_AGENT : `${sc.OPERATION_INVOKE_AGENT} ${name}`, { kind: SpanKind.INTERNAL, attributes }, parent);
    runSpans.add(span);
    let stream: unknown;
    try {
      stream = context.with(trace.setSpan(parent, span), () => original.apply(this, args));
    } catch (err) {
      recordFailure(span, err);
      span.end();
      throw err;
    }
    if (!(stream instanceof ReadableStream)) {
      span.end();
      return stream;
    }
    return new (stream.constructor as StreamClass)(null, readableEndingWith(stream, span));
  };
}

/**
 * AgentWorkflow.callTool() (every tool call of every agent in the workflow, the hand-off tool of a
 * multi-agent workflow included) as "execute_tool {name}" with the model's call id. LlamaIndex turns
 * a tool's error into an Error naming the tool's (`Error(RangeError): …`), which the span records
 * before the workflow hands it to the model as the tool's answer.
 */
export function patchedCallTool(original: AsyncMethod, telemetry: CallTelemetry): AsyncMethod {
  return function (this: Json, toolCall: unknown, ...rest: unknown[]): Promise<unknown> {
    const call = toolCall as Json | undefined;
    return traceToolRun(
      { name: str(call?.toolName), callId: str(call?.toolId), args: call?.toolKwargs },
      () => original.call(this, toolCall, ...rest),
      (result) => result,
      telemetry,
    );
  };
}

/**
 * FunctionAgent.takeStep() (an agent's model call and the reading of its tool calls): when it fails,
 * so does the run it belongs to, whose span is the active one. The workflow leaves a failed step's
 * rejection unhandled, so the run never ends and its event stream stays open: without this, the run's
 * span would never end. The error reaches the workflow as is.
 */
export function patchedTakeStep(original: AsyncMethod): AsyncMethod {
  return function (this: Json, ...args: unknown[]): Promise<unknown> {
    const run = trace.getActiveSpan();
    return original.apply(this, args).catch((err: unknown) => {
      if (run !== undefined && runSpans.has(run) && run.isRecording()) {
        recordFailure(run, err);
        run.end();
      }
      throw err;
    });
  };
}
