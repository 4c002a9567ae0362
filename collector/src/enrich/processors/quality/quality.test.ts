import { describe, expect, it } from "vitest";
import type { SpanRecord } from "../record";
import { record, TRACE } from "../cost/test-fixtures";
import { answerComplete, groundedness, jsonValidity, refusal, relevance } from "./heuristics";
import { createQualityProcessor, jsonRequested } from "./index";
import { RetrievalCache } from "./retrieval-cache";
import { contentTokens } from "./text";

const DOCS = [
  "The Eiffel Tower is 330 metres tall. It was completed in 1889 for the World's Fair in Paris.",
  "Gustave Eiffel's company designed and built the tower.",
];

function chat(
  question: string,
  answer: string,
  fields: Parameters<typeof record>[0] = {},
  attrs: Record<string, string> = {},
  finishReason?: string,
): SpanRecord {
  return record(
    fields,
    {
      inputMessages: [
        { role: "system", content: "Answer from the context." },
        { role: "user", content: question },
      ],
      outputMessages: [{ role: "assistant", content: answer, ...(finishReason && { finishReason }) }],
    },
    attrs,
  );
}

function retrieval(docs: string[], traceId = TRACE, spanId = "1111111111111111"): SpanRecord {
  return record(
    { SpanType: "retrieval", SpanId: spanId, TraceId: traceId, Operation: "retrieval", RequestModel: "" },
    { retrievalQuery: "How tall is the Eiffel Tower?", retrievalDocuments: docs.map((content, i) => ({ id: `d${i}`, content })) },
  );
}

function run(batch: SpanRecord[], processor = createQualityProcessor()): void {
  for (const r of batch) processor.process(r, batch);
}

const byName = (r: SpanRecord) => Object.fromEntries(r.scores.map((s) => [s.Name, s]));

describe("text", () => {
  it("drops stopwords, stems plurals, keeps numbers, and uses bigrams for Hangul/Han", () => {
    expect(contentTokens("What are the towers of Paris in 1889?")).toEqual(["tower", "pari", "1889"]);
    expect(contentTokens("서울은")).toEqual(["서울", "울은"]);
    expect(contentTokens("서울의 인구")).toEqual(["서울", "울의", "인구"]);
  });
});

