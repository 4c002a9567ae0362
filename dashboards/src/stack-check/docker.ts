import { spawnSync } from "node:child_process";

/** How to run Docker Compose here: the `docker compose` plugin, or the standalone `docker-compose`. */
export interface Compose {
  command: string;
  args: string[];
}

export type DockerCheck = { ok: true; compose: Compose; engine: string } | { ok: false; reason: string };

/**
 * Whether a Docker engine answers and which Compose to use. Checked before anything else, so a
 * machine without Docker gets one sentence saying what is missing instead of a stack trace.
 */
export function checkDocker(env: NodeJS.ProcessEnv = process.env): DockerCheck {
  const version = spawnSync("docker", ["version", "--format", "{{.Server.Version}}"], { encoding: "utf8", env });
  if (version.error && (version.error as NodeJS.ErrnoException).code === "ENOENT") {
    return {
      ok: false,
      reason:
        "docker is not installed (no `docker` on PATH). The stack check starts the compose stack, so it needs Docker: https://docs.docker.com/engine/install/",
    };
  }
  if (version.status !== 0) {
    const detail = (version.stderr || version.stdout || "").trim().split("\n")[0];
    return {
      ok: false,
      reason: `docker is installed but its engine does not answer${detail ? ` (${detail})` : ""}. Start the Docker daemon, or check that this user may use it.`,
    };
  }
  const plugin = spawnSync("docker", ["compose", "version", "--short"], { encoding: "utf8", env });
  if (plugin.status === 0) return { ok: true, compose: { command: "docker", args: ["compose"] }, engine: version.stdout.trim() };
  const standalone = spawnSync("docker-compose", ["version", "--short"], { encoding: "utf8", env });
  if (standalone.status === 0) return { ok: true, compose: { command: "docker-compose", args: [] }, engine: version.stdout.trim() };
  return {
    ok: false,
    reason:
      "docker answers but neither `docker compose` nor `docker-compose` is installed: install the Compose plugin (https://docs.docker.com/compose/install/)",
  };
}
