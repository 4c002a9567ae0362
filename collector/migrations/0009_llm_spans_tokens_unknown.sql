-- llm_spans.TokensUnknown: 1 when an LLM call's token usage was not reported, or only in part (a
-- stream stopped before its usage chunk, a manual span given no usage). The token columns then
-- hold only what was reported and the cost enricher leaves the call unpriced (reason
-- tokens_unknown), so a missing count is never read as 0 tokens and $0. Rows written before this
-- migration read 0 (their usage cannot be told apart any more).
ALTER TABLE llm_spans
    ADD COLUMN IF NOT EXISTS TokensUnknown UInt8 DEFAULT 0 CODEC(ZSTD(1))
