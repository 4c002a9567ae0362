import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_RECEIVER_LIMITS } from "./config";
import { DecodeError } from "./decode-error";
import { decodeJsonTraces } from "./decode-json";
import { decodeProtobufTraces } from "./decode-protobuf";
import { parseJsonKeepingInt64 } from "./json-text";
import { validateSpans } from "./validate";

/**
 * Properties of the decoders on arbitrary input: they return spans or throw DecodeError (which the
 * HTTP layer answers with 400), nothing else; validation never throws on what they return.
 */

function onlyDecodeErrors(run: () => unknown): void {
  try {
    const spans = run() as Parameters<typeof validateSpans>[0];
    const { valid, rejected } = validateSpans(spans, DEFAULT_RECEIVER_LIMITS);
    expect(valid.length + rejected.length).toBe(spans.length);
    for (const r of rejected) expect(r.reason.length).toBeGreaterThan(0);
  } catch (err) {
    if (!(err instanceof DecodeError)) throw err;
    expect(err.message.length).toBeGreaterThan(10);
  }
}

/** A protobuf-ish byte string: field tags of the OTLP messages with random wire types and payloads. */
const protobufish = fc
  .array(
    fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.tuple(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 0, max: 7 }), fc.uint8Array({ maxLength: 30 })).map(([field, wire, payload]) => {
        const bytes = [(field << 3) | wire];
        if (wire === 2) bytes.push(payload.length);
        return Uint8Array.from([...bytes, ...payload]);
      }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => Buffer.concat(parts));

describe("decoders on arbitrary input", () => {
  it("protobuf: random bytes decode to spans or a DecodeError, never another error", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => onlyDecodeErrors(() => decodeProtobufTraces(bytes))),
      { numRuns: 2000, seed: 1 },
    );
  });

  it("protobuf: OTLP-shaped tag soup decodes to spans or a DecodeError", () => {
    fc.assert(
      fc.property(protobufish, (bytes) => onlyDecodeErrors(() => decodeProtobufTraces(bytes))),
      { numRuns: 2000, seed: 2 },
    );
  });

  it("JSON: any JSON value, and any JSON text, decodes to spans or a DecodeError", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => onlyDecodeErrors(() => decodeJsonTraces(value))),
      { numRuns: 1000, seed: 3 },
    );
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), (text) => {
        let parsed: unknown;
        try {
          parsed = parseJsonKeepingInt64(Buffer.from(text));
        } catch (err) {
          expect(err).toBeInstanceOf(SyntaxError);
          return;
        }
        onlyDecodeErrors(() => decodeJsonTraces(parsed));
      }),
      { numRuns: 1000, seed: 4 },
    );
  });

  it("JSON: OTLP-shaped requests with arbitrary values in every span field decode, the bad spans carry problems", () => {
    const anything = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined));
    const span = fc.record({
      traceId: anything,
      spanId: anything,
      parentSpanId: anything,
      name: anything,
      kind: anything,
      startTimeUnixNano: anything,
      endTimeUnixNano: anything,
      attributes: anything,
      events: anything,
      links: anything,
      status: anything,
    });
    fc.assert(
      fc.property(fc.array(span, { maxLength: 10 }), (spans) => {
        const decoded = decodeJsonTraces({ resourceSpans: [{ scopeSpans: [{ spans }] }] });
        expect(decoded).toHaveLength(spans.length);
        onlyDecodeErrors(() => decoded);
      }),
      { numRuns: 1000, seed: 5 },
    );
  });
});
