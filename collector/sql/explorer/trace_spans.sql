-- Every span of one trace from otel_traces, in start order, with its attributes and events (captured
-- content included, as redacted by the collector before it was written). The trace-id lookup table
-- (otel_traces_trace_id_ts) bounds the time range read.
-- @param trace_id String the trace id, 32 lowercase hex characters
-- @param max_spans UInt32 = 10000 at most this many spans
-- @column SpanId String span id
-- @column ParentSpanId String parent span id ('' for a root)
-- @column start_us Int64 start, microseconds since the epoch
-- @column duration_ns UInt64 duration in nanoseconds
-- @column name String span name
-- @column kind String span kind
-- @column service String service name
-- @column scope String instrumentation scope name
-- @column status String Unset, Ok or Error
-- @column status_message String status message
-- @column attributes Map(String,String) span attributes (values as text)
-- @column resource Map(String,String) resource attributes
-- @column event_times_us Array(Int64) event times, microseconds since the epoch
-- @column event_names Array(String) event names
-- @column event_attributes Array(Map(String,String)) event attributes
SELECT
    SpanId,
    ParentSpanId,
    toUnixTimestamp64Micro(Timestamp) AS start_us,
    Duration AS duration_ns,
    toString(SpanName) AS name,
    toString(SpanKind) AS kind,
    toString(ServiceName) AS service,
    ScopeName AS scope,
    toString(StatusCode) AS status,
    StatusMessage AS status_message,
    CAST(SpanAttributes, 'Map(String, String)') AS attributes,
    CAST(ResourceAttributes, 'Map(String, String)') AS resource,
    arrayMap((t) -> toUnixTimestamp64Micro(t), Events.Timestamp) AS event_times_us,
    CAST(Events.Name, 'Array(String)') AS event_names,
    CAST(Events.Attributes, 'Array(Map(String, String))') AS event_attributes
FROM otel_traces
WHERE TraceId = {trace_id:String}
  AND Timestamp >= (SELECT min(Start) FROM otel_traces_trace_id_ts WHERE TraceId = {trace_id:String}) - INTERVAL 1 SECOND
ORDER BY Timestamp, SpanId
LIMIT {max_spans:UInt32}
