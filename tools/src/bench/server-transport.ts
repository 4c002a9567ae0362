import { readFileSync } from "node:fs";
import { ProtobufTraceSerializer } from "@opentelemetry/otlp-transformer";
import { loadConfig } from "@llmscope/collector/internal/config/index";
import { createProcessors } from "@llmscope/collector/internal/processor-chain";
import { enrich } from "@llmscope/collector/internal/enrich/processors/run";
import { DEFAULT_RECEIVER_LIMITS } from "@llmscope/collector/internal/ingest/receiver/config";
import { decodeProtobufTraces } from "@llmscope/collector/internal/ingest/receiver/decode-protobuf";
import { validateSpans } from "@llmscope/collector/internal/ingest/receiver/validate";
import { ClickHouseStore } from "@llmscope/collector/internal/store/clickhouse-store";
import { PASSWORD, TestServer } from "@llmscope/collector/internal/store/test-clickhouse-server";
import type { OtelTraceRow } from "@llmscope/collector/internal/store/rows";
import { MetricsRegistry } from "@llmscope/collector/internal/telemetry/metrics";
import { ragSpans } from "./rag-spans";
import type { StoreFormat } from "./store-step";

export interface TransportResult {
  format: StoreFormat;
  rows: number;
  /** The collector's CPU per row: serialisation and the HTTP client. */
  clientMicrosPerRow: number;
  /** The server's CPU per row: reading the body, parsing it, writing parts. */
  serverMicrosPerRow: number;
}

/** CPU (user + system) of a process so far, from /proc, in µs. */
function processCpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

/**
 * The server store path against Debian's clickhouse-server 18.16 (installed for the transport
 * tests): otel_traces-shaped rows in 5,000-row batches as JSONEachRow and as Native. 18.16 has no
 * Map or DateTime64, so attributes go as parallel key/value arrays and times as UInt64 nanoseconds;
 * the figures compare the two formats' transport and parsing, not the production schema.
 */
export async function benchServerTransport(totalRows: number): Promise<TransportResult[] | string> {
  let server: TestServer;
  try {
    server = await TestServer.start();
  } catch (err) {
    return `skipped: ${(err as Error).message}`;
  }
  const results: TransportResult[] = [];
  try {
    const processors = createProcessors(loadConfig({}), new MetricsRegistry(), undefined);
    const body = Buffer.from(ProtobufTraceSerializer.serializeRequest(ragSpans(100, false))!);
    const { valid } = validateSpans(decodeProtobufTraces(body), DEFAULT_RECEIVER_LIMITS);
    const traces: OtelTraceRow[] = enrich(valid, processors).otel_traces;
    const rows = traces.map((r) => ({
      TimestampNs: r.Timestamp.replace(".", ""),
      TraceId: r.TraceId,
      SpanId: r.SpanId,
      ParentSpanId: r.ParentSpanId,
      SpanName: r.SpanName,
      SpanKind: r.SpanKind,
      ServiceName: r.ServiceName,
      AttributeKeys: Object.keys(r.SpanAttributes),
      AttributeValues: Object.values(r.SpanAttributes),
      Duration: r.Duration,
      StatusCode: r.StatusCode,
    }));
    const batch = Array.from({ length: Math.ceil(5000 / rows.length) }, () => rows)
      .flat()
      .slice(0, 5000);
    for (const format of ["JSONEachRow", "Native"] as const) {
      const store = new ClickHouseStore({
        url: server.url,
        username: "default",
        password: PASSWORD,
        database: "default",
        ttlDays: 1,
        nativeMinRows: format === "Native" ? 1 : Infinity,
      });
      const table = `transport_${format.toLowerCase()}`;
      await store.exec(
        `CREATE TABLE ${table} (TimestampNs UInt64, TraceId String, SpanId String, ParentSpanId String, SpanName String, SpanKind String, ServiceName String, AttributeKeys Array(String), AttributeValues Array(String), Duration UInt64, StatusCode String) ENGINE = MergeTree ORDER BY (ServiceName, SpanName)`,
      );
      await store.insert(table, batch); // warm-up: the column lookup and the first part
      let client = 0;
      let serverCpu = 0;
      let inserted = 0;
      while (inserted < totalRows) {
        const [c0, s0] = [process.cpuUsage(), processCpuMicros(server.pid!)];
        await store.insert(table, batch);
        const [c1, s1] = [process.cpuUsage(c0), processCpuMicros(server.pid!)];
        client += c1.user + c1.system;
        serverCpu += s1 - s0;
        inserted += batch.length;
      }
      if (store.insertsByFormat[format] === 0) throw new Error(`server transport: no ${format} insert ran`);
      results.push({ format, rows: inserted, clientMicrosPerRow: client / inserted, serverMicrosPerRow: serverCpu / inserted });
      await store.close();
    }
    return results;
  } finally {
    server.cleanup();
  }
}
