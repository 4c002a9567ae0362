import { benchExplorer, type Timing } from "./explorer";
import { benchIdleRss } from "./idle-rss";
import { benchServerTransport } from "./server-transport";
import { benchIngestAlone, benchLogChoice, benchRefusalAlone, type IngestResult } from "./ingest";
import { benchIsolation } from "./isolation";
import { describeMachine } from "./machine";
import { benchOnnxClassifier } from "./onnx-classifier";
import { benchOverhead } from "./overhead";
import { QUERY_WARMUP_RUNS, benchQueries } from "./queries";
import { openQueryBenchData } from "./query-data";
import { compareQueryVariants, formatVariantComparison } from "./query-variants";
import { benchInjection, benchInjectionRules, benchPii } from "./detectors";
import { benchSdkOverhead, formatSdkOverhead, sdkOverheadOptionsFromEnv } from "./sdk-overhead";
import { benchStages, formatStages } from "./stages";
import { benchStoreStep } from "./store-step";

/**
 * `npm run bench`: prints figures for this machine; nothing here asserts a time.
 * `npm run bench -- queries` runs only the query timings; `npm run bench -- onnx` only the ONNX scorer;
 * `npm run bench -- overhead` only the instrumentation overhead (manual span and SDK calls);
 * `npm run bench -- detectors` only the PII and injection detectors.
 */
async function main(): Promise<void> {
  const spans = Number(process.env.LLMSCOPE_BENCH_SPANS ?? 200_000);
  console.log(`llmscope bench — ${describeMachine()}`);
  if (process.argv[2] === "onnx") return printOnnx();
  if (process.argv[2] === "overhead") return printInstrumentationOverhead();
  if (process.argv[2] === "detectors") return printDetectors();
  if (process.argv[2] !== "queries") await benchEverythingElse(spans);
  if (process.env.LLMSCOPE_BENCH_ONLY) return;
  await printQueries(Number(process.env.LLMSCOPE_BENCH_QUERY_SPANS ?? 2_000_000));
}

function printDetectors(): void {
  const pii = benchPii();
  console.log(`\nPII detection: ${pii.microsPerKb.toFixed(1)} µs per KB on one core (${pii.kilobytes.toFixed(0)} KB, ${pii.hits} findings; budget 50 µs/KB)`);
  const injection = benchInjection();
  console.log(
    `Prompt-injection scoring: ${injection.microsPerKb.toFixed(1)} µs per KB on one core (${injection.kilobytes.toFixed(0)} KB, ${injection.hits} documents flagged)`,
  );
  const rules = benchInjectionRules();
  console.log(
    `  of which the lexical model: ${(injection.microsPerKb - rules.microsPerKb).toFixed(1)} µs per KB (rules alone ${rules.microsPerKb.toFixed(1)} µs per KB, ${rules.hits} flagged)`,
  );
}

async function printOnnx(): Promise<void> {
  console.log(
    "\nONNX injection scorer (injection.onnx.dir; model in a worker, 512-token windows overlapping by 64, 8 per run, 1 thread), CPU µs per KB of ~2 KB texts:",
  );
  for (const r of await benchOnnxClassifier()) {
    console.log(
      `  ${r.label.padEnd(52)} ${r.microsPerKb.toFixed(0).padStart(8)} µs/KB, of which tokenizer ${r.tokenizerMicrosPerKb.toFixed(0)} µs/KB   (${r.kilobytes.toFixed(0)} KB, ${r.windows} windows)`,
    );
  }
}

