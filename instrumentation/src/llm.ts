import { SpanKind, type Attributes, type Span } from "@opentelemetry/api";
import { performance } from "node:perf_hooks";
import { noteLlmSpanEnded } from "./answer-span";
import { contentPolicy, recordContent, type ContentPolicy } from "./content";
import { MANUAL_LLM_KEY } from "./instrumentations/manual-span";
import * as sc from "@llmscope/semconv";
import { setResponseIdentity, setUsage } from "./response-attributes";
import { runInSpan, type RunOptions } from "./span-runner";
import * as attrNames from "./attribute-names";

export interface ChatMessage {
  role: string;
  content: string;
}

export interface LlmRequest {
  provider: string;
  model: string;
  operation?: "chat" | "text_completion" | "generate_content" | "embeddings";
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  topK?: number;
  stopSequences?: string[];
  seed?: number;
  frequencyPenalty?: number;
  presencePenalty?: number;
  choiceCount?: number;
  stream?: boolean;
  outputType?: string;
  serverAddress?: string;
  serverPort?: number;
  systemInstructions?: string;
  inputMessages?: ChatMessage[];
}

export interface LlmUsage {
  inputTokens?: number;
  outputTokens?: number;
  cacheReadTokens?: number;
  cacheWriteTokens?: number;
  reasoningTokens?: number;
}

export interface LlmResponse {
  id?: string;
  model?: string;
  finishReasons?: string[];
  usage?: LlmUsage;
  outputMessages?: (ChatMessage & { finishReason?: string })[];
}

export interface LlmSpan {
  setResponse(res: LlmResponse): void;
  markFirstChunk(): void;
}

/**
 * Traces one model call as "{operation} {model}" (CLIENT), operation defaulting to chat.
 * Attributes are stored one by one into one object, each under a constant key: computed-key
 * literals and Object.entries are several times slower, and this wraps every call of an app.
 */
export function traceLlmCall<T>(req: LlmRequest, fn: (span: LlmSpan) => Promise<T>): Promise<T> {
  const operation = req.operation ?? "chat";
  const attributes: Attributes = {};
  attributes[attrNames.ATTR_SPAN_TYPE] = "llm";
  attributes[attrNames.ATTR_OPERATION_NAME] = operation;
  if (req.provider != null) attributes[attrNames.ATTR_PROVIDER_NAME] = req.provider;
  if (req.model != null) attributes[attrNames.ATTR_REQUEST_MODEL] = req.model;
  if (req.maxTokens != null) attributes[attrNames.ATTR_REQUEST_MAX_TOKENS] = req.maxTokens;
  if (req.temperature != null) attributes[attrNames.ATTR_REQUEST_TEMPERATURE] = req.temperature;
  if (req.topP != null) attributes[attrNames.ATTR_REQUEST_TOP_P] = req.topP;
  if (req.topK != null) attributes[attrNames.ATTR_REQUEST_TOP_K] = req.topK;
  if (req.stopSequences != null) attributes[attrNames.ATTR_REQUEST_STOP_SEQUENCES] = req.stopSequences;
  if (req.seed != null) attributes[attrNames.ATTR_REQUEST_SEED] = req.seed;
  if (req.frequencyPenalty != null) attributes[attrNames.ATTR_REQUEST_FREQUENCY_PENALTY] = req.frequencyPenalty;
  if (req.presencePenalty != null) attributes[attrNames.ATTR_REQUEST_PRESENCE_PENALTY] = req.presencePenalty;
  if (req.choiceCount != null) attributes[attrNames.ATTR_REQUEST_CHOICE_COUNT] = req.choiceCount;
  if (req.stream != null) attributes[attrNames.ATTR_REQUEST_STREAM] = req.stream;
  if (req.outputType != null) attributes[attrNames.ATTR_OUTPUT_TYPE] = req.outputType;
  if (req.serverAddress != null) attributes[attrNames.ATTR_SERVER_ADDRESS] = req.serverAddress;
  if (req.serverPort != null) attributes[attrNames.ATTR_SERVER_PORT] = req.serverPort;
  const content = contentPolicy();
  return runInSpan(
    `${operation} ${req.model}`,
    SpanKind.CLIENT,
    attributes,
    (span) => {
      if (content.capture) recordRequestContent(span, req, content);
      return fn(new ManualLlmSpan(span, content));
    },
    MANUAL_LLM_SPAN,
  );
}

// An auto-instrumented SDK call inside fn is this same call: it records no second span.
// One object for every call rather than a literal per call.
const MANUAL_LLM_SPAN: RunOptions = { mark: MANUAL_LLM_KEY, ended: noteEnded };

function noteEnded(span: Span): void {
  const { traceId, spanId } = span.spanContext();
  noteLlmSpanEnded(traceId, spanId);
}

/** The handle fn gets; its methods are bound, so an app may also destructure them. */
class ManualLlmSpan implements LlmSpan {
  // Measured on the monotonic clock from here, not from the span's wall-clock start time.
  private readonly startedAt = performance.now();
  private firstChunkSeen = false;

  constructor(
    private readonly span: Span,
    private readonly content: ContentPolicy,
  ) {}

  readonly setResponse = (res: LlmResponse): void => setResponse(this.span, res, this.content);

  readonly markFirstChunk = (): void => {
    if (this.firstChunkSeen) return;
    this.firstChunkSeen = true;
    this.span.setAttribute(sc.ATTR_RESPONSE_TIME_TO_FIRST_CHUNK, (performance.now() - this.startedAt) / 1000);
  };
}

function recordRequestContent(span: Span, req: LlmRequest, content: ContentPolicy): void {
  recordContent(
    span,
    sc.ATTR_SYSTEM_INSTRUCTIONS,
    () => (req.systemInstructions === undefined ? undefined : JSON.stringify([textPart(req.systemInstructions)])),
    content,
  );
  recordContent(
    span,
    sc.ATTR_INPUT_MESSAGES,
    () => (req.inputMessages === undefined ? undefined : JSON.stringify(req.inputMessages.map((m) => ({ role: m.role, parts: [textPart(m.content)] })))),
    content,
  );
}

function setResponse(span: Span, res: LlmResponse, content: ContentPolicy): void {
  setResponseIdentity(span, res.id, res.model, res.finishReasons);
  const usage = res.usage;
  if (usage != null) setUsage(span, usage.inputTokens, usage.outputTokens, usage.cacheReadTokens, usage.cacheWriteTokens, usage.reasoningTokens);
  if (!content.capture) return;
  recordContent(
    span,
    sc.ATTR_OUTPUT_MESSAGES,
    () =>
      res.outputMessages === undefined
        ? undefined
        : JSON.stringify(
            res.outputMessages.map((m) => ({
              role: m.role,
              parts: [textPart(m.content)],
              ...(m.finishReason !== undefined && { finish_reason: m.finishReason }),
            })),
          ),
    content,
  );
}

function textPart(content: string): { type: "text"; content: string } {
  return { type: "text", content };
}
