/**
 * A real clickhouse-server for tests, on free loopback ports with a throw-away config and data
 * directory and a password user. CI installs Debian's package with .ci/install-clickhouse-server.sh.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export const PASSWORD = "pw-Sekr3t-42";

function findServerBinary(): string {
  for (const candidate of ["/usr/bin/clickhouse-server", "/usr/sbin/clickhouse-server"]) if (existsSync(candidate)) return candidate;
  const which = spawnSync("sh", ["-c", "command -v clickhouse-server"], { encoding: "utf8" });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  throw new Error("clickhouse-server is not installed; run .ci/install-clickhouse-server.sh (CI runs it before the tests)");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export class TestServer {
  private child: ChildProcess | undefined;
  readonly url: string;
  private constructor(
    private readonly dir: string,
    readonly httpPort: number,
  ) {
    this.url = `http://127.0.0.1:${httpPort}`;
  }

  static async start(): Promise<TestServer> {
    const binary = findServerBinary();
    const dir = mkdtempSync(path.join(tmpdir(), "llmscope-chserver-"));
    const [httpPort, tcpPort] = [await freePort(), await freePort()];
    for (const sub of ["data", "data/tmp", "data/user_files", "log"]) mkdirSync(path.join(dir, sub), { recursive: true });
    writeFileSync(
      path.join(dir, "config.xml"),
      `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${dir}/log/server.log</log><errorlog>${dir}/log/error.log</errorlog></logger>
  <http_port>${httpPort}</http_port>
  <tcp_port>${tcpPort}</tcp_port>
  <listen_host>127.0.0.1</listen_host>
  <path>${dir}/data/</path>
  <tmp_path>${dir}/data/tmp/</tmp_path>
  <user_files_path>${dir}/data/user_files/</user_files_path>
  <users_config>${dir}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>67108864</mark_cache_size>
  <timezone>UTC</timezone>
</yandex>
`,
    );
    writeFileSync(
      path.join(dir, "users.xml"),
      `<?xml version="1.0"?>
<yandex>
  <profiles><default/></profiles>
  <users><default><password>${PASSWORD}</password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default/></quotas>
</yandex>
`,
    );
    const server = new TestServer(dir, httpPort);
    server.child = spawn(binary, [`--config-file=${dir}/config.xml`], { stdio: "ignore" });
    await server.waitReady();
    return server;
  }

  private async waitReady(): Promise<void> {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (this.child?.exitCode !== null) throw new Error(`clickhouse-server exited with ${this.child?.exitCode}; see ${this.dir}/log`);
      const ok = await fetch(`${this.url}/ping`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    this.stop();
    throw new Error(`clickhouse-server did not answer on ${this.url} within 30 s; see ${this.dir}/log`);
  }

  /** Starts the server again on the same ports and data after stop(): an outage that ends. */
  async restart(): Promise<void> {
    const old = this.child;
    if (old && old.exitCode === null && old.signalCode === null) await new Promise((r) => old.once("exit", r));
    this.child = spawn(findServerBinary(), [`--config-file=${this.dir}/config.xml`], { stdio: "ignore" });
    await this.waitReady();
  }

  /** The server's process id (the bench reads its CPU time). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  stop(): void {
    if (this.child && this.child.exitCode === null) this.child.kill("SIGKILL");
  }

  cleanup(): void {
    this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
