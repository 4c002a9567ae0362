import { beforeAll } from "vitest";
import { instrumentMistral } from "../instrumentations/mistral/instrumentation";
import { startFakeMistral } from "./fake-mistral-server";
import { useInstrumentedFake } from "./instrumented-fake";

type Mistral = InstanceType<typeof import("@mistralai/mistralai", { with: { "resolution-mode": "import" } }).Mistral>;

/**
 * For one test file: the real @mistralai/mistralai, instrumented, with a client pointed at the
 * fake Mistral server (the rest as `useInstrumentedFake`). The package is ESM-only: loaded with
 * import(), as an ESM app would.
 */
export function useInstrumentedMistral() {
  const harness = useInstrumentedFake(async () => instrumentMistral(await import("@mistralai/mistralai")), startFakeMistral);
  let client: Mistral | undefined;
  beforeAll(async () => {
    const { Mistral } = await import("@mistralai/mistralai");
    client = new Mistral({ apiKey: "mistral-test-not-a-secret", serverURL: harness.fake().url });
  });
  return {
    ...harness,
    client: (): Mistral => {
      if (!client) throw new Error("the Mistral client is made in beforeAll: call client() from a hook or a test");
      return client;
    },
  };
}
