import OpenAI, { APIError, RateLimitError } from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "./fake-openai-server";

/** The documented token rule: 3 to prime the reply, plus per message 3 + ceil(chars / 4). */
function expectedPromptTokens(messages: { content: string }[]): number {
  return messages.reduce((sum, m) => sum + 3 + Math.ceil(m.content.length / 4), 3);
}

const MESSAGES = [
  { role: "system" as const, content: "You are a helpful support assistant for Acme Cloud." },
  { role: "user" as const, content: "How do I change the billing email on my invoices?" },
];

describe("fake OpenAI server with the real openai SDK", () => {
  let fake: FakeOpenAI;
  let client: OpenAI;

  beforeAll(async () => {
    fake = await startFakeOpenAI({ latency: { scale: 0.01 }, seed: 7 });
    client = new OpenAI({ baseURL: `${fake.url}/v1`, apiKey: "test-key", maxRetries: 0 });
  });
  afterAll(async () => {
    await fake.close();
  });

  it("listens on 127.0.0.1 only", () => {
    expect(new URL(fake.url).hostname).toBe("127.0.0.1");
  });

  it("answers a non-streaming chat completion with a snapshot model and consistent usage", async () => {
    const res = await client.chat.completions.create({ model: "gpt-4o-mini", messages: MESSAGES });
    expect(res.id).toMatch(/^chatcmpl-/);
    expect(res.object).toBe("chat.completion");
    expect(res.model).toBe("gpt-4o-mini-2024-07-18");
    const choice = res.choices[0]!;
    expect(choice.finish_reason).toBe("stop");
    expect(choice.message.role).toBe("assistant");
    expect(choice.message.content!.length).toBeGreaterThan(20);
    const usage = res.usage!;
    expect(usage.prompt_tokens).toBe(expectedPromptTokens(MESSAGES));
    expect(usage.completion_tokens).toBe(Math.ceil(choice.message.content!.length / 4));
    expect(usage.total_tokens).toBe(usage.prompt_tokens + usage.completion_tokens);
    expect(usage.prompt_tokens_details?.cached_tokens).toBe(0);
    expect(usage.completion_tokens_details?.reasoning_tokens).toBe(0);
  });

  it("is deterministic for a seed: a second server replays the same answer", async () => {
    const other = await startFakeOpenAI({ latency: { scale: 0 }, seed: 7 });
    try {
      const otherClient = new OpenAI({ baseURL: `${other.url}/v1`, apiKey: "k", maxRetries: 0 });
      const body = { model: "gpt-4o", messages: [{ role: "user" as const, content: "Replay me" }] };
      const [a, b] = await Promise.all([client.chat.completions.create(body), otherClient.chat.completions.create(body)]);
      expect(a.choices[0]!.message.content).toBe(b.choices[0]!.message.content);
      expect(a.id).toBe(b.id);
      expect(a.usage).toEqual(b.usage);
    } finally {
      await other.close();
    }
  });

  it("streams chunks and, with include_usage, ends with a usage-only chunk", async () => {
    const stream = await client.chat.completions.create({
      model: "gpt-4o",
      messages: MESSAGES,
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks: OpenAI.Chat.Completions.ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);

    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks[0]!.choices[0]!.delta.role).toBe("assistant");
    expect(new Set(chunks.map((c) => c.id)).size).toBe(1);
    expect(chunks.every((c) => c.model === "gpt-4o-2024-08-06")).toBe(true);

    const last = chunks.at(-1)!;
    expect(last.choices).toEqual([]);
    expect(chunks.slice(0, -1).every((c) => c.usage === null)).toBe(true);
    const finish = chunks.at(-2)!.choices[0]!;
    expect(finish.finish_reason).toBe("stop");

    const text = chunks.map((c) => c.choices[0]?.delta.content ?? "").join("");
    const usage = last.usage!;
    expect(usage.prompt_tokens).toBe(expectedPromptTokens(MESSAGES));
    expect(usage.completion_tokens).toBe(Math.ceil(text.length / 4));
    expect(usage.total_tokens).toBe(usage.prompt_tokens + usage.completion_tokens);
  });

  it("streams without a usage chunk when include_usage is not asked for", async () => {
    const stream = await client.chat.completions.create({ model: "gpt-4o-mini", messages: MESSAGES, stream: true });
    const chunks: OpenAI.Chat.Completions.ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks.at(-1)!.choices[0]!.finish_reason).toBe("stop");
    expect(chunks.every((c) => c.usage === undefined)).toBe(true);
  });

  it("reports reasoning tokens for reasoning models and cuts at max_completion_tokens", async () => {
    const res = await client.chat.completions.create({ model: "o4-mini", messages: MESSAGES, max_completion_tokens: 2000 });
    const usage = res.usage!;
    const reasoning = usage.completion_tokens_details!.reasoning_tokens!;
    expect(reasoning).toBeGreaterThan(0);
    expect(usage.completion_tokens).toBe(reasoning + Math.ceil(res.choices[0]!.message.content!.length / 4));

    const short = await client.chat.completions.create({ model: "gpt-4o-mini", messages: MESSAGES, max_tokens: 5 });
    expect(short.choices[0]!.finish_reason).toBe("length");
    expect(short.usage!.completion_tokens).toBeLessThanOrEqual(5);
  });

  it("reads a repeated long prefix from the prompt cache in 128-token steps", async () => {
    const system = { role: "system" as const, content: "Support handbook. ".repeat(300) };
    const first = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [system, { role: "user", content: "first" }] });
    const second = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [system, { role: "user", content: "second" }] });
    expect(first.usage!.prompt_tokens_details!.cached_tokens).toBe(0);
    const cached = second.usage!.prompt_tokens_details!.cached_tokens!;
    expect(cached).toBeGreaterThanOrEqual(1024);
    expect(cached % 128).toBe(0);
    expect(cached).toBeLessThanOrEqual(expectedPromptTokens([system]));
  });

  it("returns embeddings, decoded by the SDK from base64, and as floats on request", async () => {
    const res = await client.embeddings.create({ model: "text-embedding-3-small", input: ["refund policy", "reset password"] });
    expect(res.model).toBe("text-embedding-3-small");
    expect(res.data).toHaveLength(2);
    expect(res.data[0]!.embedding).toHaveLength(1536);
    const norm = Math.hypot(...res.data[0]!.embedding);
    expect(norm).toBeCloseTo(1, 3);
    expect(res.usage.prompt_tokens).toBe(Math.ceil("refund policy".length / 4) + Math.ceil("reset password".length / 4));

    const floats = await client.embeddings.create({ model: "text-embedding-3-small", input: "refund policy", encoding_format: "float", dimensions: 256 });
    expect(floats.data[0]!.embedding).toHaveLength(256);
  });

  it("rejects unknown models like OpenAI does", async () => {
    const err = await client.chat.completions.create({ model: "gpt-9", messages: MESSAGES }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIError);
    expect((err as APIError).status).toBe(404);
    expect((err as APIError).code).toBe("model_not_found");
  });

  it("counts requests", () => {
    expect(fake.requests).toBeGreaterThan(5);
  });
});

