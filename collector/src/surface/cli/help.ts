import { listQueries, loadQuery, withDefaultRange } from "@llmscope/queries";
import { ALERTS_USAGE } from "./alerts-command";
import { DEMO_USAGE } from "./demo-command";
import { QUERY_USAGE } from "./query-command";
import { REPORT_USAGE } from "./report-command";
import { SCAN_USAGE } from "./scan-command";
import { START_USAGE } from "./start-command";
import { TRACE_USAGE, TRACES_USAGE } from "./trace-commands";

const READS_LOCALLY =
  "Reads through the collector at LLMSCOPE_URL (default http://127.0.0.1:4318, token LLMSCOPE_AUTH_TOKEN). When none answers it\n" +
  "says so on stderr and opens the local store (LLMSCOPE_DATA_DIR, default ./data); a data directory that does not exist is an\n" +
  "error unless --create-store is given.";

const TIMES = "Times: ISO 8601 (2026-01-31T12:00:00Z), epoch milliseconds, now, or now-<n><s|m|h|d>. --from/--to default to now-24h/now.";

/** What `llmscope <command> --help` prints: usage, what the command does, its options. */
const COMMAND_HELP: Record<string, string> = {
  start: `${START_USAGE}\n\nRuns the collector: OTLP/HTTP ingest and the HTTP API on --port (LLMSCOPE_PORT, 4318), the embedded store in\n--data-dir (LLMSCOPE_DATA_DIR, ./data), or ClickHouse when LLMSCOPE_CLICKHOUSE_URL is set. SIGTERM/SIGINT drain and stop;\nSIGHUP reloads the alert rules. All settings: docs/configuration.md.`,
  query: `${QUERY_USAGE}\n\nRuns a named query from the SQL library. \`llmscope query <name> --help\` lists that query's parameters and columns.\n  --param key=value  a query parameter (repeatable)\n  --format           table (default) or json\n${TIMES}\n${READS_LOCALLY}\n\nQueries: ${listQueries().join(", ")}`,
  report: `${REPORT_USAGE}\n\nPrints spend per model, the total (unpriced calls counted apart, with their reasons), the month-end projection\nagainst --budget, the top users and latency percentiles.\n${TIMES}\n${READS_LOCALLY}`,
  alerts: `${ALERTS_USAGE}\n\ncheck: evaluates the rules once (nothing recorded or sent) and prints each rule's state; with --rules FILE a\nrunning collector evaluates FILE's rules. Exits 1 naming every rule whose SQL fails.\nexport --grafana: writes the rules as Grafana alert-rule provisioning.\n${READS_LOCALLY}`,
  demo: `${DEMO_USAGE}\n\nSends traces from a small instrumented RAG app (against a local fake OpenAI server) to the collector at LLMSCOPE_URL.`,
  traces: `${TRACES_USAGE}\n\nLists traces (whole-trace duration, spans, LLM calls, tokens, cost, flags) with the trace explorer's filters,\nnewest first unless --sort says otherwise. --from/--to default to now-1h/now.\n${READS_LOCALLY}`,
  trace: `${TRACE_USAGE}\n\nPrints one trace as a tree of spans (durations, models, tokens, cost, flags), or as JSON.\n${READS_LOCALLY}`,
  scan: `${SCAN_USAGE}\n\nScans JSONL {"id","text"} lines on stdin for PII and prompt injection with the collector's detectors.`,
};

/** Help for `llmscope <command> --help` (and `llmscope query <name> --help`); undefined for a command without its own. */
export function commandHelp(command: string, args: readonly string[]): string | undefined {
  if (command === "query") {
    const name = args.find((a) => !a.startsWith("-"));
    if (name !== undefined) return queryHelp(name);
  }
  const text = COMMAND_HELP[command];
  return text === undefined ? undefined : text + "\n";
}

/** One query's description, parameters (type, default, meaning) and result columns. Throws UnknownQueryError. */
function queryHelp(name: string): string {
  const query = loadQuery(name);
  const defaults = withDefaultRange(query, {});
  const params = query.params.map((p) => {
    const fallback = defaults[p.name] ?? p.default;
    const shown = fallback === undefined ? "required" : `default ${fallback === "" ? "''" : fallback}`;
    const flag = p.name === "from" || p.name === "to" ? `--${p.name}` : `--param ${p.name}=`;
    return [flag, p.type, shown, p.description];
  });
  const columns = query.columns.map((c) => [c.name, c.type, c.description]);
  return [
    `llmscope query ${name} ${query.params.map((p) => (p.name === "from" || p.name === "to" ? `[--${p.name} <time>]` : `[--param ${p.name}=<${p.type}>]`)).join(" ")}`,
    "",
    query.description,
    "",
    "Parameters:",
    ...align(params).map((l) => `  ${l}`),
    "",
    "Columns:",
    ...align(columns).map((l) => `  ${l}`),
    "",
    TIMES,
    "",
  ].join("\n");
}

function align(rows: string[][]): string[] {
  if (rows.length === 0) return ["(none)"];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join("  "));
}
