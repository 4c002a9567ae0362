import { describe, expect, it } from "vitest";
import { bindParams, listQueries, loadQuery, parseNamedQuery, QueryParamError, renderQuery, typeRows, UnknownQueryError } from "./index";

describe("query library", () => {
  it("loads every .sql file with a complete header", () => {
    const names = listQueries();
    expect(names).toEqual(expect.arrayContaining(["latency_percentiles", "spend_by_model"]));
    for (const name of names) {
      const q = loadQuery(name);
      expect(q.description.length).toBeGreaterThan(10);
      expect(q.columns.length).toBeGreaterThan(0);
      for (const p of q.params) expect(p.description).not.toBe("");
    }
    expect(loadQuery("latency_percentiles").columns.map((c) => c.name)).toEqual(["model", "operation", "calls", "p50_ms", "p95_ms", "p99_ms"]);
    expect(
      loadQuery("spend_by_model")
        .columns.map((c) => c.name)
        .slice(0, 5),
    ).toEqual(["model", "calls", "input_tokens", "output_tokens", "cost_usd"]);
  });

  it("refuses names that are not in the library, including path tricks", () => {
    expect(() => loadQuery("../package")).toThrow(UnknownQueryError);
    expect(() => loadQuery("nope")).toThrow(/unknown query "nope" \(known: .*latency_percentiles/);
  });

  it("rejects a placeholder that the header does not declare, or declares with another type", () => {
    expect(() => parseNamedQuery("x", "-- x\n-- @column a UInt8 a\nSELECT {a:UInt8}")).toThrow(/\{a:UInt8\} has no "-- @param a"/);
    expect(() => parseNamedQuery("x", "-- x\n-- @param a String a\n-- @column a UInt8 a\nSELECT {a:UInt8}")).toThrow(/does not match the declared type String/);
  });
});

describe("bindParams", () => {
  const q = loadQuery("latency_percentiles");
  const now = Date.UTC(2026, 10, 22, 12, 0, 0);

  it("converts times to epoch seconds and applies defaults", () => {
    expect(bindParams(q, { from: "now-1h", to: "2026-11-22T12:00:00.250Z" }, now)).toEqual({
      from: ((now - 3_600_000) / 1000).toFixed(3),
      to: ((now + 250) / 1000).toFixed(3),
      service: "",
      model: "",
      prompt_name: "",
    });
    expect(bindParams(q, { from: String(now), to: "now" }, now).from).toBe((now / 1000).toFixed(3));
  });

  it("names the parameter that is missing, unknown or malformed", () => {
    expect(() => bindParams(q, { to: "now" }, now)).toThrow(/missing parameter "from" \(DateTime64\(3\)/);
    expect(() => bindParams(q, { from: "now", to: "now", modle: "x" }, now)).toThrow(/unknown parameter "modle"/);
    expect(() => bindParams(q, { from: "yesterday", to: "now" }, now)).toThrow(QueryParamError);
    expect(() => bindParams(q, { from: "yesterday", to: "now" }, now)).toThrow(/"from" must be a time/);
  });

  it("checks declared values and ranges, type ranges, finite floats and the time range, naming what is allowed", () => {
    const x = parseNamedQuery(
      "x",
      [
        "-- x",
        "-- @param dim String = 'a' {a|b} d",
        "-- @param n UInt32 = 5 [1..10] n",
        "-- @param u UInt8 = 0 u",
        "-- @param f Float64 = 0.5 [0..1] f",
        "-- @param g Float64 = 0 g",
        "-- @param t DateTime64(3) = now t",
        "-- @column c UInt8 c",
        "SELECT {dim:String}, {n:UInt32}, {u:UInt8}, {f:Float64}, {g:Float64}, {t:DateTime64(3)}",
      ].join("\n"),
    );
    expect(x.params.find((p) => p.name === "dim")).toMatchObject({ oneOf: ["a", "b"], description: "d" });
    expect(x.params.find((p) => p.name === "n")).toMatchObject({ range: { min: 1, max: 10 }, description: "n" });
    expect(bindParams(x, {}, now)).toMatchObject({ dim: "a", n: 5, u: 0, f: 0.5, g: 0 });
    const bad: [Record<string, string>, RegExp][] = [
      [{ dim: "c" }, /parameter "dim" must be one of a, b, got "c"/],
      [{ n: "0" }, /"n" must be an integer from 1 to 10, got "0"/],
      [{ n: "11" }, /"n" must be an integer from 1 to 10/],
      [{ u: "256" }, /"u" must be an integer from 0 to 255/],
      [{ u: "1e2" }, /"u" must be an integer/],
      [{ f: "1.01" }, /"f" must be a number from 0 to 1/],
      [{ g: "1e309" }, /"g" must be a finite number/],
      [{ g: "NaN" }, /"g" must be a finite number/],
      [{ t: "9999-12-31" }, /"t" must be a time from 1970-01-01T00:00:00Z to 2106-02-07T06:28:15Z/],
      [{ t: "now-9999999d" }, /"t" must be a time from 1970/],
      [{ t: "x".repeat(100_000) }, /"t" must be a time: .*, got "x{40}…"$/],
    ];
    for (const [raw, message] of bad) expect(() => bindParams(x, raw, now), JSON.stringify(raw).slice(0, 50)).toThrow(message);
    expect(() => parseNamedQuery("y", "-- y\n-- @param n UInt8 = 1 [5..1] n\n-- @column c UInt8 c\nSELECT {n:UInt8}")).toThrow(
      /\[5\.\.1\] must be a range \[min\.\.max\]/,
    );
  });

  it("every library query's defaults satisfy its own declared values and ranges", () => {
    for (const name of listQueries()) {
      const query = loadQuery(name);
      const raw: Record<string, string> = {};
      for (const p of query.params) if (p.default === undefined) raw[p.name] = p.type.startsWith("DateTime") ? "now" : "v";
      expect(() => bindParams(query, raw, now), name).not.toThrow();
    }
  });

  it("passes strings through untouched for the database to bind (no escaping games)", () => {
    expect(bindParams(q, { from: "now", to: "now", service: "x' OR 1=1 --" }, now).service).toBe("x' OR 1=1 --");
  });
});

describe("typeRows", () => {
  it("turns 64-bit integer strings into numbers for numeric columns only", () => {
    const cols = [
      { name: "model", type: "String", description: "" },
      { name: "calls", type: "UInt64", description: "" },
      { name: "p50_ms", type: "Float64", description: "" },
    ];
    expect(typeRows(cols, [{ model: "123", calls: "42", p50_ms: 1.5 }])).toEqual([{ model: "123", calls: 42, p50_ms: 1.5 }]);
  });
});

describe("renderQuery: one source, plain and Grafana forms", () => {
  const source = [
    "-- Calls per bucket.",
    "-- @param from DateTime64(3) start",
    "-- @param to DateTime64(3) end",
    "-- @param bucket_seconds UInt32 = 60 bucket width (Grafana: $__interval_s)",
    "-- @param service String = '' service",
    "-- @param limit UInt32 = 10 rows",
    "-- @param month_start DateTime64(3) = 1970-01-01T00:00:00Z month",
    "-- @column t DateTime bucket",
    "SELECT $__timeInterval(Timestamp) AS t, count() / {bucket_seconds:UInt32} AS rate, {to:DateTime64(3)} AS upto, {month_start:DateTime64(3)} AS m",
    "FROM llm_spans WHERE $__timeFilter(Timestamp) AND ({service:String} = '' OR ServiceName = {service:String})",
    "GROUP BY t LIMIT {limit:UInt32}",
  ].join("\n");
  const q = parseNamedQuery("x", source);

  it("plain: macros become bound placeholders; NamedQuery.sql is the plain form", () => {
    const plain = renderQuery(q, "plain");
    expect(q.sql).toBe(plain);
    expect(q.source).toBe(source);
    expect(plain).toContain("SELECT toStartOfInterval(toDateTime(Timestamp), toIntervalSecond({bucket_seconds:UInt32})) AS t");
    expect(plain).toContain("WHERE Timestamp >= {from:DateTime64(3)} AND Timestamp < {to:DateTime64(3)} AND ({service:String} = ''");
    expect(plain).not.toMatch(/\$__(timeFilter|timeInterval)\(/);
  });

  it("grafana: macros kept, parameters become Grafana macros and dashboard variables", () => {
    const grafana = renderQuery(q, "grafana");
    expect(grafana).toContain(
      "SELECT $__timeInterval(Timestamp) AS t, count() / $__interval_s AS rate, $__toTime AS upto, parseDateTime64BestEffortOrZero(${month_start:sqlstring}, 3) AS m",
    );
    expect(grafana).toContain("WHERE $__timeFilter(Timestamp) AND (${service:sqlstring} = '' OR ServiceName = ${service:sqlstring})");
    expect(grafana).toContain("LIMIT ${limit}");
    expect(grafana).not.toMatch(/(?<!\$)\{\w+:[^}]+\}/);
  });

  it("every library query renders in both forms", () => {
    for (const name of listQueries()) {
      const query = loadQuery(name);
      expect(renderQuery(query, "plain"), name).not.toMatch(/\$__(timeFilter|timeInterval)\(/);
      expect(renderQuery(query, "grafana"), name).not.toMatch(/(?<!\$)\{\w+:[^}]+\}/);
    }
    expect(() => renderQuery(q, "pdf" as never)).toThrow(/form must be "plain" or "grafana"/);
  });

  it("a macro needs its parameters declared; other macros and raw Grafana variables are refused", () => {
    expect(() => parseNamedQuery("x", "-- x\n-- @column a UInt8 a\nSELECT 1 WHERE $__timeFilter(Timestamp)")).toThrow(
      /\$__timeFilter needs the header line "-- @param from DateTime64\(3\)/,
    );
    expect(() =>
      parseNamedQuery("x", "-- x\n-- @param from DateTime64(3) f\n-- @param to DateTime64(3) t\n-- @column a UInt8 a\nSELECT $__timeInterval(Timestamp)"),
    ).toThrow(/needs the header line "-- @param bucket_seconds UInt32/);
    expect(() => parseNamedQuery("x", "-- x\n-- @column a UInt8 a\nSELECT $__interval_s")).toThrow(/\$__interval_s is not supported in a query file/);
    expect(() => parseNamedQuery("x", "-- x\n-- @column a UInt8 a\nSELECT ${service}")).toThrow(/\$\{ is not supported/);
  });
});
