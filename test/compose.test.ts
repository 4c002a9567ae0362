import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CLICKHOUSE_PLUGIN_VERSION, GRAFANA_DASHBOARDS_PATH } from "../dashboards/src/provisioning";

/**
 * docker-compose.yml and the Dockerfile, checked without a Docker engine: Debian's docker-compose
 * (1.29) validates the file, and the YAML is checked for what a first `docker compose up` needs.
 */
type Json = any;

const ROOT = path.resolve(__dirname, "..");
const COMPOSE = path.join(ROOT, "docker-compose.yml");
const compose: Json = parse(readFileSync(COMPOSE, "utf8"));
const services: Record<string, Json> = compose.services;

function hasDockerCompose(): boolean {
  return spawnSync("docker-compose", ["version", "--short"], { encoding: "utf8" }).status === 0;
}

describe("docker-compose.yml", () => {
  it("`docker-compose config -q` accepts it, with and without the demo profile", () => {
    if (!hasDockerCompose()) {
      throw new Error(
        "docker-compose is not installed: run `bash .ci/install-docker-compose.sh` (Debian's docker-compose 1.29 validates the file without a Docker engine)",
      );
    }
    for (const args of [
      ["config", "-q"],
      ["--profile", "demo", "config", "-q"],
    ]) {
      const r = spawnSync("docker-compose", ["-f", COMPOSE, ...args], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, COMPOSE_PROJECT_NAME: "llmscope-test" },
      });
      expect(r.status, `docker-compose ${args.join(" ")}: ${r.stderr}`).toBe(0);
    }
  });

  it("has the four services; every one has a pinned image or a build", () => {
    expect(Object.keys(services).sort()).toEqual(["clickhouse", "collector", "demo", "grafana"]);
    expect(services.clickhouse.image).toMatch(/^clickhouse\/clickhouse-server:2[56]\.\d+(\.\d+)*$/);
    const grafana = /^grafana\/grafana:(\d+)\.(\d+)\.(\d+)$/.exec(services.grafana.image);
    expect(grafana, services.grafana.image).not.toBeNull();
    expect(Number(grafana![1]) * 100 + Number(grafana![2])).toBeGreaterThanOrEqual(1106);
    for (const [name, s] of Object.entries(services)) {
      if (s.build) expect(s.build.dockerfile, name).toBe("Dockerfile");
      else expect(s.image, name).not.toMatch(/:latest$|^[^:]+$/);
    }
  });

  it("pins the ClickHouse plugin at the version the datasource provisioning records", () => {
    expect(services.grafana.environment.GF_PLUGINS_PREINSTALL_SYNC).toBe(`grafana-clickhouse-datasource@${CLICKHOUSE_PLUGIN_VERSION}`);
  });

  it("has healthchecks, ports, volumes and depends_on conditions", () => {
    for (const name of ["clickhouse", "collector", "grafana"]) {
      expect(services[name].healthcheck?.test, name).toBeDefined();
      expect(services[name].ports?.length, name).toBeGreaterThan(0);
      expect(services[name].volumes?.length, name).toBeGreaterThan(0);
    }
    expect(services.collector.ports).toEqual(["${LLMSCOPE_PUBLISH_ADDR:-127.0.0.1}:4318:4318"]);
    expect(services.collector.depends_on).toEqual({ clickhouse: { condition: "service_healthy" } });
    expect(services.grafana.depends_on).toEqual({ clickhouse: { condition: "service_healthy" }, collector: { condition: "service_healthy" } });
    expect(services.demo.depends_on).toEqual({ collector: { condition: "service_healthy" } });
    expect(services.demo.profiles).toEqual(["demo"]);
    expect(services.demo.command.join(" ")).toMatch(/llmscope\.js demo/);
    for (const v of ["clickhouse-data", "collector-data", "grafana-data"]) expect(Object.keys(compose.volumes)).toContain(v);
  });

  it("points the collector at the clickhouse service and listens on all interfaces inside the container", () => {
    const env = services.collector.environment;
    expect(env.LLMSCOPE_CLICKHOUSE_URL).toBe("http://clickhouse:8123");
    expect(env.LLMSCOPE_HOST).toBe("0.0.0.0");
    expect(env.LLMSCOPE_CLICKHOUSE_DATABASE).toBe("llmscope");
    expect(services.demo.environment.LLMSCOPE_URL).toBe("http://collector:4318");
  });

  it("takes credentials from the environment with documented defaults; nothing secret is committed", () => {
    const text = readFileSync(COMPOSE, "utf8");
    expect(services.clickhouse.environment.CLICKHOUSE_PASSWORD).toBe("${CLICKHOUSE_PASSWORD:-llmscope}");
    expect(services.grafana.environment.GF_SECURITY_ADMIN_PASSWORD).toBe("${GRAFANA_ADMIN_PASSWORD:-admin}");
    expect(services.collector.environment.LLMSCOPE_AUTH_TOKEN).toBe("${LLMSCOPE_AUTH_TOKEN:-}");
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    for (const v of new Set([...text.matchAll(/\$\{(\w+):-/g)].map((m) => m[1]!))) expect(readme, `README documents ${v}`).toContain(v);
  });

  it("mounts provisioning and dashboards from paths that exist, where the provider reads them", () => {
    const mounts: string[] = services.grafana.volumes.filter((v: string) => v.startsWith("./"));
    expect(mounts.length).toBeGreaterThanOrEqual(4);
    for (const m of [...mounts, ...services.clickhouse.volumes.filter((v: string) => v.startsWith("./"))]) {
      const [src] = m.split(":");
      expect(existsSync(path.join(ROOT, src!)), m).toBe(true);
    }
    expect(mounts).toContain(`./dashboards/generated:${GRAFANA_DASHBOARDS_PATH}:ro`);
    for (const kind of ["datasources", "dashboards", "alerting"])
      expect(mounts).toContain(`./dashboards/provisioning/${kind}:/etc/grafana/provisioning/${kind}:ro`);
  });

  it("the ClickHouse config caps system logs with TTLs and sets a memory limit", () => {
    const xml = readFileSync(path.join(ROOT, "deploy/clickhouse/config.d/llmscope.xml"), "utf8");
    expect(xml).toMatch(/<max_server_memory_usage_to_ram_ratio>0\.\d+<\/max_server_memory_usage_to_ram_ratio>/);
    for (const log of ["query_log", "part_log", "trace_log", "metric_log", "asynchronous_metric_log", "text_log"])
      expect(xml).toMatch(new RegExp(`<${log}><ttl>\\w+ \\+ INTERVAL \\d+ DAY DELETE</ttl></${log}>`));
    // xmllint is installed by .ci/run; a missing one must fail the check rather than skip it.
    expect(spawnSync("xmllint", ["--version"]).status, "xmllint not found: bash .ci/apt-install.sh xmllint libxml2-utils").toBe(0);
    execFileSync("xmllint", ["--noout", path.join(ROOT, "deploy/clickhouse/config.d/llmscope.xml")]);
  });
});

describe("Dockerfile", () => {
  const dockerfile = readFileSync(path.join(ROOT, "Dockerfile"), "utf8");

  it("is multi-stage from a pinned Node 20 base, runs as a non-root user, with a healthcheck on /healthz", () => {
    const froms = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]!);
    expect(froms.length).toBe(2);
    for (const f of froms) expect(f).toMatch(/^node:20\.\d+-bookworm-slim$/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n?.*\/healthz/m);
    expect(dockerfile).toMatch(/^EXPOSE 4318$/m);
    expect(dockerfile).toMatch(/LLMSCOPE_HOST=0\.0\.0\.0/);
  });

  it("installs from the lockfile (npm registry only) and copies every workspace package.json npm ci needs", () => {
    expect(dockerfile).toMatch(/RUN npm ci /);
    const root: Json = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    for (const ws of root.workspaces as string[]) expect(dockerfile, ws).toContain(`COPY ${ws}/package.json ${ws}/`);
    const ignore = readFileSync(path.join(ROOT, ".dockerignore"), "utf8");
    expect(ignore).toMatch(/\*\*\/node_modules/);
  });
});
