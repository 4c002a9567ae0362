import type { Json } from "../json-values";
import { prototypeWith, SubpathInstrumentation, type PrototypePatch, type SubpathTarget } from "../subpath-instrumentation";
import { patchedChainInvoke, patchedRetrieverInvoke, patchedToolCall } from "./spans";

/** The `@langchain/core` versions whose retrievers, tools and runnable sequences llmscope patches. */
export const LANGCHAIN_SUPPORTED_VERSIONS = [">=1 <2"];

/**
 * The classes live in subpath exports apps (and the @langchain/* integrations) import by name;
 * the package's main entry exports nothing. `./vectorstores` is hooked too: an app that only
 * builds a VectorStoreRetriever never imports `./retrievers` itself.
 */
export const LANGCHAIN_SUBPATHS = ["./retrievers", "./tools", "./vectorstores", "./runnables"];
const SPECIFIERS = LANGCHAIN_SUBPATHS.map((s) => `@langchain/core/${s.slice(2)}`);

/**
 * LangChain JS's own steps as spans: retrievers (retrieval), tools (execute_tool) and runnable
 * sequences (`chain {name}`, INTERNAL). Chat models and embeddings get no span of their own: the
 * provider SDK they call (openai, @anthropic-ai/sdk, …) is instrumented, and its span is the LLM
 * call, so each model call is counted once.
 */
export class LangChainInstrumentation extends SubpathInstrumentation {
  static readonly target: SubpathTarget = {
    name: "llmscope-langchain",
    specifiers: SPECIFIERS,
    /** LANGCHAIN_SUPPORTED_VERSIONS. */
    supportsVersion: (version) => version.split(".")[0] === "1",
  };

  /**
   * BaseRetriever.invoke (from `./retrievers`, or as the parent of `./vectorstores`'
   * VectorStoreRetriever), StructuredTool.call (`./tools`; every tool's call() ends in it),
   * RunnableSequence.invoke (`./runnables`).
   */
  protected prototypePatches(exports: unknown): PrototypePatch[] {
    const mod = exports as Json | undefined;
    const vsrParent = mod?.VectorStoreRetriever?.prototype === undefined ? undefined : Object.getPrototypeOf(mod.VectorStoreRetriever.prototype);
    const retriever = prototypeWith(mod, "BaseRetriever", "invoke") ?? (typeof vsrParent?.invoke === "function" ? vsrParent : undefined);
    const tool = prototypeWith(mod, "StructuredTool", "call");
    const sequence = prototypeWith(mod, "RunnableSequence", "invoke");
    const patches: PrototypePatch[] = [];
    if (retriever !== undefined) patches.push({ proto: retriever, method: "invoke", wrap: (original) => patchedRetrieverInvoke(original, this) });
    if (tool !== undefined) patches.push({ proto: tool, method: "call", wrap: (original) => patchedToolCall(original, this) });
    if (sequence !== undefined) patches.push({ proto: sequence, method: "invoke", wrap: (original) => patchedChainInvoke(original, this) });
    return patches;
  }
}

let manual: LangChainInstrumentation | undefined;

/**
 * The explicit fallback for bundled apps: pass each of `@langchain/core/retrievers`,
 * `@langchain/core/tools` and `@langchain/core/runnables` (any one patches what it holds).
 */
export function instrumentLangChain(module: unknown): void {
  manual ??= new LangChainInstrumentation({ enabled: false });
  if (!manual.holdsTargets(module)) {
    throw new Error(
      'instrumentLangChain: expected a @langchain/core module (import * as m from "@langchain/core/retrievers", "/tools", "/vectorstores" or "/runnables"); found no BaseRetriever, StructuredTool or RunnableSequence in it',
    );
  }
  manual.patch(module);
}
