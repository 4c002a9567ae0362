/**
 * Expected values built the way docs/spans.md defines them, independently of the instrumentation
 * code, for the shapes many SDK tests assert alike.
 */

/** gen_ai.output.messages of a reply that says `text` and then calls one tool. */
export function replyWithToolCall(text: string, call: { id?: string; name: string; arguments: unknown }, finishReason: string) {
  return [
    {
      role: "assistant",
      parts: [
        { type: "text", content: text },
        { type: "tool_call", ...call },
      ],
      finish_reason: finishReason,
    },
  ];
}

/** The score statistics of a retrieval span, computed from the scores the fake store answered. */
export function scoreStatistics(scores: number[]) {
  return {
    "llmscope.retrieval.score.max": Math.max(...scores),
    "llmscope.retrieval.score.min": Math.min(...scores),
    "llmscope.retrieval.score.mean": scores.reduce((a, b) => a + b) / scores.length,
  };
}
