-- The span a row is about: its start time, trace and span id. llm_spans and llm_scores
-- carry the same three columns, so a score finds its span (and its trace) without a lookup table.
    Timestamp DateTime64(9) CODEC(Delta(8), ZSTD(1)),
    TraceId String CODEC(ZSTD(1)),
    SpanId String CODEC(ZSTD(1)),
