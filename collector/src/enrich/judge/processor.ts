import type { Processor, SpanRecord } from "../processors/record";
import { scoredSpanOf } from "../../store/score-row";
import type { JudgeConfig } from "./config";
import type { JudgeWorker } from "./worker";

export type JudgeProcessorOptions = Pick<JudgeConfig, "sampleRate" | "maxContentChars">;

/**
 * Feeds the judge: for a sampled LLM-call span with captured output, copies its (already redacted)
 * question, answer, system instructions and the documents of its trace's retrievals in the request,
 * each cut to `maxContentChars`, and enqueues them. It never waits and never changes the record; a
 * full queue drops the item (counted by the worker). Place it after the redaction stage.
 * Sampling hashes the span id (FNV-1a), so the same span is judged or skipped on every replica.
 */
export function createJudgeProcessor(worker: JudgeWorker, options: JudgeProcessorOptions): Processor {
  const cut = (text: string) => (text.length > options.maxContentChars ? text.slice(0, options.maxContentChars) : text);
  return {
    name: "judge",
    process(record: SpanRecord, batch: readonly SpanRecord[]): void {
      const { llm, content } = record;
      if (!llm || !content?.outputMessages || llm.SpanType !== "llm" || llm.Operation === "embeddings" || llm.StatusCode === "Error") return;
      if (!sampled(llm.SpanId, options.sampleRate)) return;
      const answer = content.outputMessages.map((m) => m.content).join("\n");
      if (answer.trim() === "") return;
      const question = (content.inputMessages ?? []).filter((m) => m.role === "user").at(-1)?.content ?? "";
      const context = batch.flatMap((r) =>
        r.llm?.SpanType === "retrieval" && r.llm.TraceId === llm.TraceId
          ? (r.content?.retrievalDocuments ?? []).flatMap((d) => (d.content ? [cut(d.content)] : []))
          : [],
      );
      worker.enqueue({
        span: scoredSpanOf(llm),
        input: {
          question: cut(question),
          answer: cut(answer),
          context,
          ...(content.systemInstructions && { systemInstructions: cut(content.systemInstructions) }),
        },
      });
    },
  };
}

/** Deterministic sampling: FNV-1a 32-bit of the span id, scaled to [0, 1), below the rate. */
export function sampled(spanId: string, rate: number): boolean {
  if (rate >= 1) return true;
  if (rate <= 0) return false;
  let hash = 0x811c9dc5;
  for (let i = 0; i < spanId.length; i++) {
    hash ^= spanId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 0x1_0000_0000 < rate;
}
