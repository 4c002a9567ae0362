import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeSpan } from "../collector/src/normalize";
import { DEFAULT_RECEIVER_LIMITS } from "../collector/src/receiver/config";
import { decodeJsonTraces } from "../collector/src/receiver/decode-json";
import { parseJsonKeepingInt64 } from "../collector/src/receiver/json-text";
import { validateSpans } from "../collector/src/receiver/validate";

/**
 * Golden fixtures, one OTLP/JSON payload per dialect (collector/src/normalize/fixtures): decoded,
 * validated and normalized exactly as the receiver does, then compared with the reviewed expected
 * llm_spans rows and canonical content. openllmetry, openinference and openlit payloads were
 * produced by the real instrumentations (fixtures/generate.cjs); the others are hand-written from
 * the dialects' documented attribute names. `LLMSCOPE_UPDATE_GOLDEN=1` rewrites the expected files
 * (review the diff before keeping it).
 */
const FIXTURES = path.join(__dirname, "../collector/src/normalize/fixtures");
const DIALECT_FIXTURES = ["semconv", "semconv-legacy", "openllmetry", "openllmetry-legacy", "openlit", "openinference", "vercel"];

function normalizeFixture(name: string) {
  const body = readFileSync(path.join(FIXTURES, `${name}.otlp.json`));
  const { valid, rejected } = validateSpans(decodeJsonTraces(parseJsonKeepingInt64(body)), DEFAULT_RECEIVER_LIMITS);
  expect(rejected).toEqual([]);
  return valid.map((span) => {
    const { llm, content } = normalizeSpan(span);
    return { span: span.name, llm, content };
  });
}

describe("golden dialect fixtures", () => {
  for (const name of DIALECT_FIXTURES) {
    it(`${name}: canonical llm_spans rows and content`, () => {
      const actual = JSON.parse(JSON.stringify(normalizeFixture(name))) as unknown;
      const expectedFile = path.join(FIXTURES, `${name}.expected.json`);
      if (process.env.LLMSCOPE_UPDATE_GOLDEN === "1") writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, "utf8")));
    });
  }
});
