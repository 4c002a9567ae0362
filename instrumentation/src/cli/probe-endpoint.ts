import http from "node:http";
import https from "node:https";
import type { OtlpProtocol } from "../config";

export type ProbeResult = { ok: true; status: number; contentType: string } | { ok: false; error: unknown };

/**
 * Sends the smallest valid OTLP traces request (no spans) the way the exporter would: an empty
 * protobuf message, or `{}` as JSON. A 2xx means an OTLP receiver took it with these headers.
 * Failures come back shaped like the exporter's (an HTTP status in `code`, or the socket error).
 */
export function probeOtlpEndpoint(endpoint: string, protocol: OtlpProtocol, headers: Record<string, string>, timeoutMs = 3000): Promise<ProbeResult> {
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch (error) {
      resolve({ ok: false, error });
      return;
    }
    const body = protocol === "http/json" ? Buffer.from("{}") : Buffer.alloc(0);
    const contentType = protocol === "http/json" ? "application/json" : "application/x-protobuf";
    const send = url.protocol === "https:" ? https.request : http.request;
    const req = send(
      url,
      { method: "POST", headers: { ...headers, "content-type": contentType, "content-length": body.length }, timeout: timeoutMs },
      (res) => {
        res.resume();
        const status = res.statusCode ?? 0;
        const answered = res.headers["content-type"] ?? "";
        res.on("end", () =>
          resolve(
            status >= 200 && status < 300
              ? { ok: true, status, contentType: answered }
              : { ok: false, error: { code: status, message: res.statusMessage ?? "" } },
          ),
        );
      },
    );
    req.on("timeout", () => req.destroy(new Error("Request timed out")));
    req.on("error", (error) => resolve({ ok: false, error }));
    req.end(body);
  });
}
