import type { LlmscopeInstrumentationConfig } from "../instrumentation-base";
import type { Json } from "../json-values";
import { prototypeWith, SubpathInstrumentation, type AsyncMethod, type PrototypePatch } from "../subpath-instrumentation";
import { patchedCallTool, patchedRunStream, patchedTakeStep } from "./spans";

/** The `@llamaindex/workflow` versions whose agent workflows llmscope patches. */
export const LLAMAINDEX_WORKFLOW_SUPPORTED_VERSIONS = [">=1 <2"];

const SPECIFIERS = ["@llamaindex/workflow"];

/**
 * LlamaIndex TS's workflow agents (`agent()`, `multiAgent()`, `new AgentWorkflow()`), the agent API
 * the LlamaIndex docs lead with: each run as an `invoke_agent` span (and, in a multi-agent run, each
 * agent it is handed to as one beneath it), each tool call as an `execute_tool` span beneath the agent
 * that made it. Their LLMs get no span of their own: the provider SDK beneath them (openai beneath
 * `@llamaindex/openai`, …) is instrumented, so each model call is counted once.
 */
export class LlamaIndexWorkflowInstrumentation extends SubpathInstrumentation {
  constructor(config: LlmscopeInstrumentationConfig = {}) {
    super("llmscope-llamaindex-workflow", config);
  }

  protected specifiers(): string[] {
    return SPECIFIERS;
  }

  /** LLAMAINDEX_WORKFLOW_SUPPORTED_VERSIONS. */
  protected supportsVersion(version: string): boolean {
    return /^1\./.test(version);
  }

  /**
   * AgentWorkflow's runStream (run() reads it) and callTool (every agent's tool calls go through it),
   * FunctionAgent's takeStep (its failure is the run's).
   */
  protected prototypePatches(exports: unknown): PrototypePatch[] {
    const mod = exports as Json | undefined;
    const patches: PrototypePatch[] = [];
    const add = (className: string, method: string, wrap: PrototypePatch["wrap"]): void => {
      const proto = prototypeWith(mod, className, method);
      if (proto !== undefined) patches.push({ proto, method, wrap });
    };
    add("AgentWorkflow", "runStream", (original) => patchedRunStream(original, this) as AsyncMethod);
    add("AgentWorkflow", "callTool", (original) => patchedCallTool(original, this));
    add("FunctionAgent", "takeStep", patchedTakeStep);
    return patches;
  }
}

let manual: LlamaIndexWorkflowInstrumentation | undefined;

/** The explicit fallback for bundled apps: pass `@llamaindex/workflow`. */
export function instrumentLlamaIndexWorkflow(module: unknown): void {
  manual ??= new LlamaIndexWorkflowInstrumentation({ enabled: false });
  if (!manual.holdsTargets(module)) {
    throw new Error('instrumentLlamaIndexWorkflow: expected @llamaindex/workflow (import * as m from "@llamaindex/workflow"); found no AgentWorkflow in it');
  }
  manual.patch(module);
}
