import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";

/** A stand-in OTLP/HTTP receiver on 127.0.0.1 that records every request it gets. */
export interface SinkRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface ExportedSpan {
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  status: { code?: number; message?: string };
  attributes: Record<string, unknown>;
  resource: Record<string, unknown>;
  scope: string;
}

export async function startOtlpSink() {
  const requests: SinkRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks);
      const body = req.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw;
      requests.push({ path: req.url ?? "", headers: req.headers, body });
      res.writeHead(200, { "content-type": String(req.headers["content-type"] ?? "application/json") });
      res.end(req.headers["content-type"] === "application/json" ? "{}" : undefined);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** Spans from every JSON request so far, flattened. */
    spans: () => requests.flatMap((r) => parseJsonExport(r.body)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type OtlpValue = { stringValue?: string; intValue?: string | number; doubleValue?: number; boolValue?: boolean; arrayValue?: { values?: OtlpValue[] } };
type OtlpKeyValue = { key: string; value: OtlpValue };

function parseJsonExport(body: Buffer): ExportedSpan[] {
  const doc = JSON.parse(body.toString("utf8")) as {
    resourceSpans?: { resource?: { attributes?: OtlpKeyValue[] }; scopeSpans?: { scope?: { name?: string }; spans?: Record<string, unknown>[] }[] }[];
  };
  return (doc.resourceSpans ?? []).flatMap((rs) =>
    (rs.scopeSpans ?? []).flatMap((ss) =>
      (ss.spans ?? []).map((s) => ({
        name: s.name as string,
        kind: s.kind as number,
        traceId: s.traceId as string,
        spanId: s.spanId as string,
        parentSpanId: (s.parentSpanId as string | undefined) ?? "",
        status: (s.status as ExportedSpan["status"]) ?? {},
        attributes: flatten(s.attributes as OtlpKeyValue[] | undefined),
        resource: flatten(rs.resource?.attributes),
        scope: ss.scope?.name ?? "",
      })),
    ),
  );
}

function flatten(attrs: OtlpKeyValue[] | undefined): Record<string, unknown> {
  return Object.fromEntries((attrs ?? []).map((a) => [a.key, valueOf(a.value)]));
}

function valueOf(v: OtlpValue): unknown {
  if (v.stringValue !== undefined) return v.stringValue;
  if (v.intValue !== undefined) return Number(v.intValue);
  if (v.doubleValue !== undefined) return v.doubleValue;
  if (v.boolValue !== undefined) return v.boolValue;
  if (v.arrayValue !== undefined) return (v.arrayValue.values ?? []).map(valueOf);
  return undefined;
}
