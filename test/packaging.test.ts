import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "./support/free-port";
import { cleanEnv, installApp, packWorkspaces, runIn, startInstalledCollector, type InstalledApp, type Workspace } from "./support/packed-app";

/**
 * What a user gets from the published packages: each tarball's contents, and an empty app that
 * installs all four and has the CLI and a single OpenTelemetry API/core.
 */
let tarballs: Record<Workspace, string>;
let app: InstalledApp;

beforeAll(() => {
  tarballs = packWorkspaces(["semconv", "instrumentation", "queries", "detectors", "collector"]);
  app = installApp({
    "@llmscope/semconv": `file:${tarballs.semconv}`,
    llmscope: `file:${tarballs.instrumentation}`,
    "@llmscope/queries": `file:${tarballs.queries}`,
    "@llmscope/detectors": `file:${tarballs.detectors}`,
    "@llmscope/collector": `file:${tarballs.collector}`,
  });
}, 600_000);

afterAll(() => app?.remove());

const contents = (tarball: string) => execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n");

describe("tarballs", () => {
  it("llmscope: built code for both module systems, types, bin, LICENSE, README; no tests", () => {
    const files = contents(tarballs.instrumentation);
    for (const f of [
      "LICENSE",
      "README.md",
      "package.json",
      "bin/llmscope.js",
      "dist/index.js",
      "dist/index.d.ts",
      "dist/register.js",
      "dist/register.mjs",
      "dist/register.d.mts",
      "dist/cli/main.js",
    ]) {
      expect(files).toContain(`package/${f}`);
    }
    expect(files.filter((f) => /\.test\.|test-support/.test(f))).toEqual([]);
  });

  it("@llmscope/detectors: code and the lexical model; no tests, no training code", () => {
    const files = contents(tarballs.detectors);
    expect(files).toEqual(
      expect.arrayContaining([
        "package/LICENSE",
        "package/README.md",
        "package/dist/index.js",
        "package/dist/injection/score.js",
        "package/models/injection-lexical.json",
      ]),
    );
    expect(files.filter((f) => /\.test\.|lexical-train|\/eval\/|\/training\//.test(f))).toEqual([]);
  });

  it("@llmscope/semconv: code and types, no runtime dependencies", () => {
    const files = contents(tarballs.semconv);
    expect(files).toEqual(
      expect.arrayContaining(["package/LICENSE", "package/README.md", "package/dist/index.js", "package/dist/index.d.ts", "package/dist/feedback.js"]),
    );
    expect(files.filter((f) => /\.test\./.test(f))).toEqual([]);
    const manifest = JSON.parse(execFileSync("tar", ["-xzOf", tarballs.semconv, "package/package.json"], { encoding: "utf8" })) as { dependencies?: object };
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it("@llmscope/queries: code, every .sql file, the fragments they include and the default alert rules", () => {
    const files = contents(tarballs.queries);
    expect(files).toEqual(
      expect.arrayContaining([
        "package/LICENSE",
        "package/README.md",
        "package/dist/index.js",
        "package/dist/alerts/index.js",
        "package/spend_by_model.sql",
        "package/fragments/llm_calls.sql",
        "package/alerts.default.yaml",
      ]),
    );
    expect(files.filter((f) => /\.test\./.test(f))).toEqual([]);
  });

  it("@llmscope/collector: code, bin, migrations, model, the SQL the code reads", () => {
    const files = contents(tarballs.collector);
    expect(files).toEqual(
      expect.arrayContaining([
        "package/LICENSE",
        "package/README.md",
        "package/bin/llmscope.js",
        "package/dist/surface/cli/main.js",
        "package/sql/stored_span_ids.sql",
        "package/sql/recent_span_ids.sql",
      ]),
    );
    expect(files.some((f) => f.startsWith("package/sql/explorer/") && f.endsWith(".sql"))).toBe(true);
    expect(files.filter((f) => f.startsWith("package/sql/bench/"))).toEqual([]);
    expect(files.some((f) => f.startsWith("package/migrations/") && f.endsWith(".sql"))).toBe(true);
    expect(files.filter((f) => /\.test\.|test-fixtures/.test(f))).toEqual([]);
  });
});

describe("an app with the five packages installed", () => {
  it("has one @opentelemetry/api, one @opentelemetry/core and one @llmscope/semconv (npm ls)", () => {
    const parseable = (name: string) =>
      execFileSync("npm", ["ls", name, "--all", "--parseable"], { cwd: app.dir, env: cleanEnv(), encoding: "utf8" })
        .trim()
        .split("\n")
        .filter((line) => line.includes("node_modules"));
    expect(parseable("@opentelemetry/api")).toHaveLength(1);
    expect(parseable("@opentelemetry/core")).toHaveLength(1);
    expect(parseable("@llmscope/semconv")).toHaveLength(1);
  });

  it("npx llmscope --help lists doctor and the collector's commands", async () => {
    const run = await runIn(app.dir, "npx", ["--no-install", "llmscope", "--help"], {}, 60_000);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("llmscope doctor");
    expect(run.stdout).toContain("@llmscope/collector is installed: its commands follow.");
    for (const command of ["llmscope start", "llmscope query", "llmscope report", "llmscope demo"]) expect(run.stdout).toContain(command);
  });

  it("npx llmscope start runs the collector; doctor finds it", async () => {
    const port = await freePort();
    const collector = await startInstalledCollector(app.dir, port, cleanEnv(), 60_000);
    try {
      const doctor = await runIn(app.dir, "npx", ["--no-install", "llmscope", "doctor"], { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}` }, 60_000);
      expect(doctor.stdout).toContain(`ok   the collector at http://127.0.0.1:${port}/v1/traces answers OTLP`);
      expect(doctor.code, doctor.stdout).toBe(0);
    } finally {
      await collector.stop();
    }
  }, 120_000);
});
