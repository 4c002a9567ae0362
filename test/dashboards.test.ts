import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadQuery } from "@llmscope/queries";
import { DASHBOARDS } from "../dashboards/src/catalog";
import { CLICKHOUSE_PLUGIN_ID } from "../dashboards/src/clickhouse-query";
import { DASHBOARDS_DIR, generatedFiles } from "../dashboards/src/generate";
import { panelSql } from "../dashboards/src/panel-sql";
import { GRAFANA_DASHBOARDS_PATH } from "../dashboards/src/provisioning";
import { unitOfColumn } from "../dashboards/src/units";

/**
 * The generated dashboards and provisioning: committed output equals a fresh generation, and the
 * JSON has the shape Grafana and the ClickHouse plugin expect. Their SQL runs in dashboards-sql.test.ts.
 */
type Json = any;

const UID = "llmscope-clickhouse";
const committed = (rel: string) => readFileSync(path.join(DASHBOARDS_DIR, rel), "utf8");
const dashboards: { file: string; json: Json }[] = DASHBOARDS.map((d) => ({ file: d.file, json: JSON.parse(committed(`generated/${d.file}`)) }));
const panelsOf = (json: Json): Json[] => json.panels.filter((p: Json) => p.type !== "row");

describe("generated files", () => {
  it("the committed files equal a fresh generation (run `npm run dashboards` and commit)", () => {
    const fresh = generatedFiles();
    for (const [rel, content] of fresh) expect(committed(rel), `dashboards/${rel} is stale: run \`npm run dashboards\``).toBe(content);
    const jsonFiles = readdirSync(path.join(DASHBOARDS_DIR, "generated")).map((f) => `generated/${f}`);
    expect(jsonFiles.sort()).toEqual([...fresh.keys()].filter((k) => k.startsWith("generated/")).sort());
  });

  it("generation is deterministic", () => {
    expect([...generatedFiles()]).toEqual([...generatedFiles()]);
  });
});

