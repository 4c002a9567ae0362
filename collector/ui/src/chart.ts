import type { OverviewRow } from "./api.js";
import { svg } from "./dom.js";
import { duration } from "./format.js";

/** Traces per bucket as bars over the whole range (failed ones in red at the foot), p95 whole-trace latency as a line on its own scale. */
export function overviewChart(buckets: OverviewRow[], bucketSeconds: number, fromMs: number, toMs: number): SVGElement {
  const width = 600;
  const height = 90;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart", role: "img", "aria-label": "traces and p95 latency over time" });
  if (buckets.length === 0) return chart;
  const times = buckets.map((b) => Date.parse(`${b.t.replace(" ", "T")}Z`));
  const start = Math.min(fromMs, ...times);
  const span = Math.max(Math.max(toMs, ...times.map((t) => t + bucketSeconds * 1000)) - start, 1);
  const maxTraces = Math.max(...buckets.map((b) => b.traces), 1);
  const maxP95 = Math.max(...buckets.map((b) => b.p95_ms), 1);
  const barWidth = Math.max(1, (bucketSeconds * 1000 * width) / span - 1);
  const points: string[] = [];
  buckets.forEach((b, i) => {
    const x = ((times[i]! - start) / span) * width;
    const h = (b.traces / maxTraces) * (height - 12);
    const errorHeight = (b.errors / maxTraces) * (height - 12);
    const bar = svg("rect", { x: x.toFixed(1), y: (height - h).toFixed(1), width: barWidth.toFixed(1), height: h.toFixed(1), class: "bar" });
    bar.appendChild(svg("title", {}, document.createTextNode(`${b.t} UTC: ${b.traces} traces, ${b.errors} errors, p95 ${duration(b.p95_ms)}`)));
    chart.appendChild(bar);
    if (b.errors > 0)
      chart.appendChild(
        svg("rect", { x: x.toFixed(1), y: (height - errorHeight).toFixed(1), width: barWidth.toFixed(1), height: errorHeight.toFixed(1), class: "bar-error" }),
      );
    points.push(`${(x + barWidth / 2).toFixed(1)},${(height - (b.p95_ms / maxP95) * (height - 12)).toFixed(1)}`);
  });
  chart.appendChild(svg("polyline", { points: points.join(" "), class: "p95-line" }));
  return chart;
}
