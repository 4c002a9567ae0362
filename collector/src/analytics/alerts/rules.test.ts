import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AlertRuleError, DEFAULT_RULES_FILE, loadRules, parseDuration, parseRules } from "@llmscope/queries/alerts";
import { step } from "./state";

const dir = mkdtempSync(path.join(tmpdir(), "llmscope-rules-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rule = (extra = "") => `rules:\n  - name: r1\n    sql: SELECT 1 AS value\n    condition: "> 0"\n${extra}`;

describe("alert rules", () => {
  it("loads the shipped defaults and merges a user file by rule name, field by field", () => {
    const user = path.join(dir, "alerts.yaml");
    writeFileSync(
      user,
      `targets:\n  oncall: { type: webhook, url: "https://hooks.example.com/x", headers: { Authorization: "Bearer t" } }\ndefaultTargets: [log, oncall]\n` +
        `rules:\n  - name: daily_spend_over_budget\n    condition: "> 25"\n  - name: satisfaction_low\n    enabled: false\n  - name: mine\n    sql: SELECT 2 AS value\n    condition: "<= 1"\n    for: 90s\n`,
    );
    const rules = loadRules(user);
    const spend = rules.find((r) => r.name === "daily_spend_over_budget")!;
    expect(spend.condition).toEqual({ op: ">", threshold: 25 });
    expect(spend.valueColumn).toBe("cost_usd");
    expect(spend.source.kind).toBe("named");
    expect(spend.targets.map((t) => t.name)).toEqual(["log", "oncall"]);
    expect(rules.some((r) => r.name === "satisfaction_low")).toBe(false);
    expect(rules.find((r) => r.name === "mine")).toMatchObject({
      forMs: 90_000,
      intervalMs: 60_000,
      severity: "warning",
      condition: { op: "<=", threshold: 1 },
    });
    expect(loadRules(undefined, DEFAULT_RULES_FILE)).toHaveLength(8);
  });

  it("rejects bad YAML, naming the file", () => {
    expect(() => parseRules("", "rules: [\n  - name: x", "my.yaml")).toThrow(/^my\.yaml: not valid YAML/);
  });

  it("rejects an unknown field, naming the rule and the field", () => {
    expect(() => parseRules("", rule("    treshold: 3\n"))).toThrow(AlertRuleError);
    expect(() => parseRules("", rule("    treshold: 3\n"))).toThrow(/rule "r1": unknown field "treshold"/);
    expect(() => parseRules("", rule("    severity: page\n"))).toThrow(/rule "r1", field "severity"/);
    expect(() => parseRules("", "ruels: []")).toThrow(/top level: unknown field "ruels"/);
  });

  it("rejects incomplete or inconsistent rules, naming the rule", () => {
    expect(() => parseRules("", `rules:\n  - name: r2\n    condition: "> 1"\n`)).toThrow(/alert rule "r2": needs exactly one of "query".*"sql".*"spendPerKey"/);
    expect(() => parseRules("", rule().replace('"> 0"', '"= 0"'))).toThrow(/alert rule "r1": condition "= 0" must be one of > < >= <=/);
    expect(() => parseRules("", rule("    for: 5 minutes\n"))).toThrow(/rule "r1", field "for": a duration/);
    expect(() => parseRules("", rule("    targets: [pager]\n"))).toThrow(/alert rule "r1": unknown target "pager"/);
    expect(() => parseRules("", `rules:\n  - name: r3\n    query: no_such_query\n    condition: "> 1"\n`)).toThrow(
      /alert rule "r3": unknown query "no_such_query"/,
    );
    expect(() => parseRules("", `rules:\n  - name: r4\n    query: latency_percentiles\n    params: { from: now-5m, to: now }\n    condition: "> 1"\n`)).toThrow(
      /alert rule "r4": query "latency_percentiles" has no column "value" .*set "value"/,
    );
    expect(() =>
      parseRules(
        "",
        `rules:\n  - name: r5\n    query: latency_percentiles\n    params: { from: yesterday, to: now }\n    value: p95_ms\n    condition: "> 1"\n`,
      ),
    ).toThrow(/alert rule "r5": .*"from" must be a time/);
    expect(() => parseRules("", rule() + rule().replace("rules:\n", ""))).toThrow(/rule "r1" is defined twice/);
  });

  it("parses durations", () => {
    expect(parseDuration("0s")).toBe(0);
    expect(parseDuration("5m")).toBe(300_000);
    expect(parseDuration("2h")).toBe(7_200_000);
    expect(() => parseDuration("5")).toThrow(/not a duration/);
  });
});

describe("alert state machine", () => {
  const inactive = { state: "inactive" as const, activeSinceMs: null, value: null };

  it("inactive → pending → firing after `for` → resolved → inactive", () => {
    const a = step(inactive, true, 9, 0, 300_000);
    expect(a).toEqual({ next: { state: "pending", activeSinceMs: 0, value: 9 }, transition: { from: "inactive", to: "pending" } });
    const b = step(a.next, true, 9, 299_999, 300_000);
    expect(b.transition).toBeUndefined();
    const c = step(b.next, true, 9, 300_000, 300_000);
    expect(c.transition).toEqual({ from: "pending", to: "firing" });
    expect(c.next.activeSinceMs).toBe(0);
    const d = step(c.next, false, 1, 360_000, 300_000);
    expect(d).toEqual({ next: { state: "resolved", activeSinceMs: 0, value: 1 }, transition: { from: "firing", to: "resolved" } });
    expect(step(d.next, false, null, 420_000, 300_000).next.state).toBe("inactive");
  });

  it("fires at once with for 0, and a pending alert that clears goes back to inactive", () => {
    expect(step(inactive, true, 1, 5, 0).transition).toEqual({ from: "inactive", to: "firing" });
    const pending = step(inactive, true, 1, 0, 60_000).next;
    expect(step(pending, false, null, 1, 60_000).transition).toEqual({ from: "pending", to: "inactive" });
  });
});
