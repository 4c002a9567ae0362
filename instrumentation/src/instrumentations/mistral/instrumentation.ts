import { InstrumentationNodeModuleDefinition, isWrapped } from "@opentelemetry/instrumentation";
import { LlmscopeInstrumentation, type LlmscopeInstrumentationConfig } from "../instrumentation-base";
import type { Json } from "../json-values";
import { LlmCall } from "../llm-call";
import { observeAsyncIterable, traceSdkCall } from "../sdk-call";
import type { CallTelemetry } from "../telemetry";
import { conversationResult, conversationStart, conversationStreamHandlers } from "./conversations";
import { callStart, responseResult, streamHandlers, type Method as SdkMethod } from "./mapping";

type Method = SdkMethod | "conversation" | "conversationStream";

/** The `@mistralai/mistralai` versions whose Chat, Agents, Fim, Embeddings and (beta) Conversations classes llmscope patches. */
export const MISTRAL_SUPPORTED_VERSIONS = [">=1 <3"];

type Client = { _baseURL?: unknown };
type Call = (this: Client, request: Json, ...rest: unknown[]) => unknown;
type Proto = Record<string, Call>;

/** Which method of which class is which kind of call. parse/parseStream do not go through complete/stream. */
const CHAT_METHODS: Record<string, Method> = { complete: "complete", stream: "stream", parse: "complete", parseStream: "stream" };
const EMBEDDINGS_METHODS: Record<string, Method> = { create: "embed" };
const FIM_METHODS: Record<string, Method> = { complete: "fimComplete", stream: "fimStream" };
/** Agents completions take the chat request (an agentId instead of a model) and answer as chat does. */
const AGENTS_METHODS: Record<string, Method> = { complete: "complete", stream: "stream" };
/** Conversations (`beta.conversations`): each turn is a chat completion run on Mistral's side. */
const CONVERSATIONS_METHODS: Record<string, Method> = {
  start: "conversation",
  append: "conversation",
  restart: "conversation",
  startStream: "conversationStream",
  appendStream: "conversationStream",
  restartStream: "conversationStream",
};

/**
 * The package exports only the Mistral client; Chat and Embeddings are reached through its lazy
 * getters on a client made for the purpose (it sends nothing). One prototype serves every client.
 */
function prototypes(
  exports: unknown,
): { chat: Proto; embeddings: Proto; fim: Proto | undefined; agents: Proto | undefined; conversations: Proto | undefined } | undefined {
  const mod = exports as Json | undefined;
  const Mistral = (mod?.Mistral ?? mod?.default?.Mistral) as (new (options: object) => Json) | undefined;
  if (typeof Mistral !== "function") return undefined;
  try {
    const client = new Mistral({ apiKey: "unused" });
    const chat = Object.getPrototypeOf(client.chat) as Proto;
    const embeddings = Object.getPrototypeOf(client.embeddings) as Proto;
    const fim = client.fim == null ? undefined : (Object.getPrototypeOf(client.fim) as Proto);
    const agents = client.agents == null ? undefined : (Object.getPrototypeOf(client.agents) as Proto);
    const conversations = client.beta?.conversations == null ? undefined : (Object.getPrototypeOf(client.beta.conversations) as Proto);
    return typeof chat?.complete === "function" && typeof embeddings?.create === "function" ? { chat, embeddings, fim, agents, conversations } : undefined;
  } catch {
    return undefined;
  }
}

export class MistralInstrumentation extends LlmscopeInstrumentation {
  constructor(config: LlmscopeInstrumentationConfig = {}) {
    super("llmscope-mistral", config);
  }

  protected init(): InstrumentationNodeModuleDefinition[] {
    return [
      new InstrumentationNodeModuleDefinition(
        "@mistralai/mistralai",
        MISTRAL_SUPPORTED_VERSIONS,
        (e: unknown) => this.patch(e),
        (e: unknown) => this.unpatch(e),
      ),
    ];
  }

  patch<T>(exports: T): T {
    const protos = prototypes(exports);
    if (protos === undefined) return exports;
    for (const [proto, methods] of targets(protos)) {
      for (const [name, method] of Object.entries(methods)) {
        if (typeof proto[name] === "function" && !isWrapped(proto[name])) this._wrap(proto, name, (original: Call) => patched(method, original, this));
      }
    }
    return exports;
  }

  unpatch(exports: unknown): void {
    const protos = prototypes(exports);
    if (protos === undefined) return;
    for (const [proto, methods] of targets(protos)) {
      for (const name of Object.keys(methods)) if (isWrapped(proto[name])) this._unwrap(proto, name);
    }
  }
}

function targets(protos: NonNullable<ReturnType<typeof prototypes>>): [Proto, Record<string, Method>][] {
  const list: [Proto, Record<string, Method>][] = [
    [protos.chat, CHAT_METHODS],
    [protos.embeddings, EMBEDDINGS_METHODS],
  ];
  if (protos.fim !== undefined) list.push([protos.fim, FIM_METHODS]);
  if (protos.agents !== undefined) list.push([protos.agents, AGENTS_METHODS]);
  if (protos.conversations !== undefined) list.push([protos.conversations, CONVERSATIONS_METHODS]);
  return list;
}

function patched(method: Method, original: Call, telemetry: CallTelemetry): Call {
  return function (this: Client, request: Json, ...rest: unknown[]): unknown {
    if (request === null || typeof request !== "object") return original.call(this, request, ...rest);
    const base = this._baseURL;
    const baseURL = base == null ? undefined : String(base);
    const conversation = method === "conversation" || method === "conversationStream";
    const start = conversation ? conversationStart(request, method === "conversationStream", baseURL) : callStart(method, request, baseURL);
    const call = LlmCall.start(start, telemetry);
    if (call === undefined) return original.call(this, request, ...rest);
    return traceSdkCall(
      call,
      () => original.call(this, request, ...rest),
      (data) => {
        if (method === "stream" || method === "fimStream") return observeAsyncIterable(data, call, streamHandlers());
        if (method === "conversationStream") return observeAsyncIterable(data, call, conversationStreamHandlers());
        let result = {};
        try {
          result = method === "conversation" ? conversationResult(data as Json) : responseResult(method, data as Json);
        } catch (err) {
          call.diag.debug("a Mistral response could not be mapped; the span keeps what the request said", err);
        }
        call.succeed(result);
        return data;
      },
    );
  };
}

let manual: MistralInstrumentation | undefined;

/** The explicit fallback for bundled apps: pass the `@mistralai/mistralai` module. */
export function instrumentMistral(module: unknown): void {
  manual ??= new MistralInstrumentation({ enabled: false });
  if (prototypes(module) === undefined) {
    throw new Error(
      'instrumentMistral: expected the `@mistralai/mistralai` module (import * as m from "@mistralai/mistralai"); found no Mistral client class with chat and embeddings',
    );
  }
  manual.patch(module);
}
