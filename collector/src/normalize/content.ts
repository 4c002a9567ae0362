/**
 * The captured content of a GenAI span, read from whichever dialect carried it. Enrichers (PII,
 * injection, quality) read this instead of attribute names. `sources` lists every attribute that
 * carried content, so a redaction policy can rewrite or drop exactly those values.
 */
export interface ContentMessage {
  role: string;
  /** Text parts joined with "\n"; non-text parts are left out. */
  content: string;
  finishReason?: string;
}

export interface ContentDocument {
  id?: string;
  score?: number;
  content?: string;
}

export interface CanonicalContent {
  systemInstructions?: string;
  inputMessages?: ContentMessage[];
  outputMessages?: ContentMessage[];
  promptTemplate?: string;
  promptVariables?: Record<string, string>;
  retrievalQuery?: string;
  retrievalDocuments?: ContentDocument[];
  guardrailContent?: string;
  /** Where content came from: span attribute keys, and event attribute keys as "<event name>:<key>". */
  sources: ContentSource[];
}

export type ContentSource = { where: "span"; key: string } | { where: "event"; eventIndex: number; key: string };
