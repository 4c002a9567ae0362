import type { CanonicalContent } from "../../../ingest/normalize/content";
import type { Processor, ProcessorWrites, SpanRecord } from "../record";
import { bundledLexicalModel, DEFAULT_INJECTION_THRESHOLD, scoreInjection, type SignalName } from "@llmscope/detectors";

export interface InjectionProcessorOptions {
  /** Flag at or above this score (0–1); default 0.5. */
  threshold?: number;
  /** Score with the shipped lexical model as well as the rules; default true (false: rules alone). */
  lexicalModel?: boolean;
  /**
   * Optional extra detector (e.g. a local model). Called synchronously on each untrusted text; its
   * 0–1 score is combined with the built-in one (rules + shipped lexical model) by taking the higher. Default: none.
   */
  classifier?: InjectionClassifier;
}

export interface InjectionClassifier {
  readonly name: string;
  score(text: string): number;
  /** Optional: all untrusted texts of a span in one call (a model runs them as one batch). */
  scoreBatch?(texts: readonly string[]): number[];
}

/** The llm_spans columns this processor fills (migration 0006). */
export type InjectionColumns = { InjectionScore: number; InjectionFlagged: number };

export const INJECTION_ATTRIBUTES = {
  score: "llmscope.injection.score",
  flagged: "llmscope.injection.flagged",
  /** JSON array of the signal categories that fired, e.g. ["instruction_override"]. */
  signals: "llmscope.injection.signals",
} as const;

const INJECTION_WRITES: ProcessorWrites = { spanAttributes: Object.values(INJECTION_ATTRIBUTES), llmColumns: ["InjectionScore", "InjectionFlagged"] };

/**
 * Scores the untrusted text of a span (user messages, tool outputs, retrieval query and documents,
 * prompt variables, guardrail input, free-form input text) for prompt injection; the span's score is the highest of its
 * texts. Reads record.content, or the semconv content attributes when the normalizer left it null.
 * Writes llmscope.injection.* attributes and InjectionScore/InjectionFlagged on the llm_spans row.
 * Runs after PII redaction, so it only sees redacted text.
 */
export function createInjectionProcessor(options: InjectionProcessorOptions = {}): Processor {
  const threshold = options.threshold ?? DEFAULT_INJECTION_THRESHOLD;
  if (!(threshold >= 0 && threshold <= 1)) throw new Error(`injection threshold must be between 0 and 1, got ${threshold}`);
  const classifier = options.classifier;
  // The shipped model is read here, at start-up, not on the first span: a missing or broken file stops
  // the collector with its error instead of failing spans, and the first request pays nothing.
  const scoring = { threshold, lexicalModel: options.lexicalModel === false ? null : bundledLexicalModel() };

  return {
    name: "injection",
    writes: INJECTION_WRITES,
    process(record: SpanRecord): void {
      const texts = record.content ? untrustedTexts(record.content) : untrustedAttributeTexts(record.trace.SpanAttributes);
      if (texts.length === 0) return;
      let score = 0;
      const signals = new Set<SignalName>();
      const extra = classifier?.scoreBatch ? classifier.scoreBatch(texts) : undefined;
      for (const [i, text] of texts.entries()) {
        const result = scoreInjection(text, scoring);
        score = Math.max(score, result.score, classifier ? clamp(extra ? extra[i]! : classifier.score(text)) : 0);
        if (result.flagged) for (const s of result.signals) signals.add(s);
      }
      const flagged = score >= threshold;
      const attrs = record.trace.SpanAttributes;
      attrs[INJECTION_ATTRIBUTES.score] = String(score);
      attrs[INJECTION_ATTRIBUTES.flagged] = String(flagged);
      attrs[INJECTION_ATTRIBUTES.signals] = JSON.stringify([...signals]);
      if (record.llm) {
        const columns: InjectionColumns = { InjectionScore: score, InjectionFlagged: flagged ? 1 : 0 };
        Object.assign(record.llm, columns);
      }
    },
  };
}

function clamp(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, Math.round(n * 1000) / 1000)) : 0;
}

/** Roles whose messages come from outside the application: the user and tools. */
const UNTRUSTED_ROLES = new Set(["user", "human", "tool", "function", "ipython"]);

function untrustedTexts(content: CanonicalContent): string[] {
  const texts: string[] = [];
  for (const m of content.inputMessages ?? []) if (UNTRUSTED_ROLES.has(m.role.toLowerCase())) texts.push(m.content);
  for (const d of content.retrievalDocuments ?? []) if (d.content) texts.push(d.content);
  if (content.retrievalQuery) texts.push(content.retrievalQuery);
  texts.push(...Object.values(content.promptVariables ?? {}));
  if (content.guardrailContent) texts.push(content.guardrailContent);
  if (content.inputText) texts.push(content.inputText);
  return texts.filter((t) => t.trim() !== "");
}

/** Fallback for records without canonical content: the semconv message and retrieval attributes. */
function untrustedAttributeTexts(attrs: Record<string, string>): string[] {
  const texts: string[] = [];
  const messages = parseJson(attrs["gen_ai.input.messages"]);
  if (Array.isArray(messages)) {
    for (const m of messages as { role?: unknown; parts?: unknown }[]) {
      if (typeof m?.role !== "string" || !UNTRUSTED_ROLES.has(m.role.toLowerCase()) || !Array.isArray(m.parts)) continue;
      for (const part of m.parts as Record<string, unknown>[]) {
        for (const field of ["content", "result", "response"]) {
          const v = part?.[field];
          if (typeof v === "string") texts.push(v);
          else if (v !== undefined && v !== null && field !== "content") texts.push(JSON.stringify(v));
        }
      }
    }
  }
  const documents = parseJson(attrs["gen_ai.retrieval.documents"]);
  if (Array.isArray(documents)) for (const d of documents as { content?: unknown }[]) if (typeof d?.content === "string") texts.push(d.content);
  // Every span without canonical content comes here: its keys are walked without an entries array,
  // and the pattern runs only on keys that can match it.
  for (const key in attrs) {
    if (key === "gen_ai.retrieval.query.text" || key === "input.value" || (isPromptVariablePrefix(key) && PROMPT_VARIABLE.test(key))) texts.push(attrs[key]!);
  }
  return texts.length === 0 ? texts : texts.filter((t) => t.trim() !== "");
}

const PROMPT_VARIABLE = /^(?:llmscope|gen_ai)\.prompt\.variables?\./;

function isPromptVariablePrefix(key: string): boolean {
  return key.startsWith("gen_ai.prompt.variable") || key.startsWith("llmscope.prompt.variable");
}

function parseJson(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}