async function printInstrumentationOverhead(): Promise<void> {
  const o = await benchOverhead();
  console.log(`\nInstrumentation overhead per manual LLM-call span (traceLlmCall, BatchSpanProcessor; ${o.rounds} interleaved rounds of ${o.calls} calls):`);
  console.log(
    `  bare ${o.plainMicros.toFixed(2)} µs/call; added by the span: CPU median ${o.overhead.median.toFixed(2)} µs/call [p25 ${o.overhead.p25.toFixed(2)}, p75 ${o.overhead.p75.toFixed(2)}], ` +
      `wall median ${o.wallOverhead.median.toFixed(2)} µs/call [p25 ${o.wallOverhead.p25.toFixed(2)}, p75 ${o.wallOverhead.p75.toFixed(2)}]`,
  );
  console.log(
    `  for scale, the same span with the OpenTelemetry SDK alone: CPU median ${o.sdkSpan.median.toFixed(2)} µs/call [p25 ${o.sdkSpan.p25.toFixed(2)}, p75 ${o.sdkSpan.p75.toFixed(2)}]`,
  );
  console.log(
    `  llmscope's own share (traceLlmCall − SDK alone, per round): CPU median ${o.ownShare.median.toFixed(2)} µs/call [p25 ${o.ownShare.p25.toFixed(2)}, p75 ${o.ownShare.p75.toFixed(2)}]`,
  );
  const options = sdkOverheadOptionsFromEnv();
  console.log("\nOpenAI SDK call overhead vs the bare SDK against a local fake server (each variant in its own process):");
  for (const line of formatSdkOverhead(await benchSdkOverhead(options), options)) console.log(`  ${line}`);
}

async function printQueries(spans: number): Promise<void> {
  const variants = process.env.LLMSCOPE_BENCH_QUERY_VARIANTS;
  if (variants) return printQueryVariants(spans, variants);
  const runs = Number(process.env.LLMSCOPE_BENCH_QUERY_RUNS ?? 5);
  console.log(`
Named queries (the dashboards' panels and the CLI) over the last 24 h of ${spans.toLocaleString("en-US")} llm_spans rows spread over 7 days, chDB; warm: median of ${runs} runs after ${QUERY_WARMUP_RUNS} untimed:`);
  for (const t of await benchQueries(spans, runs)) {
    console.log(
      `  ${t.query.padEnd(30)} ${(t.rollup ? "rollup" : "raw").padEnd(6)} warm ${t.warmMs.toFixed(1).padStart(7)} ms (CPU ${t.warmCpuMs.toFixed(1).padStart(6)} ms, fastest ${t.warmMinMs.toFixed(1).padStart(6)} ms)   cold ${t.coldMs.toFixed(1).padStart(7)} ms   ${t.rows} rows`,
    );
  }
}

async function printQueryVariants(spans: number, dir: string): Promise<void> {
  const rounds = Number(process.env.LLMSCOPE_BENCH_QUERY_ROUNDS ?? 15);
  console.log(`
Named queries against the forms in ${dir}, ${rounds} interleaved rounds over ${spans.toLocaleString("en-US")} llm_spans rows, ms:`);
  const data = await openQueryBenchData(spans, process.env.LLMSCOPE_BENCH_QUERY_DATA);
  try {
    for (const c of await compareQueryVariants(data, dir, rounds)) for (const line of formatVariantComparison(c)) console.log(`  ${line}`);
  } finally {
    await data.close();
  }
}

