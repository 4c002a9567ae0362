import { describe, expect, it } from "vitest";
import { checkSdkVersion, TESTED_SDK_VERSIONS } from "./tested-versions";

describe("checkSdkVersion", () => {
  it("accepts releases between the oldest and newest tested release of a major", () => {
    expect(checkSdkVersion("openai", "4.50.2")).toMatchObject({ ok: true });
    expect(checkSdkVersion("openai", "6.30.1")).toMatchObject({ ok: true, range: "4.0.0–4.104.0, 5.0.0–5.23.2, 6.0.0–6.49.0, 7.0.0–7.59.0" });
    expect(checkSdkVersion("@anthropic-ai/sdk", "0.65.0").ok).toBe(true);
  });

  it("rejects releases outside, with the declared range and a tested release to use", () => {
    const old = checkSdkVersion("openai", "3.3.0");
    expect(old.ok).toBe(false);
    expect(old.fix).toBe("llmscope declares openai >=4 <8; untested releases may not be traced. Use a tested release (e.g. npm install openai@7.59.0) and report the version if it fails.");
    expect(checkSdkVersion("openai", "7.60.0").ok).toBe(false);
    expect(checkSdkVersion("@anthropic-ai/sdk", "0.19.9").ok).toBe(false);
    expect(checkSdkVersion("openai", "next").ok).toBe(false);
  });

  it("tests the oldest and newest release of every major, in order", () => {
    for (const versions of Object.values(TESTED_SDK_VERSIONS)) expect(versions.length % 2).toBe(0);
  });
});
