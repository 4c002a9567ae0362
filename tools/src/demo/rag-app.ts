/**
 * The demo application: a small retrieval-augmented support assistant instrumented with llmscope.
 * Each request is one trace: render_prompt > retrieval, input guardrail, LLM call (real `openai` SDK), output guardrail.
 */
import { forceFlush, register, traceGuardrail, traceLlmCall, traceRetrieval, withContext, withPrompt } from "llmscope";
import OpenAI from "openai";
import { searchArticles } from "./corpus";
import { startFakeOpenAI } from "./fake-openai-server";
import { type GuardrailResult, redactOutput, screenInput, screenOutput } from "./guardrails";
import { ARTICLES_PLACEHOLDER, type DemoRequest, TrafficPlan } from "./traffic";

export interface RunDemoOptions {
  /** OTLP/HTTP base URL of the llmscope collector, e.g. http://localhost:4318 (spans go to its /v1/traces). */
  collectorUrl: string;
  /** Number of requests (one trace each). */
  traces: number;
  /** Requests in flight at once. Default 8. */
  concurrency?: number;
  /** Speed of the built-in fake OpenAI server: 1 is real-world latency, 0.01 a hundred times faster. Default 1. */
  latencyScale?: number;
  /** Share of model calls the built-in fake server fails with 429/500. Default 0.02. */
  failureRate?: number;
  /** Seed for the traffic and the fake server. Default 42. */
  seed?: number;
  /** Base URL (without /v1) of an already running fake OpenAI server; when set, latencyScale and failureRate are that server's business. */
  openaiBaseUrl?: string;
  /** OTLP encoding. Default: the llmscope default (http/protobuf unless OTEL_EXPORTER_OTLP_PROTOCOL says otherwise). */
  protocol?: "http/protobuf" | "http/json";
  /** Record prompts, answers and retrieved documents on spans. The data is synthetic, so default true. */
  captureContent?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface DemoResult {
  /** Requests sent, one trace each. */
  traces: number;
  /** Requests that ended in an error (recorded as ERROR spans). */
  errors: number;
}

const DATA_SOURCE = "help-center";
const TOP_K = 4;
const SCORE_THRESHOLD = 0.2;
const BLOCKED_REPLY = "Sorry, I can't help with that request.";

interface RequestContext {
  client: OpenAI;
  serverAddress: string;
  serverPort: number;
}

function validate(opts: RunDemoOptions): void {
  if (!Number.isInteger(opts.traces) || opts.traces < 0) throw new Error(`runDemo: traces must be a non-negative integer, got ${opts.traces}`);
  const concurrency = opts.concurrency ?? 8;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`runDemo: concurrency must be a positive integer, got ${concurrency}`);
  try {
    new URL(opts.collectorUrl);
  } catch {
    throw new Error(`runDemo: collectorUrl must be an absolute URL like http://localhost:4318, got "${opts.collectorUrl}"`);
  }
}

/** register() takes the full traces URL; the demo is given the collector's base URL, like OTEL_EXPORTER_OTLP_ENDPOINT. */
function tracesUrl(collectorUrl: string): string {
  const base = collectorUrl.replace(/\/+$/, "");
  return base.endsWith("/v1/traces") ? base : `${base}/v1/traces`;
}

/**
 * Sends `traces` demo requests to the collector and flushes them. Failed requests are counted, not thrown.
 * Calls llmscope's register(), which sets tracing up once per process: a second runDemo in the same
 * process keeps the first call's collector URL, protocol and content setting.
 */
export async function runDemo(opts: RunDemoOptions): Promise<DemoResult> {
  validate(opts);
  const seed = opts.seed ?? 42;
  register({
    endpoint: tracesUrl(opts.collectorUrl),
    serviceName: "llmscope-demo",
    captureContent: opts.captureContent ?? true,
    ...(opts.protocol ? { protocol: opts.protocol } : {}),
  });

  const ownServer =
    opts.openaiBaseUrl === undefined
      ? await startFakeOpenAI({ seed, latency: { scale: opts.latencyScale ?? 1 }, failureRate: opts.failureRate ?? 0.02 })
      : undefined;
  const baseUrl = new URL(opts.openaiBaseUrl ?? ownServer!.url);
  const ctx: RequestContext = {
    // No retries: an injected 429/500 should show up as an ERROR span, not be hidden by a retry.
    client: new OpenAI({ baseURL: `${baseUrl.origin}/v1`, apiKey: "demo-key", maxRetries: 0 }),
    serverAddress: baseUrl.hostname,
    serverPort: Number(baseUrl.port) || (baseUrl.protocol === "https:" ? 443 : 80),
  };

  const plan = new TrafficPlan(seed);
  let started = 0;
  let done = 0;
  let errors = 0;
  const worker = async (): Promise<void> => {
    while (started < opts.traces) {
      started++;
      const request = plan.next();
      try {
        await handleRequest(ctx, request);
      } catch {
        errors++;
      }
      done++;
      opts.onProgress?.(done, opts.traces);
    }
  };

  try {
    await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 8, Math.max(1, opts.traces)) }, worker));
  } finally {
    await ownServer?.close();
    await forceFlush();
  }
  return { traces: done, errors };
}

