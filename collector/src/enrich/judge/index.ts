export { JudgeConfigSchema, type JudgeConfig } from "./config";
export { JudgeWorker, type JudgeItem, type JudgedSpan, type JudgeOutcome, type JudgeWorkerOptions } from "./worker";
export { createJudgeProcessor, type JudgeProcessorOptions } from "./processor";
export { CRITERIA, type Criterion, type JudgeInput } from "./rubric";
