import { loadQuery, renderQuery, type NamedQuery } from "@llmscope/queries";

/** Parameters the plugin's macros carry ($__fromTime, $__toTime, $__interval_s): never bound by a panel. */
const MACRO_PARAMS = new Set(["from", "to", "bucket_seconds"]);
const NUMERIC = /^(U?Int\d+|Float\d+|Decimal.*)$/;

export type PanelBindings = Readonly<Record<string, string | number>>;

/**
 * The SQL a panel sends: the named query's Grafana form (queries/ is the one source), with
 *   - each parameter that is a dashboard variable left as the variable reference (`${service:sqlstring}`),
 *   - each parameter the panel binds written as a SQL literal (a panel-level choice such as `dimension`),
 *   - every other parameter written as its documented default.
 * The header comment is dropped: it documents the plain form and may mention macros the plugin
 * would try to expand.
 */
export function panelSql(queryName: string, bindings: PanelBindings, dashboardVariables: ReadonlySet<string>): string {
  const query = loadQuery(queryName);
  let sql = stripHeader(renderQuery(query, "grafana"));
  for (const name of Object.keys(bindings)) {
    if (!query.params.some((p) => p.name === name)) {
      throw new Error(
        `panel on query "${queryName}": binds "${name}", which the query does not declare (parameters: ${query.params.map((p) => p.name).join(", ")})`,
      );
    }
    if (MACRO_PARAMS.has(name)) throw new Error(`panel on query "${queryName}": "${name}" comes from the dashboard time range and cannot be bound`);
  }
  for (const param of query.params) {
    if (MACRO_PARAMS.has(param.name)) continue;
    const bound = bindings[param.name];
    if (bound === undefined && dashboardVariables.has(param.name)) continue;
    const value = bound ?? param.default;
    if (value === undefined) {
      throw new Error(
        `panel on query "${queryName}": parameter "${param.name}" (${param.type}) has no default; bind it in the panel or add a dashboard variable named "${param.name}"`,
      );
    }
    sql = bindLiteral(sql, query, param.name, param.type, value);
  }
  const unknown = [...sql.matchAll(/\$\{(\w+)(?::\w+)?\}/g)].map((m) => m[1]!).filter((v) => !dashboardVariables.has(v));
  if (unknown.length > 0) throw new Error(`panel on query "${queryName}": references undefined dashboard variables ${unknown.join(", ")}`);
  return sql;
}

function bindLiteral(sql: string, query: NamedQuery, name: string, type: string, value: string | number): string {
  let literal: string;
  if (NUMERIC.test(type)) {
    const n = Number(value);
    if (String(value).trim() === "" || !Number.isFinite(n))
      throw new Error(`panel on query "${query.name}": "${name}" must be a number (${type}), got ${JSON.stringify(value)}`);
    literal = String(n);
  } else {
    literal = sqlString(String(value));
  }
  return sql.split(`\${${name}:sqlstring}`).join(literal).split(`\${${name}}`).join(literal);
}

/** A ClickHouse string literal. */
function sqlString(value: string): string {
  return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

function stripHeader(sql: string): string {
  return sql.replace(/^(\s*--[^\n]*\n)+/, "").trim();
}
