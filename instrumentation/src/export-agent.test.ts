import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { agentFactory, ConnectRetryPolicy, NOT_RETRIED, tlsFiles } from "./export-agent";

async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function connectError(policy: ConnectRetryPolicy, port: number): Promise<string | undefined> {
  const agent = agentFactory(policy)("http:");
  return new Promise((resolve) => {
    const req = http.request({ host: "127.0.0.1", port, method: "POST", agent }, () => resolve(undefined));
    req.on("error", (err: NodeJS.ErrnoException) => resolve(err.code));
    req.end();
  });
}

describe("agentFactory + ConnectRetryPolicy", () => {
  it("marks connection errors as not retried until an export succeeded, and again once the process exits", async () => {
    const port = await closedPort();
    const policy = new ConnectRetryPolicy();
    expect(await connectError(policy, port)).toBe(`ECONNREFUSED${NOT_RETRIED}`);
    policy.exportFinished(true);
    expect(await connectError(policy, port)).toBe("ECONNREFUSED");
    policy.processExiting();
    expect(await connectError(policy, port)).toBe(`ECONNREFUSED${NOT_RETRIED}`);
  });
});

describe("tlsFiles", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "llmscope-tls-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, "ca.pem"), "CA");
  writeFileSync(path.join(dir, "traces-ca.pem"), "TRACES CA");

  it("reads the OTLP certificate variables, the traces-specific one first", () => {
    expect(tlsFiles({ OTEL_EXPORTER_OTLP_CERTIFICATE: path.join(dir, "ca.pem") }).ca?.toString()).toBe("CA");
    const both = { OTEL_EXPORTER_OTLP_CERTIFICATE: path.join(dir, "ca.pem"), OTEL_EXPORTER_OTLP_TRACES_CERTIFICATE: path.join(dir, "traces-ca.pem") };
    expect(tlsFiles(both).ca?.toString()).toBe("TRACES CA");
    expect(tlsFiles({})).toEqual({});
  });

  it("warns once per unreadable file and goes on without it", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(tlsFiles({ OTEL_EXPORTER_OTLP_CLIENT_KEY: path.join(dir, "missing.pem") })).toEqual({});
    expect(warn.mock.calls.map((c) => c[0])).toEqual([
      `llmscope: OTEL_EXPORTER_OTLP_CLIENT_KEY="${path.join(dir, "missing.pem")}" could not be read (ENOENT); connecting without it.`,
    ]);
    warn.mockRestore();
  });
});
