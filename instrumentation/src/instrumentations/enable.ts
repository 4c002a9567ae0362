import * as nodeModule from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { AnthropicInstrumentation } from "./anthropic/instrumentation";
import { OpenAIInstrumentation } from "./openai/instrumentation";
import { EXTRA_HOOKED_MODULES, extraInstrumentations, type ExtraInstrumentOptions } from "./extra";

export interface InstrumentOptions extends ExtraInstrumentOptions {
  openai?: boolean;
  anthropic?: boolean;
}

/** Module names the ESM loader hook intercepts: only the SDKs llmscope patches. */
const HOOKED_MODULES = { openai: "openai", anthropic: "@anthropic-ai/sdk" } as const;

/**
 * Turns the SDK instrumentations on. CommonJS `require()`s are hooked by require-in-the-middle;
 * ESM `import`s by import-in-the-middle, whose loader hook is registered here (Node's
 * module.register) before any later import is loaded. Returns a function that turns them off.
 */
export function enableInstrumentations(options: InstrumentOptions): () => void {
  const wanted = { openai: options.openai ?? true, anthropic: options.anthropic ?? true };
  const include = [
    ...(Object.keys(HOOKED_MODULES) as (keyof typeof HOOKED_MODULES)[]).filter((k) => wanted[k]).map((k) => HOOKED_MODULES[k]),
    ...(Object.keys(EXTRA_HOOKED_MODULES) as (keyof typeof EXTRA_HOOKED_MODULES)[]).filter((k) => options[k] ?? true).map((k) => EXTRA_HOOKED_MODULES[k]),
  ];
  if (include.length === 0) return () => {};
  registerEsmHook(include);
  const instrumentations = [
    ...(wanted.openai ? [new OpenAIInstrumentation()] : []),
    ...(wanted.anthropic ? [new AnthropicInstrumentation()] : []),
    ...extraInstrumentations(options),
  ];
  return () => {
    for (const i of instrumentations) i.disable();
  };
}

let esmHookRegistered = false;

function registerEsmHook(include: string[]): void {
  // module.register exists from Node 20.6; an app on an older 20.x gets CommonJS patching only.
  const register = (nodeModule as { register?: (specifier: string, parentURL: string, options?: unknown) => void }).register;
  if (esmHookRegistered || typeof register !== "function") return;
  esmHookRegistered = true;
  // import-in-the-middle comes with @opentelemetry/instrumentation; resolve it from there.
  const hook = require.resolve("import-in-the-middle/hook.mjs", { paths: [path.dirname(require.resolve("@opentelemetry/instrumentation"))] });
  register(pathToFileURL(hook).href, pathToFileURL(__filename).href, { data: { include } });
}
