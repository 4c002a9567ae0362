import { context, SpanKind, trace, type Attributes, type Span } from "@opentelemetry/api";
import type { RetrievedDocument } from "../../retrieval";
import { putScopeAttributes } from "../../scope";
import { recordFailure } from "../../span-runner";
import { type Json, num, str } from "../json-values";
import { traceRetrieverCall } from "../retrieval-call";
import type { AsyncMethod as Method } from "../subpath-instrumentation";
import type { CallTelemetry } from "../telemetry";

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
 * BaseQueryEngine.query() (every query engine's, RetrieverQueryEngine's and the router and
 * sub-question engines' included) as "query {engine class}" (INTERNAL): the parent that groups
 * the engine's retrieval and its model calls. It carries no GenAI attributes, so nothing counts it
 * as a model call: the LLM spans are the provider SDK's, beneath it. A streamed query (an async
 * generator of chunks) is handed back wrapped, and its span ends with the stream: when it is read to
 * the end, fails, or the consumer stops early.
 */
export function patchedQuery(original: Method, telemetry: CallTelemetry): Method {
  return function (this: Json, ...args: unknown[]): Promise<unknown> {
    const parent = context.active();
    const attributes: Attributes = {};
    putScopeAttributes(parent, attributes, attributes);
    const span = telemetry.callTracer().startSpan(`query ${className(this) ?? "QueryEngine"}`, { kind: SpanKind.INTERNAL, attributes }, parent);
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
