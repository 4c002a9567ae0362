import type { Config } from "./config";
import { createJudgeProcessor, type JudgeWorker } from "./enrich/judge";
import { createCostProcessor, createInjectionProcessor, createPiiProcessor, createQualityProcessor, type Processor } from "./enrich/processors";
import { onnxScorerFromConfig } from "./enrich/processors/injection/onnx-scorer";
import type { MetricsRegistry } from "./telemetry/metrics";

/**
 * The enrichment processors in their fixed order, from the collector's settings. Redaction must come
 * first so nothing after it (cost attributes, quality scores, the judge's copy of the content) ever
 * sees unredacted text. The judge runs last and is built on the processors, so the chain is put
 * together here rather than in enrich/processors.
 */
export function createProcessors(config: Config, metrics: MetricsRegistry, judge: JudgeWorker | undefined): Processor[] {
  const classifier = onnxScorerFromConfig(config.injection, metrics);
  const processors: Processor[] = [
    createPiiProcessor({ policy: config.pii.policy }),
    createInjectionProcessor({ threshold: config.injection.threshold, lexicalModel: config.injection.model, classifier }),
  ];
  if (config.cost.enabled) processors.push(createCostProcessor({ overridesFile: config.cost.pricesFile, metrics }));
  if (config.quality.enabled) processors.push(createQualityProcessor());
  if (judge && config.judge)
    processors.push(createJudgeProcessor(judge, { sampleRate: config.judge.sampleRate, maxContentChars: config.judge.maxContentChars }));
  return processors;
}