describe("heuristics", () => {
  it("groundedness: supported answer high, invented answer low", () => {
    const good = groundedness("The Eiffel Tower is 330 metres tall. It was completed in 1889.", DOCS)!;
    expect(good.value).toBe(1);
    expect(good.label).toBe("grounded");
    const bad = groundedness("The tower is 512 metres tall and was painted purple by Napoleon in 1750.", DOCS)!;
    expect(bad.value).toBeLessThan(0.4);
    expect(bad.label).toBe("ungrounded");
    const half = groundedness("The Eiffel Tower is 330 metres tall. Its elevators were made by Otis Brothers.", DOCS)!;
    expect(half.value).toBeGreaterThan(0.4);
    expect(half.value).toBeLessThan(0.7);
    expect(groundedness("...", DOCS)).toBeUndefined();
  });

  it("groundedness works across particles in Korean", () => {
    const g = groundedness("에펠탑의 높이는 330미터입니다.", ["에펠탑은 높이가 330미터인 탑입니다."])!;
    expect(g.value).toBeGreaterThan(0.5);
  });

  it("relevance: share of question terms in the answer", () => {
    expect(relevance("How tall is the Eiffel Tower?", "The Eiffel Tower is 330 metres tall.")!.value).toBe(1);
    const off = relevance("How tall is the Eiffel Tower?", "Our pricing starts at ten dollars a month.")!;
    expect(off.value).toBe(0);
    expect(off.label).toBe("off_topic");
    expect(relevance("what is it?", "anything")).toBeUndefined();
  });

  it("refusal: multilingual refusal and don't-know phrases, not normal answers", () => {
    const cases: [string, string][] = [
      ["I’m sorry, but I can’t help with that request.", "refusal"],
      ["I don't know based on the provided documents.", "dont_know"],
      ["Leider kann ich Ihnen dabei nicht helfen.", "refusal"],
      ["Ich kann Ihnen dabei nicht helfen.", "refusal"],
      ["Das weiß ich leider nicht — ich weiß es nicht.", "dont_know"],
      ["Désolé, mais je ne peux pas répondre à cette question.", "refusal"],
      ["Je ne sais pas.", "dont_know"],
      ["Lo siento, pero no puedo ayudarte con eso.", "refusal"],
      ["No tengo información sobre eso.", "dont_know"],
      ["죄송하지만 그 요청은 도와드릴 수 없습니다.", "refusal"],
      ["잘 모르겠습니다.", "dont_know"],
      ["申し訳ありませんが、お答えできません。", "refusal"],
      ["我不知道。", "dont_know"],
      ["I'm not sure.", "dont_know"],
      ["The Eiffel Tower is 330 metres tall.", "answer"],
      ["You can ignore case in a regex with the i flag; I'm not sure which engine you use, but most support it.".repeat(8), "answer"],
    ];
    for (const [text, label] of cases) expect(refusal(text).label, text).toBe(label);
  });

  it("json validity: valid, fenced, invalid, empty", () => {
    expect(jsonValidity('{"a": 1}').value).toBe(1);
    expect(jsonValidity('```json\n{"a": 1}\n```')).toMatchObject({ value: 0.5, label: "fenced" });
    expect(jsonValidity('{"a": 1').value).toBe(0);
    expect(jsonValidity("  ").label).toBe("empty");
  });

  it("answer complete: empty, truncated (length / max_tokens), filtered, complete", () => {
    expect(answerComplete("", [])).toMatchObject({ value: 0, label: "empty" });
    expect(answerComplete("The tower is", ["length"])).toMatchObject({ value: 0, label: "truncated" });
    expect(answerComplete("The tower is", ["max_tokens"]).label).toBe("truncated");
    expect(answerComplete("", ["content_filter"]).label).toBe("filtered");
    expect(answerComplete("Done.", ["stop"])).toMatchObject({ value: 1, label: "complete" });
  });

  it("detects a JSON output request from semconv, older and OpenInference attributes", () => {
    expect(jsonRequested({ "gen_ai.output.type": "json" })).toBe(true);
    expect(jsonRequested({ "gen_ai.output.type": "text" })).toBe(false);
    expect(jsonRequested({ "gen_ai.openai.request.response_format": "json_schema" })).toBe(true);
    expect(jsonRequested({ "llm.invocation_parameters": '{"response_format":{"type":"json_object"}}' })).toBe(true);
    expect(jsonRequested({ "llm.invocation_parameters": '{"response_format":{"type":"text"}}' })).toBe(false);
    expect(jsonRequested({})).toBe(false);
  });
});

