// The detector lives in @llmscope/detectors; this folder adapts it to a span processor.
export {
  scoreInjection,
  DEFAULT_INJECTION_THRESHOLD,
  normalizeForInjection,
  type InjectionOptions,
  type InjectionResult,
  type SignalName,
} from "@llmscope/detectors";
export { createInjectionProcessor, INJECTION_ATTRIBUTES, type InjectionClassifier, type InjectionColumns, type InjectionProcessorOptions } from "./processor";
