import { calcPrice } from "@pydantic/genai-prices";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { LlmSpanRow } from "../../../store/rows";
import { MetricsRegistry } from "../../../telemetry/metrics";
import { formatUsd, parseScaled, perMillionToAtto, perTokenToAtto } from "./decimal";
import { createCostProcessor, PriceOverridesError } from "./index";
import { record, ts } from "./test-fixtures";

/**
 * Expected costs are worked out by hand below from the per-million prices written next to each case
 * (source: @pydantic/genai-prices 0.1.8 bundled data, which the processor reads through
 * calcPrice's model match). Each bundled case is also checked against the library's own float
 * total (a separate code path), within float tolerance.
 */

const dir = mkdtempSync(path.join(tmpdir(), "llmscope-cost-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeOverrides(name: string, yaml: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, yaml);
  return file;
}

function price(fields: Partial<LlmSpanRow>, processor = createCostProcessor()) {
  const r = record(fields);
  processor.process(r, [r]);
  return { row: r.llm!, attrs: r.trace.SpanAttributes };
}

/** The library's float total for the same usage, as an independent cross-check. */
function libraryTotal(fields: Partial<LlmSpanRow>, model: string, providerId: string, at: string): number {
  const result = calcPrice(
    {
      input_tokens: Math.max(fields.InputTokens ?? 0, (fields.CacheReadTokens ?? 0) + (fields.CacheWriteTokens ?? 0)),
      cache_read_tokens: fields.CacheReadTokens ?? 0,
      cache_write_tokens: fields.CacheWriteTokens ?? 0,
      output_tokens: fields.OutputTokens ?? 0,
    },
    model,
    { providerId, timestamp: new Date(at) },
  );
  if (!result) throw new Error(`library has no price for ${providerId}/${model}`);
  return result.total_price;
}

describe("decimal helpers", () => {
  it("parses decimals and exponents exactly, rounding half-up beyond the scale", () => {
    expect(parseScaled("0.075", 12, "x")).toBe(75_000_000_000n);
    expect(parseScaled(0.01875, 12, "x")).toBe(18_750_000_000n);
    expect(parseScaled("2.5e-6", 18, "x")).toBe(2_500_000_000_000n);
    expect(parseScaled(1e-7, 18, "x")).toBe(100_000_000_000n);
    expect(parseScaled("15", 12, "x")).toBe(15_000_000_000_000n);
    expect(parseScaled("0.00000000000049", 12, "x")).toBe(0n);
    expect(parseScaled("0.0000000000005", 12, "x")).toBe(1n);
    expect(parseScaled("1.2345", 3, "x")).toBe(1235n);
    expect(() => parseScaled("-1", 12, "input_per_million")).toThrow(/input_per_million: expected a non-negative decimal/);
    expect(() => parseScaled(Number.NaN, 12, "x")).toThrow(/finite non-negative/);
  });

  it("formats atto-dollars as USD with 9 decimals, rounding once half-up", () => {
    expect(formatUsd(0n)).toBe("0.000000000");
    expect(formatUsd(525_300_000_000_000n)).toBe("0.000525300");
    expect(formatUsd(499_999_999n)).toBe("0.000000000");
    expect(formatUsd(500_000_000n)).toBe("0.000000001");
    expect(formatUsd(12n * 10n ** 18n + 345n * 10n ** 9n)).toBe("12.000000345");
  });

  it("converts per-million and per-token prices to the same per-token unit", () => {
    expect(perMillionToAtto("0.15", "x")).toBe(perTokenToAtto("0.00000015", "x"));
  });
});

describe("cost processor: bundled prices (genai-prices 0.1.8)", () => {
  const at = "2025-03-01T12:00:00Z";

  it("OpenAI dated snapshot, no float drift (gpt-4o-mini: input $0.15/M, output $0.60/M)", () => {
    const fields = { ResponseModel: "gpt-4o-mini-2024-07-18", InputTokens: 1234, OutputTokens: 567 };
    const { row, attrs } = price(fields);
    // 1234 × 0.15e-6 = 0.0001851; 567 × 0.60e-6 = 0.0003402; total 0.0005253
    expect(row.CostUsd).toBe("0.000525300");
    expect(row.CostUnpriced).toBe(0);
    expect(row.PriceSource).toBe("genai-prices@0.1.8");
    expect(attrs).toMatchObject({
      "llmscope.cost.usd": "0.000525300",
      "llmscope.cost.input": "0.000185100",
      "llmscope.cost.output": "0.000340200",
      "llmscope.cost.cache_read": "0.000000000",
      "llmscope.cost.reasoning": "0.000000000",
      "llmscope.cost.unpriced": "false",
      "llmscope.price.source": "genai-prices@0.1.8",
      "llmscope.price.model": "openai/gpt-4o-mini",
    });
    expect(Number(row.CostUsd)).toBeCloseTo(libraryTotal(fields, "gpt-4o-mini-2024-07-18", "openai", at), 12);
  });

  it("OpenAI cached input (gpt-4o-mini: input $0.15/M, cache read $0.075/M, output $0.60/M)", () => {
    const fields = { InputTokens: 12_000, CacheReadTokens: 8_000, OutputTokens: 500 };
    const { row, attrs } = price(fields);
    // uncached 4000 × 0.15e-6 = 0.0006; cache read 8000 × 0.075e-6 = 0.0006; output 500 × 0.6e-6 = 0.0003
    expect(row.CostUsd).toBe("0.001500000");
    expect(attrs["llmscope.cost.cache_read"]).toBe("0.000600000");
    expect(Number(row.CostUsd)).toBeCloseTo(libraryTotal(fields, "gpt-4o-mini", "openai", at), 12);
  });

  it("Anthropic cache write and read (claude-3-5-sonnet: input $3/M, cache write $3.75/M, cache read $0.30/M, output $15/M)", () => {
    const fields = {
      Provider: "anthropic",
      RequestModel: "claude-3-5-sonnet-20241022",
      InputTokens: 10_000,
      CacheWriteTokens: 6_000,
      CacheReadTokens: 3_000,
      OutputTokens: 800,
    };
    const { row, attrs } = price(fields);
    // uncached 1000 × 3e-6 = 0.003; read 3000 × 0.3e-6 = 0.0009; write 6000 × 3.75e-6 = 0.0225; output 800 × 15e-6 = 0.012
    expect(row.CostUsd).toBe("0.038400000");
    expect(attrs["llmscope.cost.cache_write"]).toBe("0.022500000");
    expect(attrs["llmscope.cost.input"]).toBe("0.003000000");
    expect(Number(row.CostUsd)).toBeCloseTo(libraryTotal(fields, "claude-3-5-sonnet-20241022", "anthropic", at), 12);
  });

  it("Anthropic-style usage with input excluding cache (cache counts larger than input) costs the same", () => {
    const { row } = price({
      Provider: "anthropic",
      RequestModel: "claude-3-5-sonnet-20241022",
      InputTokens: 1_000,
      CacheWriteTokens: 6_000,
      CacheReadTokens: 3_000,
      OutputTokens: 800,
    });
    expect(row.CostUsd).toBe("0.038400000");
  });

  it("Google tiered prices on Vertex (gemini-1.5-flash: input $0.075/M, $0.15/M above 128k; output $0.30/M, $0.60/M above 128k)", () => {
    const small = { Provider: "gcp.vertex_ai", RequestModel: "gemini-1.5-flash", InputTokens: 1_000, OutputTokens: 200 };
    // 1000 × 0.075e-6 = 0.000075; 200 × 0.3e-6 = 0.00006
    expect(price(small).row.CostUsd).toBe("0.000135000");
    const large = { ...small, InputTokens: 200_000, OutputTokens: 1_000 };
    // 200000 × 0.15e-6 = 0.03; 1000 × 0.6e-6 = 0.0006
    expect(price(large).row.CostUsd).toBe("0.030600000");
    expect(Number(price(large).row.CostUsd)).toBeCloseTo(libraryTotal(large, "gemini-1.5-flash", "google", at), 12);
  });

  it("reasoning tokens inside output at the output price (o3-mini: input $1.10/M, output $4.40/M)", () => {
    const { row, attrs } = price({ RequestModel: "o3-mini", InputTokens: 2_000, OutputTokens: 3_000, ReasoningTokens: 2_500 });
    // 2000 × 1.1e-6 = 0.0022; 3000 × 4.4e-6 = 0.0132 (of which reasoning 2500 × 4.4e-6 = 0.011)
    expect(row.CostUsd).toBe("0.015400000");
    expect(attrs["llmscope.cost.output"]).toBe("0.013200000");
    expect(attrs["llmscope.cost.reasoning"]).toBe("0.011000000");
  });

  it("reasoning priced separately (perplexity sonar-deep-research: input $2/M, output $8/M, reasoning $3/M)", () => {
    const { row, attrs } = price({
      Provider: "perplexity",
      RequestModel: "sonar-deep-research",
      InputTokens: 1_000,
      OutputTokens: 5_000,
      ReasoningTokens: 4_000,
    });
    // 1000 × 2e-6 = 0.002; visible 1000 × 8e-6 = 0.008; reasoning 4000 × 3e-6 = 0.012
    expect(row.CostUsd).toBe("0.022000000");
    expect(attrs["llmscope.cost.reasoning"]).toBe("0.012000000");
    const lib = calcPrice({ input_tokens: 1000, output_tokens: 5000, output_reasoning_tokens: 4000 }, "sonar-deep-research", { providerId: "perplexity" });
    expect(Number(row.CostUsd)).toBeCloseTo(lib!.total_price, 12);
  });

  it("Bedrock cross-region inference id (claude-3-7-sonnet on aws: input $3/M, output $15/M)", () => {
    const { row, attrs } = price({
      Provider: "aws.bedrock",
      RequestModel: "us.anthropic.claude-3-7-sonnet-20250219-v1:0",
      InputTokens: 1_000,
      OutputTokens: 100,
    });
    // 1000 × 3e-6 = 0.003; 100 × 15e-6 = 0.0015
    expect(row.CostUsd).toBe("0.004500000");
    expect(attrs["llmscope.price.model"]).toMatch(/^aws\//);
  });

  it("Azure deployment name as request model, priced by the response model (gpt-4o: input $2.50/M, output $10/M)", () => {
    const { row } = price({
      Provider: "azure.ai.openai",
      RequestModel: "prod-chat-deployment",
      ResponseModel: "gpt-4o-2024-08-06",
      InputTokens: 1_000,
      OutputTokens: 100,
    });
    // 1000 × 2.5e-6 = 0.0025; 100 × 10e-6 = 0.001
    expect(row.CostUsd).toBe("0.003500000");
  });

  it("provider/model names without a provider attribute (gpt-4o-mini: $0.15/M in, $0.60/M out)", () => {
    const { row } = price({ Provider: "", RequestModel: "openai/gpt-4o-mini", InputTokens: 1_000_000, OutputTokens: 1_000_000 });
    expect(row.CostUsd).toBe("0.750000000");
  });

  it("date-dependent bundled prices follow the span's start time (o3: $10/$40 per M before 2025-06-10, $2/$8 after)", () => {
    const before = price({ RequestModel: "o3", Timestamp: ts("2025-06-01T00:00:00Z"), InputTokens: 1_000, OutputTokens: 1_000 });
    const after = price({ RequestModel: "o3", Timestamp: ts("2025-06-11T00:00:00Z"), InputTokens: 1_000, OutputTokens: 1_000 });
    expect(before.row.CostUsd).toBe("0.050000000"); // 1000 × 10e-6 + 1000 × 40e-6
    expect(after.row.CostUsd).toBe("0.010000000"); // 1000 × 2e-6 + 1000 × 8e-6
  });

  it("time-of-day prices (deepseek-chat: $0.27/$1.10 per M 00:30–16:30 UTC, $0.135/$0.55 off-peak)", () => {
    const peak = price({
      Provider: "deepseek",
      RequestModel: "deepseek-chat",
      Timestamp: ts("2025-03-01T12:00:00Z"),
      InputTokens: 1_000_000,
      OutputTokens: 1_000_000,
    });
    const offPeak = price({
      Provider: "deepseek",
      RequestModel: "deepseek-chat",
      Timestamp: ts("2025-03-01T20:00:00Z"),
      InputTokens: 1_000_000,
      OutputTokens: 1_000_000,
    });
    expect(peak.row.CostUsd).toBe("1.370000000");
    expect(offPeak.row.CostUsd).toBe("0.685000000");
  });
});

describe("cost processor: unpriced, reported and non-LLM spans", () => {
  it("marks an unknown model unpriced and counts it, never as a silent 0 (no model label: /metrics is open)", () => {
    const metrics = new MetricsRegistry();
    const processor = createCostProcessor({ metrics });
    const { row, attrs } = price({ RequestModel: "acme-private-llm", InputTokens: 100, OutputTokens: 10 }, processor);
    expect(row.CostUnpriced).toBe(1);
    expect(row.CostUsd).toBe("0.000000000");
    expect(row.PriceSource).toBe("");
    expect(attrs["llmscope.cost.unpriced"]).toBe("true");
    expect(attrs["llmscope.cost.usd"]).toBeUndefined();
    expect(attrs["llmscope.cost.unpriced_reason"]).toBe("no_price");
    price({ RequestModel: "acme-private-llm" }, processor);
    const counter = metrics.counter("llmscope_cost_unpriced_spans_total", "");
    expect(counter.get({ reason: "no_price" })).toBe(2);
    expect(metrics.render()).toContain('llmscope_cost_unpriced_spans_total{reason="no_price"} 2');
    expect(metrics.render()).not.toContain("acme-private-llm");
  });

  it("leaves a call whose usage is unknown unpriced, even for a priced model, and says why", () => {
    const metrics = new MetricsRegistry();
    const processor = createCostProcessor({ metrics });
    const { row, attrs } = price({ RequestModel: "gpt-4o-mini", InputTokens: 120, TokensUnknown: 1 }, processor);
    expect(row.CostUnpriced).toBe(1);
    expect(row.CostUsd).toBe("0.000000000");
    expect(attrs["llmscope.cost.unpriced"]).toBe("true");
    expect(attrs["llmscope.cost.unpriced_reason"]).toBe("tokens_unknown");
    expect(metrics.counter("llmscope_cost_unpriced_spans_total", "").get({ reason: "tokens_unknown" })).toBe(1);
    expect(price({ RequestModel: "gpt-4o-mini", InputTokens: 120, OutputTokens: 0 }).row.CostUnpriced).toBe(0);
  });

  it("does not price a self-hosted provider's model at some vendor's list price", () => {
    expect(price({ Provider: "ollama", RequestModel: "llama3.1:8b", InputTokens: 100 }).row.CostUnpriced).toBe(1);
    expect(price({ Provider: "vllm", RequestModel: "gpt-4o-mini", InputTokens: 100 }).row.CostUnpriced).toBe(1);
  });

  it("marks a matched model without a price for the used bucket unpriced (whisper-1 has no token prices)", () => {
    const whisper = price({ RequestModel: "whisper-1", InputTokens: 100 });
    expect(whisper.row.CostUnpriced).toBe(1);
    expect(whisper.attrs["llmscope.cost.unpriced_reason"]).toBe("partial_price");
  });

  it("keeps a provider-reported cost", () => {
    const { row, attrs } = price({ RequestModel: "gpt-4o", InputTokens: 1000, CostUsd: "0.123000000", CostUnpriced: 0, PriceSource: "reported" });
    expect(row.CostUsd).toBe("0.123000000");
    expect(row.PriceSource).toBe("reported");
    expect(attrs["llmscope.cost.usd"]).toBe("0.123000000");
    expect(attrs["llmscope.price.source"]).toBe("reported");
  });

  it("leaves retrieval, prompt and guardrail spans alone", () => {
    for (const SpanType of ["retrieval", "prompt", "guardrail"] as const) {
      const { row, attrs } = price({ SpanType, RequestModel: "" });
      expect(row.CostUsd).toBeUndefined();
      expect(row.CostUnpriced).toBeUndefined();
      expect(attrs).toEqual({});
    }
  });
});

describe("cost processor: overrides file", () => {
  const file = writeOverrides(
    "prices.yaml",
    `models:
  - model: gpt-4o
    provider: openai
    prices:
      input_per_million: 2
      output_per_million: 8
  - model: acme-ft
    aliases: [ft:gpt-4o-mini:acme::x1]
    prices:
      input_per_token: "0.0000003"
      cache_read_per_million: 0.15
      output_per_token: 1.2e-6
  - model: acme-reasoner
    prices:
      input_per_million: 1
      output_per_million: 4
      reasoning_per_million: 2
  - model: claude-3-5-haiku
    provider: anthropic
    prices:
      - effective_until: 2025-01-01
        input_per_million: 0.5
        output_per_million: 2.5
      - effective_from: 2025-01-01
        effective_until: "2025-07-01T00:00:00Z"
        input_per_million: 0.4
        output_per_million: 2
`,
  );
  const processor = createCostProcessor({ overridesFile: file });

  it("replaces a bundled price, including dated snapshots of the model", () => {
    const { row, attrs } = price({ RequestModel: "gpt-4o", ResponseModel: "gpt-4o-2024-08-06", InputTokens: 1_000, OutputTokens: 100 }, processor);
    // 1000 × 2e-6 + 100 × 8e-6 = 0.0028 (bundled would be 0.0035)
    expect(row.CostUsd).toBe("0.002800000");
    expect(row.PriceSource).toBe("overrides:prices.yaml");
    expect(attrs["llmscope.price.source"]).toBe("overrides:prices.yaml");
    expect(attrs["llmscope.price.model"]).toBe("gpt-4o");
  });

  it("only applies a provider-bound entry to that provider", () => {
    const { row } = price({ Provider: "azure.ai.openai", RequestModel: "gpt-4o", InputTokens: 1_000, OutputTokens: 100 }, processor);
    expect(row.PriceSource).toBe("genai-prices@0.1.8");
    expect(row.CostUsd).toBe("0.003500000");
  });

  it("adds a model by alias with per-token prices", () => {
    const { row } = price({ RequestModel: "ft:gpt-4o-mini:acme::x1", InputTokens: 10_000, CacheReadTokens: 4_000, OutputTokens: 1_000 }, processor);
    // 6000 × 0.0000003 = 0.0018; 4000 × 0.15e-6 = 0.0006; 1000 × 1.2e-6 = 0.0012
    expect(row.CostUsd).toBe("0.003600000");
    expect(row.CostUnpriced).toBe(0);
  });

  it("prices reasoning apart when the override gives a reasoning price", () => {
    const { row } = price({ Provider: "", RequestModel: "acme-reasoner", InputTokens: 1_000, OutputTokens: 3_000, ReasoningTokens: 2_000 }, processor);
    // 1000 × 1e-6 + 1000 × 4e-6 + 2000 × 2e-6 = 0.009
    expect(row.CostUsd).toBe("0.009000000");
  });

  it("uses the period covering the span's time, and bundled prices outside every period", () => {
    const base = { Provider: "anthropic", RequestModel: "claude-3-5-haiku", InputTokens: 1_000_000, OutputTokens: 1_000_000 };
    const early = price({ ...base, Timestamp: ts("2024-12-31T23:59:59Z") }, processor);
    const mid = price({ ...base, Timestamp: ts("2025-01-01T00:00:00Z") }, processor);
    const late = price({ ...base, Timestamp: ts("2025-08-01T00:00:00Z") }, processor);
    expect(early.row.CostUsd).toBe("3.000000000"); // 0.5 + 2.5
    expect(mid.row.CostUsd).toBe("2.400000000"); // 0.4 + 2
    expect(late.row.PriceSource).toBe("genai-prices@0.1.8");
    expect(late.row.CostUsd).toBe("4.800000000"); // bundled claude-3-5-haiku: $0.80/M in + $4/M out
  });

  it("rejects invalid files with errors naming the file, the model entry and the key", () => {
    const bad = (name: string, yaml: string) => () => createCostProcessor({ overridesFile: writeOverrides(name, yaml) });
    expect(bad("typo.yaml", "models:\n  - model: m1\n    prices: { imput_per_million: 1 }\n")).toThrow(PriceOverridesError);
    expect(bad("typo.yaml", "models:\n  - model: m1\n    prices: { imput_per_million: 1, output_per_million: 1 }\n")).toThrow(
      /typo\.yaml: models\[0\] \(m1\)\.prices: Unrecognized key: "imput_per_million"/,
    );
    expect(bad("both.yaml", "models:\n  - model: m2\n    prices: { input_per_million: 1, input_per_token: 0.000001 }\n")).toThrow(
      /both\.yaml: models\[0\] \(m2\)\.prices\.input_per_token: give input_per_million or input_per_token, not both/,
    );
    expect(bad("neg.yaml", "models:\n  - model: ok\n    prices: { input_per_million: 1 }\n  - model: m3\n    prices: { input_per_million: -1 }\n")).toThrow(
      /neg\.yaml: models\[1\] \(m3\)\.prices\.input_per_million: expected a non-negative price such as 0\.15 or "2\.5e-6", got -1/,
    );
    expect(bad("date.yaml", "models:\n  - model: m4\n    prices:\n      - effective_from: soon\n        input_per_million: 1\n")).toThrow(
      /date\.yaml: models\[0\] \(m4\)\.prices\[0\]\.effective_from: expected an ISO date/,
    );
    expect(bad("yaml.yaml", "models: [\n")).toThrow(/yaml\.yaml: not valid YAML/);
    expect(() => createCostProcessor({ overridesFile: path.join(dir, "missing.yaml") })).toThrow(/missing\.yaml: cannot read it/);
  });

  it("accepts the shipped example file", () => {
    const example = path.resolve(__dirname, "../../../../prices.example.yaml");
    const { row } = price(
      { RequestModel: "meta-llama/Llama-3.1-70B-Instruct", Provider: "", InputTokens: 1_000, OutputTokens: 1_000 },
      createCostProcessor({ overridesFile: example }),
    );
    // 1000 × 0.00000018 + 1000 × 0.00000036
    expect(row.CostUsd).toBe("0.000540000");
  });
});
