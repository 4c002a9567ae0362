import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { bindParams } from "@llmscope/queries";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { generateDataset } from "../../../../test/fixtures/dataset/generate";
import { expandMacros } from "../../../../test/support/plugin-macros";
import { alertsCommand } from "../../surface/cli/alerts-command";
import { ChdbStore } from "../../store/chdb-store";
import {
  alertSql,
  declaredLabelColumns,
  DEFAULT_RULES_FILE,
  GRAFANA_DATASOURCE_UID,
  loadRules,
  parseRules,
  toGrafanaProvisioning,
  type AlertRule,
} from "@llmscope/queries/alerts";

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

const RULES = loadRules(undefined, DEFAULT_RULES_FILE);
const doc = parse(toGrafanaProvisioning(RULES, { webhookUrl: "http://hooks.local/grafana" })) as Provisioning;
const exported = doc.groups[0]!.rules;
const ruleOf = (title: string): AlertRule => RULES.find((r) => r.name === title)!;
const rawSqlOf = (title: string): string => exported.find((r) => r.title === title)!.data[0]!.model.rawSql as string;

describe("Grafana alert-rule provisioning export", () => {
  it("writes one group with every rule as query → reduce → threshold", () => {
    expect(doc.apiVersion).toBe(1);
    const group = doc.groups[0]!;
    expect(group.rules).toHaveLength(8);
    const p95 = group.rules.find((r) => r.title === "p95_latency_high")!;
    expect(p95).toMatchObject({ uid: "llmscope-p95_latency_high", condition: "C", for: "300s", labels: { severity: "warning" } });
    const [a, b, c] = p95.data;
    expect(a).toMatchObject({ refId: "A", datasourceUid: GRAFANA_DATASOURCE_UID, relativeTimeRange: { from: 300, to: 0 } });
    expect(b!.model).toMatchObject({ type: "reduce", expression: "A", reducer: "last" });
    expect(c!.model).toMatchObject({ type: "threshold", expression: "B", conditions: [{ evaluator: { type: "gt", params: [2000] } }] });
    const satisfaction = group.rules.find((r) => r.title === "satisfaction_low")!;
    expect(satisfaction.data[2]!.model).toMatchObject({ conditions: [{ evaluator: { type: "lt", params: [0.7] } }] });
  });

  it('queries the ClickHouse plugin as a raw-SQL table query (queryType table, format 1), never queryType "sql"', () => {
    for (const rule of exported) {
      const model = rule.data[0]!.model;
      expect(model, rule.title).toMatchObject({
        refId: "A",
        datasource: { type: "grafana-clickhouse-datasource", uid: GRAFANA_DATASOURCE_UID },
        editorType: "sql",
        queryType: "table",
        format: 1,
      });
      // The plugin's QueryType values (src/types/sql.ts); "sql" is an editorType, not a queryType.
      expect(["table", "logs", "timeSeries", "traces"]).toContain(model.queryType);
    }
  });

  it("wraps each rule's query to return exactly its label columns (String) and its one value column (Float64)", () => {
    for (const rule of exported) {
      const r = ruleOf(rule.title);
      const labels = declaredLabelColumns(r)!;
      const select = [
        ...labels.map((l) => `CAST(ifNull(toString(\`${l}\`), '') AS String) AS \`${l}\``),
        `assumeNotNull(llmscope_value) AS \`${r.valueColumn}\``,
      ].join(", ");
      expect(rawSqlOf(rule.title).split("\n")[0], rule.title).toBe(`SELECT ${select}`);
      expect(rawSqlOf(rule.title), rule.title).toMatch(/\nWHERE isFinite\(llmscope_value\)$/);
    }
    expect(rawSqlOf("p95_latency_high").split("\n")[0]).toBe(
      "SELECT CAST(ifNull(toString(`model`), '') AS String) AS `model`, CAST(ifNull(toString(`operation`), '') AS String) AS `operation`, assumeNotNull(llmscope_value) AS `p95_ms`",
    );
    expect(rawSqlOf("daily_spend_over_budget").split("\n")[0]).toBe("SELECT assumeNotNull(llmscope_value) AS `cost_usd`");
    expect(rawSqlOf("pii_in_output").split("\n")[0]).toBe(
      "SELECT CAST(ifNull(toString(`service`), '') AS String) AS `service`, CAST(ifNull(toString(`pii_type`), '') AS String) AS `pii_type`, assumeNotNull(llmscope_value) AS `value`",
    );
  });

  it("renders each named query's Grafana form with the rule's values as literals (no placeholders left)", () => {
    for (const rule of exported) {
      const sql = rule.data[0]!.model.rawSql as string;
      expect(sql, rule.title).not.toMatch(/\{[A-Za-z_]\w*:[^}]+\}/);
      expect(sql, rule.title).not.toMatch(/\$\{/);
      expect(sql, rule.title).not.toMatch(/^--/);
    }
    const p95 = rawSqlOf("p95_latency_high");
    expect(p95).toContain("$__timeFilter(Timestamp)");
    expect(p95).toContain("('' = '' OR ServiceName = '')");
    const budget = rawSqlOf("month_end_projection_over_budget");
    expect(budget).toContain("toDateTime64($__toTime, 3, 'UTC')");
    expect(budget).toContain("3000 AS budget_usd");
  });

  it("labels come from labelColumns, else a named query's String columns; inline SQL without labelColumns is refused", () => {
    const yaml = (extra: string) => `rules:\n  - name: r\n    ${extra}\n    condition: "> 1"\n`;
    const named = parseRules(yaml("query: error_rate\n    params: { from: now-5m, to: now }\n    value: error_rate"));
    const strings = (named[0]!.source as { query: { columns: { name: string; type: string }[] } }).query.columns
      .filter((c) => /^(LowCardinality\()?String\)?$/.test(c.type))
      .map((c) => c.name);
    expect(strings).toContain("model");
    expect(declaredLabelColumns(named[0]!)).toEqual(strings);
    const withLabels = parseRules(yaml("query: error_rate\n    params: { from: now-5m, to: now }\n    value: error_rate\n    labelColumns: [model]"));
    expect(toGrafanaProvisioning(withLabels, { webhookUrl: "http://x" })).toContain(
      "SELECT CAST(ifNull(toString(`model`), '') AS String) AS `model`, assumeNotNull(llmscope_value) AS `error_rate`",
    );
    const inline = parseRules(yaml("sql: SELECT 'a' AS k, 1 AS value"));
    expect(() => toGrafanaProvisioning(inline, { webhookUrl: "http://x" })).toThrow(/alert rule "r": set "labelColumns"/);
    const labelled = parseRules(yaml("sql: SELECT 'a' AS k, 1 AS value\n    labelColumns: [k]"));
    expect(toGrafanaProvisioning(labelled, { webhookUrl: "http://x" })).toContain(
      "SELECT CAST(ifNull(toString(`k`), '') AS String) AS `k`, assumeNotNull(llmscope_value) AS `value`",
    );
  });

  it("quotes column names and drops a trailing semicolon", () => {
    expect(alertSql("SELECT 1 AS `we``ird`;\n", ["a\\b"], "we`ird")).toBe(
      [
        "SELECT CAST(ifNull(toString(`a\\\\b`), '') AS String) AS `a\\\\b`, assumeNotNull(llmscope_value) AS `we\\`ird`",
        "FROM (SELECT *, toFloat64(`we\\`ird`) AS llmscope_value FROM (",
        "SELECT 1 AS `we``ird`",
        "))",
        "WHERE isFinite(llmscope_value)",
      ].join("\n"),
    );
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

/**
 * Every exported rule's query runs on chDB (a real ClickHouse) exactly as the plugin sends it (its
 * macros expanded as pkg/macros/macros.go does) against the fixture dataset, plus a few rows written
 * "now" for the inline rules, which read the last minutes. Grafana turns a table frame into one
 * alert series per row only if it is label strings plus one number; and the series must be the
 * instances the collector's own evaluator sees for the same data.
 */
describe("exported rule SQL on chDB", () => {
  const DAY = 86_400_000;
  const data = generateDataset({ startMs: Math.floor(Date.now() / DAY) * DAY - 3 * DAY, days: 3, tracesPerDay: 300, seed: 7 });
  // Whole seconds, a second beyond the data on both sides: the plugin's $__timeFilter is second-resolution and inclusive.
  const RANGE = { fromMs: Math.floor(data.startMs / 1000) * 1000 - 1000, toMs: Math.ceil(data.endMs / 1000) * 1000 + 1000 };
  const root = mkdtempSync(path.join(tmpdir(), "llmscope-grafana-chdb-"));
  let store: ChdbStore;
  type Row = Record<string, unknown>;

  beforeAll(async () => {
    store = new ChdbStore({ dataDir: path.join(root, "data"), database: "llmscope", ttlDays: 30 });
    await store.migrate();
    for (let i = 0; i < data.spans.length; i += 5000) await store.insert("llm_spans", data.spans.slice(i, i + 5000));
    await store.insert("llm_scores", data.scores);
    const nowS = (Date.now() / 1000).toFixed(3);
    const pii = data.spans.filter((s) => s.SpanType === "llm" && s.PiiCount > 0).slice(0, 12);
    expect(pii.length).toBeGreaterThan(0);
    await store.insert(
      "llm_spans",
      pii.map((s) => ({ ...s, Timestamp: nowS })),
    );
    const drift = (metric: string, status: string) => ({
      Timestamp: nowS,
      WindowStart: nowS,
      WindowEnd: nowS,
      Baseline: "previous",
      ServiceName: "support-bot",
      RequestModel: "gpt-4o",
      Operation: "chat",
      PromptVersion: "2",
      Metric: metric,
      Kind: "numeric",
      BaselineCount: 100,
      CurrentCount: 100,
      BaselineValue: 1,
      CurrentValue: 2,
      Psi: 0.3,
      Ks: 0.2,
      PValue: 0.01,
      ZScore: null,
      Status: status,
    });
    await store.insert("llm_drift", [drift("latency_ms", "alert"), drift("output_tokens", "ok")]);
  }, 180_000);

  afterAll(async () => {
    await store?.close();
    rmSync(root, { recursive: true, force: true });
  });

  const grafanaSql = (title: string) => expandMacros(rawSqlOf(title), RANGE, 60);

  /** The collector's evaluation of the same rule over RANGE: its SQL and bound parameters, labels and value read as AlertEvaluator does. */
  async function collectorInstances(rule: AlertRule): Promise<Map<string, number>> {
    let rows: Row[];
    if (rule.source.kind === "named") {
      const { query, params } = rule.source;
      const window: Record<string, string> = {};
      for (const p of query.params) if (p.name === "from" || p.name === "to") window[p.name] = String(p.name === "from" ? RANGE.fromMs : RANGE.toMs);
      rows = await store.query<Row>(query.sql, bindParams(query, { ...params, ...window }));
    } else {
      rows = await store.query<Row>(rule.source.sql, rule.source.params);
    }
    return instances(rows, declaredLabelColumns(rule)!, rule.valueColumn);
  }

  function instances(rows: Row[], labels: string[], valueColumn: string): Map<string, number> {
    const out = new Map<string, number>();
    for (const row of rows) {
      const v = Number(row[valueColumn]);
      if (row[valueColumn] === null || !Number.isFinite(v)) continue;
      out.set(JSON.stringify(labels.map((l) => String(row[l] ?? ""))), v);
    }
    return out;
  }

  it("returns exactly the label columns as String and the value column as Float64, one row per label set", async () => {
    for (const { title } of exported) {
      const rule = ruleOf(title);
      const labels = declaredLabelColumns(rule)!;
      const sql = grafanaSql(title);
      expect(sql, title).not.toMatch(/\$__|\$\{/);
      const columns = await store.query<{ name: string; type: string }>(`DESCRIBE (${sql})`).catch((err: Error) => {
        throw new Error(`${title}: ${err.message}\n${sql}`);
      });
      expect(
        columns.map((c) => [c.name, c.type]),
        title,
      ).toEqual([...labels.map((l) => [l, "String"]), [rule.valueColumn, "Float64"]]);
      const rows = await store.query<Row>(sql);
      if (labels.length > 0) expect(rows.length, `${title}: no rows`).toBeGreaterThan(0);
      else expect(rows.length, title).toBeLessThanOrEqual(1);
      const keys = rows.map((r) => JSON.stringify(labels.map((l) => r[l])));
      expect(new Set(keys).size, `${title}: one series per label set`).toBe(rows.length);
      for (const r of rows) {
        for (const l of labels) expect(typeof r[l], `${title}.${l}`).toBe("string");
        expect(Number.isFinite(Number(r[rule.valueColumn])), `${title}: ${JSON.stringify(r)}`).toBe(true);
      }
    }
  });

  it("yields the same instances and values as the collector's evaluator on the same data", async () => {
    for (const { title } of exported) {
      const rule = ruleOf(title);
      const expected = await collectorInstances(rule);
      const actual = instances(await store.query<Row>(grafanaSql(title)), declaredLabelColumns(rule)!, rule.valueColumn);
      expect([...actual.keys()].sort(), title).toEqual([...expected.keys()].sort());
      for (const [k, v] of expected) expect(actual.get(k), `${title} ${k}`).toBeCloseTo(v, 9);
    }
  });

  it("the rules with labels really alert per label set: several series, not one multi-column frame", async () => {
    for (const title of ["p95_latency_high", "error_rate_high", "pii_in_output", "drift_detected"]) {
      const rows = await store.query<Row>(grafanaSql(title));
      expect(rows.length, title).toBeGreaterThan(1);
    }
  });
});
