/**
 * Encodes an OTLP/JSON-shaped trace request (the shape `JSON.stringify` sends as OTLP/JSON) into
 * OTLP protobuf, field numbers from opentelemetry-proto. Tests use it to send the same spans both
 * ways, including values no SDK would produce (bad ids, times past any range, deep nesting).
 * Unknown or mistyped fields are skipped: callers build well-typed requests and break them on purpose.
 */

type Json = any;

const LEN = 2;
const I64 = 1;
const VARINT = 0;

function varint(value: bigint): Buffer {
  let v = BigInt.asUintN(64, value);
  const bytes: number[] = [];
  while (v >= 0x80n) {
    bytes.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  bytes.push(Number(v));
  return Buffer.from(bytes);
}

const tag = (field: number, wire: number) => varint(BigInt((field << 3) | wire));
const len = (field: number, payload: Buffer) => Buffer.concat([tag(field, LEN), varint(BigInt(payload.length)), payload]);
const str = (field: number, text: string | undefined) => (text ? len(field, Buffer.from(text, "utf8")) : Buffer.alloc(0));
const hex = (field: number, id: string | undefined) => (id ? len(field, Buffer.from(id, "hex")) : Buffer.alloc(0));
const num = (field: number, value: number | bigint | undefined) =>
  value === undefined ? Buffer.alloc(0) : Buffer.concat([tag(field, VARINT), varint(BigInt(value))]);

function fixed64(field: number, value: string | number | undefined): Buffer {
  if (value === undefined) return Buffer.alloc(0);
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt.asUintN(64, BigInt(value)));
  return Buffer.concat([tag(field, I64), b]);
}

function anyValue(v: Json): Buffer {
  if (v === undefined || v === null) return Buffer.alloc(0);
  if (v.encodedAnyValue instanceof Buffer) return v.encodedAnyValue;
  if (v.stringValue !== undefined) return len(1, Buffer.from(String(v.stringValue), "utf8"));
  if (v.boolValue !== undefined) return num(2, v.boolValue ? 1 : 0);
  if (v.intValue !== undefined) return num(3, BigInt(v.intValue));
  if (v.doubleValue !== undefined) {
    const b = Buffer.alloc(8);
    b.writeDoubleLE(Number(v.doubleValue));
    return Buffer.concat([tag(4, I64), b]);
  }
  if (v.arrayValue !== undefined) return len(5, Buffer.concat((v.arrayValue.values ?? []).map((x: Json) => len(1, anyValue(x)))));
  if (v.kvlistValue !== undefined) return len(6, Buffer.concat((v.kvlistValue.values ?? []).map((kv: Json) => len(1, keyValue(kv)))));
  if (v.bytesValue !== undefined) return len(7, Buffer.from(String(v.bytesValue), "base64"));
  return Buffer.alloc(0);
}

function keyValue(kv: Json): Buffer {
  return Buffer.concat([str(1, kv.key), len(2, anyValue(kv.value))]);
}

const attributes = (field: number, list: Json[] | undefined) => Buffer.concat((list ?? []).map((kv) => len(field, keyValue(kv))));

function span(s: Json): Buffer {
  return Buffer.concat([
    hex(1, s.traceId),
    hex(2, s.spanId),
    str(3, s.traceState),
    hex(4, s.parentSpanId),
    str(5, s.name),
    num(6, s.kind),
    fixed64(7, s.startTimeUnixNano),
    fixed64(8, s.endTimeUnixNano),
    attributes(9, s.attributes),
    ...(s.events ?? []).map((e: Json) => len(11, Buffer.concat([fixed64(1, e.timeUnixNano), str(2, e.name), attributes(3, e.attributes)]))),
    s.status ? len(15, Buffer.concat([str(2, s.status.message), num(3, s.status.code)])) : Buffer.alloc(0),
  ]);
}

/** The protobuf `ExportTraceServiceRequest` for an OTLP/JSON-shaped request object. */
export function encodeTraceRequest(request: Json): Buffer {
  return Buffer.concat(
    (request.resourceSpans ?? []).map((rs: Json) =>
      len(
        1,
        Buffer.concat([
          rs.resource ? len(1, attributes(1, rs.resource.attributes)) : Buffer.alloc(0),
          ...(rs.scopeSpans ?? []).map((ss: Json) =>
            len(
              2,
              Buffer.concat([
                ss.scope ? len(1, Buffer.concat([str(1, ss.scope.name), str(2, ss.scope.version)])) : Buffer.alloc(0),
                ...(ss.spans ?? []).map((s: Json) => len(2, span(s))),
              ]),
            ),
          ),
        ]),
      ),
    ),
  );
}

/**
 * An AnyValue nested `levels` kvlists deep, encoded without recursion (deeper than a recursive
 * encoder's stack allows). Use it as `{ encodedAnyValue: <this> }` in a request for encodeTraceRequest.
 */
export function deepAnyValueBytes(levels: number): Buffer {
  const leaf = len(1, Buffer.from("leaf"));
  const key = len(1, Buffer.from("d"));
  // Length prefixes only depend on the inner size, so each level's prefix is computed alone.
  const prefixes: Buffer[] = [];
  let size = leaf.length;
  for (let i = 0; i < levels; i++) {
    const keyValue = Buffer.concat([key, tag(2, LEN), varint(BigInt(size))]);
    const keyValueSize = keyValue.length + size;
    const list = Buffer.concat([tag(1, LEN), varint(BigInt(keyValueSize))]);
    const listSize = list.length + keyValueSize;
    const any = Buffer.concat([tag(6, LEN), varint(BigInt(listSize))]);
    prefixes.push(Buffer.concat([any, list, keyValue]));
    size = any.length + listSize;
  }
  return Buffer.concat([...prefixes.reverse(), leaf]);
}

/** The same value as OTLP/JSON text, built without recursion for the same reason. */
export function deepAnyValueJson(levels: number): string {
  return `${'{"kvlistValue":{"values":[{"key":"d","value":'.repeat(levels)}{"stringValue":"leaf"}${"}]}}".repeat(levels)}`;
}
