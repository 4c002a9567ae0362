export { createPiiProcessor, redactText, PII_ATTRIBUTES, type PiiColumns, type PiiPolicy, type PiiProcessorOptions } from "./processor";
export { isContentKey } from "./content-keys";
