import { z } from "zod";
import { JudgeConfigSchema } from "../enrich/judge/config";
import { ReceiverLimitsSchema } from "../ingest/receiver/config";
import { LOG_FORMATS, LOG_LEVELS } from "../telemetry/log";

const positiveInt = () => z.coerce.number().int().positive();

/** "true"/"false" from the environment, booleans from a file; z.coerce.boolean would read "false" as true. */
const flag = (fallback: boolean) =>
  z
    .union([z.boolean(), z.enum(["true", "false", "1", "0"])])
    .transform((v) => v === true || v === "true" || v === "1")
    .default(fallback);

export const ConfigSchema = z
  .object({
    host: z.string().min(1).default("127.0.0.1"),
    port: z.coerce.number().int().min(0).max(65535).default(4318),
    authToken: z.string().min(1).optional(),
    dataDir: z.string().min(1).default("./data"),
    store: z
      .object({
        clickhouseUrl: z.url({ protocol: /^https?$/ }).optional(),
        username: z.string().default("default"),
        password: z.string().default(""),
        database: z
          .string()
          .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "a plain identifier (letters, digits, _)")
          .default("llmscope"),
        ttlDays: positiveInt().default(30),
        cluster: z
          .object({ name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, "a cluster name") })
          .strict()
          .optional(),
      })
      .strict()
      .prefault({}),
    batch: z
      .object({
        flushSpans: positiveInt().default(20_000),
        flushIntervalMs: positiveInt().default(1000),
        capacitySpans: positiveInt().default(100_000),
        capacityBytes: positiveInt().default(128 * 1024 ** 2),
        retryAfterSeconds: positiveInt().default(1),
      })
      .strict()
      .prefault({}),
    spool: z
      .object({
        maxBytes: positiveInt().default(1024 ** 3),
        replayIntervalMs: positiveInt().default(5000),
      })
      .strict()
      .prefault({}),
    durability: z.enum(["wal", "memory"]).default("wal"),
    wal: z
      .object({
        maxBytes: positiveInt().default(1024 ** 3),
        segmentBytes: positiveInt().default(8 * 1024 ** 2),
      })
      .strict()
      .prefault({}),
    dedup: z
      .object({ windowSpans: positiveInt().default(200_000) })
      .strict()
      .prefault({}),
    receiver: ReceiverLimitsSchema.prefault({}),
    pii: z
      .object({ policy: z.enum(["flag", "redact", "drop"]).default("redact") })
      .strict()
      .prefault({}),
    injection: z
      .object({
        threshold: z.coerce.number().min(0).max(1).default(0.5),
        model: flag(true),
        onnx: z
          .object({
            dir: z.string().min(1).optional(),
            label: z.string().min(1).optional(),
            threshold: z.coerce.number().gt(0).max(1).default(0.5),
            maxTokens: z.coerce.number().int().min(8).max(65536).optional(),
            overlapTokens: z.coerce.number().int().min(0).default(64),
            batchSize: z.coerce.number().int().min(1).max(256).default(8),
            threads: z.coerce.number().int().min(1).max(64).default(1),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    cost: z
      .object({ enabled: flag(true), pricesFile: z.string().min(1).optional() })
      .strict()
      .prefault({}),
    quality: z
      .object({ enabled: flag(true) })
      .strict()
      .prefault({}),
    judge: JudgeConfigSchema.optional(),
    stats: z
      .object({ maxSeries: positiveInt().default(1000) })
      .strict()
      .prefault({}),
    drift: z
      .object({
        enabled: flag(true),
        windowMinutes: z.coerce.number().int().min(1).max(1440).default(60),
        baseline: z.enum(["previous_24h", "same_hour_7d"]).default("previous_24h"),
        intervalMs: positiveInt().default(300_000),
        psiWarn: z.coerce.number().positive().default(0.1),
        psiAlert: z.coerce.number().positive().default(0.25),
      })
      .strict()
      .prefault({}),
    alerts: z
      .object({ enabled: flag(true), file: z.string().min(1).optional() })
      .strict()
      .prefault({}),
    explorer: z
      .object({
        enabled: flag(true),
        grafanaUrl: z.url({ protocol: /^https?$/, error: "an http(s) URL such as http://localhost:3000" }).optional(),
      })
      .strict()
      .prefault({}),
    shutdownTimeoutMs: positiveInt().default(30_000),
    log: z
      .object({ level: z.enum(LOG_LEVELS).default("info"), format: z.enum(LOG_FORMATS).default("text") })
      .strict()
      .prefault({}),
  })
  .strict()
  .refine((c) => !c.store.cluster || c.store.clickhouseUrl, {
    message: "a cluster needs a ClickHouse server URL (LLMSCOPE_CLICKHOUSE_URL); the embedded chDB is a single node",
    path: ["store", "cluster", "name"],
  });

export type Config = z.infer<typeof ConfigSchema>;
