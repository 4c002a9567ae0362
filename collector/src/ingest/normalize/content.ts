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
  /**
   * Free-form payloads that are not chat messages: an embedding input, OpenInference `input.value` /
   * `output.value` that is not a message list, OpenLLMetry `traceloop.entity.input/output` of a
   * workflow or task span.
   */
  inputText?: string;
  outputText?: string;
  /**
   * Every attribute that carried content on this span, also those whose value a higher-priority
   * attribute superseded above (e.g. OpenInference `input.value` next to `llm.input_messages.*`),
   * so a redaction policy can rewrite or drop all of them. Content in span events is named by the
   * event's index in the span's event list and the event attribute key.
   */
  sources: ContentSource[];
}

export type ContentSource = { where: "span"; key: string } | { where: "event"; eventIndex: number; key: string };
