/** The explorer's JSON API (docs/api.md). The session cookie travels with every same-origin request. */

export class LoginRequired extends Error {}

export class ApiError extends Error {}

export async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { credentials: "same-origin", headers: { accept: "application/json" } });
  const body = (await res.json().catch(() => ({}))) as { error?: string; login?: boolean };
  if (res.status === 401) throw new LoginRequired(body.error ?? "token required");
  if (!res.ok) throw new ApiError(body.error ?? `HTTP ${res.status}`);
  return body as T;
}

export async function login(token: string): Promise<string | undefined> {
  const res = await fetch("/api/login", {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token }),
  });
  if (res.ok) return undefined;
  const body = (await res.json().catch(() => ({}))) as { error?: string };
  return body.error ?? `HTTP ${res.status}`;
}

export async function logout(): Promise<void> {
  await fetch("/api/logout", { method: "POST", credentials: "same-origin" });
}

export interface ExplorerConfig {
  auth_required: boolean;
  grafana_url: string | null;
}

// The list's wire shape is the server's own type (a type-only import: nothing of the server reaches the page).
export type { TraceListRow as TraceRow, TraceListPage as TraceList } from "../../src/surface/explorer/list.js";

export interface OverviewRow {
  t: string;
  traces: number;
  errors: number;
  error_rate: number;
  cost_usd: number;
  llm_calls: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
}

export interface Overview {
  from_ms: number;
  to_ms: number;
  bucket_seconds: number;
  total: OverviewRow;
  buckets: OverviewRow[];
}

export interface Message {
  role: string;
  content: string;
  finishReason?: string;
}

export interface SpanContent {
  systemInstructions?: string;
  inputMessages?: Message[];
  outputMessages?: Message[];
  promptTemplate?: string;
  promptVariables?: Record<string, string>;
  retrievalQuery?: string;
  retrievalDocuments?: { id?: string; score?: number; content?: string }[];
  guardrailContent?: string;
  inputText?: string;
  outputText?: string;
}

export interface ScoreRow {
  SpanId: string;
  time_us: number;
  name: string;
  value: number | null;
  label: string;
  explanation: string;
  source: string;
  user_id: string;
}

export interface GenAi {
  span_type: string;
  operation: string;
  provider: string;
  request_model: string;
  response_model: string;
  ttfc_ms: number;
  is_stream: number;
  error_type: string;
  input_tokens: number;
  output_tokens: number;
  cache_read_tokens: number;
  cache_write_tokens: number;
  reasoning_tokens: number;
  finish_reasons: string[];
  prompt_name: string;
  prompt_version: string;
  prompt_variant: string;
  user_id: string;
  session_id: string;
  data_source: string;
  documents: number;
  guardrail_name: string;
  guardrail_decision: string;
  guardrail_triggered: number;
  guardrail_categories: string[];
  cost_usd: number;
  unpriced: number;
  price_source: string;
  pii_types: string[];
  pii_count: number;
  injection_score: number;
  injection_flagged: number;
  quality: Record<string, number>;
}

export interface Span {
  SpanId: string;
  ParentSpanId: string;
  start_us: number;
  duration_ns: number;
  name: string;
  kind: string;
  service: string;
  scope: string;
  status: string;
  status_message: string;
  attributes: Record<string, string>;
  resource: Record<string, string>;
  depth: number;
  events: { time_us: number; name: string; attributes: Record<string, string> }[];
  genai: GenAi | null;
  content: SpanContent | null;
  scores: ScoreRow[];
}

export interface Trace {
  trace_id: string;
  start_us: number;
  duration_ms: number;
  spans: Span[];
  trace_scores: ScoreRow[];
  truncated: boolean;
}

export interface SessionTrace {
  TraceId: string;
  start_us: number;
  root_span: string;
  duration_ms: number;
  llm_calls: number;
  tokens: number;
  cost_usd: number;
  status: string;
  user_id: string;
  score_names: string[];
  score_means: number[];
}

export interface Facets {
  services: string[];
  models: string[];
  prompts: { prompt_name: string }[];
}
