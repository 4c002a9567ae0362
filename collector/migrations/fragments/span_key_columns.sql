-- When a row happened and which span it is, or is about: llm_spans and llm_scores lay out these
-- three columns alike, so a score names its span (and trace) by the same two ids.
    Timestamp DateTime64(9) CODEC(Delta(8), ZSTD(1)),
    TraceId String CODEC(ZSTD(1)),
    SpanId String CODEC(ZSTD(1)),