/** The lines of one end-to-end ingest run: throughput and CPU, stalls, CPU by thread, and the resident set at its peak. */
function printIngest(r: IngestResult): void {
  console.log(
    `  ${r.durability.padEnd(6)} ${r.protocol.padEnd(9)} ${Math.round(r.spansPerSecond).toLocaleString("en-US").padStart(9)} spans/s   ${r.cpuMicrosPerSpan.toFixed(1).padStart(6)} µs CPU/span   (${r.spans} spans in ${r.seconds.toFixed(2)} s${r.durability === "wal" ? `, ${r.fsyncs} fsyncs` : ""})`,
  );
  console.log(
    `         main-thread stall (20 ms timer lateness) p99 ${r.stall.p99Ms.toFixed(1)} ms, max ${r.stall.maxMs.toFixed(1)} ms (on a core: p99 ${r.stall.onCpuP99Ms.toFixed(1)}, max ${r.stall.onCpuMaxMs.toFixed(1)})   probe request every 20 ms: p50 ${r.probe.p50Ms.toFixed(1)} ms, p99 ${r.probe.p99Ms.toFixed(1)} ms`,
  );
  const p = r.peak;
  const t = r.threads;
  console.log(
    `         CPU µs/span by thread: main ${t.main.toFixed(1)}, Node's other threads (libuv: log writes, fsyncs) ${t.node.toFixed(1)}, chDB ${t.chdb.toFixed(1)}`,
  );
  console.log(
    `         collector process (its own): RSS idle ${r.idleRssMiB.toFixed(0)} MiB, peak ${r.peakRssMiB.toFixed(0)} MiB = anonymous ${p.anonMiB.toFixed(0)} (JS heap ${p.heapMiB.toFixed(0)} of which in use ${p.heapUsedMiB.toFixed(0)}, buffers ${p.externalMiB.toFixed(0)}, chDB's and Node's native memory ${(p.anonMiB - p.heapMiB - p.externalMiB).toFixed(0)}) + file-backed ${p.fileMiB.toFixed(0)} (chDB's library)`,
  );
}

