import { readFileSync } from "node:fs";
import path from "node:path";
import { resolveConfig } from "../config";
import { CAPTURE_CONTENT_ENV } from "../content";
import { diagnoseExportError } from "../export-diagnosis";
import { findPackageDir } from "../instrumentations/app-modules";
import { SDK_MODULES, SDK_USERS } from "../instrumentations/enable";
import { checkSdkVersion, SDK_PACKAGES } from "../instrumentations/tested-versions";
import { findPackageCopies } from "./package-copies";
import { probeOtlpEndpoint } from "./probe-endpoint";

export const DOCTOR_USAGE = "llmscope doctor";

export interface Finding {
  ok: boolean;
  /** What was checked and what was found. */
  text: string;
  /** How to fix it; only when !ok. */
  fix?: string;
}

/**
 * Checks what an app started from `cwd` with `env` will see: the settings llmscope reads, whether
 * the collector answers OTLP there and takes the token, which SDK versions are installed, and
 * whether the app has more than one @opentelemetry/api. Exit code 1 when anything needs fixing.
 */
export async function doctorCommand(argv: string[], cwd: string, env: NodeJS.ProcessEnv, out: NodeJS.WritableStream): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    out.write(`Usage: ${DOCTOR_USAGE}\nRun it in the app's folder, with the environment the app runs with.\n`);
    return 0;
  }
  const findings = await diagnose(cwd, env);
  for (const f of findings) {
    out.write(`${f.ok ? "ok  " : "FIX "} ${f.text}\n`);
    if (!f.ok && f.fix !== undefined) out.write(`     → ${f.fix}\n`);
  }
  const problems = findings.filter((f) => !f.ok).length;
  out.write(problems === 0 ? "\nNo problems found.\n" : `\n${problems} problem${problems === 1 ? "" : "s"} found.\n`);
  return problems === 0 ? 0 : 1;
}

export async function diagnose(cwd: string, env: NodeJS.ProcessEnv): Promise<Finding[]> {
  const findings: Finding[] = [];
  findings.push(installed(cwd));
  findings.push(nodeVersion(process.versions.node));

  const config = resolveConfig({}, env);
  // Each warning already says what to change.
  for (const warning of config.warnings) findings.push({ ok: false, text: warning });
  if (config.disabled) findings.push({ ok: false, text: "OTEL_SDK_DISABLED=true: llmscope sets nothing up", fix: "unset OTEL_SDK_DISABLED to trace" });
  findings.push({
    ok: true,
    text: `content capture is ${config.captureContent ? "ON" : "off"} (${CAPTURE_CONTENT_ENV}=${JSON.stringify(env[CAPTURE_CONTENT_ENV] ?? "")})`,
  });

  const off = Object.entries(config.instrument)
    .filter(([, on]) => !on)
    .map(([name]) => name);
  if (off.length > 0) findings.push({ ok: true, text: `auto-instrumentation off for ${off.join(", ")} (OTEL_NODE_DISABLED_INSTRUMENTATIONS)` });

  const headers = otlpHeaders(env);
  const tokenSent = Object.keys(headers).some((k) => k.toLowerCase() === "authorization");
  const probe = await probeOtlpEndpoint(config.endpoint, config.protocol, headers);
  const expectedType = config.protocol === "http/json" ? "application/json" : "application/x-protobuf";
  if (probe.ok && !probe.contentType.toLowerCase().startsWith(expectedType)) {
    findings.push({
      ok: false,
      text: `${config.endpoint} answers HTTP ${probe.status} with ${JSON.stringify(probe.contentType)}, not as an OTLP receiver (${expectedType})`,
      fix: "point OTEL_EXPORTER_OTLP_ENDPOINT at the collector's OTLP/HTTP port (4318 by default)",
    });
  } else if (probe.ok) {
    findings.push({ ok: true, text: `the collector at ${config.endpoint} answers OTLP (${config.protocol}, HTTP ${probe.status})` });
    findings.push({ ok: true, text: tokenSent ? "the collector accepts the token in OTEL_EXPORTER_OTLP_HEADERS" : "the collector asks for no token" });
  } else {
    const { what, fix } = diagnoseExportError(probe.error, config.endpoint, tokenSent);
    findings.push({ ok: false, text: what, ...(fix !== undefined && { fix }) });
  }

  for (const sdk of SDK_PACKAGES) {
    for (const dir of sdkCopies(sdk, cwd)) findings.push(sdkFinding(sdk, dir, cwd));
  }

  const apis = findPackageCopies("@opentelemetry/api", cwd);
  if (apis.length > 1) {
    findings.push({
      ok: false,
      text: `${apis.length} copies of @opentelemetry/api: ${apis.map((c) => `${c.version} in ${path.relative(cwd, c.dir) || "."}`).join(", ")}`,
      fix: "run `npm dedupe`; if a copy stays, align that package's @opentelemetry/api range with the app's (copies that disagree each keep their own tracer provider)",
    });
  } else if (apis.length === 1) {
    findings.push({ ok: true, text: `one copy of @opentelemetry/api (${apis[0]!.version})` });
  }
  return findings;
}

function installed(cwd: string): Finding {
  const dir = findPackageDir("llmscope", cwd);
  if (dir === undefined) return { ok: false, text: "llmscope is not installed in this folder", fix: "npm install llmscope" };
  return { ok: true, text: `llmscope ${versionOf(dir) ?? "?"} is installed` };
}

function nodeVersion(version: string): Finding {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  if (major > 20 || (major === 20 && minor >= 6)) return { ok: true, text: `Node ${version}` };
  return { ok: false, text: `Node ${version}: ES-module apps are only instrumented from Node 20.6`, fix: "use Node 20.6 or later (or CommonJS)" };
}

/** Module name → packages that import that SDK themselves (LangChain integrations). */
const SDK_USERS_BY_MODULE = new Map(Object.entries(SDK_MODULES).map(([key, name]) => [name, SDK_USERS[key as keyof typeof SDK_USERS]]));

/** The app's own copy of the SDK and the ones its LangChain integration brought along. */
function sdkCopies(sdk: string, cwd: string): string[] {
  const users = SDK_USERS_BY_MODULE.get(sdk) ?? [];
  const dirs = [cwd, ...users.map((u) => findPackageDir(u, cwd)).filter((d): d is string => d !== undefined)]
    .map((from) => findPackageDir(sdk, from))
    .filter((d): d is string => d !== undefined);
  return [...new Set(dirs)];
}

function sdkFinding(sdk: string, dir: string, cwd: string): Finding {
  const version = versionOf(dir) ?? "?";
  const where = path.relative(cwd, dir);
  const check = checkSdkVersion(sdk, version);
  if (check.ok) return { ok: true, text: `${sdk} ${version} (${where}) is in the tested range ${check.range}` };
  return { ok: false, text: `${sdk} ${version} (${where}) is outside the tested ranges ${check.range}`, fix: check.fix };
}

function versionOf(dir: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/** OTEL_EXPORTER_OTLP_HEADERS, then OTEL_EXPORTER_OTLP_TRACES_HEADERS over it: `k=v,k2=v2`, values URL-decoded. */
export function otlpHeaders(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of [env.OTEL_EXPORTER_OTLP_HEADERS, env.OTEL_EXPORTER_OTLP_TRACES_HEADERS]) {
    for (const pair of (raw ?? "").split(",")) {
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const value = pair.slice(eq + 1).trim();
      try {
        out[pair.slice(0, eq).trim()] = decodeURIComponent(value);
      } catch {
        out[pair.slice(0, eq).trim()] = value;
      }
    }
  }
  return out;
}
