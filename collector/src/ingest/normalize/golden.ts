/**
 * The golden dialect fixtures (src/normalize/fixtures/<dialect>.otlp.json with the reviewed
 * <dialect>.expected.json) run through the receiver's own JSON decoder and validator, then the
 * normalizer. test/dialects.test.ts compares the result with the expected files; `npm run
 * update-golden` is the only thing that writes them, so a test run can never bless its own output.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_RECEIVER_LIMITS } from "../receiver/config";
import { decodeJsonTraces } from "../receiver/decode-json";
import { parseJsonKeepingInt64 } from "../receiver/json-text";
import { validateSpans } from "../receiver/validate";
import { normalizeSpan } from "./index";

/** Resolved from the package root so it works from src/ and dist/. */
export const GOLDEN_FIXTURES_DIR = path.resolve(__dirname, "../../../src/ingest/normalize/fixtures");

export const GOLDEN_DIALECTS = ["semconv", "semconv-legacy", "openllmetry", "openllmetry-legacy", "openlit", "openinference", "vercel"] as const;

export const expectedFileOf = (dialect: string): string => path.join(GOLDEN_FIXTURES_DIR, `${dialect}.expected.json`);

/** One row per span of the payload, as plain JSON (what the expected file holds). */
export function normalizeGoldenFixture(dialect: string): unknown {
  const body = readFileSync(path.join(GOLDEN_FIXTURES_DIR, `${dialect}.otlp.json`));
  const { valid, rejected } = validateSpans(decodeJsonTraces(parseJsonKeepingInt64(body)), DEFAULT_RECEIVER_LIMITS);
  if (rejected.length > 0) throw new Error(`golden fixture ${dialect}.otlp.json: the receiver rejects ${rejected.length} span(s): ${JSON.stringify(rejected)}`);
  const rows = valid.map((span) => {
    const { llm, content } = normalizeSpan(span);
    return { span: span.name, llm, content };
  });
  return JSON.parse(JSON.stringify(rows)) as unknown;
}