async function benchEverythingElse(spans: number): Promise<void> {
  const stageSpans = Number(process.env.LLMSCOPE_BENCH_STAGE_SPANS ?? 40_000);
  const only = process.env.LLMSCOPE_BENCH_ONLY;
  if (only !== "store" && only !== "ingest") {
    console.log(
      `\nCPU µs per span by ingest stage, stage functions called directly on RAG-shaped traffic (${stageSpans} spans per variant, 400 spans/request; content: ~1.3 KB per chat span):`,
    );
    const stages = [];
    for (const content of [false, true]) for (const protocol of ["protobuf", "json"] as const) stages.push(benchStages(stageSpans, protocol, content));
    for (const line of formatStages(stages)) console.log(`  ${line}`);
    console.log(
      `\nFault isolation: the default processors called bare and isolated (the snapshot that undoes a failing call), CPU µs per span (${stageSpans} spans per variant):`,
    );
    for (const content of [false, true]) {
      const r = benchIsolation(stageSpans, content);
      console.log(
        `  ${content ? "content   " : "no content"}  bare ${r.bareMicrosPerSpan.toFixed(1)}, isolated ${r.isolatedMicrosPerSpan.toFixed(1)} µs/span (+${(r.isolatedMicrosPerSpan - r.bareMicrosPerSpan).toFixed(1)})`,
      );
    }
  }
  console.log(`\nStore step alone: enriched rows inserted into embedded chDB in 5,000-span batches, CPU µs per span (${stageSpans} spans per variant):`);
  const storeSteps = [];
  for (const content of [false, true]) {
    for (const format of ["JSONEachRow", "Native"] as const) {
      const r = await benchStoreStep(stageSpans, content, format);
      storeSteps.push(r);
      console.log(
        `  ${content ? "content   " : "no content"}  ${format.padEnd(11)} insert ${r.insertMicrosPerSpan.toFixed(1).padStart(6)} µs/span, of which producing the bytes ~${r.serialiseMicrosPerSpan.toFixed(1)} µs/span; event loop held at most ${r.stallMaxMs.toFixed(1)} ms (on a core ${r.stallOnCpuMaxMs.toFixed(1)} ms)`,
      );
    }
  }
  const transport = await benchServerTransport(stageSpans);
  console.log(
    `\nServer store path (@clickhouse/client) against Debian's clickhouse-server 18.16, otel_traces-shaped rows in 5,000-row batches, CPU µs per row:`,
  );
  if (typeof transport === "string") console.log(`  ${transport}`);
  else
    for (const t of transport)
      console.log(
        `  ${t.format.padEnd(11)} collector ${t.clientMicrosPerRow.toFixed(1).padStart(5)}   server ${t.serverMicrosPerRow.toFixed(1).padStart(5)}   total ${(t.clientMicrosPerRow + t.serverMicrosPerRow).toFixed(1).padStart(5)}   (${t.rows} rows)`,
      );
  if (only === "stages" || only === "store") return;
  console.log(
    `\nCollector ingest, end to end over HTTP into chDB (${spans} spans per protocol, 400 spans/request, 4 clients in another process; CPU is the collector's, chDB included):`,
  );
  const ingest = [...(await benchIngestAlone(spans, "wal")), ...(await benchIngestAlone(spans, "memory"))];
  for (const r of ingest) printIngest(r);
  const offered = Number(process.env.LLMSCOPE_BENCH_OFFERED_SPANS_PER_S ?? 10_000);
  console.log(`\n  The same at an offered ${offered.toLocaleString("en-US")} spans/s (the clients paced), wal mode:`);
  for (const r of await benchIngestAlone(spans, "wal", offered)) printIngest(r);
  const limit = storeSteps.find((r) => !r.content && r.format === "Native")!.insertMicrosPerSpan;
  for (const r of ingest.filter((i) => i.durability === "wal")) {
    console.log(
      `  end to end / store step (${r.protocol}, no content): ${r.cpuMicrosPerSpan.toFixed(1)} / ${limit.toFixed(1)} µs per span = ${(r.cpuMicrosPerSpan / limit).toFixed(2)}`,
    );
  }
  console.log(`  idle collector (fresh process, embedded chDB, migrated, no traffic): RSS ${(await benchIdleRss()).toFixed(0)} MiB`);
  const refusal = await benchRefusalAlone(Math.max(1000, Math.round(spans / 400)));
  const accepted = ingest.find((r) => r.durability === "wal" && r.protocol === "protobuf")!;
  console.log(
    `  503 (log budget spent): ${refusal.cpuMicrosPerRequest.toFixed(0)} µs CPU/request (main thread ${refusal.mainMicrosPerRequest.toFixed(0)}) vs ${accepted.cpuMicrosPerRequest.toFixed(0)} µs for a 200 (wal, protobuf) → ${((100 * refusal.cpuMicrosPerRequest) / accepted.cpuMicrosPerRequest).toFixed(1)} %`,
  );
  if (only === "ingest") return;
  const choice = benchLogChoice();
  console.log(
    `  log record per ${choice.spans}-span request: body as received ${(choice.bodyBytes / 1024).toFixed(0)} KiB vs enriched rows as JSON ${(choice.rowsBytes / 1024).toFixed(0)} KiB` +
      ` (${(choice.stringifyMicros / 1000).toFixed(1)} ms to serialize, every request); decoding the body again ${(choice.decodeMicros / 1000).toFixed(1)} ms (only when read back)`,
  );
  await printInstrumentationOverhead();
  printDetectors();
  await printOnnx();
  const explorerSpans = Number(process.env.LLMSCOPE_BENCH_EXPLORER_SPANS ?? 1_000_000);
  const explorer = await benchExplorer(explorerSpans);
  const line = (t: Timing) =>
    `  ${t.label.padEnd(52)} median ${t.medianMs.toFixed(1).padStart(8)} ms, best ${t.minMs.toFixed(1).padStart(8)} ms   (${t.detail})`;
  console.log(
    `\nTrace explorer on chDB, ${explorerSpans.toLocaleString("en-US")} spans over 24 h (generated in ${(explorer.load.medianMs / 1000).toFixed(1)} s), median of 5:`,
  );
  for (const t of explorer.queries) console.log(line(t));
  console.log("Trace explorer page in headless Chromium, one 1,000-span trace:");
  if (typeof explorer.render === "string") console.log(`  ${explorer.render}`);
  else for (const t of explorer.render) console.log(line(t));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
