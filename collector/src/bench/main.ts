import { benchIngest } from "./ingest";
import { describeMachine } from "./machine";
import { benchOverhead } from "./overhead";
import { benchInjection, benchInjectionRules, benchPii } from "./detectors";
import { benchSdkOverhead, formatSdkOverhead } from "./sdk-overhead";
import { benchStages, formatStages } from "./stages";
import { benchStoreStep } from "./store-step";

/** `npm run bench`: prints figures for this machine; nothing here asserts a time. */
async function main(): Promise<void> {
  const spans = Number(process.env.LLMSCOPE_BENCH_SPANS ?? 200_000);
  console.log(`llmscope bench — ${describeMachine()}`);
  const stageSpans = Number(process.env.LLMSCOPE_BENCH_STAGE_SPANS ?? 40_000);
  console.log(`\nCPU µs per span by ingest stage, stage functions called directly on RAG-shaped traffic (${stageSpans} spans per variant, 400 spans/request; content: ~1.3 KB per chat span):`);
  const stages = [];
  for (const content of [false, true]) for (const protocol of ["protobuf", "json"] as const) stages.push(benchStages(stageSpans, protocol, content));
  for (const line of formatStages(stages)) console.log(`  ${line}`);
  console.log(`\nStore step alone: enriched rows inserted into embedded chDB in 5,000-span batches (JSONEachRow), CPU µs per span (${stageSpans} spans per variant):`);
  for (const content of [false, true]) {
    const r = await benchStoreStep(stageSpans, content);
    console.log(`  ${content ? "content   " : "no content"}  insert ${r.insertMicrosPerSpan.toFixed(1)} µs/span, of which the rows' JSON text ~${r.serialiseMicrosPerSpan.toFixed(1)} µs/span`);
  }
  if (process.env.LLMSCOPE_BENCH_ONLY === "stages") return;
  console.log(`\nCollector ingest, end to end over HTTP into chDB (${spans} spans per protocol, 400 spans/request, 4 clients):`);
  for (const r of await benchIngest(spans)) {
    console.log(`  ${r.protocol.padEnd(9)} ${Math.round(r.spansPerSecond).toLocaleString("en-US").padStart(9)} spans/s   (${r.spans} spans in ${r.seconds.toFixed(2)} s)   ${r.cpuMicrosPerSpan.toFixed(1)} µs CPU/span (whole process, chDB included), peak RSS ${r.peakRssMiB.toFixed(0)} MiB`);
  }
  const o = await benchOverhead();
  console.log(`\nInstrumentation overhead per manual LLM-call span (traceLlmCall, BatchSpanProcessor, ${o.calls} calls, best of 5):`);
  console.log(`  without llmscope ${o.plainMicros.toFixed(2)} µs/call, with ${o.tracedMicros.toFixed(2)} µs/call → overhead ${o.overheadMicros.toFixed(2)} µs/call`);
  console.log("\nOpenAI SDK call overhead vs the bare SDK against a local fake server (each variant in its own process):");
  for (const line of formatSdkOverhead(await benchSdkOverhead())) console.log(`  ${line}`);
  const pii = benchPii();
  console.log(`\nPII detection: ${pii.microsPerKb.toFixed(1)} µs per KB on one core (${pii.kilobytes.toFixed(0)} KB, ${pii.hits} findings; budget 50 µs/KB)`);
  const injection = benchInjection();
  console.log(`Prompt-injection scoring: ${injection.microsPerKb.toFixed(1)} µs per KB on one core (${injection.kilobytes.toFixed(0)} KB, ${injection.hits} documents flagged)`);
  const rules = benchInjectionRules();
  console.log(`  of which the lexical model: ${(injection.microsPerKb - rules.microsPerKb).toFixed(1)} µs per KB (rules alone ${rules.microsPerKb.toFixed(1)} µs per KB, ${rules.hits} flagged)`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
