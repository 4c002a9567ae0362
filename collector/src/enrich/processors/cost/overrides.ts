import { readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { z } from "zod";
import { canonicalProvider } from "./bundled";
import { perMillionToAtto, perTokenToAtto } from "./decimal";
import type { ModelPrices, PriceMatch } from "./prices";
import { LlmscopeError } from "@llmscope/semconv";

/**
 * The user's price overrides file (prices.yaml): adds models the bundled data lacks (fine-tuned,
 * self-hosted) or replaces bundled prices (negotiated rates). Format: collector/prices.example.yaml.
 * An override applies to a span when its model name or an alias equals the span's response or
 * request model (case-insensitive; a `provider/` prefix and a dated snapshot suffix such as
 * -2024-07-18 or -20240718 are also tried without), its provider (if given) is the span's, and one of
 * its price periods covers the span's start time. It then replaces the bundled price entirely: a
 * bucket it leaves out falls back like a bundled one (cache → input price, reasoning → output price).
 */

const DECIMAL_TEXT = /^\d+(\.\d*)?(e[+-]?\d+)?$/i;
const Amount = z.unknown().transform((value, ctx) => {
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return value;
  if (typeof value === "string" && DECIMAL_TEXT.test(value.trim())) return value.trim();
  ctx.addIssue({ code: "custom", message: `expected a non-negative price such as 0.15 or "2.5e-6", got ${JSON.stringify(value)}` });
  return z.NEVER;
});

const DateLike = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const date = value instanceof Date ? value : new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: "custom", message: `expected an ISO date (2025-01-31) or date-time, got ${JSON.stringify(value)}` });
    return z.NEVER;
  }
  return date;
});

const BUCKETS = ["input", "output", "cache_read", "cache_write", "reasoning"] as const;
type Bucket = (typeof BUCKETS)[number];

const PricePeriod = z
  .object({
    input_per_million: Amount.optional(),
    input_per_token: Amount.optional(),
    output_per_million: Amount.optional(),
    output_per_token: Amount.optional(),
    cache_read_per_million: Amount.optional(),
    cache_read_per_token: Amount.optional(),
    cache_write_per_million: Amount.optional(),
    cache_write_per_token: Amount.optional(),
    reasoning_per_million: Amount.optional(),
    reasoning_per_token: Amount.optional(),
    effective_from: DateLike.optional(),
    effective_until: DateLike.optional(),
  })
  .strict()
  .superRefine((period, ctx) => {
    for (const bucket of BUCKETS) {
      if (period[`${bucket}_per_million`] !== undefined && period[`${bucket}_per_token`] !== undefined) {
        ctx.addIssue({ code: "custom", path: [`${bucket}_per_token`], message: `give ${bucket}_per_million or ${bucket}_per_token, not both` });
      }
    }
    const has = (b: Bucket) => period[`${b}_per_million`] !== undefined || period[`${b}_per_token`] !== undefined;
    if (!has("input") && !has("output")) {
      ctx.addIssue({ code: "custom", message: "a price period needs at least an input or an output price" });
    }
    if (period.effective_from && period.effective_until && period.effective_until <= period.effective_from) {
      ctx.addIssue({ code: "custom", path: ["effective_until"], message: "must be later than effective_from" });
    }
  });

const Entry = z
  .object({
    model: z.string().trim().min(1, "expected a model name"),
    aliases: z.array(z.string().trim().min(1, "expected a model name")).default([]),
    provider: z.string().trim().min(1, "expected a provider name such as openai").optional(),
    /** One price set or a list of periods; a single set is read as a one-period list. */
    prices: z.preprocess((v) => (Array.isArray(v) ? v : [v]), z.array(PricePeriod).min(1, "expected at least one price period")),
  })
  .strict();

const OverridesFile = z.object({ models: z.array(Entry) }).strict();

interface Period {
  from?: Date;
  until?: Date;
  prices: ModelPrices;
}

interface Override {
  model: string;
  names: Set<string>;
  /** Canonical provider id (or the lower-cased name when the bundled data does not know it). */
  provider?: string;
  periods: Period[];
}

/** A problem with the overrides file; the message names the file, the model entry and the key. */
export class PriceOverridesError extends LlmscopeError {
  constructor(message: string) {
    super("config", message);
  }
}

export class PriceOverrides {
  readonly source: string;

  private constructor(
    readonly file: string,
    private readonly entries: Override[],
  ) {
    this.source = `overrides:${path.basename(file)}`;
  }

  /** Reads and validates the file; throws PriceOverridesError naming the file/model/key on any problem. */
  static load(file: string): PriceOverrides {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (err) {
      throw new PriceOverridesError(`prices overrides file ${file}: cannot read it (${(err as Error).message})`);
    }
    return PriceOverrides.parse(text, file);
  }

