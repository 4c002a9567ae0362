import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ENV_VARS } from "@llmscope/collector";
import { DASHBOARDS } from "../dashboards/src/catalog";
import { CLICKHOUSE_PLUGIN_ID, CLICKHOUSE_PLUGIN_VERSION } from "../dashboards/src/clickhouse-query";
import { FOLDER } from "../dashboards/src/provisioning";
import { intervalSeconds, rollupMinInterval } from "../dashboards/src/rollup-interval";
import { TRACE_ID_EXPRESSION, traceIdSql } from "../dashboards/src/trace-query";
import { expandMacros } from "./support/plugin-macros";

/**
 * Contracts with the pinned upstream versions: each test encodes one rule of grafana/grafana v12.2.0
 * or grafana/clickhouse-datasource v4.20.0 that the committed dashboards, provisioning and
 * docker-compose.yml depend on, and names where that rule lives upstream. CI has no Grafana, so these
 * rules are what stands between a generated file and a broken panel. docs/versions.md says the same
 * in prose.
 */
type Json = any;

const ROOT = path.resolve(__dirname, "..");
const read = (rel: string) => readFileSync(path.join(ROOT, rel), "utf8");
const dashboards: { file: string; json: Json }[] = DASHBOARDS.map((d) => ({ file: d.file, json: JSON.parse(read(`dashboards/generated/${d.file}`)) }));
const panels = dashboards.flatMap(({ json }) =>
  json.panels.filter((p: Json) => p.type !== "row").map((p: Json) => ({ dashboard: json.uid as string, panel: p })),
);
const targets = panels.flatMap(({ dashboard, panel }) => (panel.targets ?? []).map((t: Json) => ({ where: `${dashboard}/${panel.title}`, panel, target: t })));
const datasource: Json = parse(read("dashboards/provisioning/datasources/llmscope-clickhouse.yaml")).datasources[0];
const provider: Json = parse(read("dashboards/provisioning/dashboards/llmscope.yaml")).providers[0];
const alerting: Json = parse(read("dashboards/provisioning/alerting/llmscope-alerts.yaml"));
const compose: Json = parse(read("docker-compose.yml"));
const tracePanel = panels.find((p) => p.panel.type === "traces")!.panel;
const traceTarget = tracePanel.targets[0];

