-- Benchmark data: the llm_spans rows of the traces fill_otel_traces.sql writes (same ids and times):
-- three models, tokens and a cost on the LLM calls, PII on every 30th call, a block on every 40th
-- input guardrail, a session per ten traces.
INSERT INTO llm_spans (Timestamp, TraceId, SpanId, ParentSpanId, ServiceName, SpanType, SpanName, Operation, RequestModel, DurationNs, StatusCode,
    InputTokens, OutputTokens, PromptName, PromptVersion, UserId, SessionId, GuardrailDecision, GuardrailTriggered, CostUsd, CostUnpriced, PiiCount)
SELECT
    fromUnixTimestamp64Nano(toInt64(toUnixTimestamp64Nano(now64(9)) - 1000000 - intDiv(number, 5) * intDiv(86400000000000, {traces:UInt32}) + (number % 5) * 1000000)) AS Timestamp,
    lower(hex(MD5(toString(intDiv(number, 5))))) AS TraceId,
    lower(substring(hex(MD5(toString(number))), 1, 16)) AS SpanId,
    if(number % 5 = 0, '', lower(substring(hex(MD5(toString(intDiv(number, 5) * 5))), 1, 16))) AS ParentSpanId,
    concat('svc-', toString(intDiv(number, 5) % 4)) AS ServiceName,
    ['prompt', 'retrieval', 'guardrail', 'llm', 'guardrail'][number % 5 + 1] AS SpanType,
    ['render_prompt answer', 'retrieval kb', 'apply_guardrail input', 'chat gpt-4o-mini', 'apply_guardrail output'][number % 5 + 1] AS SpanName,
    if(number % 5 = 3, 'chat', '') AS Operation,
    if(number % 5 = 3, ['gpt-4o-mini', 'gpt-4o', 'o4-mini'][intDiv(number, 5) % 3 + 1], '') AS RequestModel,
    if(number % 5 = 3, (200 + intDiv(number, 5) % 1800) * 1000000, 50000 + (number % 7) * 10000) AS DurationNs,
    if(number % 5 = 3 AND intDiv(number, 5) % 50 = 0, 'Error', 'Unset') AS StatusCode,
    if(number % 5 = 3, 100 + intDiv(number, 5) % 2000, 0) AS InputTokens,
    if(number % 5 = 3, 10 + intDiv(number, 5) % 500, 0) AS OutputTokens,
    'answer' AS PromptName,
    toString(intDiv(number, 5) % 3 + 1) AS PromptVersion,
    concat('user-', toString(intDiv(number, 5) % 500)) AS UserId,
    concat('sess-', toString(intDiv(number, 50))) AS SessionId,
    if(number % 5 = 2, if(intDiv(number, 5) % 40 = 0, 'block', 'allow'), '') AS GuardrailDecision,
    if(number % 5 = 2 AND intDiv(number, 5) % 40 = 0, 1, 0) AS GuardrailTriggered,
    if(number % 5 = 3, toDecimal64((intDiv(number, 5) % 5000) / 1000000, 9), toDecimal64(0, 9)) AS CostUsd,
    if(number % 5 = 3, 0, 1) AS CostUnpriced,
    if(number % 5 = 3 AND intDiv(number, 5) % 30 = 0, 1, 0) AS PiiCount
FROM numbers(toUInt64({traces:UInt32}) * 5)
