/**
 * The part every fake provider server shares: a 127.0.0.1 listener that counts requests, reads the
 * body, and can be told to fail or hang the next requests, so tests exercise the SDKs' retries and
 * timeouts against real HTTP. A provider fake supplies only its routes and its error shape.
 */
import * as http from "node:http";
import * as http2 from "node:http2";
import type { AddressInfo, Socket } from "node:net";

export interface FakeServer<S extends number> {
  /** Base URL without `/v1`, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Requests received so far, including failed ones. */
  readonly requests: number;
  /** The next requests fail with these statuses, one each, in order. */
  failNext(...statuses: S[]): void;
  /** The next request gets no answer at all until the server closes (for client timeouts). */
  hangNext(): void;
  close(): Promise<void>;
}

export interface FakeRoutes {
  /** Answers a request that is neither hung nor failed; `raw` is the whole body. */
  handle(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void;
  /** Answers a request with an injected failure status, in the provider's error shape. */
  fail(res: http.ServerResponse, status: number): void;
  /** Checks run before faults are injected (e.g. authentication); returns true when it answered. */
  precheck?(req: http.IncomingMessage, res: http.ServerResponse): boolean;
  /**
   * Serve cleartext HTTP/2 (h2c) instead of HTTP/1.1, for SDKs whose default handler speaks only
   * HTTP/2 (the AWS SDK's Bedrock Runtime client). Node's compatibility API gives the routes the
   * same request/response objects.
   */
  http2?: boolean;
}

export async function startFakeServer<S extends number>(routes: FakeRoutes): Promise<FakeServer<S>> {
  const failures: number[] = [];
  const hanging = new Set<http.ServerResponse>();
  let hangs = 0;
  let requests = 0;

  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => {
    requests++;
    let raw = "";
    req.on("data", (d: Buffer) => (raw += d.toString()));
    req.on("end", () => {
      if (routes.precheck?.(req, res)) return;
      if (hangs > 0) {
        hangs--;
        hanging.add(res);
        return;
      }
      const status = failures.shift();
      if (status !== undefined) return routes.fail(res, status);
      routes.handle(req, raw, res);
    });
  };
  const sockets = new Set<Socket>();
  const server = routes.http2
    ? http2.createServer(onRequest as unknown as (req: http2.Http2ServerRequest, res: http2.Http2ServerResponse) => void)
    : http.createServer(onRequest);
  // HTTP/2 servers have no closeAllConnections(): their sockets are tracked and destroyed on close.
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    failNext: (...statuses) => failures.push(...statuses),
    hangNext: () => void hangs++,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Server-sent events; `event` is omitted for APIs that send bare `data:` lines. */
export function sendEvent(res: http.ServerResponse, data: unknown, event?: string): void {
  if (res.destroyed) return;
  res.write(`${event === undefined ? "" : `event: ${event}\n`}data: ${JSON.stringify(data)}\n\n`);
}

export interface JsonApiRoutes {
  /** What the API says to a request without a Bearer token (answered 401). */
  noKeyMessage: string;
  /** Answers in the provider's error shape. */
  error(res: http.ServerResponse, status: number, message: string): void;
  /** Answers a request whose body parsed as JSON; `path` is the URL without its query. */
  route(path: string, body: Record<string, any>, res: http.ServerResponse): void;
}

/** A fake JSON API behind a Bearer token: refuses a request without one (401) or with a body that is not JSON (400). */
export function startJsonApiServer<S extends number>(routes: JsonApiRoutes): Promise<FakeServer<S>> {
  return startFakeServer({
    precheck(req, res) {
      if (!String(req.headers.authorization ?? "").startsWith("Bearer ")) {
        routes.error(res, 401, routes.noKeyMessage);
        return true;
      }
      return false;
    },
    fail: (res, status) => routes.error(res, status, `injected ${status}`),
    handle(req, raw, res) {
      let body: Record<string, any>;
      try {
        body = JSON.parse(raw);
      } catch {
        return routes.error(res, 400, "body is not JSON");
      }
      routes.route((req.url ?? "/").split("?")[0]!, body, res);
    },
  });
}
