import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestCollector } from "./support/collector";

/** Without LLMSCOPE_AUTH_TOKEN (the laptop default, bound to 127.0.0.1) the explorer is open, like /v1/*; LLMSCOPE_EXPLORER=false turns it off. */
let collector: Awaited<ReturnType<typeof startTestCollector>>;

beforeAll(async () => {
  collector = await startTestCollector({ LLMSCOPE_GRAFANA_URL: "https://grafana.example.com/" });
}, 60_000);

afterAll(async () => {
  await collector?.close();
});

describe("explorer without a token", () => {
  it("serves data without a login, reports the Grafana URL, and sets no cookie", async () => {
    expect(await (await fetch(`${collector.url}/api/config`)).json()).toEqual({ auth_required: false, grafana_url: "https://grafana.example.com/" });
    const list = await fetch(`${collector.url}/api/traces`);
    expect(list.status).toBe(200);
    expect(await list.json()).toEqual({ traces: [], total: 0, limit: 50, offset: 0 });
    const login = await fetch(`${collector.url}/api/login`, { method: "POST", body: JSON.stringify({ token: "anything" }) });
    expect(login.status).toBe(204);
    expect(login.headers.get("set-cookie")).toBeNull();
    const page = await fetch(`${collector.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect((await fetch(`${collector.url}/ui/main.js`)).headers.get("content-type")).toMatch(/javascript/);
    expect((await fetch(`${collector.url}/ui/..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${collector.url}/ui/main.d.ts`)).status).toBe(404);
  });
});
