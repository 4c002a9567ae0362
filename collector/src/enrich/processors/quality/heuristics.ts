import { detectRefusal } from "./refusal";
import { contentTokens, sentences } from "./text";

/** One heuristic result: a 0–1 value, a label and a content-free explanation (formulas: README.md). */
export interface HeuristicScore {
  name: QualityName;
  value: number;
  label: string;
  explanation: string;
}

export const QUALITY_NAMES = ["groundedness", "relevance", "refusal", "json_validity", "answer_complete"] as const;

export type QualityName = (typeof QUALITY_NAMES)[number];

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

/**
 * Mean, over the answer's sentences, of the share of each sentence's content terms that occur in the
 * retrieved documents. Undefined when the answer has no content terms.
 */
export function groundedness(answer: string, documents: readonly string[]): HeuristicScore | undefined {
  const context = new Set(documents.flatMap(contentTokens));
  const coverages: number[] = [];
  for (const sentence of sentences(answer)) {
    const terms = new Set(contentTokens(sentence));
    if (terms.size === 0) continue;
    let found = 0;
    for (const t of terms) if (context.has(t)) found++;
    coverages.push(found / terms.size);
  }
  if (coverages.length === 0) return undefined;
  const value = round(coverages.reduce((a, b) => a + b, 0) / coverages.length);
  const supported = coverages.filter((c) => c >= 0.5).length;
  return {
    name: "groundedness",
    value,
    label: value >= 0.7 ? "grounded" : value >= 0.4 ? "partially_grounded" : "ungrounded",
    explanation: `mean term coverage of ${coverages.length} answer sentence(s) by ${documents.length} retrieved document(s); ${supported} sentence(s) at least half covered`,
  };
}

/** Share of the question's content terms that the answer uses. Undefined when the question has none. */
export function relevance(question: string, answer: string): HeuristicScore | undefined {
  const asked = new Set(contentTokens(question));
  if (asked.size === 0) return undefined;
  const answered = new Set(contentTokens(answer));
  let found = 0;
  for (const t of asked) if (answered.has(t)) found++;
  const value = round(found / asked.size);
  return {
    name: "relevance",
    value,
    label: value >= 0.5 ? "relevant" : value > 0 ? "partially_relevant" : "off_topic",
    explanation: `${found} of ${asked.size} question term(s) used in the answer`,
  };
}

/** 1 when the answer refuses or says it does not know (label says which), 0 otherwise. */
export function refusal(answer: string): HeuristicScore {
  const found = detectRefusal(answer);
  return {
    name: "refusal",
    value: found.kind === "answer" ? 0 : 1,
    label: found.kind,
    explanation: found.phrase ? `matched the ${found.kind === "refusal" ? "refusal" : "don't-know"} phrase list` : "no refusal or don't-know phrase",
  };
}

const FENCE = /^```[a-zA-Z]*\s*\n?([\s\S]*?)\n?```$/;

/** 1 when the answer parses as JSON, 0.5 when it does only inside a Markdown code fence, 0 otherwise. */
export function jsonValidity(answer: string): HeuristicScore {
  const text = answer.trim();
  const score = (value: number, label: string, explanation: string): HeuristicScore => ({ name: "json_validity", value, label, explanation });
  if (text === "") return score(0, "empty", "JSON output was requested and the answer is empty");
  if (parses(text)) return score(1, "valid", "the answer parses as JSON");
  const fenced = FENCE.exec(text);
  if (fenced && parses(fenced[1] ?? "")) return score(0.5, "fenced", "the answer parses as JSON only inside a Markdown code fence");
  return score(0, "invalid", "JSON output was requested and the answer does not parse as JSON");
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const TRUNCATED = new Set(["length", "max_tokens", "max_output_tokens", "model_length"]);
const FILTERED = new Set(["content_filter", "safety", "recitation", "blocklist", "prohibited_content", "spii"]);

/** 0 for an empty answer, one cut off by the token limit, or one stopped by a content filter; 1 otherwise. */
export function answerComplete(answer: string, finishReasons: readonly string[]): HeuristicScore {
  const reasons = finishReasons.map((r) => r.toLowerCase());
  const score = (value: number, label: string, explanation: string): HeuristicScore => ({ name: "answer_complete", value, label, explanation });
  const truncated = reasons.find((r) => TRUNCATED.has(r));
  if (truncated) return score(0, "truncated", `finish reason ${truncated}: the answer was cut off at the token limit`);
  const filtered = reasons.find((r) => FILTERED.has(r));
  if (filtered) return score(0, "filtered", `finish reason ${filtered}: the answer was stopped by a content filter`);
  if (answer.trim() === "") return score(0, "empty", "the answer is empty");
  return score(1, "complete", "non-empty answer, not cut off");
}
