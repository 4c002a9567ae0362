import { afterAll, afterEach, beforeAll } from "vitest";
import { configureContent } from "../content";
import { instrumentMistral } from "../instrumentations/mistral/instrumentation";
import { startFakeMistral, type FakeMistral } from "./fake-mistral-server";

type Mistral = InstanceType<typeof import("@mistralai/mistralai", { with: { "resolution-mode": "import" } }).Mistral>;

/**
 * For one test file: the real @mistralai/mistralai, instrumented, with a client pointed at the
 * fake Mistral server; content capture is reset after each test. The package is ESM-only: loaded
 * with import(), as an ESM app would.
 */
export function useInstrumentedMistral(): { client: () => Mistral; fake: () => FakeMistral } {
  let fake: FakeMistral;
  let client: Mistral;
  beforeAll(async () => {
    const mistral = await import("@mistralai/mistralai");
    instrumentMistral(mistral);
    fake = await startFakeMistral();
    client = new mistral.Mistral({ apiKey: "mistral-test-not-a-secret", serverURL: fake.url });
  });
  afterAll(() => fake.close());
  afterEach(() => configureContent());
  return { client: () => client, fake: () => fake };
}
