export { scoreInjection, type InjectionOptions, type InjectionResult } from "./score";
export { DEFAULT_INJECTION_THRESHOLD } from "./tuning";
export { bundledLexicalModel, type LexicalModel } from "./model/lexical";
export { normalizeForInjection } from "./normalize";
export type { SignalName } from "./rules/phrases";
