/**
 * OpenAI request and response shapes → llmscope's call description. Pure functions over the JSON
 * the SDK sends and receives; typed loosely on purpose, so that openai 4 through 7 all fit.
 */
import type { CallResult, CallStart, CallUsage } from "../llm-call";
import { type Json, num, parseArguments, str, text } from "../json-values";
import type { StreamHandlers } from "../sdk-call";
import { defaultProviderNames, type ProviderNames } from "./provider";
import * as attrNames from "../../attribute-names";

export const PROVIDER = "openai";

export type Endpoint = "chat" | "responses" | "completions" | "embeddings";

/**
 * Runs on every call: the request attributes are stored one by one into one object, each under a
 * constant key, rather than built as computed-key literals and spread, which V8 makes slow.
 * Values the request leaves unset are stored as undefined: LlmCall.start skips them.
 */
export function callStart(endpoint: Endpoint, params: Json, baseURL: string | undefined, names: ProviderNames = defaultProviderNames()): CallStart {
  const request: CallStart["request"] = {};
  const start: CallStart = { provider: names.of(baseURL, PROVIDER), operation: "chat", model: str(params.model), baseURL, request };
  switch (endpoint) {
    case "chat":
      sampling(params, request);
      request[attrNames.ATTR_REQUEST_MAX_TOKENS] = num(params.max_completion_tokens) ?? num(params.max_tokens);
      request[attrNames.ATTR_REQUEST_CHOICE_COUNT] = num(params.n);
      request[attrNames.ATTR_OUTPUT_TYPE] = outputType(params.response_format?.type);
      start.inputMessages = () => (Array.isArray(params.messages) ? params.messages.map(chatInputMessage) : undefined);
      return start;
    case "completions":
      sampling(params, request);
      request[attrNames.ATTR_REQUEST_MAX_TOKENS] = num(params.max_tokens);
      request[attrNames.ATTR_REQUEST_CHOICE_COUNT] = num(params.n);
      start.operation = "text_completion";
      start.inputMessages = () => promptMessages(params.prompt);
      return start;
    case "responses":
      request[attrNames.ATTR_REQUEST_TEMPERATURE] = num(params.temperature);
      request[attrNames.ATTR_REQUEST_TOP_P] = num(params.top_p);
      request[attrNames.ATTR_REQUEST_MAX_TOKENS] = num(params.max_output_tokens);
      request[attrNames.ATTR_REQUEST_STREAM] = params.stream === true;
      request[attrNames.ATTR_OUTPUT_TYPE] = outputType(params.text?.format?.type);
      start.systemInstructions = () => (typeof params.instructions === "string" ? [text(params.instructions)] : undefined);
      start.inputMessages = () => responsesInput(params.input);
      return start;
    case "embeddings":
      request[attrNames.ATTR_EMBEDDINGS_DIMENSION_COUNT] = num(params.dimensions);
      if (typeof params.encoding_format === "string") request[attrNames.ATTR_REQUEST_ENCODING_FORMATS] = [params.encoding_format];
      start.operation = "embeddings";
      return start;
  }
}

function sampling(params: Json, request: CallStart["request"]): void {
  request[attrNames.ATTR_REQUEST_TEMPERATURE] = num(params.temperature);
  request[attrNames.ATTR_REQUEST_TOP_P] = num(params.top_p);
  request[attrNames.ATTR_REQUEST_STOP_SEQUENCES] = typeof params.stop === "string" ? [params.stop] : Array.isArray(params.stop) ? params.stop : undefined;
  request[attrNames.ATTR_REQUEST_SEED] = num(params.seed);
  request[attrNames.ATTR_REQUEST_FREQUENCY_PENALTY] = num(params.frequency_penalty);
  request[attrNames.ATTR_REQUEST_PRESENCE_PENALTY] = num(params.presence_penalty);
  request[attrNames.ATTR_REQUEST_STREAM] = params.stream === true;
}

/** Non-streamed response body → result. Embedding vectors are never read. */
export function responseResult(endpoint: Endpoint, body: Json): CallResult {
  switch (endpoint) {
    case "chat":
      return {
        id: str(body.id),
        model: str(body.model),
        finishReasons: finishReasons(body.choices),
        usage: completionUsage(body.usage),
        outputMessages: () => (Array.isArray(body.choices) ? body.choices.map((c: Json) => chatOutputMessage(c.message ?? {}, c.finish_reason)) : undefined),
      };
    case "completions":
      return {
        id: str(body.id),
        model: str(body.model),
        finishReasons: finishReasons(body.choices),
        usage: completionUsage(body.usage),
        outputMessages: () =>
          Array.isArray(body.choices)
            ? body.choices.map((c: Json) => ({ role: "assistant", parts: [text(String(c.text ?? ""))], finish_reason: c.finish_reason ?? "" }))
            : undefined,
      };
    case "responses":
      return responsesResult(body);
    case "embeddings":
      return { model: str(body.model), usage: { input: num(body.usage?.prompt_tokens) } };
  }
}

