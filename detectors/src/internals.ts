/**
 * The detector's internals that the training and evaluation tools (training/, eval/) need, and the
 * seeded generator the eval sets and the collector's statistical measurements share; not part of the
 * public API and free to change.
 */
export { lexicalFeatures, lexicalUnitFeatures, LEXICAL_MODEL_FILE } from "./injection/model/lexical";
export { injectionEvidence, ruleFeaturesOf } from "./injection/score";
export { LEXICAL_CUT, STRONG_RULES } from "./injection/tuning";
export { mulberry32 } from "./random";
