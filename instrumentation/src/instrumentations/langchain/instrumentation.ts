import { isWrapped } from "@opentelemetry/instrumentation";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { LlmscopeInstrumentationConfig } from "../instrumentation-base";
import type { Json } from "../json-values";
import { SubpathInstrumentation } from "../subpath-instrumentation";
import { patchedChainInvoke, patchedRetrieverInvoke, patchedToolCall, type Method } from "./spans";

/** The `@langchain/core` versions whose retrievers, tools and runnable sequences llmscope patches. */
export const LANGCHAIN_SUPPORTED_VERSIONS = [">=1 <2"];

/**
 * The classes live in subpath exports apps (and the @langchain/* integrations) import by name;
 * the package's main entry exports nothing. `./vectorstores` is hooked too: an app that only
 * builds a VectorStoreRetriever never imports `./retrievers` itself.
 */
export const LANGCHAIN_SUBPATHS = ["./retrievers", "./tools", "./vectorstores", "./runnables"];
const SPECIFIERS = LANGCHAIN_SUBPATHS.map((s) => `@langchain/core/${s.slice(2)}`);

/** LANGCHAIN_SUPPORTED_VERSIONS, checked by hand: the specifier hooks bypass the base class's version check. */
function supported(baseDir: string | undefined): boolean {
  if (baseDir === undefined) return true;
  try {
    const { version } = JSON.parse(readFileSync(path.join(baseDir, "package.json"), "utf8")) as { version?: string };
    return String(version).split(".")[0] === "1";
  } catch {
    return false;
  }
}

type Proto = Record<string, Method>;

/**
 * The prototypes to patch in one of the hooked modules: BaseRetriever (from `./retrievers`, or
 * as the parent of `./vectorstores`' VectorStoreRetriever), StructuredTool (`./tools`; every
 * tool's call() ends in its call()), RunnableSequence (`./runnables`).
 */
function targets(exports: unknown): { retriever?: Proto; tool?: Proto; sequence?: Proto } {
  const mod = exports as Json | undefined;
  if (mod === null || (typeof mod !== "object" && typeof mod !== "function")) return {};
  const vsr = mod.VectorStoreRetriever?.prototype;
  const retriever = mod.BaseRetriever?.prototype ?? (vsr === undefined ? undefined : Object.getPrototypeOf(vsr));
  const tool = mod.StructuredTool?.prototype;
  const sequence = mod.RunnableSequence?.prototype;
  return {
    retriever: typeof retriever?.invoke === "function" ? retriever : undefined,
    tool: typeof tool?.call === "function" ? tool : undefined,
    sequence: typeof sequence?.invoke === "function" ? sequence : undefined,
  };
}

/**
 * LangChain JS's own steps as spans: retrievers (retrieval), tools (execute_tool) and runnable
 * sequences (`chain {name}`, INTERNAL). Chat models and embeddings get no span of their own: the
 * provider SDK they call (openai, @anthropic-ai/sdk, …) is instrumented, and its span is the LLM
 * call, so each model call is counted once.
 */
export class LangChainInstrumentation extends SubpathInstrumentation {
  constructor(config: LlmscopeInstrumentationConfig = {}) {
    super("llmscope-langchain", config);
  }

  protected specifiers(): string[] {
    return SPECIFIERS;
  }

  protected supported(baseDir: string | undefined): boolean {
    return supported(baseDir);
  }

  patch<T>(exports: T): T {
    const { retriever, tool, sequence } = targets(exports);
    if (retriever !== undefined && !isWrapped(retriever.invoke)) this._wrap(retriever, "invoke", (original) => patchedRetrieverInvoke(original, this));
    if (tool !== undefined && !isWrapped(tool.call)) this._wrap(tool, "call", (original) => patchedToolCall(original, this));
    if (sequence !== undefined && !isWrapped(sequence.invoke)) this._wrap(sequence, "invoke", (original) => patchedChainInvoke(original, this));
    return exports;
  }

  unpatch(exports: unknown): void {
    const { retriever, tool, sequence } = targets(exports);
    if (retriever !== undefined && isWrapped(retriever.invoke)) this._unwrap(retriever, "invoke");
    if (tool !== undefined && isWrapped(tool.call)) this._unwrap(tool, "call");
    if (sequence !== undefined && isWrapped(sequence.invoke)) this._unwrap(sequence, "invoke");
  }
}

let manual: LangChainInstrumentation | undefined;

/**
 * The explicit fallback for bundled apps: pass each of `@langchain/core/retrievers`,
 * `@langchain/core/tools` and `@langchain/core/runnables` (any one patches what it holds).
 */
export function instrumentLangChain(module: unknown): void {
  manual ??= new LangChainInstrumentation({ enabled: false });
  const found = targets(module);
  if (found.retriever === undefined && found.tool === undefined && found.sequence === undefined) {
    throw new Error(
      'instrumentLangChain: expected a @langchain/core module (import * as m from "@langchain/core/retrievers", "/tools", "/vectorstores" or "/runnables"); found no BaseRetriever, StructuredTool or RunnableSequence in it',
    );
  }
  manual.patch(module);
}
