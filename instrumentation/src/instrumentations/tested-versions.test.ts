import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findPackageDir } from "./app-modules";
import { checkSdkVersion, SDK_PACKAGES, SINGLE_TESTED_VERSIONS, TESTED_SDK_VERSIONS } from "./tested-versions";

describe("checkSdkVersion", () => {
  it("accepts releases between the oldest and newest tested release of a major", () => {
    expect(checkSdkVersion("openai", "4.50.2")).toMatchObject({ ok: true });
    expect(checkSdkVersion("openai", "6.30.1")).toMatchObject({ ok: true, range: "4.0.0–4.104.0, 5.0.0–5.23.2, 6.0.0–6.49.0, 7.0.0–7.59.0" });
    expect(checkSdkVersion("@anthropic-ai/sdk", "0.65.0").ok).toBe(true);
  });

  it("rejects releases outside, with the declared range and a tested release to use", () => {
    const old = checkSdkVersion("openai", "3.3.0");
    expect(old.ok).toBe(false);
    expect(old.fix).toBe(
      "llmscope declares openai >=4 <8; untested releases may not be traced. Use a tested release (e.g. npm install openai@7.59.0) and report the version if it fails.",
    );
    expect(checkSdkVersion("openai", "7.60.0").ok).toBe(false);
    expect(checkSdkVersion("@anthropic-ai/sdk", "0.19.9").ok).toBe(false);
    expect(checkSdkVersion("openai", "next").ok).toBe(false);
  });

  it("tests the oldest and newest release of every major, in order", () => {
    for (const versions of Object.values(TESTED_SDK_VERSIONS)) expect(versions.length % 2).toBe(0);
  });

  it("a package tested at one release accepts that release only, naming it as the one to use", () => {
    expect(checkSdkVersion("ollama", "0.6.4")).toEqual({ ok: true, range: "0.6.4" });
    expect(checkSdkVersion("chromadb", "3.6.0")).toMatchObject({
      ok: false,
      range: "3.5.0",
      fix: "llmscope declares chromadb >=3 <4; untested releases may not be traced. Use a tested release (e.g. npm install chromadb@3.5.0) and report the version if it fails.",
    });
  });

  it("the one-release packages are listed at the release the per-instrumentation tests install", () => {
    for (const [sdk, version] of Object.entries(SINGLE_TESTED_VERSIONS)) {
      const dir = findPackageDir(sdk, __dirname);
      expect(dir, sdk).toBeDefined();
      expect((JSON.parse(readFileSync(`${dir}/package.json`, "utf8")) as { version: string }).version, sdk).toBe(version);
    }
    expect([...SDK_PACKAGES].sort()).toEqual([...Object.keys(TESTED_SDK_VERSIONS), ...Object.keys(SINGLE_TESTED_VERSIONS)].sort());
  });
});
