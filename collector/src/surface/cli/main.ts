import { LlmscopeError } from "@llmscope/semconv";
import { alertsCommand, ALERTS_USAGE } from "./alerts-command";
import { demoCommand, DEMO_USAGE } from "./demo-command";
import { commandHelp } from "./help";
import { queryCommand, QUERY_USAGE } from "./query-command";
import { reportCommand, REPORT_USAGE } from "./report-command";
import { scanCommand, SCAN_USAGE } from "./scan-command";
import { startCommand, START_USAGE } from "./start-command";
import { traceCommand, tracesCommand, TRACE_USAGE, TRACES_USAGE } from "./trace-commands";

const HELP = `llmscope — OpenTelemetry-native observability for LLM applications

Usage:
  ${START_USAGE}
      Run the collector (OTLP/HTTP on :4318) on the embedded store, or on ClickHouse when LLMSCOPE_CLICKHOUSE_URL is set.
  ${QUERY_USAGE}
      Run a named query from the SQL library (latency_percentiles, spend_by_model, ...).
  ${TRACES_USAGE}
      List recent traces (whole-trace duration, LLM calls, tokens, cost, flags) with the explorer's filters.
  ${TRACE_USAGE}
      Print one trace's span tree: offsets, durations, model, tokens, cost and flags.
  ${REPORT_USAGE}
      Print the cost report (per model, total, month-end projection, top users, budget status) and latency table.
  ${ALERTS_USAGE}
      Evaluate the alert rules once and print their states, or export them as Grafana alert provisioning.
  ${DEMO_USAGE}
      Send a few hundred traces from a small instrumented RAG app to the collector.
  ${SCAN_USAGE}
      Scan JSONL {"id","text"} for PII and prompt injection with the collector's detectors.

Configuration: environment variables (LLMSCOPE_*), see docs/configuration.md.
`;

const COMMANDS: Record<string, (argv: string[], env: NodeJS.ProcessEnv, out: NodeJS.WritableStream) => Promise<void>> = {
  start: startCommand,
  query: queryCommand,
  report: reportCommand,
  traces: tracesCommand,
  trace: traceCommand,
  alerts: alertsCommand,
  demo: demoCommand,
  scan: scanCommand,
};

/** Every command this CLI runs; the app-side `llmscope` command forwards exactly these. */
export const COMMAND_NAMES = Object.keys(COMMANDS);

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(HELP);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`llmscope: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  try {
    if (rest.includes("--help") || rest.includes("-h")) {
      process.stdout.write(commandHelp(name, rest) ?? HELP);
      return 0;
    }
    await command(rest, process.env, process.stdout);
    return 0;
  } catch (err) {
    process.stderr.write(`llmscope ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    // Each module's errors carry a code (LlmscopeError): 2 for what the user must change, 1 otherwise.
    return err instanceof LlmscopeError ? err.exitCode : 1;
  }
}
