import { readNumber, readString } from "../attributes";
import { type CanonicalLlm, put, putMetadata } from "../canonical";
import type { ContentMessage } from "../content";
import { isRecord, messageList, parseJsonValue, parseMessages, partsText, text } from "../content-parse";
import type { ContentBuilder } from "../content-builder";
import { Marker, type SpanView } from "../span-view";
import type { Dialect } from "./dialect";

/**
 * Vercel AI SDK (`experimental_telemetry`), v4 to v6. Only the provider-call spans
 * (`ai.*.doGenerate`, `ai.*.doStream`, `ai.*.doEmbed`) are model calls; the wrapping
 * `ai.generateText` / `ai.streamText` / `ai.embed` spans repeat their usage and are not typed, so
 * tokens are not counted twice. Usage: v4 `promptTokens`/`completionTokens`; v5
 * `inputTokens`/`outputTokens`/`cachedInputTokens`/`reasoningTokens`, where Anthropic's
 * `inputTokens` excludes cache reads; v6 adds `inputTokenDetails.*` and `inputTokens` is the total.
 */
export const vercel: Dialect = {
  name: "vercel",
  // Marker keys: ai.operationId, ai.model.id, ai.usage.promptTokens, ai.usage.inputTokens.
  detect: ({ markers }) => (markers & Marker.Vercel) !== 0,
  read({ attrs, prefixed }, r, c) {
    const operationId = readString(attrs, "ai.operationId") ?? readString(attrs, "operation.name")?.split(" ")[0];
    if (operationId !== undefined) {
      const providerCall = /\.do(Generate|Stream|Embed)$/.exec(operationId);
      put(r, "spanType", providerCall ? "llm" : null);
      if (providerCall) put(r, "operation", providerCall[1] === "Embed" ? "embeddings" : "chat");
      if (providerCall?.[1] === "Stream") put(r, "stream", true);
    }
    const provider = readString(attrs, "ai.model.provider");
    // "openai.chat" → "openai"; Vercel also copies the raw value into gen_ai.system, read earlier.
    if (provider !== undefined && (r.provider === undefined || r.provider === provider)) r.provider = provider.split(".")[0];
    put(r, "requestModel", readString(attrs, "ai.model.id"));
    put(r, "responseModel", readString(attrs, "ai.response.model"));
    put(r, "responseId", readString(attrs, "ai.response.id"));
    const finish = readString(attrs, "ai.response.finishReason");
    if (finish !== undefined) put(r, "finishReasons", [finish]);
    const msToFirstChunk = readNumber(attrs, "ai.response.msToFirstChunk");
    if (msToFirstChunk !== undefined) put(r, "timeToFirstChunkSeconds", msToFirstChunk / 1000);
    usage(attrs, provider, r);
    putMetadata(r, prefixed.vercelMetadata);

    readPrompt(attrs, c);
    const output = attrs["ai.response.text"];
    if (output !== undefined) {
      c.source("ai.response.text", output);
      const t = text(output);
      if (t !== undefined) c.set("outputMessages", [withFinish({ role: "assistant", content: t }, finish)]);
    }
    const object = attrs["ai.response.object"];
    if (object !== undefined) {
      c.source("ai.response.object", object);
      c.set("outputText", text(object));
    }
    c.source("ai.response.toolCalls", attrs["ai.response.toolCalls"]);
    for (const key of ["ai.value", "ai.values"]) {
      const value = attrs[key];
      if (value === undefined) continue;
      c.source(key, value);
      c.set("inputText", Array.isArray(value) ? value.filter((v): v is string => typeof v === "string").join("\n") : text(value));
    }
  },
};

function usage(attrs: SpanView["attrs"], provider: string | undefined, r: CanonicalLlm): void {
  const input = readNumber(attrs, "ai.usage.inputTokens", "ai.usage.promptTokens", "ai.usage.tokens");
  const cacheRead = readNumber(attrs, "ai.usage.inputTokenDetails.cacheReadTokens", "ai.usage.cachedInputTokens");
  put(r, "inputTokens", input);
  put(r, "outputTokens", readNumber(attrs, "ai.usage.outputTokens", "ai.usage.completionTokens"));
  put(r, "totalTokens", readNumber(attrs, "ai.usage.totalTokens"));
  put(r, "cacheReadTokens", cacheRead);
  put(r, "cacheWriteTokens", readNumber(attrs, "ai.usage.inputTokenDetails.cacheWriteTokens"));
  put(r, "reasoningTokens", readNumber(attrs, "ai.usage.outputTokenDetails.reasoningTokens", "ai.usage.reasoningTokens"));
  const v6 = attrs["ai.usage.inputTokenDetails.noCacheTokens"] !== undefined;
  if (!v6 && cacheRead !== undefined && provider?.startsWith("anthropic")) put(r, "inputExcludesCache", true);
}

/** `ai.prompt.messages` (provider-call spans) or `ai.prompt` (`{system, prompt, messages}`, wrapper spans). */
function readPrompt(attrs: SpanView["attrs"], c: ContentBuilder): void {
  const messages = attrs["ai.prompt.messages"];
  if (messages !== undefined) {
    c.source("ai.prompt.messages", messages);
    c.set("inputMessages", parseMessages(messages));
  }
  const prompt = attrs["ai.prompt"];
  if (prompt === undefined) return;
  c.source("ai.prompt", prompt);
  const parsed = parseJsonValue(prompt);
  if (!isRecord(parsed)) return;
  if (typeof parsed.system === "string") c.set("systemInstructions", parsed.system);
  if (Array.isArray(parsed.messages)) c.set("inputMessages", messageList(parsed.messages));
  else if (parsed.prompt !== undefined) {
    const t = partsText(parsed.prompt);
    if (t !== undefined) c.set("inputMessages", [{ role: "user", content: t }]);
  }
}

function withFinish(message: ContentMessage, finish: string | undefined): ContentMessage {
  if (finish) message.finishReason = finish;
  return message;
}
