/**
 * A local stand-in for the OpenAI REST API, good enough for the real `openai` SDK: chat completions
 * (plain and streamed as server-sent events) and embeddings, with realistic, seeded latency, usage
 * and failures. It only ever listens on 127.0.0.1.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { PromptCache, generateCompletion, isRecord, streamPieces } from "./fake-completion";
import { embeddings } from "./fake-embeddings";
import { HttpError, optionalPositiveInt, parseJson, readBody, requireMessages, requireString, responseHeaders, sendJson } from "./fake-http";
import { type ChatModelProfile, findModel, knownModelNames } from "./fake-openai-models";
import { Random, hashString } from "./random";

export interface FakeOpenAIOptions {
  /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  latency?: {
    /** Multiplies every simulated delay: 1 (default) is real-world pace, 0.01 is a hundred times faster, 0 answers at once. */
    scale?: number;
  };
  /** Seed for every random choice; the same seed and requests give the same responses. Default 42. */
  seed?: number;
  /** Fraction (0–1) of requests answered with an injected OpenAI-shaped error instead. Default 0. */
  failureRate?: number;
  /** HTTP statuses injected failures draw from. Default [429, 500]. */
  failureStatuses?: readonly InjectedStatus[];
}

export type InjectedStatus = 429 | 500 | 503;

export interface FakeOpenAI {
  /** Base URL without the `/v1` suffix, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Requests received so far, including failed ones. */
  readonly requests: number;
  close(): Promise<void>;
}

const STREAM_TTFT_SHARE = 0.3;
/** Stream chunks are flushed together until at least this much delay has accrued, like real network bursts. */
const MIN_STREAM_SLEEP_MS = 8;

const INJECTED_ERRORS: Record<InjectedStatus, { message: (model: string) => string; type: string; code: string | null }> = {
  429: {
    message: (model) =>
      `Rate limit reached for ${model} in organization org-demo on requests per min (RPM): Limit 500, Used 500, Requested 1. Please try again in 120ms.`,
    type: "requests",
    code: "rate_limit_exceeded",
  },
  500: {
    message: () => "The server had an error while processing your request. Sorry about that!",
    type: "server_error",
    code: null,
  },
  503: {
    message: () => "The engine is currently overloaded, please try again later.",
    type: "server_error",
    code: null,
  },
};

function validateOptions(opts: FakeOpenAIOptions): void {
  const scale = opts.latency?.scale ?? 1;
  if (!Number.isFinite(scale) || scale < 0) throw new Error(`startFakeOpenAI: latency.scale must be a number >= 0, got ${scale}`);
  const rate = opts.failureRate ?? 0;
  if (!(rate >= 0 && rate <= 1)) throw new Error(`startFakeOpenAI: failureRate must be between 0 and 1, got ${rate}`);
  if (opts.failureStatuses !== undefined && opts.failureStatuses.length === 0) {
    throw new Error("startFakeOpenAI: failureStatuses must list at least one status (429, 500 or 503), got an empty list");
  }
}

