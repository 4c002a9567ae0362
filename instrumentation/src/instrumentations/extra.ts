import type { InstrumentationBase } from "@opentelemetry/instrumentation";
import type { LlmscopeInstrumentationConfig } from "./instrumentation-base";
import { BedrockInstrumentation } from "./bedrock/instrumentation";
import { ChromaInstrumentation } from "./chroma/instrumentation";
import { GoogleGenAIInstrumentation } from "./google-genai/instrumentation";
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
}

/** The module names the ESM loader hook must intercept for each. */
export const EXTRA_HOOKED_MODULES: Required<{ [K in keyof ExtraInstrumentOptions]: string }> = {
  ollama: "ollama",
  googleGenAI: "@google/genai",
  bedrock: "@aws-sdk/client-bedrock-runtime",
  qdrant: "@qdrant/js-client-rest",
  pinecone: "@pinecone-database/pinecone",
  chroma: "chromadb",
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
};

export function createExtraInstrumentation(key: keyof ExtraInstrumentOptions, config: LlmscopeInstrumentationConfig = {}): Patcher {
  return FACTORIES[key](config);
}

export function extraInstrumentations(options: ExtraInstrumentOptions, config: LlmscopeInstrumentationConfig = {}): InstrumentationBase[] {
  return (Object.keys(FACTORIES) as (keyof ExtraInstrumentOptions)[]).filter((k) => options[k] ?? true).map((k) => FACTORIES[k](config));
}
