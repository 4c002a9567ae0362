/**
 * Transport tests of ClickHouseStore against a real clickhouse-server started by this file.
 * CI installs Debian's clickhouse-server 18.16 with .ci/install-clickhouse-server.sh; that version
 * predates DateTime64/Map, so these tests use simple tables (the full schema runs in
 * clickhouse-store.full.test.ts against LLMSCOPE_TEST_CLICKHOUSE_URL).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClickHouseStore } from "./clickhouse-store";
import { StoreError } from "./store";
import { PASSWORD, TestServer } from "./test-clickhouse-server";

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
      { id: 1, name: 'it\'s "quoted"', tags: ["a", "b"], big: "18446744073709551615" },
      { id: 2, name: "plain", tags: [], big: "0" },
    ]);
    expect(await store.query("SELECT id, name, tags, big FROM items ORDER BY id")).toEqual([
      { id: 1, name: 'it\'s "quoted"', tags: ["a", "b"], big: "18446744073709551615" },
      { id: 2, name: "plain", tags: [], big: "0" },
    ]);
  });

  it("a batch of 64+ rows goes as one Native body and reads back as sent; its token is dropped by a server without tokens", async () => {
    await store.exec(
      "CREATE TABLE IF NOT EXISTS native_items (id UInt32, name String, tags Array(String), big UInt64, score Nullable(Float64), n Int64, flag UInt8 DEFAULT 7) ENGINE = MergeTree ORDER BY id",
    );
    const rows = Array.from({ length: 700 }, (_, i) => ({
      id: i,
      name: i % 3 ? `it's "quoted"\n\t${"é".repeat(i % 70)}` : "x".repeat(20_000),
      tags: i % 2 ? ["a", "日本"] : [],
      big: i === 0 ? "18446744073709551615" : String(i),
      score: i % 4 ? i / 8 : null,
      n: String(-i),
      ...(i % 5 ? { flag: 1 } : {}),
    }));
    const before = { ...store.insertsByFormat };
    await store.insert("native_items", rows, { dedupToken: "tok-18" });
    // Twice as Native: 18.16 refuses the token setting, and the store sends the batch again without it.
    expect(store.insertsByFormat).toEqual({ ...before, Native: before.Native + 2 });
    const back = await store.query<Record<string, unknown>>("SELECT id, name, tags, big, score, n, flag FROM native_items ORDER BY id");
    expect(back).toEqual(rows.map((r) => ({ ...r, flag: r.flag ?? 7 })));
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