/** chat.completions / completions usage: prompt_tokens already includes cached_tokens. */
function completionUsage(usage: Json | null | undefined): CallUsage | undefined {
  if (usage == null) return undefined;
  return {
    input: num(usage.prompt_tokens),
    output: num(usage.completion_tokens),
    cacheRead: num(usage.prompt_tokens_details?.cached_tokens),
    reasoning: num(usage.completion_tokens_details?.reasoning_tokens),
  };
}

function responsesResult(response: Json): CallResult {
  const output: Json[] = Array.isArray(response.output) ? response.output : [];
  const calledTool = output.some((o) => o.type === "function_call");
  const finish = response.status === "completed" ? (calledTool ? "tool_call" : "stop") : (response.incomplete_details?.reason ?? str(response.status));
  const usage = response.usage;
  return {
    id: str(response.id),
    model: str(response.model),
    finishReasons: finish === undefined ? undefined : [finish],
    usage:
      usage == null
        ? undefined
        : {
            input: num(usage.input_tokens),
            output: num(usage.output_tokens),
            cacheRead: num(usage.input_tokens_details?.cached_tokens),
            reasoning: num(usage.output_tokens_details?.reasoning_tokens),
          },
    outputMessages: () => [{ role: "assistant", parts: output.flatMap(responsesOutputParts), ...(finish !== undefined && { finish_reason: finish }) }],
  };
}

/**
 * Chat (and legacy completions) streams. When llmscope asked for usage (stream_options.include_usage)
 * the app did not, the usage-only chunk is hidden and the `usage: null` field OpenAI then adds to
 * every chunk is removed, so the app sees exactly the chunks it would have seen.
 *
 * This runs on every chunk, so it does as little as it can: without content capture it keeps only
 * ids, finish reasons and usage; with it, the text and tool-call pieces are collected in arrays and
 * joined once at the end.
 */
export function completionStream(endpoint: "chat" | "completions", injectedUsage: boolean, captureContent = true): StreamHandlers {
  let id: string | undefined;
  let model: string | undefined;
  let usage: CallUsage | undefined;
  // By choice index; most streams have one choice.
  const finishes: (string | undefined)[] = [];
  const texts: string[][] = [];
  const tools: Map<number, { id?: string; name?: string; arguments: string[] }>[] = [];
  return {
    onItem(item) {
      const chunk = item as Json;
      if (id === undefined) id = str(chunk.id);
      if (model === undefined) model = str(chunk.model);
      if (chunk.usage != null) usage = completionUsage(chunk.usage);
      const choices = chunk.choices;
      if (Array.isArray(choices)) {
        for (let i = 0; i < choices.length; i++) {
          const c = choices[i] as Json;
          const index = num(c.index) ?? 0;
          if (c.finish_reason != null) finishes[index] = c.finish_reason;
          else if (finishes.length <= index) finishes[index] = undefined;
          if (captureContent) collectContent(endpoint, c, index, texts, tools);
        }
      }
      if (!injectedUsage) return true;
      if (Array.isArray(choices) && choices.length === 0 && chunk.usage != null) return false;
      if (chunk.usage === null) delete chunk.usage;
      return true;
    },
    result() {
      const reasons: string[] = [];
      for (const f of finishes) if (f !== undefined) reasons.push(f);
      return {
        id,
        model,
        finishReasons: reasons.length > 0 ? reasons : undefined,
        usage,
        outputMessages: () => {
          const messages: Json[] = [];
          for (let index = 0; index < finishes.length; index++) {
            if (!(index in finishes)) continue;
            const joined = texts[index]?.join("") ?? "";
            const calls = [...(tools[index]?.values() ?? [])].map((t) => ({
              type: "tool_call",
              id: t.id,
              name: t.name,
              arguments: parseArguments(t.arguments.join("")),
            }));
            messages.push({ role: "assistant", parts: [...(joined !== "" ? [text(joined)] : []), ...calls], finish_reason: finishes[index] ?? "" });
          }
          return messages;
        },
      };
    },
  };
}

