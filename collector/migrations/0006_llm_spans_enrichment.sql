-- llm_spans enrichment columns written by the PII, injection and quality processors.
-- Defaults describe "not analysed / nothing found", so rows written before this migration and rows
-- whose enricher is switched off read as empty, never as a false finding:
--   PiiTypes       distinct PII types found in the span's content (EMAIL, PHONE, ...), sorted
--   PiiCount       number of PII findings (all types)
--   InjectionScore prompt-injection score 0–1 of the span's untrusted text (user input, documents,
--                  tool output); 0 when not scored
--   InjectionFlagged 1 when InjectionScore reached the configured threshold
--   QualityScores  heuristic quality scores by name (groundedness, relevance, ...), 0–1; the
--                  per-evaluation rows with labels and explanations are in llm_scores
-- One ALTER statement; the cluster rewriter applies it to llm_spans_local and the Distributed llm_spans.
ALTER TABLE llm_spans
    ADD COLUMN IF NOT EXISTS PiiTypes Array(LowCardinality(String)) DEFAULT [] CODEC(ZSTD(1)),
    ADD COLUMN IF NOT EXISTS PiiCount UInt32 DEFAULT 0 CODEC(T64, ZSTD(1)),
    ADD COLUMN IF NOT EXISTS InjectionScore Float32 DEFAULT 0 CODEC(ZSTD(1)),
    ADD COLUMN IF NOT EXISTS InjectionFlagged UInt8 DEFAULT 0 CODEC(ZSTD(1)),
    ADD COLUMN IF NOT EXISTS QualityScores Map(LowCardinality(String), Float64) DEFAULT map() CODEC(ZSTD(1))
