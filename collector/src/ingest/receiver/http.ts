import express, { type Request, type Response, type Router } from "express";
import type { MetricsRegistry } from "../../telemetry/metrics";
import { BodyError, readBody } from "./body";
import type { ReceiverLimits } from "./config";
import { DecodeError } from "./decode-error";
import { decodeJsonTraces } from "./decode-json";
import { decodeProtobufTraces } from "./decode-protobuf";
import { parseJsonKeepingInt64 } from "./json-text";
import type { ReceivedSpan, ValidSpan } from "./model";
import { RPC_CODE, encodeExportResponse, encodeStatus, type EncodedResponse, type WireEncoding } from "./response";
import { validateSpans, type SpanCheck, type SpanRejection } from "./validate";
import { logger } from "../../telemetry/log";
import { nextTurn } from "../../store/loop-turns";

const logs = logger("receiver");

/**
 * Where accepted spans go. `offer` is all-or-nothing; false means "full" (answered 503). It may
 * return a promise, e.g. resolving once the request is in the write-ahead log: the 200 waits for it.
 * `hasRoom` is asked with the declared Content-Length before the body is read, so a refusal costs
 * almost nothing, and again with the body's inflated size before it is decoded.
 */
export interface TracesSink {
  offer(spans: ValidSpan[], request: { encoding: WireEncoding; body: Buffer }): boolean | Promise<boolean>;
  hasRoom?(bytes: number): boolean;
}

export interface OtlpTracesRouterOptions {
  limits: ReceiverLimits;
  sink: TracesSink;
  metrics: MetricsRegistry;
  /** Sent as Retry-After when the sink refuses a request (default 1). */
  retryAfterSeconds?: number;
  /** Checks of later stages, run on each span after the receiver's own (e.g. values that must fit typed columns). */
  spanChecks?: readonly SpanCheck[];
}

const MEDIA_TYPES: Record<string, WireEncoding> = { "application/x-protobuf": "protobuf", "application/json": "json" };
const ACCEPTED = "application/x-protobuf or application/json";
const REJECTIONS_SHOWN = 5;

function mediaType(header: string | undefined): string {
  return (header ?? "").split(";", 1)[0]!.trim().toLowerCase();
}

function contentCoding(header: string | undefined): string {
  const coding = (header ?? "").trim().toLowerCase();
  if (coding === "" || coding === "identity") return "identity";
  return coding === "x-gzip" ? "gzip" : coding;
}

