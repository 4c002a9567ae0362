import path from "node:path";
import { loadConfig } from "../../config";
import { startCollector } from "../../pipeline";
import { commandOptions } from "./args";
import { logger } from "../../telemetry/log";

const logs = logger("cli");

export const START_USAGE = "llmscope start [--port <n>] [--host <addr>] [--data-dir <dir>]";

/** Runs the collector until SIGTERM/SIGINT, then drains the queue and closes the store. */
export async function startCommand(argv: string[], env: NodeJS.ProcessEnv, out: NodeJS.WritableStream): Promise<void> {
  const values = commandOptions(argv, {
    port: { type: "string" },
    host: { type: "string" },
    "data-dir": { type: "string" },
  });
  const config = loadConfig(env, { port: values.port, host: values.host, dataDir: values["data-dir"] });
  const collector = await startCollector(config);

  const where =
    collector.store.kind === "chdb"
      ? `embedded ClickHouse (chDB), data in ${path.resolve(config.dataDir)}`
      : `ClickHouse server ${collector.store.location}, database ${config.store.database}`;
  out.write(
    [
      `llmscope collector listening on ${collector.url}`,
      `  store:    ${where}`,
      `  ingest:   POST ${collector.url}/v1/traces (OTLP/HTTP, protobuf or JSON)${config.authToken ? " — bearer token required" : ""}`,
      `  health:   ${collector.url}/healthz   metrics: ${collector.url}/metrics`,
      ...(config.explorer.enabled ? [`  traces:   ${collector.url}/ (trace explorer in your browser)`] : []),
      "",
      "Send data from an app:",
      `  OTEL_EXPORTER_OTLP_ENDPOINT=${collector.url} node --import llmscope/register app.js`,
      "Or try the demo, then look at the numbers:",
      "  npx llmscope demo && npx llmscope query latency_percentiles",
      ...(config.explorer.enabled ? [`  and open ${collector.url}/ to browse the traces`] : []),
      "",
    ].join("\n"),
  );

  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      out.write(`\n${signal}: flushing queued spans and closing the store...\n`);
      // The deadline holds whatever clients or the store do: past it, the process exits. With the
      // write-ahead log nothing acknowledged is lost (the next start writes it); without it, the
      // queue's rows are, and the exit code says so.
      setTimeout(() => {
        logs.error(
          `shutdown took longer than ${config.shutdownTimeoutMs} ms; exiting${config.durability === "wal" ? " (unwritten requests stay in the write-ahead log)" : " (queued spans are lost)"}`,
        );
        process.exit(config.durability === "wal" ? 0 : 1);
      }, config.shutdownTimeoutMs).unref();
      collector.close().then(
        () => {
          out.write("llmscope collector stopped.\n");
          resolve();
        },
        (err: unknown) => {
          logs.error(`error during shutdown: ${(err as Error).message}`);
          process.exitCode = 1;
          resolve();
        },
      );
    };
    process.once("SIGTERM", () => stop("SIGTERM"));
    process.once("SIGINT", () => stop("SIGINT"));
  });
}
