import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildDashboard } from "./build";
import { DASHBOARDS } from "./catalog";
import { alertingYaml, dashboardProviderYaml, datasourceYaml } from "./provisioning";

/** The dashboards/ folder, from both src/ (tests) and dist/ (npm run dashboards). */
export const DASHBOARDS_DIR = path.resolve(__dirname, "..");

/** Every generated file, path relative to dashboards/ → content. Same repository → same bytes. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const spec of DASHBOARDS) files.set(`generated/${spec.file}`, JSON.stringify(buildDashboard(spec), null, 2) + "\n");
  files.set("provisioning/datasources/llmscope-clickhouse.yaml", datasourceYaml());
  files.set("provisioning/dashboards/llmscope.yaml", dashboardProviderYaml());
  files.set("provisioning/alerting/llmscope-alerts.yaml", alertingYaml());
  return files;
}

function main(): void {
  const files = generatedFiles();
  const generatedDir = path.join(DASHBOARDS_DIR, "generated");
  mkdirSync(generatedDir, { recursive: true });
  // A dashboard removed from the catalog must not linger in Grafana.
  for (const f of readdirSync(generatedDir)) {
    if (f.endsWith(".json") && !files.has(`generated/${f}`)) rmSync(path.join(generatedDir, f));
  }
  for (const [rel, content] of files) {
    const file = path.join(DASHBOARDS_DIR, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    process.stdout.write(`wrote dashboards/${rel}\n`);
  }
}

if (require.main === module) main();
