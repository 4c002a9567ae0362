/** The GenAI client metrics (histograms) the instrumentation records, and their attribute. */
export const METRIC_OPERATION_DURATION = "gen_ai.client.operation.duration";
export const METRIC_TOKEN_USAGE = "gen_ai.client.token.usage";
export const ATTR_TOKEN_TYPE = "gen_ai.token.type";
/** Semconv's advised bucket boundaries: seconds for the duration, token counts for the usage. */
export const OPERATION_DURATION_BUCKETS = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92];
export const TOKEN_USAGE_BUCKETS = [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864];
