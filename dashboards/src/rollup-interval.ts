/**
 * The minimum interval of a panel that reads a rollup table.
 *
 * A rollup named `<name>_<n><unit>` (llm_calls_1m) holds one row per n units. Grafana computes a
 * panel's interval from the range and the panel width, and the plugin's `$__timeInterval` and
 * `$__interval_s` only floor it at 1 s (pkg/macros/macros.go), so over a short range one-minute rows
 * would land in 2–30 s buckets: rates divided by the bucket width read 60/interval times too high and
 * the empty buckets show as gaps. A panel's `interval` is Grafana's minimum interval for its queries.
 */
const ROLLUP_TABLE = /\b(?:FROM|JOIN)\s+(?:\w+\.)?\w+_(\d+)([smhd])\b/gi;
const SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** The coarsest resolution among the rollup tables the SQL reads ("1m"), or undefined when it reads none. */
export function rollupMinInterval(sql: string): string | undefined {
  let best: { text: string; seconds: number } | undefined;
  for (const [, n, unit] of sql.matchAll(ROLLUP_TABLE)) {
    const seconds = Number(n) * SECONDS[unit!.toLowerCase()]!;
    if (best === undefined || seconds > best.seconds) best = { text: `${Number(n)}${unit!.toLowerCase()}`, seconds };
  }
  return best?.text;
}

/** Seconds of a Grafana interval such as "1m" or "30s" (the forms rollupMinInterval returns). */
export function intervalSeconds(interval: string): number {
  const m = /^(\d+)([smhd])$/.exec(interval);
  if (!m) throw new Error(`not an interval of the form <n><s|m|h|d>: ${JSON.stringify(interval)}`);
  return Number(m[1]) * SECONDS[m[2]!]!;
}
