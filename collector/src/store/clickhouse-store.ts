/**
 * Store on a ClickHouse server (or cluster) through the official @clickhouse/client over HTTP.
 *
 * - migrate() first creates the database with a client bound to `default` (ON CLUSTER when
 *   configured), then applies migrations through the main client bound to `database`.
 * - Queries use `{name:Type}` parameters (sent as HTTP `param_*`) and JSONEachRow output with
 *   `output_format_json_quote_64bit_integers=1`, so 64-bit integers arrive as decimal strings.
 * - Errors: no answer (refused, reset, timeout, non-ClickHouse 5xx from a proxy) → retriable
 *   StoreError; authentication failure and SQL/data errors → not retriable, with the server's
 *   message. The password never appears in a message, and `location` is the URL without
 *   credentials.
 * - Old servers: the client works unchanged against ClickHouse 18.16 (Debian's package) for
 *   ping, DDL, JSONEachRow insert and select: it sends no settings by default (compression is off).
 *   18.16 has no query parameters, so a query with params fails there with a clear message; its
 *   errors lack the "(TYPE)" suffix the client parses, so codes are read from the text.
 * - Inserts of NATIVE_MIN_ROWS rows or more send one Native body (`INSERT ... FORMAT Native`
 *   through the client's exec, which streams any format; its insert() takes JSON and text formats
 *   only), the same encoder and fallbacks as the embedded store (native-format.ts): the server
 *   reads Native without parsing text. Smaller batches and batches the encoder cannot represent go
 *   as JSONEachRow.
 */

import { ClickHouseError, ClickHouseLogLevel, createClient, type ClickHouseClient } from "@clickhouse/client";
import { Readable } from "node:stream";
import { NativeTables, sqlIdentifier } from "./insert-columns";
import { encodeOrUndefined, NATIVE_MIN_ROWS } from "./native-format";
import { assertIdentifier, type ClusterConfig } from "./cluster";
import { codeFromMessage, isAuthCode, isTransientCode } from "./errors";
import { runMigrations } from "./migrations";
import { StoreError, dedupSettings, type InsertOptions, type MigrationReport, type QueryParams, type Store } from "./store";
import { logger } from "../telemetry/log";

const logs = logger("store");

export interface ClickHouseStoreOptions {
  url: string;
  username: string;
  password: string;
  database: string;
  ttlDays: number;
  cluster?: ClusterConfig;
  /** Per-request timeout in milliseconds (default 30 000). */
  requestTimeoutMs?: number;
  /** Overrides the migrations folder (tests and tooling). */
  migrationsDir?: string;
  /** Smallest batch sent as a Native body (default NATIVE_MIN_ROWS; Infinity sends every batch as JSONEachRow). */
  nativeMinRows?: number;
}

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "ENOTFOUND",
  "ECONNABORTED",
  "UND_ERR_SOCKET",
]);
const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

/** Splits credentials out of a URL; returns the clean URL and any user/password it carried. */
function parseUrl(raw: string): { url: string; username?: string; password?: string } {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`clickhouseUrl must be an http(s) URL like http://localhost:8123, got an unparsable value`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new Error(`clickhouseUrl must use http or https, got ${parsed.protocol}`);
  }
  const username = parsed.username ? decodeURIComponent(parsed.username) : undefined;
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  parsed.username = "";
  parsed.password = "";
  return { url: parsed.toString().replace(/\/$/, ""), username, password };
}

export class ClickHouseStore implements Store {
  readonly kind = "clickhouse" as const;
  readonly location: string;
  private readonly client: ClickHouseClient;
  private readonly username: string;
  private readonly password: string;
  private dedupSupported = true;
  private readonly nativeTables = new NativeTables((sql) => this.query(sql));
  /** Inserts by the format they were sent in (tests check which path ran). */
  readonly insertsByFormat = { Native: 0, JSONEachRow: 0 };

  constructor(private readonly options: ClickHouseStoreOptions) {
    assertIdentifier(options.database, "database");
    const { url, username, password } = parseUrl(options.url);
    this.location = url;
    this.username = username ?? options.username;
    this.password = password ?? options.password;
    this.client = this.makeClient(options.database);
  }

  private makeClient(database: string): ClickHouseClient {
    return createClient({
      url: this.location,
      username: this.username,
      password: this.password,
      database,
      application: "llmscope",
      request_timeout: this.options.requestTimeoutMs ?? 30_000,
      // Failures are reported through StoreError; the client's own console logging would duplicate them.
      log: { level: ClickHouseLogLevel.OFF },
    });
  }

  private redact(text: string): string {
    return this.password ? text.split(this.password).join("***") : text;
  }

