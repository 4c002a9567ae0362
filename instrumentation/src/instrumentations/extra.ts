import type { InstrumentationBase } from "@opentelemetry/instrumentation";
import { BedrockInstrumentation } from "./bedrock/instrumentation";
import { GoogleGenAIInstrumentation } from "./google-genai/instrumentation";
import { OllamaInstrumentation } from "./ollama/instrumentation";

/**
 * The provider and vector-store instrumentations beyond OpenAI and Anthropic, each on by default.
 * A list of its own so that how register() loads instrumentations and what it loads stay apart.
 */
export interface ExtraInstrumentOptions {
  ollama?: boolean;
  googleGenAI?: boolean;
  bedrock?: boolean;
}

/** The module names the ESM loader hook must intercept for each. */
export const EXTRA_HOOKED_MODULES: Required<{ [K in keyof ExtraInstrumentOptions]: string }> = {
  ollama: "ollama",
  googleGenAI: "@google/genai",
  bedrock: "@aws-sdk/client-bedrock-runtime",
};

const FACTORIES: Required<{ [K in keyof ExtraInstrumentOptions]: () => InstrumentationBase }> = {
  ollama: () => new OllamaInstrumentation(),
  googleGenAI: () => new GoogleGenAIInstrumentation(),
  bedrock: () => new BedrockInstrumentation(),
};

export function extraInstrumentations(options: ExtraInstrumentOptions): InstrumentationBase[] {
  return (Object.keys(FACTORIES) as (keyof ExtraInstrumentOptions)[]).filter((k) => options[k] ?? true).map((k) => FACTORIES[k]());
}
