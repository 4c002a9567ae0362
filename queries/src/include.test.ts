import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandIncludes, listQueries, loadQuery } from "./index";

describe("-- @include", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "llmscope-include-"));
    mkdirSync(path.join(dir, "fragments"));
    writeFileSync(path.join(dir, "fragments/where.sql"), "-- what it is\n-- for whom\nWHERE a = {a:UInt8}\n  AND b = 1\n");
    writeFileSync(path.join(dir, "fragments/no_newline.sql"), "x,");
    writeFileSync(path.join(dir, "fragments/outer.sql"), "-- @include fragments/no_newline.sql\ny,\n");
    writeFileSync(path.join(dir, "fragments/loop.sql"), "-- @include fragments/loop.sql\n");
    writeFileSync(path.join(dir, "q.sql"), "-- q\n-- @param a UInt8 a\n-- @column n UInt64 n\nSELECT count() AS n\nFROM t\n-- @include fragments/where.sql\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("puts the file in place of the line, less its leading comment, indented as the marker", () => {
    expect(expandIncludes("FROM (\n    SELECT 1\n    -- @include fragments/where.sql\n)\n", dir, "q.sql")).toBe(
      "FROM (\n    SELECT 1\n    WHERE a = {a:UInt8}\n      AND b = 1\n)\n",
    );
    expect(expandIncludes("SELECT\n-- @include fragments/outer.sql\n1", dir, "q.sql")).toBe("SELECT\nx,\ny,\n1");
  });

  it("is expanded before parsing, so the query's header must declare the included placeholders", () => {
    expect(loadQuery("q", dir).sql).toContain("WHERE a = {a:UInt8}");
    writeFileSync(path.join(dir, "undeclared.sql"), "-- u\n-- @column n UInt64 n\nSELECT count() AS n\nFROM t\n-- @include fragments/where.sql\n");
    expect(() => loadQuery("undeclared", dir)).toThrow(/\{a:UInt8\} has no "-- @param a"/);
  });

  it("names the file and the include that is wrong", () => {
    expect(() => expandIncludes("-- @include ../secret.sql\n", dir, "q.sql")).toThrow(/q\.sql: cannot include "\.\.\/secret\.sql"/);
    expect(() => expandIncludes("-- @include /etc/passwd.sql\n", dir, "q.sql")).toThrow(/cannot include/);
    expect(() => expandIncludes("-- @include fragments/missing.sql\n", dir, "q.sql")).toThrow(/q\.sql: included file "fragments\/missing\.sql" does not exist/);
    expect(() => expandIncludes("-- @include fragments/loop.sql\n", dir, "q.sql")).toThrow(/more than 32 includes; does "fragments\/loop\.sql" include itself/);
  });

  it("leaves the fragments out of the library's queries, and every library query complete", () => {
    expect(listQueries()).not.toContain("llm_calls");
    for (const name of listQueries()) expect(loadQuery(name).source, name).not.toContain("@include");
  });
});