describe("dashboard JSON", () => {
  it("five dashboards with unique, stable uids and titles", () => {
    const uids = dashboards.map((d) => d.json.uid);
    expect(uids).toEqual(["llmscope-overview", "llmscope-cost", "llmscope-quality", "llmscope-rag", "llmscope-prompts"]);
    expect(new Set(dashboards.map((d) => d.json.title)).size).toBe(5);
    for (const { json } of dashboards) {
      expect(json.uid.length).toBeLessThanOrEqual(40);
      expect(typeof json.schemaVersion).toBe("number");
      expect(json.tags).toContain("llmscope");
      expect(json.time).toEqual({ from: "now-24h", to: "now" });
    }
  });

  it("every dashboard has service, model and prompt drop-downs filled by the list queries, All by default", () => {
    const LISTS: Record<string, string> = { service: "list_services", model: "list_models", prompt_name: "list_prompts" };
    for (const { json } of dashboards) {
      const names: string[] = json.templating.list.map((v: Json) => v.name);
      for (const [name, query] of Object.entries(LISTS)) {
        const where = `${json.uid}: $${name}`;
        const v = json.templating.list.find((x: Json) => x.name === name);
        expect(v, where).toBeDefined();
        expect(v, where).toMatchObject({
          type: "query",
          datasource: { type: CLICKHOUSE_PLUGIN_ID, uid: UID },
          refresh: 2, // on time range change
          multi: false,
          includeAll: true,
          // The queries' "all" value; Grafana inserts a custom all value unformatted (dashboards-sql.test.ts runs it).
          allValue: "''",
          current: { text: "All", value: "$__all" },
        });
        // The list query's Grafana form, filtered by the dashboard's own variables.
        expect(v.query, where).toBe(panelSql(query, {}, new Set(names)));
        expect(loadQuery(query).columns, `${query}: one column of values`).toHaveLength(1);
        // A variable's query may only use variables defined before it (Grafana resolves them in order).
        for (const [, used] of String(v.query).matchAll(/\$\{(\w+)(?::\w+)?\}/g))
          expect(names.indexOf(used!), `${where} uses $${used}`).toBeLessThan(names.indexOf(name));
      }
      expect(json.templating.list.find((x: Json) => x.name === "model").query, json.uid).toContain("${service:sqlstring}");
      expect(json.templating.list.find((x: Json) => x.name === "prompt_name").query, json.uid).toContain("${service:sqlstring}");
    }
  });

  it("prompt experiments: A and B are drop-downs of $prompt_name's versions or variants ($arm), without All", () => {
    const json = dashboards.find((d) => d.json.uid === "llmscope-prompts")!.json;
    const names: string[] = json.templating.list.map((v: Json) => v.name);
    expect(names).toEqual(["service", "model", "prompt_name", "arm", "a", "b"]);
    expect(json.templating.list.find((x: Json) => x.name === "arm")).toMatchObject({ type: "custom", query: "version,variant", current: { value: "version" } });
    for (const name of ["a", "b"]) {
      const v = json.templating.list.find((x: Json) => x.name === name);
      expect(v, name).toMatchObject({
        type: "query",
        datasource: { type: CLICKHOUSE_PLUGIN_ID, uid: UID },
        refresh: 2,
        sort: 0,
        multi: false,
        includeAll: false,
      });
      expect(v.allValue, name).toBeUndefined();
      // No saved choice: Grafana selects the list's first option (see dashboards/src/variables.ts).
      expect(v.current, name).toBeUndefined();
      expect(v.query, name).toBe(panelSql("list_prompt_arms", {}, new Set(names)));
      const used = [...String(v.query).matchAll(/\$\{(\w+)(?::\w+)?\}/g)].map((m) => m[1]!);
      expect(new Set(used), name).toEqual(new Set(["arm", "prompt_name", "service"]));
      for (const u of used) expect(names.indexOf(u), `$${name} uses $${u}`).toBeLessThan(names.indexOf(name));
    }
    expect(loadQuery("list_prompt_arms").columns).toHaveLength(1);
    // The A/B panel reads the same variables.
    const ab = json.panels.find((p: Json) => p.title === "A/B comparison").targets[0].rawSql as string;
    for (const v of ["prompt_name", "arm", "a", "b"]) expect(ab).toContain(`\${${v}:sqlstring}`);
  });

  it("the service, model and prompt filters reach every panel whose query takes them", () => {
    for (const d of DASHBOARDS) {
      for (const p of d.panels.filter((x) => x.kind === "query")) {
        const params = new Set(loadQuery(p.query).params.map((x) => x.name));
        const filters = ["service", "model", "prompt_name"].filter((f) => params.has(f) && p.bind?.[f] === undefined);
        // Every query a dashboard uses takes service; model and prompt_name where its rows have them.
        expect(filters, `${d.uid}/${p.title}`).toContain("service");
        const json = dashboards.find((x) => x.file === d.file)!.json;
        const rawSql = json.panels.find((x: Json) => x.title === p.title).targets[0].rawSql as string;
        for (const f of filters) expect(rawSql, `${d.uid}/${p.title}: $${f}`).toContain(`\${${f}:sqlstring}`);
      }
    }
    const missing = (name: string) => ["model", "prompt_name"].filter((f) => !loadQuery(name).params.some((x) => x.name === f));
    // Where a filter is left out, the rows carry no such column (documented in each query's header).
    expect(missing("guardrail_trigger_rate")).toEqual(["model"]);
    expect(missing("retrieval_stats")).toEqual(["model"]);
    expect(missing("drift_status")).toEqual(["prompt_name"]);
  });

  it("every panel has a ClickHouse target on the provisioned datasource uid, and unique ids inside the grid", () => {
    for (const { json } of dashboards) {
      const ids = json.panels.map((p: Json) => p.id);
      expect(new Set(ids).size, json.uid).toBe(ids.length);
      for (const p of json.panels) {
        expect(p.gridPos.x + p.gridPos.w, `${json.uid}/${p.title}`).toBeLessThanOrEqual(24);
      }
      for (const p of panelsOf(json)) {
        const where = `${json.uid}/${p.title}`;
        expect(p.targets?.length, `${where}: no target`).toBeGreaterThan(0);
        expect(p.datasource, where).toEqual({ type: CLICKHOUSE_PLUGIN_ID, uid: UID });
        for (const t of p.targets) {
          expect(t.datasource, where).toEqual({ type: CLICKHOUSE_PLUGIN_ID, uid: UID });
          expect(t.refId, where).toBe("A");
          expect(["sql", "builder"], where).toContain(t.editorType);
          expect([0, 1, 3], where).toContain(t.format);
          expect(["timeseries", "table", "traces"], where).toContain(t.queryType);
          // The plugin runs the saved SQL whatever the editor (grafana-contracts.test.ts).
          expect(t.rawSql.length, where).toBeGreaterThan(20);
          expect(t.pluginVersion, where).toBe("4.20.0");
          if (p.type === "timeseries") expect(t.queryType, where).toBe("timeseries");
          if (p.type === "table" || p.type === "stat") expect([t.queryType, t.format], where).toEqual(["table", 1]);
        }
      }
    }
  });

  it("panel SQL is a named query's Grafana form: only plugin macros and the dashboard's own variables remain", () => {
    for (const { json } of dashboards) {
      const vars = new Set(json.templating.list.map((v: Json) => v.name));
      for (const p of panelsOf(json)) {
        for (const t of p.targets.filter((x: Json) => x.editorType === "sql")) {
          const where = `${json.uid}/${p.title}`;
          expect(t.rawSql, where).not.toMatch(/(?<!\$)\{\w+:[^}]+\}/);
          expect(t.rawSql.trimStart().startsWith("--"), `${where}: header comment kept`).toBe(false);
          for (const [, v] of t.rawSql.matchAll(/\$\{(\w+)(?::\w+)?\}/g)) expect(vars.has(v), `${where}: $${v} is not a variable`).toBe(true);
          for (const [m] of t.rawSql.matchAll(/\$__\w+/g))
            expect(["$__timeFilter", "$__timeInterval", "$__fromTime", "$__toTime", "$__interval_s"], where).toContain(m);
          const source = /SQL: queries\/(\w+)\.sql/.exec(p.description);
          expect(source, `${where}: description names its query`).not.toBeNull();
          expect(() => loadQuery(source![1]!)).not.toThrow();
        }
      }
    }
  });

  it("trace browsing: TraceId links, links to the plugin's OTel dashboards, a trace view in trace-ID mode", () => {
    const overview = dashboards[0]!.json;
    expect(overview.links.map((l: Json) => l.url).filter(Boolean)).toEqual([
      "/d/otel-traces-explorer?var-datasource=llmscope-clickhouse",
      "/d/otel-service-dashboard?var-datasource=llmscope-clickhouse",
    ]);
    const trace = panelsOf(overview).find((p) => p.type === "traces");
    expect(trace.targets[0]).toMatchObject({
      editorType: "builder",
      queryType: "traces",
      format: 3,
      builderOptions: {
        database: "llmscope",
        table: "otel_traces",
        queryType: "traces",
        meta: { isTraceIdMode: true, traceId: "${trace_id}", traceDurationUnit: "nanoseconds", otelEnabled: true },
      },
    });
    expect(trace.targets[0].rawSql).toContain('FROM "llmscope"."otel_traces" WHERE traceID = trace_id');
    const queryOf = (p: Json) => /SQL: queries\/(\w+)\.sql/.exec(p.description ?? "")?.[1];
    const listsTraces = (p: Json) => queryOf(p) !== undefined && loadQuery(queryOf(p)!).columns.some((c) => c.name === "TraceId");
    const traceTables = dashboards.flatMap(({ json }) => panelsOf(json).filter(listsTraces));
    expect(traceTables.map((p) => p.title).sort()).toEqual(["Blocked requests", "Recent traces"]);
    for (const p of traceTables) {
      const link = p.fieldConfig.overrides.find((o: Json) => o.matcher.options === "TraceId");
      expect(link?.properties[0].value[0].url, p.title).toBe("/d/llmscope-overview?var-trace_id=${__value.raw}&${__url_time_range}");
    }
  });

  it("table columns named after a unit (*_ms, *_usd, *_tokens, *_rate, *_pct) carry it", () => {
    let checked = 0;
    for (const d of DASHBOARDS) {
      const json = dashboards.find((x) => x.file === d.file)!.json;
      for (const p of d.panels.filter((x) => x.kind === "query" && x.viz === "table")) {
        if (p.kind !== "query") continue;
        const overrides = json.panels.find((x: Json) => x.title === p.title).fieldConfig.overrides as Json[];
        for (const c of p.fields ?? loadQuery(p.query).columns.map((x) => x.name)) {
          const unit = unitOfColumn(c);
          if (unit === undefined) continue;
          const o = overrides.find((x) => x.matcher.id === "byName" && x.matcher.options === c);
          expect(o?.properties.find((q: Json) => q.id === "unit")?.value, `${d.uid}/${p.title}: ${c}`).toBe(p.units?.[c] ?? unit);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect(["cost_usd", "cost_per_request", "p95_ms", "input_tokens", "error_rate", "spent_pct", "calls", "avg_score"].map(unitOfColumn)).toEqual([
      "currencyUSD",
      "currencyUSD",
      "ms",
      "count:tokens",
      "percentunit",
      "percent",
      undefined,
      undefined,
    ]);
  });

  it("panels carry units", () => {
    for (const { json } of dashboards) {
      for (const p of panelsOf(json).filter((x) => x.type !== "traces")) {
        const units = [
          p.fieldConfig?.defaults?.unit,
          ...(p.fieldConfig?.overrides ?? []).flatMap((o: Json) => o.properties.filter((q: Json) => q.id === "unit")),
        ].filter(Boolean);
        if (["timeseries", "stat", "bargauge"].includes(p.type)) expect(units.length, `${json.uid}/${p.title}`).toBeGreaterThan(0);
      }
    }
  });
});

describe("provisioning", () => {
  it("datasource: fixed uid, compose ClickHouse, llmscope database, OTel traces in nanoseconds, no secret in the file", () => {
    const doc = parse(committed("provisioning/datasources/llmscope-clickhouse.yaml"));
    expect(doc.datasources).toHaveLength(1);
    const ds = doc.datasources[0];
    expect(ds).toMatchObject({ uid: UID, type: CLICKHOUSE_PLUGIN_ID, isDefault: true });
    expect(ds.jsonData).toMatchObject({ host: "clickhouse", port: 9000, protocol: "native", defaultDatabase: "llmscope", username: "${CLICKHOUSE_USER}" });
    expect(ds.jsonData.traces).toEqual({
      defaultDatabase: "llmscope",
      defaultTable: "otel_traces",
      otelEnabled: true,
      otelVersion: "latest",
      durationUnit: "nanoseconds",
    });
    expect(ds.secureJsonData).toEqual({ password: "${CLICKHOUSE_PASSWORD}" });
  });

  it("dashboard provider: folder llmscope (by title, as alerting names it), reading the path docker-compose mounts the generated JSON at", () => {
    const doc = parse(committed("provisioning/dashboards/llmscope.yaml"));
    expect(doc.providers).toHaveLength(1);
    expect(doc.providers[0]).toMatchObject({ folder: "llmscope", type: "file", options: { path: GRAFANA_DASHBOARDS_PATH } });
    expect(doc.providers[0].folderUid).toBeUndefined();
  });

  it("alerting: rule groups on the datasource uid, a webhook contact point from the environment, a policy", () => {
    const doc = parse(committed("provisioning/alerting/llmscope-alerts.yaml"));
    const rules = doc.groups.flatMap((g: Json) => g.rules);
    expect(rules.map((r: Json) => r.title)).toEqual(expect.arrayContaining(["daily_spend_over_budget", "month_end_projection_over_budget"]));
    expect(rules.some((r: Json) => /guardrail/.test(r.title))).toBe(true);
    for (const r of rules) {
      expect(r.data[0].datasourceUid, r.title).toBe(UID);
      expect(r.data[0].model.rawSql, r.title).not.toMatch(/(?<!\$)\{\w+:[^}]+\}/);
    }
    expect(new Set(rules.map((r: Json) => r.uid)).size).toBe(rules.length);
    expect(doc.contactPoints[0].receivers[0]).toMatchObject({ type: "webhook", settings: { url: "$LLMSCOPE_ALERT_WEBHOOK_URL" } });
    expect(doc.policies[0].receiver).toBe(doc.contactPoints[0].name);
  });
});