  static parse(text: string, file: string): PriceOverrides {
    let raw: unknown;
    try {
      raw = YAML.parse(text);
    } catch (err) {
      throw new PriceOverridesError(`prices overrides file ${file}: not valid YAML (${(err as Error).message})`);
    }
    const parsed = OverridesFile.safeParse(raw ?? { models: [] });
    if (!parsed.success) throw new PriceOverridesError(describe(parsed.error, raw, file));
    return new PriceOverrides(
      file,
      parsed.data.models.map((entry) => toOverride(entry)),
    );
  }

  get size(): number {
    return this.entries.length;
  }

  /** The first entry (in file order) that applies to the span; see the module comment. */
  lookup(provider: string, models: readonly string[], at: Date): PriceMatch | undefined {
    const names = models.flatMap(nameVariants);
    const spanProviders = new Set<string>();
    const own = providerKey(provider);
    if (own) spanProviders.add(own);
    for (const model of models) {
      const slash = model.indexOf("/");
      const prefix = slash > 0 ? providerKey(model.slice(0, slash)) : undefined;
      if (prefix) spanProviders.add(prefix);
    }
    for (const entry of this.entries) {
      if (entry.provider && !spanProviders.has(entry.provider)) continue;
      if (!names.some((n) => entry.names.has(n))) continue;
      const period = entry.periods.find((p) => (!p.from || at >= p.from) && (!p.until || at < p.until));
      if (period) return { prices: period.prices, source: this.source, model: entry.model };
    }
    return undefined;
  }
}

function providerKey(name: string): string | undefined {
  const lower = name.trim().toLowerCase();
  return lower ? (canonicalProvider(lower) ?? lower) : undefined;
}

const SNAPSHOT = /-(?:20\d{2}-\d{2}-\d{2}|20\d{6})$/;

function nameVariants(model: string): string[] {
  const lower = model.trim().toLowerCase();
  if (!lower) return [];
  const out = [lower];
  const slash = lower.indexOf("/");
  if (slash > 0) out.push(lower.slice(slash + 1));
  for (const name of [...out]) if (SNAPSHOT.test(name)) out.push(name.replace(SNAPSHOT, ""));
  return out;
}

type EntryInput = z.infer<typeof Entry>;
type PeriodInput = z.infer<typeof PricePeriod>;

function toOverride(entry: EntryInput): Override {
  const periods = entry.prices.map((p) => toPeriod(p, entry.model));
  return {
    model: entry.model,
    names: new Set([entry.model, ...entry.aliases].map((n) => n.toLowerCase())),
    ...(entry.provider && { provider: providerKey(entry.provider) }),
    periods,
  };
}

const FIELD: Record<Bucket, keyof ModelPrices> = {
  input: "input",
  output: "output",
  cache_read: "cacheRead",
  cache_write: "cacheWrite",
  reasoning: "reasoning",
};

function toPeriod(period: PeriodInput, model: string): Period {
  const prices: ModelPrices = {};
  for (const bucket of BUCKETS) {
    const perMillion = period[`${bucket}_per_million`];
    const perToken = period[`${bucket}_per_token`];
    const what = `model ${model} ${bucket}`;
    if (perMillion !== undefined) prices[FIELD[bucket]] = { kind: "flat", atto: perMillionToAtto(perMillion, what) };
    else if (perToken !== undefined) prices[FIELD[bucket]] = { kind: "flat", atto: perTokenToAtto(perToken, what) };
  }
  return { ...(period.effective_from && { from: period.effective_from }), ...(period.effective_until && { until: period.effective_until }), prices };
}

function describe(error: z.ZodError, raw: unknown, file: string): string {
  const problems = error.issues.map((issue) => {
    const where = issue.path.length ? pathText(issue.path, raw) : "(top level)";
    return `${where}: ${issue.message}`;
  });
  return `prices overrides file ${file}: ${problems.join("; ")}`;
}

/**
 * "models[1] (gpt-4o).prices[0].input_per_million": the entry's model name added when there is one,
 * and no period index when the file gave a single price set rather than a list.
 */
function pathText(issuePath: readonly PropertyKey[], raw: unknown): string {
  const entry =
    issuePath[0] === "models" && typeof issuePath[1] === "number"
      ? (raw as { models?: { model?: unknown; prices?: unknown }[] } | null)?.models?.[issuePath[1]]
      : undefined;
  let text = "";
  for (const [i, key] of issuePath.entries()) {
    if (i === 3 && issuePath[2] === "prices" && key === 0 && entry && !Array.isArray(entry.prices)) continue;
    text += typeof key === "number" ? `[${key}]` : `${text ? "." : ""}${String(key)}`;
    if (i === 1 && typeof entry?.model === "string") text += ` (${entry.model})`;
  }
  return text;
}
