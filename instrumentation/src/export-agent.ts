import { readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import type { Socket } from "node:net";

/**
 * When a connection failure is worth retrying. The OTLP exporter retries network errors with
 * backoff for up to its whole timeout (10 s), on timers that keep the process alive: an app that
 * finishes while the collector is down would hang that long. Retrying only helps a collector that
 * was answering a moment ago (a restart), and never while the process is on its way out.
 */
export class ConnectRetryPolicy {
  private exiting = false;
  private lastExportOk = false;

  exportFinished(ok: boolean): void {
    this.lastExportOk = ok;
  }

  processExiting(): void {
    this.exiting = true;
  }

  get retryConnectErrors(): boolean {
    return this.lastExportOk && !this.exiting;
  }
}

/** The codes the exporter retries (its RETRYABLE_NETWORK_ERROR_CODES). */
const RETRIED = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EAI_AGAIN", "ENOTFOUND", "ENETUNREACH", "EHOSTUNREACH"]);

/** Suffix that takes a code out of the exporter's retry list; export-diagnosis strips it again. */
export const NOT_RETRIED = ":not-retried";

type CreateConnection = (options: unknown, callback?: unknown) => Socket;

/**
 * The exporter's HTTP agent factory (its `httpAgentOptions` may be a function): keep-alive agents
 * whose sockets mark connection errors as not retryable when the policy says so.
 */
export function agentFactory(policy: ConnectRetryPolicy, env: NodeJS.ProcessEnv = process.env): (protocol: string) => http.Agent {
  return (protocol) => {
    const agent = protocol === "https:" ? new https.Agent({ keepAlive: true, ...tlsFiles(env) }) : new http.Agent({ keepAlive: true });
    const create = (agent as unknown as { createConnection: CreateConnection }).createConnection;
    (agent as unknown as { createConnection: CreateConnection }).createConnection = function (this: http.Agent, options, callback) {
      const socket = create.call(this, options, callback);
      // Runs before the request's own listener, which hands the error to the exporter.
      socket.prependListener("error", (err: NodeJS.ErrnoException) => {
        if (typeof err.code === "string" && RETRIED.has(err.code) && !policy.retryConnectErrors) err.code += NOT_RETRIED;
      });
      return socket;
    };
    return agent;
  };
}

/**
 * The TLS files the exporter would read itself had llmscope not given it an agent:
 * OTEL_EXPORTER_OTLP_[TRACES_]CERTIFICATE / CLIENT_CERTIFICATE / CLIENT_KEY.
 */
export function tlsFiles(env: NodeJS.ProcessEnv): https.AgentOptions {
  const read = (what: string, option: "ca" | "cert" | "key"): Partial<https.AgentOptions> => {
    const name = env[`OTEL_EXPORTER_OTLP_TRACES_${what}`]?.trim() ? `OTEL_EXPORTER_OTLP_TRACES_${what}` : `OTEL_EXPORTER_OTLP_${what}`;
    const file = env[name]?.trim();
    if (!file) return {};
    try {
      return { [option]: readFileSync(file) };
    } catch (err) {
      console.warn(
        `llmscope: ${name}=${JSON.stringify(file)} could not be read (${(err as NodeJS.ErrnoException).code ?? String(err)}); connecting without it.`,
      );
      return {};
    }
  };
  return { ...read("CERTIFICATE", "ca"), ...read("CLIENT_CERTIFICATE", "cert"), ...read("CLIENT_KEY", "key") };
}
