/** The score attributes a retrieval span should carry for these scores, computed here independently of setDocuments. */
export function expectedScoreStats(scores: number[]): Record<string, number> {
  return {
    "llmscope.retrieval.score.max": Math.max(...scores),
    "llmscope.retrieval.score.min": Math.min(...scores),
    "llmscope.retrieval.score.mean": scores.reduce((a, b) => a + b, 0) / scores.length,
  };
}
