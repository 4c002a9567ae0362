import { describe, expect, it } from "vitest";
import { bindParams, listQueries, loadQuery, parseNamedQuery, QueryParamError, typeRows, UnknownQueryError } from "./index";

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
    expect(loadQuery("spend_by_model").columns.map((c) => c.name).slice(0, 5)).toEqual(["model", "calls", "input_tokens", "output_tokens", "cost_usd"]);
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
    });
    expect(bindParams(q, { from: String(now), to: "now" }, now).from).toBe((now / 1000).toFixed(3));
  });

  it("names the parameter that is missing, unknown or malformed", () => {
    expect(() => bindParams(q, { to: "now" }, now)).toThrow(/missing parameter "from" \(DateTime64\(3\)/);
    expect(() => bindParams(q, { from: "now", to: "now", modle: "x" }, now)).toThrow(/unknown parameter "modle"/);
    expect(() => bindParams(q, { from: "yesterday", to: "now" }, now)).toThrow(QueryParamError);
    expect(() => bindParams(q, { from: "yesterday", to: "now" }, now)).toThrow(/"from" must be a time/);
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
