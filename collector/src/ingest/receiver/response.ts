import { Writer } from "protobufjs/minimal";

export type WireEncoding = "protobuf" | "json";

export interface EncodedResponse {
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<WireEncoding, string> = { protobuf: "application/x-protobuf", json: "application/json" };

function encoded(encoding: WireEncoding, body: Uint8Array | string): EncodedResponse {
  return {
    contentType: CONTENT_TYPES[encoding],
    body: typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body.buffer, body.byteOffset, body.byteLength),
  };
}

/**
 * An `ExportTraceServiceResponse` (collector/trace/v1/trace_service.proto: partial_success = 1;
 * ExportTracePartialSuccess: rejected_spans = 1, error_message = 2). `partialSuccess` is left
 * out when nothing was rejected, as the OTLP spec asks.
 */
export function encodeExportResponse(encoding: WireEncoding, partialSuccess?: { rejectedSpans: number; errorMessage: string }): EncodedResponse {
  if (encoding === "json") return encoded("json", JSON.stringify(partialSuccess ? { partialSuccess } : {}));
  const w = Writer.create();
  if (partialSuccess) {
    w.uint32((1 << 3) | 2).fork();
    w.uint32((1 << 3) | 0).int64(partialSuccess.rejectedSpans);
    w.uint32((2 << 3) | 2).string(partialSuccess.errorMessage);
    w.ldelim();
  }
  return encoded("protobuf", w.finish());
}

/** gRPC status codes used in error bodies (google.rpc.Code). */
export const RPC_CODE = { INVALID_ARGUMENT: 3, RESOURCE_EXHAUSTED: 8, INTERNAL: 13, UNAVAILABLE: 14 } as const;

/** A `google.rpc.Status` error body (code = 1, message = 2). */
export function encodeStatus(encoding: WireEncoding, code: number, message: string): EncodedResponse {
  if (encoding === "json") return encoded("json", JSON.stringify({ code, message }));
  const w = Writer.create();
  w.uint32((1 << 3) | 0).int32(code);
  w.uint32((2 << 3) | 2).string(message);
  return encoded("protobuf", w.finish());
}
