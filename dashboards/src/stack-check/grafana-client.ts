/** The few Grafana HTTP API calls the stack check makes, with basic auth as the compose admin. */

import type { Json } from "./json";

export class GrafanaClient {
  private readonly authorization: string;

  constructor(
    readonly baseUrl: string,
    user: string,
    password: string,
  ) {
    this.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
  }

  async get(path: string): Promise<Json> {
    return this.request("GET", path);
  }

  async post(path: string, body: Json): Promise<Json> {
    return this.request("POST", path, body);
  }

  private async request(method: string, path: string, body?: Json): Promise<Json> {
    const res = await fetch(new URL(path, this.baseUrl), {
      method,
      headers: { authorization: this.authorization, accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text.slice(0, 300)}`);
    return text === "" ? null : JSON.parse(text);
  }
}