function summarise(rejected: SpanRejection[], total: number): string {
  const shown = rejected.slice(0, REJECTIONS_SHOWN).map((r) => `span ${r.index} (traceId ${r.traceId || "-"}, spanId ${r.spanId || "-"}): ${r.reason}`);
  const more = rejected.length - shown.length;
  return `${rejected.length} of ${total} spans rejected: ${shown.join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
}

/** Decodes a body; a DecodeError, invalid JSON or non-UTF-8 JSON becomes a DecodeError. */
export function decode(encoding: WireEncoding, body: Buffer) {
  if (encoding === "protobuf") return decodeProtobufTraces(body);
  let parsed: unknown;
  try {
    parsed = parseJsonKeepingInt64(body);
  } catch (err) {
    if (err instanceof SyntaxError) throw new DecodeError(`invalid JSON: ${err.message}`);
    if (err instanceof TypeError) throw new DecodeError("invalid JSON: the body is not valid UTF-8");
    throw err;
  }
  return decodeJsonTraces(parsed);
}

/**
 * `POST /v1/traces` per OTLP/HTTP: protobuf or JSON, optionally gzip. Bad spans are rejected
 * alone (200 with partialSuccess); a full sink answers 503 + Retry-After and keeps nothing.
 * Mount it before any body parser. Bodies and attribute values are never logged.
 */
export function createOtlpTracesRouter(opts: OtlpTracesRouterOptions): Router {
  const { limits, sink, metrics } = opts;
  const retryAfter = String(opts.retryAfterSeconds ?? 1);
  const requests = metrics.counter("llmscope_receiver_requests_total", "OTLP trace export requests answered, by HTTP status");
  const received = metrics.counter("llmscope_receiver_spans_received_total", "Spans decoded from export requests, by protocol (protobuf|json)");
  const rejectedSpans = metrics.counter("llmscope_receiver_spans_rejected_total", "Spans rejected by validation and reported as partial success, by reason");
  const refused = metrics.counter("llmscope_receiver_spans_refused_total", "Valid spans refused because the queue was full (answered 503, exporter retries)");
  const bytes = metrics.counter("llmscope_receiver_bytes_total", "Request body bytes read from the wire, by content encoding (gzip|identity)");

  function send(res: Response, status: number, response: EncodedResponse): void {
    requests.inc(1, { status: String(status) });
    res.status(status).setHeader("Content-Type", response.contentType);
    res.setHeader("Content-Length", response.body.length);
    res.end(response.body);
  }

  function fail(res: Response, encoding: WireEncoding, status: number, rpcCode: number, message: string): void {
    send(res, status, encodeStatus(encoding, rpcCode, message));
  }

  /** Whether the sink takes a body of this many bytes; a sink without the question takes any. */
  function hasRoom(bytes: number): boolean {
    return sink.hasRoom?.(bytes) ?? true;
  }

  /** 503 + Retry-After; the body is drained unread (and unparsed: refusing must stay cheap). */
  function refuse(req: Request, res: Response, encoding: WireEncoding): void {
    if (!req.readableEnded) req.resume();
    res.setHeader("Retry-After", retryAfter);
    fail(res, encoding, 503, RPC_CODE.UNAVAILABLE, `the collector's queue is full; retry after ${retryAfter} s`);
  }

  async function handle(req: Request, res: Response): Promise<void> {
    const encoding = MEDIA_TYPES[mediaType(req.headers["content-type"])];
    if (!encoding) {
      const given = req.headers["content-type"] ? JSON.stringify(req.headers["content-type"]) : "none";
      fail(res, "json", 415, RPC_CODE.INVALID_ARGUMENT, `unsupported Content-Type ${given}: expected ${ACCEPTED}`);
      return;
    }
    const coding = contentCoding(req.headers["content-encoding"]);
    if (coding !== "gzip" && coding !== "identity") {
      fail(res, encoding, 415, RPC_CODE.INVALID_ARGUMENT, `unsupported Content-Encoding ${JSON.stringify(coding)}: expected gzip or identity`);
      return;
    }

    if (!hasRoom(Number(req.headers["content-length"]) || 0)) {
      refuse(req, res, encoding);
      return;
    }

    let body: Buffer;
    try {
      body = await readBody(req, coding === "gzip", limits.maxBodyBytes, (n) => bytes.inc(n, { encoding: coding }));
    } catch (err) {
      if (!(err instanceof BodyError)) throw err;
      if (err.status === 413) res.setHeader("Connection", "close");
      fail(res, encoding, err.status, err.status === 413 ? RPC_CODE.RESOURCE_EXHAUSTED : RPC_CODE.INVALID_ARGUMENT, err.message);
      return;
    }

    // The declared length is the wire size (compressed, or absent when chunked): the inflated size
    // is asked again here, so a refusal still skips decoding, validating and enriching.
    if (!hasRoom(body.length)) {
      refuse(req, res, encoding);
      return;
    }

    // Decoding, validating and enriching are the long synchronous steps of a request (2–5 ms each
    // for 400 spans): each waits for a loop turn of its own, so concurrent requests and a flush's
    // encoding take turns with timers and I/O instead of holding the loop back to back.
    await nextTurn();
    let spans: ReceivedSpan[];
    try {
      spans = decode(encoding, body);
    } catch (err) {
      if (!(err instanceof DecodeError)) throw err;
      fail(res, encoding, 400, RPC_CODE.INVALID_ARGUMENT, err.message);
      return;
    }
    received.inc(spans.length, { protocol: encoding });

    if (spans.length > 0) await nextTurn();
    const { valid, rejected } = validateSpans(spans, limits, opts.spanChecks);
    if (valid.length > 0) await nextTurn();
    if (valid.length > 0 && !(await sink.offer(valid, { encoding, body }))) {
      refused.inc(valid.length);
      refuse(req, res, encoding);
      return;
    }
    for (const r of rejected) rejectedSpans.inc(1, { reason: r.code });
    const partial = rejected.length > 0 ? { rejectedSpans: rejected.length, errorMessage: summarise(rejected, spans.length) } : undefined;
    send(res, 200, encodeExportResponse(encoding, partial));
  }

  const router = express.Router();
  router.post("/v1/traces", async (req, res) => {
    try {
      await handle(req, res);
    } catch (err) {
      // The error's message only (never the body): e.g. a sink that threw.
      logs.error(`receiver failed on a trace export request: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) fail(res, "json", 500, RPC_CODE.INTERNAL, "internal error while receiving traces");
    }
  });
  return router;
}