describe("injected failures", () => {
  it("surface a 500 as the SDK's APIError with OpenAI's error shape", async () => {
    const fake = await startFakeOpenAI({ latency: { scale: 0 }, failureRate: 1, failureStatuses: [500] });
    try {
      const client = new OpenAI({ baseURL: `${fake.url}/v1`, apiKey: "test-key", maxRetries: 0 });
      const err = await client.chat.completions.create({ model: "gpt-4o-mini", messages: MESSAGES }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(APIError);
      const apiError = err as APIError;
      expect(apiError.status).toBe(500);
      expect(apiError.type).toBe("server_error");
      expect(apiError.message).toContain("The server had an error");
      expect(apiError.requestID).toMatch(/^req_/);
    } finally {
      await fake.close();
    }
  });

  it("surface a 429 as RateLimitError and fail streaming requests before any chunk", async () => {
    const fake = await startFakeOpenAI({ latency: { scale: 0 }, failureRate: 1, failureStatuses: [429] });
    try {
      const client = new OpenAI({ baseURL: `${fake.url}/v1`, apiKey: "test-key", maxRetries: 0 });
      const err = await client.chat.completions.create({ model: "gpt-4o-mini", messages: MESSAGES, stream: true }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RateLimitError);
      expect((err as RateLimitError).code).toBe("rate_limit_exceeded");
    } finally {
      await fake.close();
    }
  });

  it("inject roughly the configured fraction", async () => {
    const fake = await startFakeOpenAI({ latency: { scale: 0 }, failureRate: 0.2, seed: 3 });
    try {
      const client = new OpenAI({ baseURL: `${fake.url}/v1`, apiKey: "test-key", maxRetries: 0 });
      const results = await Promise.allSettled(
        Array.from({ length: 200 }, (_, i) => client.embeddings.create({ model: "text-embedding-3-small", input: `q${i}` })),
      );
      const failed = results.filter((r) => r.status === "rejected").length;
      expect(failed).toBeGreaterThan(20);
      expect(failed).toBeLessThan(60);
    } finally {
      await fake.close();
    }
  });

  it("validate options and name the bad input", async () => {
    await expect(startFakeOpenAI({ failureRate: 2 })).rejects.toThrow(/failureRate must be between 0 and 1, got 2/);
    await expect(startFakeOpenAI({ latency: { scale: -1 } })).rejects.toThrow(/latency.scale/);
  });
});
