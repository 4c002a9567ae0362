/**
 * A 127.0.0.1 reverse proxy that rewrites request paths, so an SDK that builds a provider-specific
 * URL (Azure's /openai/deployments/{name}/chat/completions) can reach a fake that serves the
 * plain OpenAI routes. Bodies and headers pass through untouched, streaming included.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";

export interface PathProxy {
  readonly url: string;
  /** Paths as the client sent them (query string included). */
  readonly seen: string[];
  close(): Promise<void>;
}

export async function startPathProxy(target: string, rewrite: (path: string) => string): Promise<PathProxy> {
  const seen: string[] = [];
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    seen.push(req.url ?? "/");
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: rewrite(req.url ?? "/"), headers: { ...req.headers, host: upstream.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on("error", () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
