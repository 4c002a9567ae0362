/**
 * @google/genai request and response shapes (generateContent, its stream, embedContent) → llmscope's
 * call description. The Gemini API and Vertex AI share these shapes; only the provider name differs.
 */
import * as sc from "@llmscope/semconv";
import { type Json, num, plus, put, str, text } from "../json-values";
import type { CallResult, CallStart, CallUsage } from "../llm-call";
import { putSampling, type SamplingSettings } from "../sampling";
import type { StreamHandlers } from "../sdk-call";

export const GEMINI = "gcp.gemini";
export const VERTEX = "gcp.vertex_ai";

export type Method = "generate" | "stream" | "embed";

export function callStart(method: Method, params: Json, provider: string, baseURL: string | undefined): CallStart {
  const config: Json = params.config ?? {};
  const request: CallStart["request"] = {};
  const common = { provider, model: str(params.model), baseURL, request };
  if (method === "embed") {
    put(request, sc.ATTR_EMBEDDINGS_DIMENSION_COUNT, num(config.outputDimensionality));
    return { ...common, operation: "embeddings" };
  }
  putSampling(request, { ...config, maxTokens: config.maxOutputTokens } as SamplingSettings);
  put(request, sc.ATTR_REQUEST_CHOICE_COUNT, num(config.candidateCount));
  request[sc.ATTR_REQUEST_STREAM] = method === "stream";
  put(request, sc.ATTR_OUTPUT_TYPE, config.responseMimeType === "application/json" ? "json" : config.responseMimeType === "text/plain" ? "text" : undefined);
  return {
    ...common,
    operation: "generate_content",
    systemInstructions: () => (config.systemInstruction === undefined ? undefined : contentList(config.systemInstruction).flatMap((c) => c.parts)),
    inputMessages: () => contentList(params.contents).map((c) => ({ role: role(c.role ?? "user"), parts: c.parts })),
  };
}

export function responseResult(method: Method, body: Json): CallResult {
  if (method === "embed") {
    // Vertex AI reports a token count per embedding; the Gemini API reports none.
    const counts = Array.isArray(body.embeddings) ? body.embeddings.map((e: Json) => num(e.statistics?.tokenCount)) : [];
    const input = counts.reduce((sum: number | undefined, n: number | undefined) => plus(sum, n), undefined);
    return { usage: input === undefined ? undefined : { input } };
  }
  const candidates: Json[] = Array.isArray(body.candidates) ? body.candidates : [];
  return {
    id: str(body.responseId),
    model: str(body.modelVersion),
    finishReasons: finishReasons(candidates.map((c) => c.finishReason)),
    usage: usage(body.usageMetadata),
    outputMessages: () => candidates.map((c) => ({ role: "assistant", parts: parts(c.content?.parts), finish_reason: finishReason(c.finishReason) ?? "" })),
  };
}

/**
 * Stream chunks are partial GenerateContentResponses: text and function calls are appended per
 * candidate; usageMetadata is cumulative, so the last one seen is the call's.
 */
export function streamHandlers(): StreamHandlers {
  let id: string | undefined;
  let model: string | undefined;
  let usageMetadata: Json | undefined;
  const candidates = new Map<number, { parts: Json[]; finish?: string }>();
  return {
    onItem(item) {
      const chunk = item as Json;
      id ??= str(chunk.responseId);
      model ??= str(chunk.modelVersion);
      if (chunk.usageMetadata != null) usageMetadata = chunk.usageMetadata;
      for (const [position, c] of (Array.isArray(chunk.candidates) ? (chunk.candidates as Json[]) : []).entries()) {
        const index = num(c.index) ?? position;
        let acc = candidates.get(index);
        if (acc === undefined) candidates.set(index, (acc = { parts: [] }));
        if (Array.isArray(c.content?.parts)) acc.parts.push(...c.content.parts);
        if (typeof c.finishReason === "string") acc.finish = c.finishReason;
      }
      return true;
    },
    result() {
      const ordered = [...candidates.entries()].sort(([a], [b]) => a - b).map(([, c]) => c);
      return {
        id,
        model,
        finishReasons: finishReasons(ordered.map((c) => c.finish)),
        usage: usage(usageMetadata),
        outputMessages: () => ordered.map((c) => ({ role: "assistant", parts: mergeText(parts(c.parts)), finish_reason: finishReason(c.finish) ?? "" })),
      };
    },
  };
}

/**
 * promptTokenCount already includes cachedContentTokenCount; tool-use prompt tokens are input too.
 * Thinking tokens are billed as output, so output = candidates + thoughts (as OpenAI's
 * completion_tokens includes its reasoning tokens).
 */
function usage(meta: Json | undefined): CallUsage | undefined {
  if (meta == null) return undefined;
  return {
    input: plus(num(meta.promptTokenCount), num(meta.toolUsePromptTokenCount)),
    output: plus(num(meta.candidatesTokenCount), num(meta.thoughtsTokenCount)),
    cacheRead: num(meta.cachedContentTokenCount),
    reasoning: num(meta.thoughtsTokenCount),
  };
}

function finishReasons(reasons: unknown[]): string[] | undefined {
  const out = reasons.flatMap((r) => {
    const mapped = finishReason(r);
    return mapped === undefined ? [] : [mapped];
  });
  return out.length > 0 ? out : undefined;
}

/** Gemini's FinishReason enum (STOP, MAX_TOKENS, SAFETY, …), lower-cased as semconv values are. */
function finishReason(reason: unknown): string | undefined {
  return typeof reason === "string" ? reason.toLowerCase() : undefined;
}

/** contents / systemInstruction: a string, a Part, a Content, or a list of any of them. */
function contentList(value: unknown): { role?: string; parts: Json[] }[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.every((v) => typeof v === "string" || (v !== null && typeof v === "object" && !("parts" in v)))) {
    return [{ parts: parts(list.map((v) => (typeof v === "string" ? { text: v } : v))) }];
  }
  return list.map((c: Json) => (typeof c === "string" ? { parts: [text(c)] } : { role: str(c.role), parts: parts(c.parts) }));
}

function parts(value: unknown): Json[] {
  if (!Array.isArray(value)) return [];
  return value.map((p: Json) => {
    if (typeof p.text === "string") return p.thought === true ? { type: "reasoning", content: p.text } : text(p.text);
    if (p.functionCall != null) return { type: "tool_call", id: p.functionCall.id, name: p.functionCall.name, arguments: p.functionCall.args };
    if (p.functionResponse != null) return { type: "tool_call_response", id: p.functionResponse.id, response: p.functionResponse.response };
    // Inline data, files, code execution: recorded by kind only, never their bytes or URIs.
    return { type: Object.keys(p)[0] ?? "unknown" };
  });
}

/** Joins a stream's consecutive text pieces into one part, as the non-streamed answer has them. */
function mergeText(list: Json[]): Json[] {
  const out: Json[] = [];
  for (const p of list) {
    const last = out.at(-1);
    if (p.type === "text" && last?.type === "text") last.content += p.content;
    else out.push({ ...p });
  }
  return out;
}

function role(r: string): string {
  return r === "model" ? "assistant" : r;
}