function collectContent(
  endpoint: "chat" | "completions",
  c: Json,
  index: number,
  texts: string[][],
  tools: Map<number, { id?: string; name?: string; arguments: string[] }>[],
): void {
  const piece = endpoint === "chat" ? c.delta?.content : c.text;
  if (typeof piece === "string" && piece !== "") (texts[index] ??= []).push(piece);
  const deltas = c.delta?.tool_calls;
  if (!Array.isArray(deltas)) return;
  const byIndex = (tools[index] ??= new Map());
  for (const t of deltas as Json[]) {
    const at = num(t.index) ?? 0;
    let tool = byIndex.get(at);
    if (tool === undefined) byIndex.set(at, (tool = { arguments: [] }));
    tool.id ??= str(t.id);
    tool.name ??= str(t.function?.name);
    if (typeof t.function?.arguments === "string") tool.arguments.push(t.function.arguments);
  }
}

/** Responses API streams: the final response.completed/incomplete/failed event carries the whole response. */
export function responsesStream(): StreamHandlers {
  let final: Json | undefined;
  let id: string | undefined;
  let model: string | undefined;
  return {
    onItem(item) {
      const event = item as Json;
      if (event.response != null) {
        id ??= str(event.response.id);
        model ??= str(event.response.model);
        if (event.type === "response.completed" || event.type === "response.incomplete" || event.type === "response.failed") final = event.response;
      }
      return true;
    },
    result() {
      return final !== undefined ? responsesResult(final) : { id, model };
    },
  };
}

function chatInputMessage(m: Json): Json {
  if (m.role === "tool") return { role: "tool", parts: [{ type: "tool_call_response", id: m.tool_call_id, response: contentText(m.content) }] };
  return chatOutputMessage(m, undefined);
}

function chatOutputMessage(m: Json, finishReason: unknown): Json {
  const parts: Json[] = [];
  if (typeof m.content === "string") parts.push(text(m.content));
  else if (Array.isArray(m.content)) parts.push(...m.content.map(contentPart));
  for (const t of Array.isArray(m.tool_calls) ? (m.tool_calls as Json[]) : []) {
    parts.push({ type: "tool_call", id: t.id, name: t.function?.name, arguments: parseArguments(t.function?.arguments) });
  }
  return { role: m.role ?? "assistant", parts, ...(finishReason !== undefined && { finish_reason: finishReason ?? "" }) };
}

function contentPart(p: Json): Json {
  if (p.type === "text" || p.type === "input_text" || p.type === "output_text") return text(String(p.text ?? ""));
  if (p.type === "refusal") return text(String(p.refusal ?? ""));
  // Images, audio and files are recorded by kind only, never their bytes or URLs.
  return { type: String(p.type ?? "unknown") };
}

function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((p: Json) => (typeof p.text === "string" ? p.text : "")).join("");
  return "";
}

function promptMessages(prompt: unknown): Json[] | undefined {
  if (typeof prompt === "string") return [{ role: "user", parts: [text(prompt)] }];
  if (Array.isArray(prompt) && prompt.every((p) => typeof p === "string")) return prompt.map((p: string) => ({ role: "user", parts: [text(p)] }));
  return undefined;
}

function responsesInput(input: unknown): Json[] | undefined {
  if (typeof input === "string") return [{ role: "user", parts: [text(input)] }];
  if (!Array.isArray(input)) return undefined;
  return input.map((item: Json) => {
    if (item.type === "function_call_output")
      return { role: "tool", parts: [{ type: "tool_call_response", id: item.call_id, response: contentText(item.output) }] };
    if (item.type === "function_call")
      return { role: "assistant", parts: [{ type: "tool_call", id: item.call_id, name: item.name, arguments: parseArguments(item.arguments) }] };
    const parts = typeof item.content === "string" ? [text(item.content)] : Array.isArray(item.content) ? item.content.map(contentPart) : [];
    return { role: item.role ?? "user", parts };
  });
}

function responsesOutputParts(o: Json): Json[] {
  if (o.type === "message") return Array.isArray(o.content) ? o.content.map(contentPart) : [];
  if (o.type === "function_call") return [{ type: "tool_call", id: o.call_id, name: o.name, arguments: parseArguments(o.arguments) }];
  return [];
}

function finishReasons(choices: unknown): string[] | undefined {
  if (!Array.isArray(choices)) return undefined;
  let reasons: string[] | undefined;
  for (const c of choices as Json[]) if (typeof c?.finish_reason === "string") (reasons ??= []).push(c.finish_reason);
  return reasons;
}

function outputType(format: unknown): string | undefined {
  if (format === "text") return "text";
  if (format === "json_object" || format === "json_schema") return "json";
  return undefined;
}