/** One customer question, answered end to end inside the user's context. */
function handleRequest(ctx: RequestContext, req: DemoRequest): Promise<string> {
  return withContext({ userId: req.user.id, sessionId: req.sessionId, tags: { plan: req.user.plan } }, () =>
    withPrompt(
      {
        name: "support-answer",
        version: req.prompt.version,
        variant: req.prompt.variant,
        template: req.prompt.template,
        variables: { question: req.question, plan: req.user.plan },
      },
      async (rendered) => {
        const articles = await traceRetrieval(
          { dataSourceId: DATA_SOURCE, topK: TOP_K, dbSystem: "in-memory", collection: "articles", query: req.question, scoreThreshold: SCORE_THRESHOLD },
          async (span) => {
            const docs = searchArticles(req.question, TOP_K, SCORE_THRESHOLD);
            span.setDocuments(docs);
            return docs;
          },
        );

        const input = await screen("input-screen", "input", "support-input-v1", req.question, screenInput);
        if (input.decision === "block") return BLOCKED_REPLY;

        // withPrompt filled in the question and plan; the articles are only known after retrieval.
        const articleText = articles.map((a) => `[${a.id}] ${a.content}`).join("\n") || "(no matching articles)";
        const userMessage = (rendered.text ?? req.prompt.template).replace(ARTICLES_PLACEHOLDER, () => articleText);
        const answer = await callModel(ctx, req, userMessage);

        const output = await screen("output-screen", "output", "support-output-v1", answer, screenOutput);
        return output.decision === "redact" ? redactOutput(answer) : answer;
      },
    ),
  );
}

function screen(
  name: string,
  stage: "input" | "output",
  policyId: string,
  content: string,
  check: (text: string) => GuardrailResult,
): Promise<GuardrailResult> {
  return traceGuardrail({ name, stage, policyId, content }, async (span) => {
    const result = check(content);
    span.setResult(result);
    return result;
  });
}

type Usage = OpenAI.Completions.CompletionUsage;

function usageOf(usage: Usage | null | undefined) {
  if (!usage) return undefined;
  return {
    inputTokens: usage.prompt_tokens,
    outputTokens: usage.completion_tokens,
    cacheReadTokens: usage.prompt_tokens_details?.cached_tokens,
    reasoningTokens: usage.completion_tokens_details?.reasoning_tokens,
  };
}

/** The chat call through the real SDK, plain or streamed, wrapped in an LLM span. */
function callModel(ctx: RequestContext, req: DemoRequest, userMessage: string): Promise<string> {
  const reasoning = req.model.startsWith("o");
  const maxTokens = reasoning ? 1500 : 400;
  const temperature = reasoning ? undefined : 0.2;
  const messages = [
    { role: "system" as const, content: req.prompt.system },
    { role: "user" as const, content: userMessage },
  ];
  const params = {
    model: req.model,
    messages,
    ...(reasoning ? { max_completion_tokens: maxTokens } : { max_tokens: maxTokens, temperature }),
  };

  return traceLlmCall(
    {
      provider: "openai",
      model: req.model,
      operation: "chat",
      maxTokens,
      ...(temperature !== undefined ? { temperature } : {}),
      stream: req.stream,
      serverAddress: ctx.serverAddress,
      serverPort: ctx.serverPort,
      systemInstructions: req.prompt.system,
      inputMessages: [{ role: "user", content: userMessage }],
    },
    async (span) => {
      if (!req.stream) {
        const res = await ctx.client.chat.completions.create(params);
        const content = res.choices[0]?.message.content ?? "";
        const finishReasons = res.choices.map((c) => c.finish_reason);
        span.setResponse({
          id: res.id,
          model: res.model,
          finishReasons,
          usage: usageOf(res.usage),
          outputMessages: [{ role: "assistant", content, ...(finishReasons[0] ? { finishReason: finishReasons[0] } : {}) }],
        });
        return content;
      }

      const stream = await ctx.client.chat.completions.create({ ...params, stream: true, stream_options: { include_usage: true } });
      let first = true;
      let id: string | undefined;
      let model: string | undefined;
      let content = "";
      let finishReason: string | undefined;
      let usage: Usage | null | undefined;
      for await (const chunk of stream) {
        if (first) {
          span.markFirstChunk();
          first = false;
        }
        id = chunk.id;
        model = chunk.model;
        const choice = chunk.choices[0];
        content += choice?.delta.content ?? "";
        finishReason = choice?.finish_reason ?? finishReason;
        if (chunk.usage) usage = chunk.usage;
      }
      span.setResponse({
        id,
        model,
        ...(finishReason ? { finishReasons: [finishReason] } : {}),
        usage: usageOf(usage),
        outputMessages: [{ role: "assistant", content, ...(finishReason ? { finishReason } : {}) }],
      });
      return content;
    },
  );
}
