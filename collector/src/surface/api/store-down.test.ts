/**
 * What the HTTP API promises while the store cannot be reached (docs/api.md): GET /healthz answers
 * 503 "degraded" (and 200 "ok" again once the store is back), and GET /v1/queries/:name answers 503.
 * The store is the real ClickHouseStore: against a real clickhouse-server that is killed and
 * restarted, and against a loopback port nothing listens on.
 */
import express from "express";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClickHouseStore } from "../../store/clickhouse-store";
import type { Store } from "../../store/store";
import { PASSWORD, TestServer } from "../../store/test-clickhouse-server";
import { MetricsRegistry } from "../../telemetry/metrics";
import { createHealthRouter } from "./health";
import { createQueriesRouter } from "./queries";

interface Api {
  url: string;
  close(): Promise<void>;
}

/** The health and query routers as the collector mounts them, over the given store. */
async function serveApi(store: Store): Promise<Api> {
  const app = express();
  app.use(createHealthRouter({ store, metrics: new MetricsRegistry(), queue: { size: 0, capacity: 100 }, spool: { pending: { files: 0, bytes: 0 } } }));
  app.use(createQueriesRouter(store));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A loopback port that was free a moment ago and that nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

interface Health {
  status: string;
  store: { kind: string; location: string; up: boolean };
}

const healthOf = async (api: Api) => {
  const res = await fetch(`${api.url}/healthz`);
  return { status: res.status, body: (await res.json()) as Health };
};

const QUERY = "/v1/queries/spend_by_model?from=now-1h&to=now";

describe("store unreachable: a port nothing listens on", () => {
  let store: ClickHouseStore;
  let api: Api;
  let port: number;
  beforeAll(async () => {
    port = await closedPort();
    store = new ClickHouseStore({
      url: `http://127.0.0.1:${port}`,
      username: "default",
      password: PASSWORD,
      database: "llmscope",
      ttlDays: 1,
      requestTimeoutMs: 3000,
    });
    api = await serveApi(store);
  });
  afterAll(async () => {
    await api?.close();
    await store?.close();
  });

  it("/healthz: 503 degraded, naming the store without credentials", async () => {
    const { status, body } = await healthOf(api);
    expect(status).toBe(503);
    expect(body.status).toBe("degraded");
    expect(body.store).toEqual({ kind: "clickhouse", location: `http://127.0.0.1:${port}`, up: false });
    expect(JSON.stringify(body)).not.toContain(PASSWORD);
  });

  it("/v1/queries/:name: 503 that says the store is unreachable", async () => {
    const res = await fetch(`${api.url}${QUERY}`);
    expect(res.status).toBe(503);
    const { error } = (await res.json()) as { error: string };
    // The store's own message stays in the collector log: answers never carry store text.
    expect(error).toBe('query "spend_by_model" failed: the store is unavailable, retry later');
    expect(res.headers.get("retry-after")).toBe("5");
    expect(error).not.toContain(PASSWORD);
  });
});

describe("store outage that ends: a real clickhouse-server killed and restarted", () => {
  let server: TestServer;
  let store: ClickHouseStore;
  let api: Api;
  beforeAll(async () => {
    server = await TestServer.start();
    store = new ClickHouseStore({ url: server.url, username: "default", password: PASSWORD, database: "default", ttlDays: 1, requestTimeoutMs: 3000 });
    api = await serveApi(store);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await store?.close();
    server?.cleanup();
  });

  it("/healthz goes ok → degraded → ok, and queries answer 503 only while the server is down", async () => {
    let health = await healthOf(api);
    expect(health.status).toBe(200);
    expect(health.body.status).toBe("ok");
    expect(health.body.store).toEqual({ kind: "clickhouse", location: server.url, up: true });
    // Up, the server answers: whatever it says about the query (18.16 has no bound parameters), it is not an outage.
    expect((await fetch(`${api.url}${QUERY}`)).status).not.toBe(503);

    server.stop();
    health = await healthOf(api);
    expect(health.status).toBe(503);
    expect(health.body.status).toBe("degraded");
    expect(health.body.store.up).toBe(false);
    const down = await fetch(`${api.url}${QUERY}`);
    expect(down.status).toBe(503);
    expect(((await down.json()) as { error: string }).error).toMatch(/the store is unavailable, retry later/);

    await server.restart();
    health = await healthOf(api);
    expect(health.status).toBe(200);
    expect(health.body.status).toBe("ok");
  }, 60_000);
});
