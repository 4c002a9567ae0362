/**
 * The sampling settings chat APIs share, each SDK naming them its own way: the mapping passes its
 * values under these names and gets the semconv request attributes.
 */
import * as sc from "@llmscope/semconv";
import { num, put, strings } from "./json-values";

export interface SamplingSettings {
  temperature: unknown;
  topP: unknown;
  topK: unknown;
  maxTokens: unknown;
  stopSequences: unknown;
  seed: unknown;
  frequencyPenalty: unknown;
  presencePenalty: unknown;
}

export function putSampling(request: Record<string, unknown>, s: SamplingSettings): void {
  put(request, sc.ATTR_REQUEST_TEMPERATURE, num(s.temperature));
  put(request, sc.ATTR_REQUEST_TOP_P, num(s.topP));
  put(request, sc.ATTR_REQUEST_TOP_K, num(s.topK));
  put(request, sc.ATTR_REQUEST_MAX_TOKENS, num(s.maxTokens));
  put(request, sc.ATTR_REQUEST_STOP_SEQUENCES, strings(s.stopSequences));
  put(request, sc.ATTR_REQUEST_SEED, num(s.seed));
  put(request, sc.ATTR_REQUEST_FREQUENCY_PENALTY, num(s.frequencyPenalty));
  put(request, sc.ATTR_REQUEST_PRESENCE_PENALTY, num(s.presencePenalty));
}
