export { createCostProcessor } from "./cost";
export { createInjectionProcessor } from "./injection";
export { createQualityProcessor } from "./quality";
export { createPiiProcessor } from "./redact";
export type { Processor } from "./record";
