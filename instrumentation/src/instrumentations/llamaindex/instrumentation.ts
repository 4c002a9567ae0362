import { patchesIn, SubpathInstrumentation, type AsyncMethod, type NamedPatch, type PrototypePatch, type SubpathTarget } from "../subpath-instrumentation";
import { patchedGetTools, patchedRetrieve, patchedStep } from "./spans";

/** The `@llamaindex/core` versions whose query engines, chat engines, agents and retrievers llmscope patches. */
export const LLAMAINDEX_SUPPORTED_VERSIONS = [">=0.6 <0.7"];

/**
 * `llamaindex` and its provider packages import the base classes from these subpath exports of
 * `@llamaindex/core` (whose main entry exports nothing); the classes live there once, whichever
 * package the app imports.
 */
export const LLAMAINDEX_SUBPATHS = ["./query-engine", "./retriever", "./chat-engine", "./agent"];
const SPECIFIERS = LLAMAINDEX_SUBPATHS.map((s) => `@llamaindex/core/${s.slice(2)}`);

/**
 * LlamaIndex TS's own steps as spans: query engines (`query {engine}`, INTERNAL), chat engines
 * (`chat {engine}`, INTERNAL), agents (`agent {agent}`, INTERNAL, with their tool runs as
 * execute_tool spans) and retrievers (retrieval). LLMs and embedding models get no span of their own: the provider SDK they call
 * (openai beneath `@llamaindex/openai`, …) is instrumented, so each model call is counted once.
 */
export class LlamaIndexInstrumentation extends SubpathInstrumentation {
  static readonly target: SubpathTarget = {
    name: "llmscope-llamaindex",
    specifiers: SPECIFIERS,
    /** LLAMAINDEX_SUPPORTED_VERSIONS. */
    supportsVersion: (version) => /^0\.6\./.test(version),
  };

  /**
   * BaseQueryEngine.query (`./query-engine`), BaseRetriever.retrieve (`./retriever`), the chat
   * engines' chat (`./chat-engine`: ContextChatEngine and SimpleChatEngine implement BaseChatEngine
   * without inheriting a method from it) and AgentRunner's chat and getTools (`./agent`), whichever
   * the module holds.
   */
  protected prototypePatches(exports: unknown): PrototypePatch[] {
    return patchesIn(exports, [
      ["BaseQueryEngine", "query", (original) => patchedStep("query", original, this)],
      ["BaseRetriever", "retrieve", (original) => patchedRetrieve(original, this)],
      ...CHAT_ENGINES.map((engine): NamedPatch => [engine, "chat", (original) => patchedStep("chat", original, this)]),
      ["AgentRunner", "chat", (original) => patchedStep("agent", original, this)],
      ["AgentRunner", "getTools", (original) => patchedGetTools(original, this) as AsyncMethod],
    ]);
  }
}

/** The chat engines `@llamaindex/core/chat-engine` defines, each with its own chat(). */
const CHAT_ENGINES = ["ContextChatEngine", "SimpleChatEngine"];

let manual: LlamaIndexInstrumentation | undefined;

/**
 * The explicit fallback for bundled apps: pass `@llamaindex/core/query-engine`, `/retriever`,
 * `/chat-engine` and `/agent` (or `llamaindex`, which re-exports them all).
 */
export function instrumentLlamaIndex(module: unknown): void {
  manual ??= new LlamaIndexInstrumentation({ enabled: false });
  if (!manual.holdsTargets(module)) {
    throw new Error(
      'instrumentLlamaIndex: expected a LlamaIndex module (import * as m from "llamaindex", "@llamaindex/core/query-engine", "/retriever", "/chat-engine" or "/agent"); found no BaseQueryEngine, BaseRetriever, chat engine or AgentRunner in it',
    );
  }
  manual.patch(module);
}
