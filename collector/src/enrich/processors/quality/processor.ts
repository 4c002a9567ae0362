import type { CanonicalContent } from "../../../ingest/normalize/content";
import { scoredSpanOf, scoreRow } from "../../../store/score-row";
import type { Processor, ProcessorWrites, SpanRecord } from "../record";
import { answerComplete, groundedness, jsonValidity, QUALITY_NAMES, refusal, relevance, type HeuristicScore } from "./heuristics";
import { RetrievalCache, type RetrievalCacheOptions } from "./retrieval-cache";

export interface QualityProcessorOptions {
  /** Bounds of the cross-request retrieval cache (defaults: 1000 traces, 5 minutes, 64 KiB per trace). */
  retrievalCache?: RetrievalCacheOptions;
  /** Clock for the cache's TTL (tests). */
  now?: () => number;
}

export const QUALITY_ATTRIBUTE_PREFIX = "llmscope.quality.";

const QUALITY_WRITES: ProcessorWrites = { spanAttributes: QUALITY_NAMES.map((name) => `${QUALITY_ATTRIBUTE_PREFIX}${name}`), llmColumns: ["QualityScores"] };

/**
 * Cheap quality heuristics on every LLM-call span that carries captured content (formulas in
 * README.md). Each applicable heuristic adds one llm_scores row (Source "heuristic") to
 * record.scores, a `llmscope.quality.<name>` span attribute, and an entry of the row's
 * QualityScores map. Retrieval spans are remembered (bounded, see RetrievalCache) so an LLM span
 * exported in a later request is still checked against its trace's documents.
 * Runs after redaction, so it only ever sees redacted content; explanations never quote content.
 */
export function createQualityProcessor(options: QualityProcessorOptions = {}): Processor {
  const cache = new RetrievalCache(options.retrievalCache);
  const now = options.now ?? Date.now;

  return {
    name: "quality",
    writes: QUALITY_WRITES,
    process(record: SpanRecord, batch: readonly SpanRecord[]): void {
      const { llm, content } = record;
      if (!llm || !content) return;
      if (llm.SpanType === "retrieval") {
        cache.remember(llm.TraceId, documentTexts(content), now());
        return;
      }
      if (llm.SpanType !== "llm" || llm.Operation === "embeddings" || llm.StatusCode === "Error") return;
      if (content.outputMessages === undefined) return;

      const answer = content.outputMessages.map((m) => m.content).join("\n");
      const finishReasons = [...llm.FinishReasons, ...content.outputMessages.flatMap((m) => (m.finishReason ? [m.finishReason] : []))];
      const documents = traceDocuments(llm.TraceId, batch, cache, now());
      const question = lastUserMessage(content) ?? retrievalQuery(llm.TraceId, batch) ?? "";
      const refused = refusal(answer);

      const results: (HeuristicScore | undefined)[] = [answerComplete(answer, finishReasons)];
      if (answer.trim() !== "") {
        results.push(refused);
        if (question) results.push(relevance(question, answer));
        if (documents.length > 0 && refused.value === 0) results.push(groundedness(answer, documents));
      }
      if (jsonRequested(record.trace.SpanAttributes)) results.push(jsonValidity(answer));

      const summary: Record<string, number> = {};
      const span = scoredSpanOf(llm);
      for (const result of results) {
        if (!result) continue;
        record.scores.push(
          scoreRow(span, { Name: result.name, ScoreValue: result.value, ScoreLabel: result.label, Explanation: result.explanation, Source: "heuristic" }),
        );
        record.trace.SpanAttributes[`${QUALITY_ATTRIBUTE_PREFIX}${result.name}`] = String(result.value);
        summary[result.name] = result.value;
      }
      Object.assign(llm, { QualityScores: summary });
    },
  };
}

function documentTexts(content: CanonicalContent): string[] {
  return (content.retrievalDocuments ?? []).flatMap((d) => (d.content ? [d.content] : []));
}

/** Documents of the trace's retrievals in this request, plus those remembered from earlier requests. */
function traceDocuments(traceId: string, batch: readonly SpanRecord[], cache: RetrievalCache, now: number): string[] {
  const docs = new Set<string>();
  for (const r of batch) {
    if (r.llm?.SpanType === "retrieval" && r.llm.TraceId === traceId && r.content) for (const d of documentTexts(r.content)) docs.add(d);
  }
  for (const d of cache.documents(traceId, now)) docs.add(d);
  return [...docs];
}

function lastUserMessage(content: CanonicalContent): string | undefined {
  const users = (content.inputMessages ?? []).filter((m) => m.role === "user" && m.content.trim() !== "");
  return users.at(-1)?.content;
}

function retrievalQuery(traceId: string, batch: readonly SpanRecord[]): string | undefined {
  return batch.find((r) => r.llm?.SpanType === "retrieval" && r.llm.TraceId === traceId && r.content?.retrievalQuery)?.content?.retrievalQuery;
}

const JSON_FORMATS = new Set(["json", "json_object", "json_schema"]);

/**
 * JSON output requested: `gen_ai.output.type` = json (semconv), the older
 * `gen_ai.openai.request.response_format` / `gen_ai.request.response_format`, or OpenInference's
 * `llm.invocation_parameters` JSON carrying `response_format.type` json_object / json_schema.
 */
export function jsonRequested(attrs: Record<string, string>): boolean {
  for (const key of ["gen_ai.output.type", "gen_ai.openai.request.response_format", "gen_ai.request.response_format"]) {
    const value = attrs[key]?.trim().toLowerCase();
    if (value && JSON_FORMATS.has(value)) return true;
  }
  const params = attrs["llm.invocation_parameters"];
  if (params?.includes("response_format")) {
    try {
      const parsed = JSON.parse(params) as { response_format?: { type?: unknown } | string };
      const format = typeof parsed.response_format === "string" ? parsed.response_format : parsed.response_format?.type;
      return typeof format === "string" && JSON_FORMATS.has(format.toLowerCase());
    } catch {
      return false;
    }
  }
  return false;
}
