import { SpanKind, trace, type Attributes, type Context, type Span } from "@opentelemetry/api";
import * as sc from "@llmscope/semconv";
import { putScopeAttributes } from "../../scope";
import { recordFailure } from "../../span-runner";
import { type Json, str } from "../json-values";
import { defined } from "../llm-call";
import type { CallTelemetry } from "../telemetry";

/** An agent of a workflow, as its span names it. */
export interface WorkflowAgent {
  name: string | undefined;
  description: string | undefined;
}

export function workflowAgent(agent: Json | undefined): WorkflowAgent {
  return { name: str(agent?.name), description: str(agent?.description) || undefined };
}

/** "invoke_agent {name}" (INTERNAL, `llmscope.span.type=agent`): an in-process agent at work; no model or usage, so never a model call. */
export function startAgentSpan(agent: WorkflowAgent, parent: Context, telemetry: CallTelemetry): Span {
  const attributes: Attributes = defined({
    [sc.ATTR_SPAN_TYPE]: "agent",
    [sc.ATTR_OPERATION_NAME]: sc.OPERATION_INVOKE_AGENT,
    [sc.ATTR_AGENT_NAME]: agent.name,
    [sc.ATTR_AGENT_DESCRIPTION]: agent.description,
  });
  putScopeAttributes(parent, attributes, attributes);
  const name = agent.name === undefined ? sc.OPERATION_INVOKE_AGENT : `${sc.OPERATION_INVOKE_AGENT} ${agent.name}`;
  return telemetry.callTracer().startSpan(name, { kind: SpanKind.INTERNAL, attributes }, parent);
}

/** Each run under way, by its span and by the span of the agent it is handed to: one of them is active wherever the run's steps run. */
const runs = new WeakMap<Span, AgentRun>();

/**
 * One agent workflow run under way: its span (the root agent's) and context, and the agent a
 * multi-agent run was handed to, whose own span beneath the run's holds that agent's model calls
 * and tool runs until the run is handed on, back to the root, or ends.
 */
export class AgentRun {
  private handedTo: { name: string; span: Span } | undefined;

  constructor(
    readonly span: Span,
    private readonly context: Context,
    private readonly root: string | undefined,
    private readonly telemetry: CallTelemetry,
  ) {
    runs.set(span, this);
  }

  /** The run whose steps run in the active context, if any. */
  static active(): AgentRun | undefined {
    const span = trace.getActiveSpan();
    return span === undefined ? undefined : runs.get(span);
  }

  /** The context `agent`'s work runs in: the run's own for the root agent; for another, that agent's span's, started when the run reaches it. */
  contextFor(agent: WorkflowAgent): Context {
    if (agent.name === undefined || agent.name === this.root) {
      this.endHandedTo();
      return this.context;
    }
    if (this.handedTo?.name !== agent.name) {
      this.endHandedTo();
      const span = startAgentSpan(agent, this.context, this.telemetry);
      runs.set(span, this);
      this.handedTo = { name: agent.name, span };
    }
    return trace.setSpan(this.context, this.handedTo.span);
  }

  /** Ends the span of the agent the run was handed to (the run's own span ends with its event stream). */
  endHandedTo(): void {
    this.handedTo?.span.end();
    this.handedTo = undefined;
  }

  /** A failed step fails the agent at work and the run, and ends both. */
  fail(err: unknown): void {
    for (const span of [this.handedTo?.span, this.span]) {
      if (span === undefined || !span.isRecording()) continue;
      recordFailure(span, err);
      span.end();
    }
    this.handedTo = undefined;
  }
}
