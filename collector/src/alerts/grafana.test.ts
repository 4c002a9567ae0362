import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { alertsCommand } from "../cli/alerts-command";
import { GRAFANA_DATASOURCE_UID, toGrafanaProvisioning } from "./grafana";
import { DEFAULT_RULES_FILE, loadRules } from "./rules";

const dir = mkdtempSync(path.join(tmpdir(), "llmscope-grafana-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Provisioning {
  apiVersion: number;
  groups: { name: string; folder: string; interval: string; rules: GrafanaRule[] }[];
  contactPoints: { name: string; receivers: { type: string; settings: { url: string } }[] }[];
  policies: { receiver: string }[];
}
interface GrafanaRule {
  uid: string;
  title: string;
  condition: string;
  for: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  data: { refId: string; datasourceUid: string; relativeTimeRange?: { from: number; to: number }; model: Record<string, unknown> }[];
}

describe("Grafana alert-rule provisioning export", () => {
  const doc = parse(toGrafanaProvisioning(loadRules(undefined, DEFAULT_RULES_FILE), { webhookUrl: "http://hooks.local/grafana" })) as Provisioning;

  it("writes one group with every rule as query → reduce → threshold", () => {
    expect(doc.apiVersion).toBe(1);
    const group = doc.groups[0]!;
    expect(group.rules).toHaveLength(8);
    const p95 = group.rules.find((r) => r.title === "p95_latency_high")!;
    expect(p95).toMatchObject({ uid: "llmscope-p95_latency_high", condition: "C", for: "300s", labels: { severity: "warning" } });
    const [a, b, c] = p95.data;
    expect(a).toMatchObject({ refId: "A", datasourceUid: GRAFANA_DATASOURCE_UID, relativeTimeRange: { from: 300, to: 0 } });
    expect(a!.model).toMatchObject({ format: 1, queryType: "sql", editorType: "sql" });
    expect(b!.model).toMatchObject({ type: "reduce", expression: "A", reducer: "last" });
    expect(c!.model).toMatchObject({ type: "threshold", expression: "B", conditions: [{ evaluator: { type: "gt", params: [2000] } }] });
    const satisfaction = group.rules.find((r) => r.title === "satisfaction_low")!;
    expect(satisfaction.data[2]!.model).toMatchObject({ conditions: [{ evaluator: { type: "lt", params: [0.7] } }] });
  });

  it("renders each named query's Grafana form with the rule's values as literals (no placeholders left)", () => {
    for (const rule of doc.groups[0]!.rules) {
      const sql = rule.data[0]!.model.rawSql as string;
      expect(sql, rule.title).not.toMatch(/\{[A-Za-z_]\w*:[^}]+\}/);
      expect(sql, rule.title).not.toMatch(/\$\{/);
      expect(sql, rule.title).not.toMatch(/^--/);
    }
    const p95 = doc.groups[0]!.rules.find((r) => r.title === "p95_latency_high")!.data[0]!.model.rawSql as string;
    expect(p95).toContain("$__timeFilter(Timestamp)");
    expect(p95).toContain("('' = '' OR ServiceName = '')");
    const budget = doc.groups[0]!.rules.find((r) => r.title === "month_end_projection_over_budget")!.data[0]!.model.rawSql as string;
    expect(budget).toContain("toDateTime64($__toTime, 3, 'UTC')");
    expect(budget).toContain("3000 AS budget_usd");
  });

  it("adds a webhook contact point and a policy routing to it", () => {
    expect(doc.contactPoints[0]!.receivers[0]).toMatchObject({ type: "webhook", settings: { url: "http://hooks.local/grafana" } });
    expect(doc.policies[0]!.receiver).toBe(doc.contactPoints[0]!.name);
  });

  it("`llmscope alerts export --grafana --out` writes the file", async () => {
    const out = path.join(dir, "alerts.yaml");
    const sink = { write: () => true } as unknown as NodeJS.WritableStream;
    await alertsCommand(["export", "--grafana", "--out", out, "--webhook-url", "http://hooks.local/x"], {}, sink);
    expect((parse(readFileSync(out, "utf8")) as Provisioning).groups[0]!.rules).toHaveLength(8);
    await expect(alertsCommand(["export"], {}, sink)).rejects.toThrow(/needs --grafana/);
    await expect(alertsCommand(["export", "--grafana"], {}, sink)).rejects.toThrow(/--webhook-url is needed/);
  });
});
