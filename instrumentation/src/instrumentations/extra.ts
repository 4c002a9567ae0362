import type { InstrumentationBase } from "@opentelemetry/instrumentation";
import type { LlmscopeInstrumentationConfig } from "./instrumentation-base";
import { BedrockInstrumentation } from "./bedrock/instrumentation";
import { ChromaInstrumentation } from "./chroma/instrumentation";
import { CohereInstrumentation } from "./cohere/instrumentation";
import { GoogleGenAIInstrumentation } from "./google-genai/instrumentation";
import { LANGCHAIN_SUBPATHS, LangChainInstrumentation } from "./langchain/instrumentation";
import { LLAMAINDEX_SUBPATHS, LlamaIndexInstrumentation } from "./llamaindex/instrumentation";
import { LlamaIndexWorkflowInstrumentation } from "./llamaindex-workflow/instrumentation";
import { MCP_CLIENT_SUBPATHS, McpInstrumentation } from "./mcp/instrumentation";
import { MistralInstrumentation } from "./mistral/instrumentation";
import { OllamaInstrumentation } from "./ollama/instrumentation";
import { PineconeInstrumentation } from "./pinecone/instrumentation";
import { QdrantInstrumentation } from "./qdrant/instrumentation";

/**
 * The provider and vector-store instrumentations beyond OpenAI and Anthropic, each on by default.
 * A list of its own so that how register() loads instrumentations and what it loads stay apart.
 */
export interface ExtraInstrumentOptions {
  ollama?: boolean;
  googleGenAI?: boolean;
  bedrock?: boolean;
  qdrant?: boolean;
  pinecone?: boolean;
  chroma?: boolean;
  mistral?: boolean;
  cohere?: boolean;
  mcp?: boolean;
  langchain?: boolean;
  llamaindex?: boolean;
  llamaindexWorkflow?: boolean;
}

/** The module names the ESM loader hook must intercept for each. */
export const EXTRA_HOOKED_MODULES: Required<{ [K in keyof ExtraInstrumentOptions]: string }> = {
  ollama: "ollama",
  googleGenAI: "@google/genai",
  bedrock: "@aws-sdk/client-bedrock-runtime",
  qdrant: "@qdrant/js-client-rest",
  pinecone: "@pinecone-database/pinecone",
  chroma: "chromadb",
  mistral: "@mistralai/mistralai",
  cohere: "cohere-ai",
  mcp: "@modelcontextprotocol/sdk",
  langchain: "@langchain/core",
  llamaindex: "@llamaindex/core",
  llamaindexWorkflow: "@llamaindex/workflow",
};

/**
 * Packages whose instrumented class is not in their main entry but in a subpath export the app
 * imports by name (`@modelcontextprotocol/sdk/client/index.js`): the loader hook must intercept
 * those specifiers, and the app's copy is looked up there.
 */
export const EXTRA_SUBPATHS: { [K in keyof ExtraInstrumentOptions]?: readonly string[] } = {
  mcp: MCP_CLIENT_SUBPATHS,
  langchain: LANGCHAIN_SUBPATHS,
  llamaindex: LLAMAINDEX_SUBPATHS,
};

/** An instrumentation that can also patch a module instance handed to it (see app-modules.ts). */
export type Patcher = InstrumentationBase & { patch(exports: unknown): unknown };

type Factory = (config: LlmscopeInstrumentationConfig) => Patcher;

const FACTORIES: Required<{ [K in keyof ExtraInstrumentOptions]: Factory }> = {
  ollama: (config) => new OllamaInstrumentation(config),
  googleGenAI: (config) => new GoogleGenAIInstrumentation(config),
  bedrock: (config) => new BedrockInstrumentation(config),
  qdrant: (config) => new QdrantInstrumentation(config),
  pinecone: (config) => new PineconeInstrumentation(config),
  chroma: (config) => new ChromaInstrumentation(config),
  mistral: (config) => new MistralInstrumentation(config),
  cohere: (config) => new CohereInstrumentation(config),
  mcp: (config) => new McpInstrumentation(config),
  langchain: (config) => new LangChainInstrumentation(config),
  llamaindex: (config) => new LlamaIndexInstrumentation(config),
  llamaindexWorkflow: (config) => new LlamaIndexWorkflowInstrumentation(config),
};

export function createExtraInstrumentation(key: keyof ExtraInstrumentOptions, config: LlmscopeInstrumentationConfig = {}): Patcher {
  return FACTORIES[key](config);
}

export function extraInstrumentations(options: ExtraInstrumentOptions, config: LlmscopeInstrumentationConfig = {}): InstrumentationBase[] {
  return (Object.keys(FACTORIES) as (keyof ExtraInstrumentOptions)[]).filter((k) => options[k] ?? true).map((k) => FACTORIES[k](config));
}
