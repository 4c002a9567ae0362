import { context, SpanKind, trace, type Attributes, type Span } from "@opentelemetry/api";
import type { RetrievedDocument } from "../../retrieval";
import { putScopeAttributes } from "../../scope";
import { recordFailure } from "../../span-runner";
import { type Json, num, str } from "../json-values";
import { traceRetrieverCall } from "../retrieval-call";
import type { AsyncMethod as Method } from "../subpath-instrumentation";
import type { CallTelemetry } from "../telemetry";
import { traceToolRun } from "../tool-run";

function className(obj: unknown): string | undefined {
  return str((obj as { constructor?: { name?: unknown } } | null | undefined)?.constructor?.name) || undefined;
}

/** A query as LlamaIndex takes it: a string, a `{ query }` bundle, or message content parts. */
function queryText(params: unknown): string | undefined {
  const query: unknown = typeof params === "object" && params !== null && "query" in params ? (params as Json).query : params;
  if (typeof query === "string") return query;
  if (Array.isArray(query)) {
    const texts = query.map((p: Json | undefined) => (p?.type === "text" ? str(p.text) : undefined)).filter((t): t is string => t !== undefined);
    return texts.length > 0 ? texts.join("\n") : undefined;
  }
  return undefined;
}

/**
 * BaseRetriever.retrieve() (every retriever's public method; VectorIndexRetriever's too) as
 * "retrieval {data source}": the data source is the class of the index's text vector store
 * (`SimpleVectorStore`, `QdrantVectorStore`, …), else the retriever's class; one retrieval, one
 * span (traceRetrieverCall). The query embedding beneath it is the embedding SDK's own span.
 */
export function patchedRetrieve(original: Method, telemetry: CallTelemetry): Method {
  return function (this: Json, params: unknown, ...rest: unknown[]): Promise<unknown> {
    const stores = this.index?.vectorStores as Json | undefined;
    const store: unknown = stores?.TEXT ?? (stores === undefined ? undefined : Object.values(stores)[0]);
    return traceRetrieverCall(
      {
        dataSource: className(store) ?? className(this) ?? "retriever",
        topK: num(this.topK?.TEXT) ?? num(this.similarityTopK),
        queryText: () => queryText(params),
      },
      () => original.call(this, params, ...rest),
      (result) => (Array.isArray(result) ? result.map(toDocument) : undefined),
      telemetry,
    );
  };
}

/** A NodeWithScore: the node's id, the retriever's score, the node's text. */
function toDocument(hit: Json | undefined, index: number): RetrievedDocument {
  const node: Json | undefined = hit?.node;
  return { id: str(node?.id_) ?? String(index), score: num(hit?.score), content: str(node?.text) };
}

/**
 * A LlamaIndex step that groups others, as "{verb} {class}" (INTERNAL): BaseQueryEngine.query()
 * (every query engine's) as `query`, the chat engines' chat() as `chat`, AgentRunner.chat() (every
 * agent's) as `agent`. The span is the parent of the step's retrieval, tool runs and model calls; it
 * carries no GenAI attributes, so nothing counts it as a model call: the LLM spans are the provider
 * SDK's, beneath it. A streamed answer (an async generator of chunks, or an agent's ReadableStream)
 * is handed back wrapped, and the span ends with the stream: when it is read to the end, fails, or
 * the consumer stops early.
 */
export function patchedStep(verb: string, original: Method, telemetry: CallTelemetry): Method {
  return function (this: Json, ...args: unknown[]): Promise<unknown> {
    const parent = context.active();
    const attributes: Attributes = {};
    putScopeAttributes(parent, attributes, attributes);
    const span = telemetry.callTracer().startSpan(`${verb} ${className(this) ?? verb}`, { kind: SpanKind.INTERNAL, attributes }, parent);
    const failed = (err: unknown): never => {
      recordFailure(span, err);
      span.end();
      throw err;
    };
    let result: Promise<unknown>;
    try {
      result = context.with(trace.setSpan(parent, span), () => original.apply(this, args));
    } catch (err) {
      return failed(err);
    }
    return Promise.resolve(result).then((value) => {
      if (value instanceof ReadableStream) return readableEndingWith(value, span);
      if (isAsyncIterable(value)) return endingWith(value, span);
      span.end();
      return value;
    }, failed);
  };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function";
}

async function* endingWith(stream: AsyncIterable<unknown>, span: Span): AsyncGenerator<unknown> {
  try {
    yield* stream;
  } catch (err) {
    recordFailure(span, err);
    throw err;
  } finally {
    span.end();
  }
}

/**
 * A ReadableStream stays one (the app may call getReader() on it): a stream of the same chunks whose
 * end ends the span, `beforeEnd` (the spans beneath it that last as long) first.
 */
export function readableEndingWith(stream: ReadableStream<unknown>, span: Span, beforeEnd: () => void = () => {}): ReadableStream<unknown> {
  const reader = stream.getReader();
  const end = (): void => {
    beforeEnd();
    span.end();
  };
  return new ReadableStream({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (!done) return controller.enqueue(value);
        end();
        controller.close();
      } catch (err) {
        recordFailure(span, err);
        end();
        controller.error(err);
      }
    },
    cancel(reason) {
      end();
      return reader.cancel(reason);
    },
  });
}

/** The traced stand-in of each tool an agent was given, made once so the agent sees the same object at every step. */
const tracedTools = new WeakMap<object, object>();

/**
 * AgentRunner.getTools() (where every agent step finds its tools) hands back each tool behind a
 * proxy whose call() runs as "execute_tool {name}"; everything else reads through to the tool
 * itself (FunctionTool's metadata is a getter over a private field, so it is read on the tool).
 * LlamaIndex catches a tool's error and tells the model: the span still records it.
 */
export function patchedGetTools(original: (this: Json, ...args: unknown[]) => unknown, telemetry: CallTelemetry) {
  return function (this: Json, ...args: unknown[]): unknown {
    const tools = original.apply(this, args);
    const traced = (list: unknown): unknown => (Array.isArray(list) ? list.map((tool: unknown) => tracedTool(tool, telemetry)) : list);
    return tools instanceof Promise ? tools.then(traced) : traced(tools);
  };
}

function tracedTool(tool: unknown, telemetry: CallTelemetry): unknown {
  if (typeof tool !== "object" || tool === null || typeof (tool as Json).call !== "function") return tool;
  const known = tracedTools.get(tool);
  if (known !== undefined) return known;
  const call = function (this: unknown, input: unknown): Promise<unknown> {
    const target = tool as Json;
    return traceToolRun(
      { name: str(target.metadata?.name), args: input },
      () => Promise.resolve(target.call.call(target, input) as unknown),
      (result) => result,
      telemetry,
    );
  };
  const proxy = new Proxy(tool, { get: (target, key) => (key === "call" ? call : Reflect.get(target, key, target)) });
  tracedTools.set(tool, proxy);
  return proxy;
}
