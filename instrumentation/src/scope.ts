import { context, createContextKey, type Attributes, type Context } from "@opentelemetry/api";
import * as attrNames from "./attribute-names";

/**
 * What withContext() and withPrompt() put into the OpenTelemetry context, and the attributes a
 * span started in that context receives. Both the span helpers and ContextSpanProcessor call
 * scopeAttributes(), so our spans and other instrumentations' spans get the same values.
 */
export interface AppContext {
  userId?: string;
  sessionId?: string;
  conversationId?: string;
  tags?: Record<string, string | number | boolean>;
}

export interface PromptScope {
  name: string;
  version?: string;
  variant?: string;
}

const APP_KEY = createContextKey("llmscope.app-context");
const PROMPT_KEY = createContextKey("llmscope.prompt");

/** Runs fn with ctx merged over any enclosing withContext (inner values and tags win). */
export function withContext<T>(ctx: AppContext, fn: () => T): T {
  const outer = context.active().getValue(APP_KEY) as AppContext | undefined;
  const merged: AppContext = { ...outer, ...definedOnly(ctx), tags: { ...outer?.tags, ...ctx.tags } };
  return context.with(context.active().setValue(APP_KEY, merged), fn);
}

export function contextWithPrompt(ctx: Context, prompt: PromptScope): Context {
  return ctx.setValue(PROMPT_KEY, prompt);
}

/**
 * App context goes on every span; the prompt on every GenAI span in its scope: LLM calls,
 * retrievals, guardrails, tools, embeddings (ours carry llmscope.span.type, foreign ones a
 * gen_ai.operation.name), so a prompt filter finds all the work done for that prompt. A span that
 * names its own prompt (a nested render_prompt) keeps it.
 */
export function scopeAttributes(ctx: Context, startAttributes: Attributes): Attributes {
  const attrs: Attributes = {};
  putScopeAttributes(ctx, startAttributes, attrs);
  return attrs;
}

/**
 * The same, written into `attrs` (which may be `startAttributes` itself): the form for the
 * paths every span takes, which then allocate nothing when the context holds neither scope.
 */
export function putScopeAttributes(ctx: Context, startAttributes: Attributes, attrs: Attributes): void {
  const app = ctx.getValue(APP_KEY) as AppContext | undefined;
  if (app) {
    if (app.userId !== undefined) attrs[attrNames.ATTR_USER_ID] = app.userId;
    if (app.sessionId !== undefined) attrs[attrNames.ATTR_SESSION_ID] = app.sessionId;
    if (app.conversationId !== undefined) attrs[attrNames.ATTR_CONVERSATION_ID] = app.conversationId;
    const tags = app.tags;
    if (tags !== undefined) for (const key in tags) attrs[attrNames.ATTR_TAG_PREFIX + key] = tags[key];
  }
  const prompt = ctx.getValue(PROMPT_KEY) as PromptScope | undefined;
  if (prompt && isGenAiSpan(startAttributes) && startAttributes[attrNames.ATTR_PROMPT_NAME] === undefined) {
    attrs[attrNames.ATTR_PROMPT_NAME] = prompt.name;
    if (prompt.version !== undefined) attrs[attrNames.ATTR_PROMPT_VERSION] = prompt.version;
    if (prompt.variant !== undefined) attrs[attrNames.ATTR_PROMPT_VARIANT] = prompt.variant;
  }
}

function isGenAiSpan(attrs: Attributes): boolean {
  return attrs[attrNames.ATTR_SPAN_TYPE] !== undefined || typeof attrs[attrNames.ATTR_OPERATION_NAME] === "string";
}

/** A model call: one of ours (llmscope.span.type=llm) or a foreign span whose gen_ai.operation.name is an LLM operation. */
export function isLlmSpan(attrs: Attributes): boolean {
  const type = attrs[attrNames.ATTR_SPAN_TYPE];
  if (type !== undefined) return type === "llm";
  const operation = attrs[attrNames.ATTR_OPERATION_NAME];
  return typeof operation === "string" && attrNames.LLM_OPERATIONS.has(operation);
}

function definedOnly(ctx: AppContext): AppContext {
  return Object.fromEntries(Object.entries(ctx).filter(([key, value]) => value !== undefined && key !== "tags"));
}
