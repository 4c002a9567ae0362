-- The GenAI view of one trace's spans (llm_spans): span type, model, tokens, cost, finish reasons,
-- prompt and user context, retrieval and guardrail results, and the PII, injection and quality
-- enrichment. Spans that are not GenAI spans have no row here.
-- @param trace_id String the trace id, 32 lowercase hex characters
-- @column SpanId String span id
-- @column span_type String prompt, retrieval, llm or guardrail
-- @column operation String gen_ai.operation.name
-- @column provider String provider
-- @column request_model String requested model
-- @column response_model String model that answered
-- @column ttfc_ms Float64 time to first chunk, ms (0 when not streamed)
-- @column is_stream UInt8 1 for a streamed call
-- @column error_type String error.type
-- @column input_tokens UInt32 input tokens
-- @column output_tokens UInt32 output tokens
-- @column cache_read_tokens UInt32 cached input tokens read
-- @column cache_write_tokens UInt32 input tokens written to the cache
-- @column reasoning_tokens UInt32 reasoning tokens
-- @column finish_reasons Array(String) finish reasons
-- @column prompt_name String prompt name
-- @column prompt_version String prompt version
-- @column prompt_variant String prompt variant
-- @column user_id String user id
-- @column session_id String session id
-- @column data_source String retrieval data source
-- @column documents UInt32 documents retrieved
-- @column guardrail_name String guardrail name
-- @column guardrail_decision String guardrail decision
-- @column guardrail_triggered UInt8 1 when the guardrail triggered
-- @column guardrail_categories Array(String) categories the guardrail reported
-- @column cost_usd Float64 cost in USD (0 when unpriced)
-- @column unpriced UInt8 1 when no price was known
-- @column price_source String where the price came from
-- @column pii_types Array(String) PII types found in the content
-- @column pii_count UInt32 PII findings
-- @column injection_score Float32 prompt-injection score 0–1
-- @column injection_flagged UInt8 1 when the score reached the threshold
-- @column quality Map(String,Float64) heuristic quality scores 0–1
SELECT
    SpanId,
    toString(SpanType) AS span_type,
    toString(Operation) AS operation,
    toString(Provider) AS provider,
    toString(RequestModel) AS request_model,
    toString(ResponseModel) AS response_model,
    TimeToFirstChunkNs / 1e6 AS ttfc_ms,
    IsStream AS is_stream,
    toString(ErrorType) AS error_type,
    InputTokens AS input_tokens,
    OutputTokens AS output_tokens,
    CacheReadTokens AS cache_read_tokens,
    CacheWriteTokens AS cache_write_tokens,
    ReasoningTokens AS reasoning_tokens,
    CAST(FinishReasons, 'Array(String)') AS finish_reasons,
    toString(PromptName) AS prompt_name,
    toString(PromptVersion) AS prompt_version,
    toString(PromptVariant) AS prompt_variant,
    UserId AS user_id,
    SessionId AS session_id,
    toString(DataSourceId) AS data_source,
    DocumentsCount AS documents,
    toString(GuardrailName) AS guardrail_name,
    toString(GuardrailDecision) AS guardrail_decision,
    GuardrailTriggered AS guardrail_triggered,
    CAST(GuardrailCategories, 'Array(String)') AS guardrail_categories,
    toFloat64(CostUsd) AS cost_usd,
    CostUnpriced AS unpriced,
    toString(PriceSource) AS price_source,
    CAST(PiiTypes, 'Array(String)') AS pii_types,
    PiiCount AS pii_count,
    InjectionScore AS injection_score,
    InjectionFlagged AS injection_flagged,
    CAST(QualityScores, 'Map(String, Float64)') AS quality
FROM llm_spans
WHERE TraceId = {trace_id:String}
  AND Timestamp >= (SELECT min(Start) FROM otel_traces_trace_id_ts WHERE TraceId = {trace_id:String}) - INTERVAL 1 SECOND
