import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { QUERIES_DIR, expandIncludes, loadQuery, parseNamedQuery, type NamedQuery } from "@llmscope/queries";
import { summarize } from "./interleave";
import { QUERY_WARMUP_RUNS, benchParams, timeQuery } from "./queries";
import type { QueryBenchData } from "./query-data";

/** `<query>--<label>.sql`: another form of the named query `<query>`. */
const VARIANT_FILE = /^([a-z][a-z0-9_]*)--([A-Za-z0-9_-]+)\.sql$/;

/** Planning alone: a 24 h range thirty days before the rows, where no part is read. */
const EMPTY_RANGE_OFFSET_MS = 30 * 86_400_000;

export interface FormTiming {
  label: string;
  /** Empty when the form returns the library query's rows; else what differs. */
  mismatch: string;
  data: { cpu: number[]; wall: number[] };
  empty: { cpu: number[]; wall: number[] };
}

export interface VariantComparison {
  query: string;
  forms: FormTiming[];
}

interface Form {
  label: string;
  query: NamedQuery;
}

/**
 * Compares other forms of named queries with the library's, in one process over one store: `dir`
 * holds `<query>--<label>.sql` files with the query's header and placeholders (an `-- @include` line
 * resolves in the library's folder). Each form is warmed past the JIT (QUERY_WARMUP_RUNS) and
 * checked against the library query's rows; then the forms of a query run in turn, `rounds` times,
 * the order reversed every other round (A B, B A, ...), over the default range and over an empty one
 * (planning alone). Forms measured back to back share the machine's load, which on a shared machine
 * moves single timings by more than most changes to a query do.
 */
export async function compareQueryVariants(data: QueryBenchData, dir: string, rounds: number): Promise<VariantComparison[]> {
  const out: VariantComparison[] = [];
  for (const [name, variants] of variantFiles(dir)) {
    const forms: Form[] = [{ label: "library", query: loadQuery(name) }, ...variants];
    const timings = forms.map((f): FormTiming => ({ label: f.label, mismatch: "", data: { cpu: [], wall: [] }, empty: { cpu: [], wall: [] } }));
    for (const [range, now] of [
      ["data", data.now],
      ["empty", data.now - EMPTY_RANGE_OFFSET_MS],
    ] as const) {
      const params = forms.map((f) => benchParams(f.query, now, name));
      let expected: string | undefined;
      for (const [i, form] of forms.entries()) {
        let rows: Record<string, unknown>[] = [];
        for (let r = 0; r <= QUERY_WARMUP_RUNS; r++) rows = (await timeQuery(data.store, form.query.sql, params[i]!)).rows;
        const shown = JSON.stringify(rows, roundFloats);
        expected ??= shown;
        if (shown !== expected) timings[i]!.mismatch ||= `${range}: ${rows.length} rows differ from the library query's`;
      }
      for (let round = 0; round < rounds; round++) {
        const order = round % 2 === 0 ? [...forms.keys()] : [...forms.keys()].reverse();
        for (const i of order) {
          const run = await timeQuery(data.store, forms[i]!.query.sql, params[i]!);
          timings[i]![range].cpu.push(run.cpuMs);
          timings[i]![range].wall.push(run.ms);
        }
      }
    }
    out.push({ query: name, forms: timings });
  }
  return out;
}

/** The forms in `dir`, by the named query they stand in for. */
function variantFiles(dir: string): Map<string, Form[]> {
  const byQuery = new Map<string, Form[]>();
  for (const file of readdirSync(dir).sort()) {
    const m = VARIANT_FILE.exec(file);
    if (!m) continue;
    const [, name, label] = m as unknown as [string, string, string];
    loadQuery(name); // an unknown query name fails here, with the known names
    const text = expandIncludes(readFileSync(path.join(dir, file), "utf8"), QUERIES_DIR, file);
    byQuery.set(name, [...(byQuery.get(name) ?? []), { label, query: parseNamedQuery(name, text) }]);
  }
  if (byQuery.size === 0) throw new Error(`LLMSCOPE_BENCH_QUERY_VARIANTS: no <query>--<label>.sql file in ${dir}`);
  return byQuery;
}

/** Float sums over parallel threads differ in the last digits from run to run; twelve significant digits compare. */
function roundFloats(_key: string, value: unknown): unknown {
  return typeof value === "number" && !Number.isInteger(value) ? Number(value.toPrecision(12)) : value;
}

/** One line per form: medians and minimums of CPU and wall time, on the data and on an empty range. */
export function formatVariantComparison(c: VariantComparison): string[] {
  const figure = (values: number[]) => `${summarize(values).median.toFixed(1)} (min ${Math.min(...values).toFixed(1)})`;
  return c.forms.map(
    (f) =>
      `${c.query.padEnd(20)} ${f.label.padEnd(16)} data: CPU ${figure(f.data.cpu)}, wall ${figure(f.data.wall)} ms   ` +
      `empty range: CPU ${figure(f.empty.cpu)}, wall ${figure(f.empty.wall)} ms${f.mismatch ? `   ROWS DIFFER (${f.mismatch})` : ""}`,
  );
}
