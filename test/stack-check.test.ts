import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { DASHBOARDS_DIR } from "../dashboards/src/generate";
import { checkDocker } from "../dashboards/src/stack-check/docker";
import { ALL, dsQueryBody, encodeURIComponentStrict, frameRows, interpolateVariables, panelIntervalMs } from "../dashboards/src/stack-check/ds-query";
import { stackCheck } from "../dashboards/src/stack-check/main";

/**
 * The parts of `npm run stack:check` that need no Docker engine: the /api/ds/query bodies it builds
 * from the generated dashboards, the frame reading, and its refusal, in one sentence, to run where
 * Docker is missing. (The bodies' SQL runs on chDB in dashboards-sql.test.ts.)
 */
type Json = any;

const overview: Json = JSON.parse(readFileSync(path.join(DASHBOARDS_DIR, "generated/llm-overview.json"), "utf8"));
const HOUR = 3_600_000;
const range = { fromMs: 1_700_000_000_000, toMs: 1_700_000_000_000 + HOUR };
const ALL_VALUES = { service: ALL, model: ALL, prompt_name: ALL };
const TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

describe("stack check: /api/ds/query bodies from the generated dashboards", () => {
  it("a rollup panel: variables as Grafana inserts them, the panel's 1m minimum interval, the target otherwise as saved", () => {
    const panel = overview.panels.find((p: Json) => p.title === "Requests/s");
    const body = dsQueryBody(overview, "Requests/s", range, ALL_VALUES);
    expect(body.from).toBe(String(range.fromMs));
    expect(body.to).toBe(String(range.toMs));
    expect(body.queries).toHaveLength(1);
    const q = body.queries[0];
    // An hour over 1,000 points would be 3.6 s; the panel's interval floors it at a minute.
    expect(q.intervalMs).toBe(60_000);
    expect(q.maxDataPoints).toBe(1000);
    expect(q.rawSql).not.toMatch(/\$\{/);
    expect(q.rawSql).toContain("('' = '' OR ServiceName = '')");
    expect(q.rawSql).toContain("$__timeInterval(Minute)");
    const { rawSql: _sent, intervalMs: _i, maxDataPoints: _m, ...rest } = q;
    const { rawSql: _saved, ...saved } = panel.targets[0];
    expect(rest).toEqual(saved);
  });

  it("a panel over raw spans keeps Grafana's automatic interval", () => {
    const panel = overview.panels.find((p: Json) => p.title === "Latency by model");
    expect(panel.interval).toBeUndefined();
    expect(panelIntervalMs(panel, range, 1000)).toBe(3600);
    expect(dsQueryBody(overview, "Latency by model", { fromMs: 0, toMs: 7 * 24 * HOUR }, ALL_VALUES).queries[0].intervalMs).toBe(604_800);
  });

  it("a chosen service goes in quoted, quotes doubled", () => {
    const q = dsQueryBody(overview, "Requests/s", range, { ...ALL_VALUES, service: "o'brien" }).queries[0];
    expect(q.rawSql).toContain("('o''brien' = '' OR ServiceName = 'o''brien')");
  });

  it("the trace view: the TraceId percent-encoded into the saved SQL, trace format and pluginVersion kept", () => {
    const q = dsQueryBody(overview, "Trace view", range, { trace_id: TRACE_ID }).queries[0];
    expect(q).toMatchObject({ format: 3, queryType: "traces", editorType: "builder", pluginVersion: "4.20.0", datasource: { uid: "llmscope-clickhouse" } });
    expect(q.rawSql.startsWith(`WITH decodeURLComponent('${TRACE_ID}') as trace_id,`)).toBe(true);
    const hostile = dsQueryBody(overview, "Trace view", range, { trace_id: "x' OR 1=1 --\\" }).queries[0].rawSql as string;
    expect(hostile).toContain("decodeURLComponent('x%27%20OR%201%3D1%20--%5C')");
    expect(encodeURIComponentStrict("!'()*")).toBe("%21%27%28%29%2A");
  });

  it("names what is wrong: an unknown panel, variable or format", () => {
    expect(() => dsQueryBody(overview, "No such panel", range, ALL_VALUES)).toThrow(/no panel titled "No such panel"/);
    expect(() => interpolateVariables("${nope}", overview.templating.list, {})).toThrow(/\$nope is not a variable/);
    expect(() => interpolateVariables("${service:csv}", overview.templating.list, { service: "a" })).toThrow(/format :csv/);
  });

  it("reads column-major data frames into rows, and reports a query error", () => {
    const answer = {
      results: {
        A: {
          frames: [
            {
              schema: { fields: [{ name: "t" }, { name: "requests" }] },
              data: {
                values: [
                  [1, 2, 3],
                  [10, 20, 30],
                ],
              },
            },
            { schema: { fields: [{ name: "t" }, { name: "requests" }] }, data: { values: [[4], [40]] } },
          ],
        },
      },
    };
    expect(frameRows(answer)).toEqual([
      { t: 1, requests: 10 },
      { t: 2, requests: 20 },
      { t: 3, requests: 30 },
      { t: 4, requests: 40 },
    ]);
    expect(() => frameRows({ results: { A: { error: "Code: 60. Unknown table" } } })).toThrow(/Unknown table/);
    expect(() => frameRows({ results: {} })).toThrow(/no result for A/);
  });
});

describe("stack check without a Docker engine", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "llmscope-nodocker-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function run(env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
    const out = new PassThrough();
    let output = "";
    out.on("data", (c: Buffer) => (output += c.toString()));
    const code = await stackCheck({ up: true, traces: 1, env, out });
    return { code, output };
  }

  it("no docker on PATH: exit 2 and one sentence saying Docker is needed", async () => {
    const { code, output } = await run({ PATH: dir });
    expect(code).toBe(2);
    expect(output).toBe(
      "stack:check: cannot run: docker is not installed (no `docker` on PATH). The stack check starts the compose stack, so it needs Docker: https://docs.docker.com/engine/install/\n",
    );
  });

  it("a docker CLI whose engine does not answer: exit 2, the CLI's own reason quoted", async () => {
    const fake = path.join(dir, "docker");
    writeFileSync(fake, "#!/bin/sh\necho 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock.' >&2\nexit 1\n");
    chmodSync(fake, 0o755);
    const check = checkDocker({ PATH: `${dir}:/usr/bin:/bin` });
    expect(check).toEqual({ ok: false, reason: expect.stringContaining("engine does not answer (Cannot connect to the Docker daemon") });
    const { code, output } = await run({ PATH: `${dir}:/usr/bin:/bin` });
    expect(code).toBe(2);
    expect(output).toMatch(/^stack:check: cannot run: docker is installed but its engine does not answer/);
  });

  it("an engine without Compose: exit 2, naming the missing plugin", () => {
    const fake = path.join(dir, "docker");
    writeFileSync(fake, '#!/bin/sh\nif [ "$1" = version ]; then echo 27.0.0; exit 0; fi\necho "unknown command: $1" >&2\nexit 1\n');
    chmodSync(fake, 0o755);
    const check = checkDocker({ PATH: dir });
    expect(check).toEqual({ ok: false, reason: expect.stringMatching(/neither `docker compose` nor `docker-compose`/) });
  });
});
