import { patchesIn, SubpathInstrumentation, type AsyncMethod, type PrototypePatch, type SubpathTarget } from "../subpath-instrumentation";
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
  static readonly target: SubpathTarget = {
    name: "llmscope-llamaindex-workflow",
    specifiers: SPECIFIERS,
    /** LLAMAINDEX_WORKFLOW_SUPPORTED_VERSIONS. */
    supportsVersion: (version) => /^1\./.test(version),
  };

  /**
   * AgentWorkflow's runStream (run() reads it) and callTool (every agent's tool calls go through it),
   * FunctionAgent's takeStep (its failure is the run's).
   */
  protected prototypePatches(exports: unknown): PrototypePatch[] {
    return patchesIn(exports, [
      ["AgentWorkflow", "runStream", (original) => patchedRunStream(original, this) as AsyncMethod],
      ["AgentWorkflow", "callTool", (original) => patchedCallTool(original, this)],
      ["FunctionAgent", "takeStep", patchedTakeStep],
    ]);
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