  private toStoreError(err: unknown, what: string): StoreError {
    if (err instanceof StoreError) return err;
    const e = err as { message?: unknown; code?: unknown };
    const message = this.redact(String(e?.message ?? err));
    const code = err instanceof ClickHouseError ? Number(err.code) : codeFromMessage(message);
    if (code !== undefined && !Number.isNaN(code)) {
      if (isAuthCode(code)) {
        return new StoreError(`ClickHouse at ${this.location} rejected the credentials of user "${this.username}" (${what}): ${message}`, false, code);
      }
      if (code === 115 && /param_/.test(message)) {
        return new StoreError(
          `ClickHouse at ${this.location} does not support query parameters ({name:Type}); it is too old (needs 19.x or later): ${message}`,
          false,
          code,
        );
      }
      return new StoreError(`ClickHouse ${what} failed: ${message}`, isTransientCode(code), code);
    }
    const networkCode = typeof e?.code === "string" ? e.code : undefined;
    const detail = networkCode && NETWORK_CODES.has(networkCode) ? `${networkCode} ${message}` : message;
    // No ClickHouse exception: the server did not answer (or a proxy answered for it).
    return new StoreError(`ClickHouse at ${this.location} unreachable during ${what}: ${detail}`, true);
  }

  async migrate(): Promise<MigrationReport> {
    const admin = this.makeClient("default");
    const onCluster = this.options.cluster ? ` ON CLUSTER ${this.options.cluster.name}` : "";
    try {
      await admin.command({ query: `CREATE DATABASE IF NOT EXISTS \`${this.options.database}\`${onCluster}` });
    } catch (err) {
      throw this.toStoreError(err, `create database ${this.options.database}`);
    } finally {
      await admin.close();
    }
    this.nativeTables.clear();
    try {
      return await runMigrations(this, {
        ttlDays: this.options.ttlDays,
        cluster: this.options.cluster,
        dir: this.options.migrationsDir,
      });
    } finally {
      this.nativeTables.clear();
    }
  }

  async insert(table: string, rows: readonly object[], options?: InsertOptions): Promise<void> {
    if (!TABLE_NAME.test(table)) throw new StoreError(`insert: invalid table name ${JSON.stringify(table)}`, false);
    if (rows.length === 0) return;
    try {
      const settings = this.dedupSupported ? dedupSettings(options) : undefined;
      try {
        await this.send(table, rows, settings);
      } catch (err) {
        const error = this.toStoreError(err, `insert into ${table}`);
        // UNKNOWN_SETTING: a server older than insert tokens (e.g. 18.16). Insert without them.
        if (!settings || error.clickhouseCode !== 115) throw error;
        this.dedupSupported = false;
        logs.warn(`ClickHouse at ${this.location} has no insert_deduplication_token; replays and retried inserts may store rows twice`);
        await this.send(table, rows, undefined);
      }
    } catch (err) {
      throw this.toStoreError(err, `insert into ${table}`);
    }
  }

  private async send(table: string, rows: readonly object[], settings: Record<string, string | number> | undefined): Promise<void> {
    if (rows.length >= (this.options.nativeMinRows ?? NATIVE_MIN_ROWS)) {
      const native = await this.nativeTables.of(table);
      const block = native && (await encodeOrUndefined(native, rows));
      if (native && block) {
        this.insertsByFormat.Native++;
        try {
          const result = await this.client.exec({
            query: `INSERT INTO ${table} (${native.columns.map(sqlIdentifier).join(", ")}) FORMAT Native`,
            values: Readable.from([block]),
            ...(settings && { clickhouse_settings: settings }),
          });
          result.stream.resume();
          await new Promise<void>((resolve, reject) => result.stream.once("end", resolve).once("error", reject));
          return;
        } catch (err) {
          // Refused (a column changed since the lookup, or a value the conversion rejects): look the
          // columns up again next time, and let JSONEachRow's answer decide about these rows.
          const error = this.toStoreError(err, `insert into ${table}`);
          if (error.retriable || error.clickhouseCode === 115) throw err; // 115: settings the server lacks, handled by insert()
          this.nativeTables.clear();
        }
      }
    }
    this.insertsByFormat.JSONEachRow++;
    await this.client.insert({ table, values: rows as object[], format: "JSONEachRow", ...(settings && { clickhouse_settings: settings }) });
  }

  async query<T = Record<string, unknown>>(sql: string, params?: QueryParams): Promise<T[]> {
    try {
      const result = await this.client.query({
        query: sql,
        query_params: params,
        format: "JSONEachRow",
        clickhouse_settings: { output_format_json_quote_64bit_integers: 1 },
      });
      return await result.json<T>();
    } catch (err) {
      throw this.toStoreError(err, "query");
    }
  }

  async exec(sql: string, params?: QueryParams): Promise<void> {
    try {
      await this.client.command({ query: sql, query_params: params });
    } catch (err) {
      throw this.toStoreError(err, "statement");
    }
  }

  async ping(): Promise<boolean> {
    try {
      const result = await this.client.ping();
      return result.success;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
