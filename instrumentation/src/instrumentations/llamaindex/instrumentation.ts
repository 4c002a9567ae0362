import type { LlmscopeInstrumentationConfig } from "../instrumentation-base";
import type { Json } from "../json-values";
import { prototypeWith, SubpathInstrumentation, type PrototypePatch } from "../subpath-instrumentation";
import { patchedQuery, patchedRetrieve } from "./spans";

/** The `@llamaindex/core` versions whose query engines and retrievers llmscope patches. */
export const LLAMAINDEX_SUPPORTED_VERSIONS = [">=0.6 <0.7"];

/**
 * `llamaindex` and its provider packages import the base classes from these subpath exports of
 * `@llamaindex/core` (whose main entry exports nothing); the classes live there once, whichever
 * package the app imports.
 */
export const LLAMAINDEX_SUBPATHS = ["./query-engine", "./retriever"];
const SPECIFIERS = LLAMAINDEX_SUBPATHS.map((s) => `@llamaindex/core/${s.slice(2)}`);

/**
 * LlamaIndex TS's own steps as spans: query engines (`query {engine}`, INTERNAL) and retrievers
 * (retrieval). LLMs and embedding models get no span of their own: the provider SDK they call
 * (openai beneath `@llamaindex/openai`, …) is instrumented, so each model call is counted once.
 */
export class LlamaIndexInstrumentation extends SubpathInstrumentation {
  constructor(config: LlmscopeInstrumentationConfig = {}) {
    super("llmscope-llamaindex", config);
  }

  protected specifiers(): string[] {
    return SPECIFIERS;
  }

  /** LLAMAINDEX_SUPPORTED_VERSIONS. */
  protected supportsVersion(version: string): boolean {
    return /^0\.6\./.test(version);
  }

  /** BaseQueryEngine.query (`./query-engine`) and BaseRetriever.retrieve (`./retriever`), whichever the module holds. */
  protected prototypePatches(exports: unknown): PrototypePatch[] {
    const mod = exports as Json | undefined;
    const engine = prototypeWith(mod, "BaseQueryEngine", "query");
    const retriever = prototypeWith(mod, "BaseRetriever", "retrieve");
    const patches: PrototypePatch[] = [];
    if (engine !== undefined) patches.push({ proto: engine, method: "query", wrap: (original) => patchedQuery(original, this) });
    if (retriever !== undefined) patches.push({ proto: retriever, method: "retrieve", wrap: (original) => patchedRetrieve(original, this) });
    return patches;
  }
}

let manual: LlamaIndexInstrumentation | undefined;

/** The explicit fallback for bundled apps: pass `@llamaindex/core/query-engine` and `@llamaindex/core/retriever` (or `llamaindex`, which re-exports both). */
export function instrumentLlamaIndex(module: unknown): void {
  manual ??= new LlamaIndexInstrumentation({ enabled: false });
  if (!manual.holdsTargets(module)) {
    throw new Error(
      'instrumentLlamaIndex: expected a LlamaIndex module (import * as m from "llamaindex", "@llamaindex/core/query-engine" or "@llamaindex/core/retriever"); found no BaseQueryEngine or BaseRetriever in it',
    );
  }
  manual.patch(module);
}
