/**
 * Bedrock's InvokeModel: the body is the model family's own JSON. llmscope reads the families an
 * LLM team meets most (Anthropic Messages, Amazon Nova, Titan text and embeddings, Meta Llama,
 * Mistral, Cohere embeddings) by their field names; an unknown body leaves the span with the model
 * id and no usage, never an error.
 */
import * as sc from "@llmscope/semconv";
import { type Json, num, plus, put, str, strings, text } from "../json-values";
import type { CallResult, CallStart, CallUsage } from "../llm-call";
import { PROVIDER } from "./converse";

const decoder = new TextDecoder();

/** The JSON of an InvokeModel body (string or bytes), or undefined when it is not JSON. */
export function bodyJson(body: unknown): Json | undefined {
  try {
    const raw = typeof body === "string" ? body : body instanceof Uint8Array ? decoder.decode(body) : undefined;
    const parsed = raw === undefined ? undefined : JSON.parse(raw);
    return parsed !== null && typeof parsed === "object" ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function invokeStart(input: Json, baseURL: string | undefined): CallStart {
  const modelId = str(input.modelId);
  const body = bodyJson(input.body) ?? {};
  const embedding = /embed/i.test(modelId ?? "");
  const config: Json = body.inferenceConfig ?? body.textGenerationConfig ?? {};
  const request: CallStart["request"] = {};
  const common = { provider: PROVIDER, model: modelId, baseURL, request };
  if (embedding) {
    put(request, sc.ATTR_EMBEDDINGS_DIMENSION_COUNT, num(body.dimensions));
    return { ...common, operation: "embeddings" };
  }
  put(
    request,
    sc.ATTR_REQUEST_MAX_TOKENS,
    num(body.max_tokens) ?? num(body.max_gen_len) ?? num(config.maxTokens) ?? num(config.max_new_tokens) ?? num(config.maxTokenCount),
  );
  put(request, sc.ATTR_REQUEST_TEMPERATURE, num(body.temperature) ?? num(config.temperature));
  put(request, sc.ATTR_REQUEST_TOP_P, num(body.top_p) ?? num(config.topP));
  put(request, sc.ATTR_REQUEST_TOP_K, num(body.top_k) ?? num(config.topK));
  put(request, sc.ATTR_REQUEST_STOP_SEQUENCES, strings(body.stop_sequences) ?? strings(body.stop) ?? strings(config.stopSequences));
  request[sc.ATTR_REQUEST_STREAM] = false;
  return {
    ...common,
    operation: Array.isArray(body.messages) ? "chat" : "text_completion",
    systemInstructions: () => (typeof body.system === "string" ? [text(body.system)] : Array.isArray(body.system) ? parts(body.system) : undefined),
    inputMessages: () => {
      if (Array.isArray(body.messages)) return body.messages.map((m: Json) => ({ role: m.role ?? "user", parts: parts(m.content) }));
      const prompt = str(body.prompt) ?? str(body.inputText);
      return prompt === undefined ? undefined : [{ role: "user", parts: [text(prompt)] }];
    },
  };
}

export function invokeResult(body: Json): CallResult {
  const usage = invokeUsage(body);
  // Titan embeddings answer with the vector and a token count: nothing else to read.
  if (Array.isArray(body.embedding) || Array.isArray(body.embeddings)) return { id: str(body.id), usage };
  const finish = str(body.stop_reason) ?? str(body.stopReason) ?? str(body.results?.[0]?.completionReason) ?? str(body.outputs?.[0]?.stop_reason);
  const output = body.content ?? body.output?.message?.content ?? str(body.generation) ?? str(body.results?.[0]?.outputText) ?? str(body.outputs?.[0]?.text);
  return {
    id: str(body.id),
    model: str(body.model),
    finishReasons: finish === undefined ? undefined : [finish],
    usage,
    outputMessages: () => [{ role: "assistant", parts: typeof output === "string" ? [text(output)] : parts(output), finish_reason: finish ?? "" }],
  };
}

function invokeUsage(body: Json): CallUsage | undefined {
  const u: Json | undefined = body.usage;
  if (u != null && (u.input_tokens !== undefined || u.output_tokens !== undefined)) {
    // Anthropic Messages: input_tokens excludes the cached tokens.
    const cacheRead = num(u.cache_read_input_tokens);
    const cacheWrite = num(u.cache_creation_input_tokens);
    return { input: plus(plus(num(u.input_tokens), cacheRead), cacheWrite), output: num(u.output_tokens), cacheRead, cacheWrite };
  }
  if (u != null && (u.inputTokens !== undefined || u.outputTokens !== undefined)) {
    // Amazon Nova.
    const cacheRead = num(u.cacheReadInputTokenCount);
    const cacheWrite = num(u.cacheWriteInputTokenCount);
    return { input: plus(plus(num(u.inputTokens), cacheRead), cacheWrite), output: num(u.outputTokens), cacheRead, cacheWrite };
  }
  const input = num(body.inputTextTokenCount) ?? num(body.prompt_token_count);
  const output = num(body.results?.[0]?.tokenCount) ?? num(body.generation_token_count);
  return input === undefined && output === undefined ? undefined : { input, output };
}

/** Anthropic content (a string or typed blocks) and Nova content ([{ text }]) alike. */
function parts(content: unknown): Json[] {
  if (typeof content === "string") return [text(content)];
  if (!Array.isArray(content)) return [];
  return content.map((b: Json) => {
    if (typeof b.text === "string") return text(b.text);
    if (b.type === "tool_use") return { type: "tool_call", id: b.id, name: b.name, arguments: b.input };
    if (b.type === "tool_result") return { type: "tool_call_response", id: b.tool_use_id, response: b.content };
    if (b.toolUse != null) return { type: "tool_call", id: b.toolUse.toolUseId, name: b.toolUse.name, arguments: b.toolUse.input };
    return { type: String(b.type ?? Object.keys(b)[0] ?? "unknown") };
  });
}
