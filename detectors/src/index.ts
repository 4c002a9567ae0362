/**
 * @llmscope/detectors: deterministic, offline detectors of prompt injection (injection/) and personal
 * data (pii/) in text. No download and no network: the injection detector's lexical model ships in
 * models/.
 */
export * from "./injection";
export * from "./pii";
