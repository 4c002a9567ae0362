/**
 * Transport tests of ClickHouseStore against a real clickhouse-server started by this file.
 * CI installs Debian's clickhouse-server 18.16 with .ci/install-clickhouse-server.sh; that version
 * predates DateTime64/Map, so these tests use simple tables (the full schema runs in
 * clickhouse-store.full.test.ts against LLMSCOPE_TEST_CLICKHOUSE_URL).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClickHouseStore } from "./clickhouse-store";
import { StoreError } from "./store";

const PASSWORD = "pw-Sekr3t-42";

function findServerBinary(): string {
  for (const candidate of ["/usr/bin/clickhouse-server", "/usr/sbin/clickhouse-server"]) if (existsSync(candidate)) return candidate;
  const which = spawnSync("sh", ["-c", "command -v clickhouse-server"], { encoding: "utf8" });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  throw new Error(
    "clickhouse-server is not installed; run .ci/install-clickhouse-server.sh (CI runs it before the tests)",
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

class TestServer {
  private child: ChildProcess | undefined;
  readonly url: string;
  private constructor(
    private readonly dir: string,
    readonly httpPort: number,
  ) {
    this.url = `http://127.0.0.1:${httpPort}`;
  }

  static async start(): Promise<TestServer> {
    const binary = findServerBinary();
    const dir = mkdtempSync(path.join(tmpdir(), "llmscope-chserver-"));
    const [httpPort, tcpPort] = [await freePort(), await freePort()];
    for (const sub of ["data", "data/tmp", "data/user_files", "log"]) mkdirSync(path.join(dir, sub), { recursive: true });
    writeFileSync(
      path.join(dir, "config.xml"),
      `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${dir}/log/server.log</log><errorlog>${dir}/log/error.log</errorlog></logger>
  <http_port>${httpPort}</http_port>
  <tcp_port>${tcpPort}</tcp_port>
  <listen_host>127.0.0.1</listen_host>
  <path>${dir}/data/</path>
  <tmp_path>${dir}/data/tmp/</tmp_path>
  <user_files_path>${dir}/data/user_files/</user_files_path>
  <users_config>${dir}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>67108864</mark_cache_size>
  <timezone>UTC</timezone>
</yandex>
`,
    );
    writeFileSync(
      path.join(dir, "users.xml"),
      `<?xml version="1.0"?>
<yandex>
  <profiles><default/></profiles>
  <users><default><password>${PASSWORD}</password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default/></quotas>
</yandex>
`,
    );
    const server = new TestServer(dir, httpPort);
    server.child = spawn(binary, [`--config-file=${dir}/config.xml`], { stdio: "ignore" });
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (server.child.exitCode !== null) throw new Error(`clickhouse-server exited with ${server.child.exitCode}; see ${dir}/log`);
      const ok = await fetch(`${server.url}/ping`).then((r) => r.ok, () => false);
      if (ok) return server;
      await new Promise((r) => setTimeout(r, 200));
    }
    server.stop();
    throw new Error(`clickhouse-server did not answer on ${server.url} within 30 s; see ${dir}/log`);
  }

  stop(): void {
    if (this.child && this.child.exitCode === null) this.child.kill("SIGKILL");
  }

  cleanup(): void {
    this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

let server: TestServer;
let store: ClickHouseStore;
const open = (password = PASSWORD, database = "llmscope_test") =>
  new ClickHouseStore({ url: server.url, username: "default", password, database, ttlDays: 1, requestTimeoutMs: 5_000 });

beforeAll(async () => {
  server = await TestServer.start();
  store = open();
});
afterAll(async () => {
  await store?.close();
  server?.cleanup();
});

describe("ClickHouseStore transport (clickhouse-server 18.16)", () => {
  it("connects and pings; location carries no credentials", async () => {
    expect(await store.ping()).toBe(true);
    const withCreds = new ClickHouseStore({
      url: `http://default:${PASSWORD}@127.0.0.1:${server.httpPort}`,
      username: "ignored",
      password: "",
      database: "default",
      ttlDays: 1,
    });
    expect(withCreds.location).toBe(server.url);
    expect(await withCreds.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await withCreds.close();
  });

  it("creates the database, runs DDL, inserts and selects (UInt32/String/Array)", async () => {
    const admin = open(PASSWORD, "default");
    await admin.exec("CREATE DATABASE IF NOT EXISTS llmscope_test");
    await admin.close();
    await store.exec("CREATE TABLE IF NOT EXISTS items (id UInt32, name String, tags Array(String), big UInt64) ENGINE = MergeTree ORDER BY id");
    await store.insert("items", [
      { id: 1, name: "it's \"quoted\"", tags: ["a", "b"], big: "18446744073709551615" },
      { id: 2, name: "plain", tags: [], big: "0" },
    ]);
    expect(await store.query("SELECT id, name, tags, big FROM items ORDER BY id")).toEqual([
      { id: 1, name: "it's \"quoted\"", tags: ["a", "b"], big: "18446744073709551615" },
      { id: 2, name: "plain", tags: [], big: "0" },
    ]);
  });

  it("bound parameters: 18.16 has none, so the store says so clearly (non-retriable)", async () => {
    const err = await store.query("SELECT id FROM items WHERE name = {name:String}", { name: "x' OR 1=1 --" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).retriable).toBe(false);
    expect((err as StoreError).message).toMatch(/does not support query parameters/);
  });

  it("wrong password → non-retriable StoreError that names the user but not the password", async () => {
    const bad = open("wrong-password-123");
    const err = await bad.query("SELECT 1").catch((e: unknown) => e);
    await bad.close();
    expect(err).toBeInstanceOf(StoreError);
    const e = err as StoreError;
    expect(e.retriable).toBe(false);
    expect(e.clickhouseCode).toBe(193);
    expect(e.message).toMatch(/rejected the credentials of user "default"/);
    expect(e.message).not.toContain("wrong-password-123");
    expect(e.message).not.toContain(PASSWORD);
  });

  it("bad SQL → non-retriable StoreError with the server's message", async () => {
    const err = await store.query("SELEC 1").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).retriable).toBe(false);
    expect((err as StoreError).clickhouseCode).toBe(62);
    expect((err as StoreError).message).toMatch(/Syntax error/);
  });

  it("server stopped → insert rejects with a retriable StoreError within a bounded time", async () => {
    server.stop();
    const started = Date.now();
    const err = await store.insert("items", [{ id: 3, name: "late", tags: [], big: "1" }]).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).retriable).toBe(true);
    expect((err as StoreError).message).toContain(server.url);
    expect(await store.ping()).toBe(false);
  });
});
