export { createQualityProcessor, jsonRequested, QUALITY_ATTRIBUTE_PREFIX, type QualityProcessorOptions } from "./processor";
export type { RetrievalCacheOptions } from "./retrieval-cache";
export type { HeuristicScore, QualityName } from "./heuristics";