describe("quality processor", () => {
  it("scores an LLM span against the retrieval of the same trace in the batch", () => {
    const llm = chat("How tall is the Eiffel Tower?", "The Eiffel Tower is 330 metres tall.", { PromptName: "qa", PromptVersion: "3", UserId: "u1" });
    const batch = [llm, retrieval(DOCS)];
    run(batch);
    const scores = byName(llm);
    expect(Object.keys(scores).sort()).toEqual(["answer_complete", "groundedness", "refusal", "relevance"]);
    expect(scores.groundedness).toMatchObject({
      ScoreValue: 1,
      ScoreLabel: "grounded",
      Source: "heuristic",
      TraceId: TRACE,
      SpanId: llm.llm!.SpanId,
      ServiceName: "support-bot",
      RequestModel: "gpt-4o-mini",
      PromptName: "qa",
      PromptVersion: "3",
      UserId: "u1",
      Timestamp: llm.llm!.Timestamp,
    });
    expect(scores.refusal!.ScoreValue).toBe(0);
    expect(llm.trace.SpanAttributes).toMatchObject({
      "llmscope.quality.groundedness": "1",
      "llmscope.quality.relevance": "1",
      "llmscope.quality.refusal": "0",
      "llmscope.quality.answer_complete": "1",
    });
    expect((llm.llm as unknown as { QualityScores: Record<string, number> }).QualityScores).toEqual({
      answer_complete: 1,
      refusal: 0,
      relevance: 1,
      groundedness: 1,
    });
    expect(batch[1]!.scores).toEqual([]);
  });

  it("finds a retrieval exported in an earlier request through the bounded cache, until its TTL", () => {
    let clock = 1_000;
    const processor = createQualityProcessor({ now: () => clock, retrievalCache: { ttlMs: 60_000 } });
    run([retrieval(DOCS)], processor);
    const later = chat("How tall is the Eiffel Tower?", "It is 330 metres tall.");
    run([later], processor);
    expect(byName(later).groundedness!.ScoreValue).toBe(1);

    clock += 61_000;
    const expired = chat("How tall is the Eiffel Tower?", "It is 330 metres tall.");
    run([expired], processor);
    expect(byName(expired).groundedness).toBeUndefined();
  });

  it("does not use another trace's documents", () => {
    const llm = chat("How tall is the Eiffel Tower?", "It is 330 metres tall.");
    run([llm, retrieval(DOCS, "ffffffffffffffffffffffffffffffff")]);
    expect(byName(llm).groundedness).toBeUndefined();
  });

  it("flags refusals and skips groundedness for them", () => {
    const llm = chat("How tall is the Eiffel Tower?", "I don't know.");
    run([llm, retrieval(DOCS)]);
    expect(byName(llm).refusal).toMatchObject({ ScoreValue: 1, ScoreLabel: "dont_know" });
    expect(byName(llm).groundedness).toBeUndefined();
  });

  it("scores JSON validity only when JSON was requested, and truncation from the finish reason", () => {
    const asked = chat("List the facts as JSON", '{"height": 330', {}, { "gen_ai.output.type": "json" }, "length");
    const plain = chat("Say hi", "hi", { FinishReasons: ["stop"] });
    run([asked, plain]);
    expect(byName(asked).json_validity).toMatchObject({ ScoreValue: 0, ScoreLabel: "invalid" });
    expect(byName(asked).answer_complete).toMatchObject({ ScoreValue: 0, ScoreLabel: "truncated" });
    expect(byName(plain).json_validity).toBeUndefined();
    expect(byName(plain).answer_complete!.ScoreValue).toBe(1);
  });

  it("scores an empty answer as incomplete only", () => {
    const empty = chat("How tall is the Eiffel Tower?", "");
    run([empty]);
    expect(empty.scores.map((s) => [s.Name, s.ScoreLabel])).toEqual([["answer_complete", "empty"]]);
  });

  it("skips spans without content, embeddings, errors and non-LLM spans", () => {
    const none = record({ InputTokens: 10 });
    const embeddings = chat("q", "a", { Operation: "embeddings" });
    const failed = chat("q", "", { StatusCode: "Error" });
    const inputOnly = record({}, { inputMessages: [{ role: "user", content: "hi" }] });
    run([none, embeddings, failed, inputOnly]);
    for (const r of [none, embeddings, failed, inputOnly]) {
      expect(r.scores).toEqual([]);
      expect(Object.keys(r.trace.SpanAttributes)).toEqual([]);
    }
  });
});

describe("retrieval cache", () => {
  it("evicts the least recently used trace beyond maxTraces and caps characters per trace", () => {
    const cache = new RetrievalCache({ maxTraces: 2, ttlMs: 1000, maxCharsPerTrace: 10 });
    cache.remember("a", ["0123456789abc"], 0);
    cache.remember("b", ["x"], 0);
    expect(cache.documents("a", 1)).toEqual(["0123456789"]);
    cache.remember("c", ["y"], 2);
    expect(cache.size).toBe(2);
    expect(cache.documents("b", 3)).toEqual([]);
    expect(cache.documents("a", 3)).toEqual(["0123456789"]);
    expect(cache.documents("c", 1002)).toEqual([]);
  });
});
