import { context, SpanKind } from "@opentelemetry/api";
import { createHash } from "node:crypto";
import { recordContent } from "./content";
import { contextWithPrompt } from "./scope";
import {
  ATTR_PROMPT_NAME,
  ATTR_PROMPT_TEMPLATE,
  ATTR_PROMPT_TEMPLATE_HASH,
  ATTR_PROMPT_VARIABLE_PREFIX,
  ATTR_PROMPT_VARIANT,
  ATTR_PROMPT_VERSION,
  ATTR_SPAN_TYPE,
} from "@llmscope/semconv";
import { runInSpan } from "./span-runner";

export interface PromptInfo {
  name: string;
  version?: string;
  variant?: string;
  template?: string;
  variables?: Record<string, unknown>;
}

export interface RenderedPrompt {
  text: string | undefined;
  templateHash: string | undefined;
}

/** 16 hex digits (64 bits): enough to tell template revisions apart, short enough to group by. */
const HASH_HEX_LENGTH = 16;

/**
 * Renders the template in a "render_prompt {name}" span, then runs fn with the prompt in context
 * so LLM spans started inside get gen_ai.prompt.name/version and llmscope.prompt.variant.
 * fn runs as a child of the (already ended) render span: that keeps the prompt's retrievals,
 * guardrails and LLM calls in one trace under it even when the app has no enclosing span.
 */
export async function withPrompt<T>(prompt: PromptInfo, fn: (rendered: RenderedPrompt) => Promise<T>): Promise<T> {
  const templateHash = prompt.template === undefined ? undefined : hashTemplate(prompt.template);
  const attributes = {
    [ATTR_SPAN_TYPE]: "prompt",
    [ATTR_PROMPT_NAME]: prompt.name,
    ...(prompt.version !== undefined && { [ATTR_PROMPT_VERSION]: prompt.version }),
    ...(prompt.variant !== undefined && { [ATTR_PROMPT_VARIANT]: prompt.variant }),
    ...(templateHash !== undefined && { [ATTR_PROMPT_TEMPLATE_HASH]: templateHash }),
  };
  const { rendered, renderContext } = await runInSpan(`render_prompt ${prompt.name}`, SpanKind.INTERNAL, attributes, async (span) => {
    recordContent(span, ATTR_PROMPT_TEMPLATE, () => prompt.template);
    for (const [key, value] of Object.entries(prompt.variables ?? {})) {
      recordContent(span, ATTR_PROMPT_VARIABLE_PREFIX + key, () => asText(value));
    }
    const text = prompt.template === undefined ? undefined : renderTemplate(prompt.template, prompt.variables ?? {});
    return { rendered: { text, templateHash }, renderContext: context.active() };
  });
  const scope = { name: prompt.name, version: prompt.version, variant: prompt.variant };
  return context.with(contextWithPrompt(renderContext, scope), () => fn(rendered));
}

/** `{{name}}` (spaces allowed inside the braces) becomes the variable; unknown names stay as written. */
export function renderTemplate(template: string, variables: Record<string, unknown>): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (placeholder, key: string) =>
    Object.hasOwn(variables, key) && variables[key] !== undefined ? asText(variables[key]) : placeholder,
  );
}

export function hashTemplate(template: string): string {
  return createHash("sha256").update(template, "utf8").digest("hex").slice(0, HASH_HEX_LENGTH);
}

function asText(value: unknown): string {
  return typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
}
