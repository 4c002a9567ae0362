import type { Config } from "../../config";
import { createJudgeProcessor, type JudgeWorker } from "../judge";
import type { MetricsRegistry } from "../../telemetry/metrics";
import { createCostProcessor } from "./cost";
import { createInjectionProcessor } from "./injection";
import { onnxScorerFromConfig } from "./injection/onnx-scorer";
import { createQualityProcessor } from "./quality";
import { createPiiProcessor } from "./redact";
import type { Processor } from "./record";

/**
 * The enrichment processors in their fixed order. Redaction must come first so nothing after it
 * (cost attributes, quality scores, the judge's copy of the content) ever sees unredacted text.
 */
export function createProcessors(config: Config, metrics: MetricsRegistry, judge: JudgeWorker | undefined): Processor[] {
  const classifier = onnxScorerFromConfig(config.injection, metrics);
  const processors: Processor[] = [createPiiProcessor({ policy: config.pii.policy }), createInjectionProcessor({ threshold: config.injection.threshold, lexicalModel: config.injection.model, classifier })];
  if (config.cost.enabled) processors.push(createCostProcessor({ overridesFile: config.cost.pricesFile, metrics }));
  if (config.quality.enabled) processors.push(createQualityProcessor());
  if (judge && config.judge) processors.push(createJudgeProcessor(judge, { sampleRate: config.judge.sampleRate, maxContentChars: config.judge.maxContentChars }));
  return processors;
}
