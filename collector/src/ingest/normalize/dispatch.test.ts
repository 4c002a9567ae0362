import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Random } from "../../../../tools/src/demo/random";
import { DEFAULT_RECEIVER_LIMITS } from "../receiver/config";
import { decodeJsonTraces } from "../receiver/decode-json";
import { parseJsonKeepingInt64 } from "../receiver/json-text";
import type { AnyValue, ValidSpan } from "../receiver/model";
import { validateSpans } from "../receiver/validate";
import { readDialects } from "./dialects";
import { GOLDEN_DIALECTS, GOLDEN_FIXTURES_DIR } from "./golden";
import { INDEXED, Marker, type SpanView, viewOf } from "./span-view";

/**
 * The one-pass key scan decides which readers run: the semconv readers only when a key they read is
 * present, the flattened families only when a `<prefix><digit>` key is. The reference here reads as
 * if every span had all of them (semconv and its legacy names always read, every indexed family
 * walked from index 0), so skipping them must never change the record or the content.
 */
function readEverything(view: SpanView) {
  const indexed = new Set(Object.keys(INDEXED) as (keyof typeof INDEXED)[]);
  return readDialects({ ...view, markers: view.markers | Marker.Semconv | Marker.Legacy, indexed });
}

function fixtureSpans(): ValidSpan[] {
  return GOLDEN_DIALECTS.flatMap((dialect) => {
    const body = readFileSync(path.join(GOLDEN_FIXTURES_DIR, `${dialect}.otlp.json`));
    return validateSpans(decodeJsonTraces(parseJsonKeepingInt64(body)), DEFAULT_RECEIVER_LIMITS).valid;
  });
}

describe("single-pass dialect dispatch", () => {
  const spans = fixtureSpans();

  it("reads every golden fixture span exactly as reading every dialect and family would", () => {
    expect(spans.length).toBeGreaterThan(20);
    for (const span of spans) expect(readDialects(viewOf(span)), span.name).toStrictEqual(readEverything(viewOf(span)));
  });

  it("gives the same result on spans mixing attributes and events of every dialect", () => {
    const pool: [string, AnyValue][] = [];
    for (const span of spans) for (const [key, value] of Object.entries(span.attributes)) pool.push([key, value]);
    // Keys a non-GenAI span carries, so some spans have no dialect at all.
    pool.push(["http.request.method", "POST"], ["url.path", "/ask"], ["server.port", 8080n], ["gen_ai.prompt.x", "not indexed"]);
    const random = new Random(20_261_203);
    let typed = 0;
    for (let i = 0; i < 2000; i++) {
      const base = spans[Math.floor(random.next() * spans.length)]!;
      const attributes: Record<string, AnyValue> = {};
      const count = 1 + Math.floor(random.next() * 14);
      for (let k = 0; k < count; k++) {
        const [key, value] = pool[Math.floor(random.next() * pool.length)]!;
        attributes[key] = value;
      }
      const mixed: ValidSpan = { ...base, attributes, events: random.next() < 0.3 ? base.events : [] };
      const got = readDialects(viewOf(mixed));
      expect(got, JSON.stringify(Object.keys(attributes))).toStrictEqual(readEverything(viewOf(mixed)));
      if (got.record.spanType !== undefined || got.content !== null) typed++;
    }
    // The mixtures exercise the readers, not only empty spans.
    expect(typed).toBeGreaterThan(500);
  });

  it("runs no reader for a span without GenAI keys", () => {
    const plain = { ...spans[0]!, attributes: { "http.request.method": "GET", "url.path": "/health" }, events: [] };
    const view = viewOf(plain);
    expect(view.markers).toBe(0);
    expect(view.indexed).toBeNull();
    expect(readDialects(view).content).toBeNull();
  });
});