/** Compares dotted version strings ("4.20.0" ≥ "4.0.0"), as the plugin's src/utils/version.ts does. */
function versionAtLeast(version: string, min: string): boolean {
  const a = version.split(".").map(Number);
  const b = min.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

describe("grafana/clickhouse-datasource v4.20.0: what a saved query must carry", () => {
  it("every target has non-empty rawSql: the plugin runs the saved SQL and never builds it from builderOptions", () => {
    // src/data/CHDatasource.ts applyTemplateVariables sends query.rawSql (variables replaced) and
    // pkg/plugin/driver.go reads only rawSql; src/views/CHQueryEditor.tsx is the only place that
    // turns builderOptions into SQL, and only while a user edits the panel.
    expect(targets.length).toBeGreaterThan(40);
    for (const { where, target } of targets) {
      expect(typeof target.rawSql, where).toBe("string");
      expect(target.rawSql.trim().length, where).toBeGreaterThan(20);
    }
  });

  it("every target has a pluginVersion of 4.0.0 or later, the installed version", () => {
    // src/data/migration.ts isV3CHQuery: a query without pluginVersion, or below 4.0.0, is a v3
    // query and migrateV3CHQuery rewrites it (a builder trace query loses its builderOptions).
    for (const { where, target } of targets) {
      expect(target.pluginVersion, where).toBe(CLICKHOUSE_PLUGIN_VERSION);
      expect(versionAtLeast(target.pluginVersion, "4.0.0"), where).toBe(true);
      // isV3CHQuery also takes queryType "sql" / "builder" for v3; v4 keeps the editor kind in editorType.
      expect(["sql", "builder"], where).not.toContain(target.queryType);
      expect(["sql", "builder"], where).toContain(target.editorType);
    }
  });

  it("every alert rule's ClickHouse query carries the installed pluginVersion too", () => {
    // The same src/data/migration.ts rule applies when a user opens a provisioned rule's query in
    // the editor: without pluginVersion it is taken for v3 and rewritten.
    const queries = alerting.groups.flatMap((g: Json) =>
      g.rules.flatMap((r: Json) => r.data.filter((d: Json) => d.datasourceUid !== "__expr__").map((d: Json) => ({ where: r.title as string, model: d.model }))),
    );
    expect(queries.length).toBeGreaterThan(5);
    for (const { where, model } of queries) {
      expect(model.pluginVersion, where).toBe(CLICKHOUSE_PLUGIN_VERSION);
      expect(model.rawSql.trim().length, where).toBeGreaterThan(20);
      expect(model.editorType, where).toBe("sql");
    }
  });

  it("the plugin id and version are the ones docker-compose installs and the datasource records", () => {
    // src/plugin.json: "id": "grafana-clickhouse-datasource". grafana/grafana v12.2.0
    // pkg/setting/setting_plugins.go reads [plugins] preinstall_sync as id@version entries.
    expect(compose.services.grafana.environment.GF_PLUGINS_PREINSTALL_SYNC).toBe(`${CLICKHOUSE_PLUGIN_ID}@${CLICKHOUSE_PLUGIN_VERSION}`);
    expect(datasource.type).toBe(CLICKHOUSE_PLUGIN_ID);
    expect(datasource.jsonData.version).toBe(CLICKHOUSE_PLUGIN_VERSION);
    for (const { where, target } of targets) expect(target.datasource, where).toEqual({ type: CLICKHOUSE_PLUGIN_ID, uid: datasource.uid });
  });

  it("the datasource settings are keys the plugin reads", () => {
    // src/types/config.ts: CHConfig (jsonData), CHTracesConfig (jsonData.traces), CHSecureConfig.
    const CH_CONFIG = new Set([
      "version",
      "host",
      "port",
      "protocol",
      "secure",
      "path",
      "tlsSkipVerify",
      "tlsAuth",
      "tlsAuthWithCACert",
      "username",
      "defaultDatabase",
      "defaultTable",
      "connMaxLifetime",
      "dialTimeout",
      "maxIdleConns",
      "maxOpenConns",
      "queryTimeout",
      "validateSql",
      "logs",
      "traces",
      "aliasTables",
      "httpHeaders",
      "forwardGrafanaHeaders",
      "customSettings",
      "enableSecureSocksProxy",
      "enableRowLimit",
      "rowCapacityHint",
      "hideTableNameInAdhocFilters",
      "enableMapKeysDiscovery",
      "pdcInjected",
      "configMode",
      "signalType",
    ]);
    const CH_TRACES = new Set([
      "defaultDatabase",
      "defaultTable",
      "otelEnabled",
      "otelVersion",
      "traceIdColumn",
      "spanIdColumn",
      "operationNameColumn",
      "parentSpanIdColumn",
      "serviceNameColumn",
      "durationColumn",
      "durationUnit",
      "startTimeColumn",
      "tagsColumn",
      "serviceTagsColumn",
      "kindColumn",
      "statusCodeColumn",
      "statusMessageColumn",
      "stateColumn",
      "instrumentationLibraryNameColumn",
      "instrumentationLibraryVersionColumn",
      "flattenNested",
      "traceEventsColumnPrefix",
      "traceLinksColumnPrefix",
      "showTraceLinks",
      "traceTimestampTableSuffix",
    ]);
    for (const k of Object.keys(datasource.jsonData)) expect(CH_CONFIG.has(k), `jsonData.${k}`).toBe(true);
    for (const k of Object.keys(datasource.jsonData.traces)) expect(CH_TRACES.has(k), `jsonData.traces.${k}`).toBe(true);
    expect(Object.keys(datasource.secureJsonData)).toEqual(["password"]);
    // src/types/config.ts Protocol: "native" | "http"; src/types/queryBuilder.ts TimeUnit: "nanoseconds", …
    expect(["native", "http"]).toContain(datasource.jsonData.protocol);
    expect(datasource.jsonData.traces.durationUnit).toBe("nanoseconds");
  });
});

describe("grafana/clickhouse-datasource v4.20.0: the trace view's query", () => {
  const options = traceTarget.builderOptions;

  it("is a builder trace-ID query with the meta the plugin's own trace-ID queries carry", () => {
    // src/data/utils.ts (the trace-ID query a TraceId data link opens) and
    // src/components/queryBuilder/views/traceQueryBuilderHooks.ts (trace defaults): these meta keys.
    expect(traceTarget).toMatchObject({ editorType: "builder", queryType: "traces", format: 3 });
    expect(options).toMatchObject({
      database: datasource.jsonData.traces.defaultDatabase,
      table: datasource.jsonData.traces.defaultTable,
      queryType: "traces",
      filters: [],
      orderBy: [],
    });
    expect(options.meta).toEqual({
      minimized: true,
      isTraceIdMode: true,
      traceId: "${trace_id}",
      traceDurationUnit: datasource.jsonData.traces.durationUnit,
      otelEnabled: datasource.jsonData.traces.otelEnabled,
      otelVersion: datasource.jsonData.traces.otelVersion,
      traceEventsColumnPrefix: "Events",
      traceLinksColumnPrefix: "Links",
      flattenNested: false,
      tagsAreJSON: false,
      hasTraceTimestampTable: true,
      traceTimestampTableSuffix: "_trace_id_ts",
    });
    // src/otel.ts: the OTel trace column map of the "latest" version (otel130 = otel129's traces).
    expect(Object.fromEntries(options.columns.map((c: Json) => [c.hint, c.name]))).toEqual({
      time: "Timestamp",
      trace_id: "TraceId",
      trace_span_id: "SpanId",
      trace_parent_span_id: "ParentSpanId",
      trace_service_name: "ServiceName",
      trace_operation_name: "SpanName",
      trace_duration_time: "Duration",
      trace_tags: "SpanAttributes",
      trace_service_tags: "ResourceAttributes",
      trace_status_code: "StatusCode",
      trace_kind: "SpanKind",
      trace_status_message: "StatusMessage",
      trace_state: "TraceState",
    });
  });

  it("its SQL is what the plugin's generateTraceIdQuery writes for those options, the trace id escaped", () => {
    // src/data/sqlGenerator.ts generateTraceIdQuery with meta.hasTraceTimestampTable: a WITH clause
    // reading min(Start) / max(End) + 1 from `<table>_trace_id_ts`, then the span table filtered on
    // traceID and that window. The plugin pastes meta.traceId between quotes ('${trace_id}'); the
    // saved SQL differs only there, taking the id percent-encoded and decoding it in ClickHouse.
    const pluginForm = traceIdSql(options, "'${trace_id}'");
    expect(traceTarget.rawSql).toBe(pluginForm.replace("'${trace_id}' as trace_id", `${TRACE_ID_EXPRESSION} as trace_id`));
    expect(pluginForm).toBe(
      [
        `WITH '\${trace_id}' as trace_id,`,
        `(SELECT min(Start) FROM "llmscope"."otel_traces_trace_id_ts" WHERE TraceId = trace_id) as trace_start,`,
        `(SELECT max(End) + 1 FROM "llmscope"."otel_traces_trace_id_ts" WHERE TraceId = trace_id) as trace_end`,
        `SELECT "TraceId" as traceID, "SpanId" as spanID, "ParentSpanId" as parentSpanID, "ServiceName" as serviceName, "SpanName" as operationName,`,
        `multiply(toUnixTimestamp64Nano("Timestamp"), 0.000001) as startTime, multiply("Duration", 0.000001) as duration,`,
        `arrayMap(key -> map('key', key, 'value',"SpanAttributes"[key]), mapKeys("SpanAttributes")) as tags,`,
        `arrayMap(key -> map('key', key, 'value',"ResourceAttributes"[key]), mapKeys("ResourceAttributes")) as serviceTags,`,
        `if("StatusCode" IN ('Error', 'STATUS_CODE_ERROR'), 2, 0) as statusCode,`,
        `arrayMap((name, timestamp, attributes) -> tuple(name, toString(toUnixTimestamp64Milli(timestamp)), arrayMap(key -> map('key', key, 'value', attributes[key]), mapKeys(attributes)))::Tuple(name String, timestamp String, fields Array(Map(String, String))), "Events".Name, "Events".Timestamp, "Events".Attributes) AS logs,`,
        `arrayMap((traceID, spanID, attributes) -> tuple(traceID, spanID, arrayMap(key -> map('key', key, 'value', attributes[key]), mapKeys(attributes)))::Tuple(traceID String, spanID String, tags Array(Map(String, String))), "Links".TraceId, "Links".SpanId, "Links".Attributes) AS references,`,
        `"SpanKind" as kind, "StatusMessage" as statusMessage, "TraceState" as traceState`,
        `FROM "llmscope"."otel_traces" WHERE traceID = trace_id AND "Timestamp" >= trace_start AND "Timestamp" <= trace_end`,
      ].join(" "),
    );
  });

  it("reads the trace-id timestamp table, which has the columns the plugin requires of it", () => {
    // src/data/CHDatasource.ts hasTraceTimestampTable: the lookup is used only when
    // `<table><suffix>` exists with the columns Start, End and TraceId.
    const lookup = `${options.table}${options.meta.traceTimestampTableSuffix}`;
    expect(traceTarget.rawSql).toContain(`FROM "${options.database}"."${lookup}" WHERE TraceId = trace_id`);
    const migration = readdirSync(path.join(ROOT, "collector/migrations"))
      .filter((f) => f.endsWith(".sql"))
      .map((f) => read(`collector/migrations/${f}`))
      .find((sql) => new RegExp(`CREATE TABLE IF NOT EXISTS ${lookup}\\b`).test(sql));
    expect(migration, `collector/migrations creates ${lookup}`).toBeDefined();
    for (const c of ["TraceId", "Start", "End"]) expect(migration).toMatch(new RegExp(`^\\s+${c} \\w+`, "m"));
  });

  it("aliases the columns of Grafana's trace data frame", () => {
    // grafana/grafana v12.2.0 packages/grafana-data/src/types/trace.ts TraceSpanRow: traceID, spanID,
    // operationName, serviceName, serviceTags, startTime (ms), duration (ms) required; parentSpanID,
    // logs, tags, references, kind, statusCode, statusMessage, traceState read when present.
    const aliases = new Set([...traceTarget.rawSql.matchAll(/\b(?:as|AS) (\w+)(?=,| FROM)/g)].map((m: RegExpMatchArray) => m[1]));
    for (const field of [
      "traceID",
      "spanID",
      "parentSpanID",
      "operationName",
      "serviceName",
      "serviceTags",
      "startTime",
      "duration",
      "tags",
      "logs",
      "references",
      "kind",
      "statusCode",
      "statusMessage",
      "traceState",
    ]) {
      expect(aliases.has(field), field).toBe(true);
    }
  });
});

describe("macros and variables: only what Grafana and the plugin expand", () => {
  // pkg/macros/macros.go ClickHouseMacros: macropro's defaults (interval, interval_ms, timeFilter,
  // timeFrom, timeTo, timeGroup, table, column) with the ClickHouse overrides and extensions;
  // src/data/CHDatasource.ts expands $__conditionalAll and $__adHocFilters in the browser.
  const BACKEND = [
    "interval",
    "interval_ms",
    "timeFilter",
    "timeFrom",
    "timeTo",
    "timeGroup",
    "table",
    "column",
    "fromTime",
    "toTime",
    "fromTime_ms",
    "toTime_ms",
    "timeFilter_ms",
    "dateFilter",
    "dateTimeFilter",
    "dt",
    "timeInterval",
    "timeInterval_ms",
    "interval_s",
  ];
  const FRONTEND = ["conditionalAll", "adHocFilters"];
  const macrosOf = (sql: string) => [...sql.matchAll(/\$__(\w+)/g)].map((m) => m[1]!);

  it("every $__ macro in a panel, a drop-down or an alert rule is one the plugin expands", () => {
    const sqls = [
      ...targets.map((t) => ({ where: t.where, sql: t.target.rawSql as string })),
      ...dashboards.flatMap(({ json }) =>
        json.templating.list.filter((v: Json) => v.type === "query").map((v: Json) => ({ where: `${json.uid}/$${v.name}`, sql: v.query as string })),
      ),
      ...alerting.groups.flatMap((g: Json) => g.rules.map((r: Json) => ({ where: `alert ${r.title}`, sql: r.data[0].model.rawSql as string }))),
    ];
    let used = 0;
    for (const { where, sql } of sqls) {
      for (const m of macrosOf(sql)) {
        expect([...BACKEND, ...FRONTEND], `${where}: $__${m}`).toContain(m);
        used++;
      }
      // The tests that run this SQL on chDB expand it the way macros.go does (test/support/plugin-macros.ts).
      expect(() => expandMacros(sql, { fromMs: 0, toMs: 3_600_000 }, 60), where).not.toThrow();
    }
    expect(used).toBeGreaterThan(40);
  });

  it("drop-down queries are plain SQL strings, which the plugin's variable support takes as raw SQL", () => {
    // src/data/CHVariableSupport.tsx: a saved variable query that is a string is the legacy form,
    // read as rawSql (no pluginVersion involved).
    for (const { json } of dashboards)
      for (const v of json.templating.list.filter((x: Json) => x.type === "query")) expect(typeof v.query, `${json.uid}/$${v.name}`).toBe("string");
  });

  it("variable formats are Grafana's: :sqlstring for text, :percentencode for the trace id", () => {
    // grafana/grafana v12.2.0 uses @grafana/scenes' formatRegistry: sqlstring quotes and doubles
    // single quotes; percentencode is encodeURIComponentStrict, which also encodes ! ' ( ) *.
    const formats = new Set(targets.flatMap((t) => [...(t.target.rawSql as string).matchAll(/\$\{\w+:(\w+)\}/g)].map((m) => m[1])));
    expect([...formats].sort()).toEqual(["percentencode", "sqlstring"]);
    expect([...(traceTarget.rawSql as string).matchAll(/\$\{(\w+)(?::(\w+))?\}/g)].map((m) => m[0])).toEqual(["${trace_id:percentencode}"]);
  });
});

describe("Grafana's interval: rollup panels never bucket below the rollup's resolution", () => {
  // pkg/macros/macros.go: $__timeInterval and $__interval_s floor the query interval at 1 s only.
  // grafana/grafana v12.2.0 dashboard-scene serialization: a panel's `interval` is the query
  // runner's minInterval, the smallest interval Grafana computes for that panel.
  const rollupTables = readdirSync(path.join(ROOT, "collector/migrations"))
    .filter((f) => f.endsWith(".sql"))
    .flatMap((f) => [...read(`collector/migrations/${f}`).matchAll(/CREATE TABLE IF NOT EXISTS (\w+_(\d+)([smhd]))\b/g)])
    .map((m) => ({ table: m[1]!, seconds: Number(m[2]) * { s: 1, m: 60, h: 3600, d: 86_400 }[m[3] as "s" | "m" | "h" | "d"] }));

  it("the schema has a per-minute rollup", () => {
    expect(rollupTables.map((t) => t.table)).toContain("llm_calls_1m");
  });

  it("every panel reading a rollup has a minimum interval of at least the rollup's resolution", () => {
    let checked = 0;
    for (const { dashboard, panel } of panels) {
      const sql: string = panel.targets.map((t: Json) => t.rawSql).join("\n");
      for (const { table, seconds } of rollupTables) {
        if (!new RegExp(`\\b${table}\\b`).test(sql)) continue;
        expect(panel.interval, `${dashboard}/${panel.title} reads ${table}`).toBeDefined();
        expect(intervalSeconds(panel.interval), `${dashboard}/${panel.title}`).toBeGreaterThanOrEqual(seconds);
        checked++;
      }
    }
    // No datasource-wide floor (jsonData.timeInterval): panels over raw spans keep fine buckets.
    expect(datasource.jsonData.timeInterval).toBeUndefined();
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it("panels over raw spans keep Grafana's automatic interval", () => {
    for (const { dashboard, panel } of panels) {
      if (panel.interval === undefined) continue;
      const sql: string = panel.targets.map((t: Json) => t.rawSql).join("\n");
      expect(
        rollupTables.some(({ table }) => sql.includes(table)),
        `${dashboard}/${panel.title}`,
      ).toBe(true);
    }
    expect(rollupMinInterval("SELECT 1 FROM llm_spans")).toBeUndefined();
    expect(rollupMinInterval("SELECT 1 FROM llm_calls_1m JOIN x_5m USING (k)")).toBe("5m");
  });
});

describe("grafana/grafana v12.2.0: one llmscope folder for dashboards and alert rules", () => {
  it("both provisioners find the folder by the same title, so neither can create a second one", () => {
    // pkg/services/provisioning/provisioning.go: RunInitProvisioners provisions alerting (with
    // datasources and plugins) before Run provisions dashboards.
    // pkg/services/provisioning/alerting/rules_types.go: a rule group names its folder by title
    // only; rules_provisioner.go getOrCreateFolderByTitle finds it or creates it with a random uid.
    // pkg/services/provisioning/dashboards/file_reader.go getOrCreateFolder: with folderUid set the
    // provider looks the folder up by uid (missing the one alerting created) and creates another;
    // without it, it looks the folder up by title.
    expect(provider).not.toHaveProperty("folderUid");
    expect(provider.folder).toBe(FOLDER);
    expect(provider.options.foldersFromFilesStructure).toBe(false);
    const folders = new Set(alerting.groups.map((g: Json) => g.folder));
    expect([...folders]).toEqual([FOLDER]);
    // The notification policy routes on the folder title label.
    expect(alerting.policies[0].routes[0].object_matchers).toContainEqual(["grafana_folder", "=", FOLDER]);
    // Folder titles are the lookup key: no nesting (a "/" would be a path for alerting, a title for dashboards).
    expect(FOLDER).not.toMatch(/\//);
  });
});

describe("docker-compose.yml: images and the environment the pinned versions read", () => {
  const services = compose.services;

  it("pins the images the rules above were read from", () => {
    expect(services.grafana.image).toBe("grafana/grafana:12.2.0");
    expect(services.clickhouse.image).toBe("clickhouse/clickhouse-server:25.8");
  });

  it("Grafana's GF_* variables are settings of 12.2.0 (GF_<SECTION>_<KEY>), the rest are read by the provisioning files", () => {
    // grafana/grafana v12.2.0 conf/defaults.ini sections and keys; pkg/setting/setting.go maps
    // GF_<SECTION>_<KEY> (section dots and dashes as underscores) onto them.
    const SETTINGS: Record<string, string> = {
      GF_PLUGINS_PREINSTALL_SYNC: "[plugins] preinstall_sync",
      GF_SECURITY_ADMIN_USER: "[security] admin_user",
      GF_SECURITY_ADMIN_PASSWORD: "[security] admin_password",
      GF_AUTH_ANONYMOUS_ENABLED: "[auth.anonymous] enabled",
      GF_AUTH_ANONYMOUS_ORG_ROLE: "[auth.anonymous] org_role",
      GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH: "[dashboards] default_home_dashboard_path",
      GF_ANALYTICS_REPORTING_ENABLED: "[analytics] reporting_enabled",
    };
    const provisioning = ["datasources/llmscope-clickhouse.yaml", "dashboards/llmscope.yaml", "alerting/llmscope-alerts.yaml"]
      .map((f) => read(`dashboards/provisioning/${f}`))
      .join("\n");
    for (const key of Object.keys(services.grafana.environment)) {
      if (key.startsWith("GF_")) expect(SETTINGS[key], key).toBeDefined();
      // pkg/services/provisioning/values: provisioning files expand $VAR and ${VAR} from the environment.
      else expect(provisioning, `${key} is read by a provisioning file`).toMatch(new RegExp(`\\$\\{?${key}\\b`));
    }
    expect(services.grafana.environment.GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH).toBe(
      `${services.grafana.volumes.find((v: string) => v.startsWith("./dashboards/generated:")).split(":")[1]}/llm-overview.json`,
    );
  });

  it("the ClickHouse image's variables are the ones its entrypoint reads", () => {
    // ClickHouse/ClickHouse docker/server/entrypoint.sh: CLICKHOUSE_USER, CLICKHOUSE_PASSWORD,
    // CLICKHOUSE_DB, CLICKHOUSE_DEFAULT_ACCESS_MANAGEMENT (and _PASSWORD_FILE, _SKIP_USER_SETUP, …).
    const ENTRYPOINT = [
      "CLICKHOUSE_USER",
      "CLICKHOUSE_PASSWORD",
      "CLICKHOUSE_PASSWORD_FILE",
      "CLICKHOUSE_DB",
      "CLICKHOUSE_DEFAULT_ACCESS_MANAGEMENT",
      "CLICKHOUSE_SKIP_USER_SETUP",
      "CLICKHOUSE_ALWAYS_RUN_INITDB_SCRIPTS",
      "CLICKHOUSE_WATCHDOG_ENABLE",
      "CLICKHOUSE_DO_NOT_CHOWN",
    ];
    for (const key of Object.keys(services.clickhouse.environment)) expect(ENTRYPOINT, key).toContain(key);
    // The database the entrypoint creates is the one the collector and the datasource use.
    expect(services.clickhouse.environment.CLICKHOUSE_DB).toBe(services.collector.environment.LLMSCOPE_CLICKHOUSE_DATABASE);
    expect(datasource.jsonData.defaultDatabase).toBe(services.clickhouse.environment.CLICKHOUSE_DB);
  });

  it("the collector's and the demo's variables are ones the collector reads", () => {
    const known = new Set(ENV_VARS.map((v) => v.env));
    for (const key of Object.keys(services.collector.environment)) expect(known.has(key), key).toBe(true);
    const demoSource = read("collector/src/surface/cli/demo-command.ts");
    for (const key of Object.keys(services.demo.environment)) expect(known.has(key) || demoSource.includes(`env.${key}`), key).toBe(true);
  });
});
