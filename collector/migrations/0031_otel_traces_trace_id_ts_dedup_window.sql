-- otel_traces_trace_id_ts: remember the last 1000 insert blocks' tokens, so a batch written again under the same
-- insert_deduplication_token (a retried insert, or a log segment or spool file replayed after a
-- crash) is dropped instead of stored twice. A non-replicated MergeTree keeps no block ids unless
-- this window is set; Replicated tables use replicated_deduplication_window (on by default).
ALTER TABLE otel_traces_trace_id_ts MODIFY SETTING non_replicated_deduplication_window = 1000
