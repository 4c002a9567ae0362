import { context, trace } from "@opentelemetry/api";
import { recordFailure } from "../../span-runner";
import { type Json, str } from "../json-values";
import { readableEndingWith } from "../llamaindex/spans";
import type { AsyncMethod } from "../subpath-instrumentation";
import type { CallTelemetry } from "../telemetry";
import { traceToolRun } from "../tool-run";
import { AgentRun, startAgentSpan, workflowAgent } from "./agent-runs";

/** A WorkflowStream's class: it is built from a ReadableStream of the same events, as its pipeThrough() does. */
type StreamClass = new (subscribable: null, root: ReadableStream<unknown>) => ReadableStream<unknown>;

/**
 * AgentWorkflow.runStream() (and run(), which reads it to the end) as the root agent's
 * "invoke_agent {agent}" span. The workflow's steps run in the context the run started in, so every
 * model call (the provider SDK's LLM span, the only one per call) and tool run is beneath it. The
 * run's events come back as a WorkflowStream of the same events whose end ends the span: read to
 * the end, failed, or cancelled; a step that fails ends it too (patchedTakeStep).
 */
export function patchedRunStream(original: (this: Json, ...args: unknown[]) => unknown, telemetry: CallTelemetry) {
  return function (this: Json, ...args: unknown[]): unknown {
    const parent = context.active();
    const root = str(this.rootAgentName);
    const span = startAgentSpan({ ...workflowAgent(this.agents?.get?.(root)), name: root }, parent, telemetry);
    const inRun = trace.setSpan(parent, span);
    const run = new AgentRun(span, inRun, root, telemetry);
    let stream: unknown;
    try {
      stream = context.with(inRun, () => original.apply(this, args));
    } catch (err) {
      recordFailure(span, err);
      span.end();
      throw err;
    }
    if (!(stream instanceof ReadableStream)) {
      span.end();
      return stream;
    }
    return new (stream.constructor as StreamClass)(
      null,
      readableEndingWith(stream, span, () => run.endHandedTo()),
    );
  };
}

/**
 * AgentWorkflow.callTool() (every tool call of every agent in the workflow, the hand-off tool of a
 * multi-agent workflow included) as "execute_tool {name}" with the model's call id, beneath the
 * agent that called it. LlamaIndex turns a tool's error into an Error naming the tool's
 * (`Error(RangeError): …`), which the span records before the workflow hands it to the model as the
 * tool's answer.
 */
export function patchedCallTool(original: AsyncMethod, telemetry: CallTelemetry): AsyncMethod {
  return function (this: Json, toolCall: unknown, ...rest: unknown[]): Promise<unknown> {
    const call = toolCall as Json | undefined;
    const traced = () =>
      traceToolRun(
        { name: str(call?.toolName), callId: str(call?.toolId), args: call?.toolKwargs },
        () => original.call(this, toolCall, ...rest),
        (result) => result,
        telemetry,
      );
    const run = AgentRun.active();
    if (run === undefined) return traced();
    const agentName = str(call?.agentName);
    return context.with(run.contextFor({ ...workflowAgent(this.agents?.get?.(agentName)), name: agentName }), traced);
  };
}

/**
 * FunctionAgent.takeStep() (an agent's model call and the reading of its tool calls), beneath the
 * agent taking it: in a multi-agent run, the agent handed to gets its own span there. When the step
 * fails, so does the run: the workflow leaves a failed step's rejection unhandled, so the run never
 * ends and its event stream stays open; without this the run's span would never end. The error
 * reaches the workflow as is.
 */
export function patchedTakeStep(original: AsyncMethod): AsyncMethod {
  return function (this: Json, ...args: unknown[]): Promise<unknown> {
    const run = AgentRun.active();
    if (run === undefined) return original.apply(this, args);
    return context
      .with(run.contextFor(workflowAgent(this)), () => original.apply(this, args))
      .catch((err: unknown) => {
        run.fail(err);
        throw err;
      });
  };
}
