import { benchIngest } from "./ingest";
import { describeMachine } from "./machine";
import { benchOverhead } from "./overhead";
import { benchQueries } from "./queries";
import { benchInjection, benchInjectionRules, benchPii } from "./detectors";
import { benchSdkOverhead, formatSdkOverhead } from "./sdk-overhead";

/**
 * `npm run bench`: prints figures for this machine; nothing here asserts a time.
 * `npm run bench -- queries` runs only the query timings.
 */
async function main(): Promise<void> {
  const spans = Number(process.env.LLMSCOPE_BENCH_SPANS ?? 200_000);
  console.log(`llmscope bench — ${describeMachine()}`);
  if (process.argv[2] !== "queries") await benchEverythingElse(spans);
  await printQueries(Number(process.env.LLMSCOPE_BENCH_QUERY_SPANS ?? 2_000_000));
}

async function printQueries(spans: number): Promise<void> {
  console.log(`
Named queries (the dashboards' panels and the CLI) over the last 24 h of ${spans.toLocaleString("en-US")} llm_spans rows spread over 7 days, chDB:`);
  for (const t of await benchQueries(spans)) {
    console.log(`  ${t.query.padEnd(30)} ${(t.rollup ? "rollup" : "raw").padEnd(6)} warm ${t.warmMs.toFixed(1).padStart(7)} ms   cold ${t.coldMs.toFixed(1).padStart(7)} ms   ${t.rows} rows`);
  }
}

async function benchEverythingElse(spans: number): Promise<void> {
  console.log(`\nCollector ingest, end to end over HTTP into chDB (${spans} spans per protocol, 400 spans/request, 4 clients):`);
  for (const r of await benchIngest(spans)) {
    console.log(`  ${r.protocol.padEnd(9)} ${Math.round(r.spansPerSecond).toLocaleString("en-US").padStart(9)} spans/s   (${r.spans} spans in ${r.seconds.toFixed(2)} s)`);
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
