export { scoreInjection, DEFAULT_INJECTION_THRESHOLD, type InjectionOptions, type InjectionResult } from "./score";
export { createInjectionProcessor, INJECTION_ATTRIBUTES, type InjectionClassifier, type InjectionColumns, type InjectionProcessorOptions } from "./processor";
export { normalizeForInjection } from "./normalize";
export type { SignalName } from "./signals";
