export { createCostProcessor, COST_ATTRIBUTES, REPORTED_SOURCE, type CostProcessorOptions } from "./processor";
export { PriceOverrides, PriceOverridesError } from "./overrides";
