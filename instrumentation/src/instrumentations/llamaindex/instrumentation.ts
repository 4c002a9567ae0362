import { isWrapped } from "@opentelemetry/instrumentation";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { LlmscopeInstrumentationConfig } from "../instrumentation-base";
import type { Json } from "../json-values";
import { SubpathInstrumentation } from "../subpath-instrumentation";
import { patchedQuery, patchedRetrieve, type Method } from "./spans";

/** The `@llamaindex/core` versions whose query engines and retrievers llmscope patches. */
export const LLAMAINDEX_SUPPORTED_VERSIONS = [">=0.6 <0.7"];

/**
 * `llamaindex` and its provider packages import the base classes from these subpath exports of
 * `@llamaindex/core` (whose main entry exports nothing); the classes live there once, whichever
 * package the app imports.
 */
export const LLAMAINDEX_SUBPATHS = ["./query-engine", "./retriever"];
const SPECIFIERS = LLAMAINDEX_SUBPATHS.map((s) => `@llamaindex/core/${s.slice(2)}`);

/** LLAMAINDEX_SUPPORTED_VERSIONS, checked by hand: the specifier hooks bypass the base class's version check. */
function supported(baseDir: string | undefined): boolean {
  if (baseDir === undefined) return true;
  try {
    const { version } = JSON.parse(readFileSync(path.join(baseDir, "package.json"), "utf8")) as { version?: string };
    return /^0\.6\./.test(String(version));
  } catch {
    return false;
  }
}

type Proto = Record<string, Method>;

/** BaseQueryEngine (`./query-engine`) and BaseRetriever (`./retriever`), whichever the module holds. */
function targets(exports: unknown): { engine?: Proto; retriever?: Proto } {
  const mod = exports as Json | undefined;
  if (mod === null || (typeof mod !== "object" && typeof mod !== "function")) return {};
  const engine = mod.BaseQueryEngine?.prototype;
  const retriever = mod.BaseRetriever?.prototype;
  return {
    engine: typeof engine?.query === "function" ? engine : undefined,
    retriever: typeof retriever?.retrieve === "function" ? retriever : undefined,
  };
}

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

  protected supported(baseDir: string | undefined): boolean {
    return supported(baseDir);
  }

  patch<T>(exports: T): T {
    const { engine, retriever } = targets(exports);
    if (engine !== undefined && !isWrapped(engine.query)) this._wrap(engine, "query", (original) => patchedQuery(original, this));
    if (retriever !== undefined && !isWrapped(retriever.retrieve)) this._wrap(retriever, "retrieve", (original) => patchedRetrieve(original, this));
    return exports;
  }

  unpatch(exports: unknown): void {
    const { engine, retriever } = targets(exports);
    if (engine !== undefined && isWrapped(engine.query)) this._unwrap(engine, "query");
    if (retriever !== undefined && isWrapped(retriever.retrieve)) this._unwrap(retriever, "retrieve");
  }
}

let manual: LlamaIndexInstrumentation | undefined;

/** The explicit fallback for bundled apps: pass `@llamaindex/core/query-engine` and `@llamaindex/core/retriever` (or `llamaindex`, which re-exports both). */
export function instrumentLlamaIndex(module: unknown): void {
  manual ??= new LlamaIndexInstrumentation({ enabled: false });
  const found = targets(module);
  if (found.engine === undefined && found.retriever === undefined) {
    throw new Error(
      'instrumentLlamaIndex: expected a LlamaIndex module (import * as m from "llamaindex", "@llamaindex/core/query-engine" or "@llamaindex/core/retriever"); found no BaseQueryEngine or BaseRetriever in it',
    );
  }
  manual.patch(module);
}