/** Starts the fake server on 127.0.0.1 and resolves once it is listening. */
export async function startFakeOpenAI(opts: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  validateOptions(opts);
  const scale = opts.latency?.scale ?? 1;
  const seed = opts.seed ?? 42;
  const failureRate = opts.failureRate ?? 0;
  const failureStatuses = opts.failureStatuses ?? [429, 500];
  const cache = new PromptCache();
  const occurrences = new Map<number, number>();
  const sleeps = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  let requests = 0;
  let closed = false;

  const sleep = (ms: number): Promise<void> => {
    const delay = ms * scale;
    if (delay < 1) return Promise.resolve();
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          sleeps.delete(entry);
          resolve();
        }, delay),
        resolve,
      };
      sleeps.add(entry);
    });
  };

  /** A random source for one request: seeded by the body and by how often that same body was seen. */
  const requestRandom = (path: string, body: string): Random => {
    const bodyHash = hashString(`${path}\u0000${body}`, seed);
    const seen = occurrences.get(bodyHash) ?? 0;
    occurrences.set(bodyHash, seen + 1);
    return new Random(hashString(String(seen), bodyHash));
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (req.method === "GET" && path === "/v1/models") return sendJson(res, 200, listModels());
    const route = path === "/v1/chat/completions" ? "chat" : path === "/v1/embeddings" ? "embeddings" : undefined;
    if (route === undefined) throw new HttpError(404, `Invalid URL (${req.method ?? "?"} ${path})`, "invalid_request_error");
    if (req.method !== "POST") throw new HttpError(405, `Invalid method for ${path}: expected POST, got ${req.method ?? "?"}`, "invalid_request_error");
    if (!/^Bearer \S+/.test(req.headers.authorization ?? "")) {
      throw new HttpError(401, "You didn't provide an API key. Send it as 'Authorization: Bearer <key>'.", "invalid_request_error");
    }

    const raw = await readBody(req);
    const body = parseJson(raw);
    const model = requireString(body, "model");
    const profile = findModel(model);
    if (profile === undefined) {
      throw new HttpError(404, `The model \`${model}\` does not exist or you do not have access to it.`, "invalid_request_error", "model_not_found");
    }
    const rng = requestRandom(path, raw);
    const latencyMs = rng.logNormal(profile.medianLatencyMs, profile.latencySigma);

    if (rng.chance(failureRate)) {
      const status = rng.pick(failureStatuses);
      const injected = INJECTED_ERRORS[status];
      await sleep(latencyMs * 0.1);
      throw new HttpError(status, injected.message(model), injected.type, injected.code);
    }

    if (route === "chat") {
      if (profile.kind !== "chat") throw wrongEndpoint(model, "/v1/embeddings");
      await chat(res, body, profile, rng, latencyMs);
    } else {
      if (profile.kind !== "embedding") throw wrongEndpoint(model, "/v1/chat/completions");
      await sleep(latencyMs);
      sendJson(res, 200, embeddings(body, profile), rng);
    }
  };

  const chat = async (res: http.ServerResponse, body: Record<string, unknown>, profile: ChatModelProfile, rng: Random, latencyMs: number): Promise<void> => {
    const messages = requireMessages(body);
    const maxTokens = optionalPositiveInt(body, "max_completion_tokens") ?? optionalPositiveInt(body, "max_tokens");
    const cached = cache.lookupAndStore(profile.snapshot, messages);
    const completion = generateCompletion(profile, messages, cached, maxTokens, rng);
    const id = `chatcmpl-${rng.id(29)}`;
    const created = Math.floor(Date.now() / 1000);
    const fingerprint = `fp_${rng.hex(10)}`;

    if (body["stream"] !== true) {
      await sleep(latencyMs);
      sendJson(
        res,
        200,
        {
          id,
          object: "chat.completion",
          created,
          model: profile.snapshot,
          choices: [
            {
              index: 0,
              message: { role: "assistant", content: completion.content, refusal: null, annotations: [] },
              logprobs: null,
              finish_reason: completion.finishReason,
            },
          ],
          usage: completion.usage,
          service_tier: "default",
          system_fingerprint: fingerprint,
        },
        rng,
      );
      return;
    }

    const streamOptions = body["stream_options"];
    const includeUsage = isRecord(streamOptions) && streamOptions["include_usage"] === true;
    const chunk = (choices: unknown[], usage?: unknown): Record<string, unknown> => ({
      id,
      object: "chat.completion.chunk",
      created,
      model: profile.snapshot,
      service_tier: "default",
      system_fingerprint: fingerprint,
      choices,
      ...(includeUsage ? { usage: usage ?? null } : {}),
    });
    const delta = (d: Record<string, unknown>, finishReason: string | null = null): unknown => ({
      index: 0,
      delta: d,
      logprobs: null,
      finish_reason: finishReason,
    });

    await sleep(latencyMs * STREAM_TTFT_SHARE);
    if (res.destroyed || closed) return;
    res.writeHead(200, { ...responseHeaders(rng), "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" });
    const write = (payload: unknown): void => {
      if (!res.destroyed) res.write(`data: ${JSON.stringify(payload)}\n\n`);
    };
    write(chunk([delta({ role: "assistant", content: "", refusal: null })]));

    const pieces = streamPieces(completion.content);
    const perPieceMs = (latencyMs * (1 - STREAM_TTFT_SHARE)) / Math.max(1, pieces.length);
    let owedMs = 0;
    for (const piece of pieces) {
      owedMs += perPieceMs;
      if (owedMs * scale >= MIN_STREAM_SLEEP_MS) {
        await sleep(owedMs);
        owedMs = 0;
      }
      if (res.destroyed || closed) return;
      write(chunk([delta({ content: piece })]));
    }
    write(chunk([delta({}, completion.finishReason)]));
    if (includeUsage) write(chunk([], completion.usage));
    if (!res.destroyed) res.end("data: [DONE]\n\n");
  };

  const server = http.createServer((req, res) => {
    requests++;
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const e = err instanceof HttpError ? err : new HttpError(500, `fake OpenAI server failed: ${String(err)}`, "server_error");
      sendJson(res, e.status, { error: { message: e.message, type: e.type, param: e.param, code: e.code } });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    close: async () => {
      if (closed) return;
      closed = true;
      for (const s of sleeps) {
        clearTimeout(s.timer);
        s.resolve();
      }
      sleeps.clear();
      await new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

function wrongEndpoint(model: string, expected: string): HttpError {
  return new HttpError(
    400,
    `The model \`${model}\` is not supported by this endpoint; use ${expected}.`,
    "invalid_request_error",
    "model_not_supported",
    "model",
  );
}

function listModels(): unknown {
  return {
    object: "list",
    data: knownModelNames().map((id) => ({ id, object: "model", created: 1_700_000_000, owned_by: "system" })),
  };
}
