import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectedFileOf, GOLDEN_DIALECTS, normalizeGoldenFixture } from "@llmscope/collector/testing";

/**
 * Golden fixtures, one OTLP/JSON payload per dialect (collector/src/ingest/normalize/fixtures): decoded,
 * validated and normalized exactly as the receiver does, then compared with the reviewed expected
 * llm_spans rows and canonical content. openllmetry, openinference and openlit payloads were
 * produced by the real instrumentations (fixtures/generate.cjs); the others are hand-written from
 * the dialects' documented attribute names. This test only compares: the expected files change
 * through `npm run update-golden` and a reviewed diff, never through a test run.
 */
describe("golden dialect fixtures", () => {
  for (const name of GOLDEN_DIALECTS) {
    it(`${name}: canonical llm_spans rows and content`, () => {
      expect(normalizeGoldenFixture(name)).toEqual(JSON.parse(readFileSync(expectedFileOf(name), "utf8")));
    });
  }
});
