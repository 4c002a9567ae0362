import { z } from "zod";

/** A query-string value: one string (repeated or nested parameters are refused). */
const text = (max: number) => z.string({ error: "expected one value" }).max(max, `at most ${max} characters`);
const time = text(40).regex(/^(now(-\d+[smhd])?|\d{10,}|\d{4}-\d{2}-\d{2}.*)$/, "expected a time: ISO 8601, epoch milliseconds, now or now-<n><s|m|h|d>");
const flag = z.enum(["0", "1", "true", "false"], { error: "expected 0/1 or true/false" }).transform((v) => (v === "1" || v === "true" ? "1" : "0"));
const nonNegative = text(30).regex(/^\d+(\.\d+)?$/, "expected a non-negative number");

export const SORT_KEYS = ["start", "name", "duration", "spans", "llm_calls", "tokens", "cost", "flags"] as const;

/** The filters shared by the list and the overview. */
const FilterShape = {
  from: time.default("now-1h"),
  to: time.default("now"),
  service: text(256).optional(),
  model: text(256).optional(),
  prompt_name: text(256).optional(),
  prompt_version: text(64).optional(),
  user: text(256).optional(),
  session: text(256).optional(),
  status: z.enum(["", "Ok", "Error"], { error: 'expected "Ok", "Error" or empty' }).optional(),
  has_pii: flag.optional(),
  has_injection: flag.optional(),
  has_block: flag.optional(),
  min_duration_ms: nonNegative.optional(),
  min_cost_usd: nonNegative.optional(),
};

export const TraceListParams = z
  .object({
    ...FilterShape,
    sort: z.enum(SORT_KEYS, { error: `expected one of ${SORT_KEYS.join(", ")}` }).default("start"),
    order: z.enum(["asc", "desc"], { error: 'expected "asc" or "desc"' }).default("desc"),
    limit: text(4)
      .regex(/^\d+$/, "expected an integer")
      .refine((v) => Number(v) >= 1 && Number(v) <= 500, "expected 1–500")
      .default("50"),
    offset: text(9).regex(/^\d+$/, "expected a non-negative integer").default("0"),
  })
  .strict();

export const OverviewParams = z.object(FilterShape).strict();

export const TraceIdParam = z
  .string()
  .regex(/^[0-9a-fA-F]{32}$/, "expected a trace id: 32 hex characters")
  .transform((id) => id.toLowerCase());

export const SessionParams = z
  .object({
    from: time.default("now-30d"),
    to: time.default("now"),
    limit: text(4)
      .regex(/^\d+$/, "expected an integer")
      .refine((v) => Number(v) >= 1 && Number(v) <= 5000, "expected 1–5000")
      .default("500"),
  })
  .strict();

export type TraceListInput = z.output<typeof TraceListParams>;
export type OverviewInput = z.output<typeof OverviewParams>;

/** Validated filters as the SQL's raw parameters (strings; bindParams types and binds them). */
export function filterParams(input: OverviewInput): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) if (value !== undefined && value !== "") raw[key] = value;
  return raw;
}

export function listParams(input: TraceListInput): Record<string, string> {
  const { sort, order, ...rest } = input;
  return { ...filterParams(rest), sort, descending: order === "desc" ? "1" : "0" };
}

/** The first problem, as "parameter: what was expected". */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue?.code === "unrecognized_keys") return `unknown parameter(s) ${issue.keys.join(", ")}`;
  return `${issue?.path.join(".") || "query"}: ${issue?.message ?? "invalid"}`;
}

/** Chart buckets: about 60 over the range, rounded to a whole number of seconds (at least 1). */
export function bucketSeconds(fromMs: number, toMs: number): number {
  const steps = [1, 5, 10, 30, 60, 300, 600, 1800, 3600, 10800, 21600, 43200, 86400];
  const wanted = Math.max(1, (toMs - fromMs) / 1000 / 60);
  return steps.find((s) => s >= wanted) ?? 86400;
}
