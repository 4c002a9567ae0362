// The detector lives in @llmscope/detectors; redaction (../redact) applies it to spans.
export { detectPii, PII_TYPES, type PiiFinding, type PiiType } from "@llmscope/detectors";
