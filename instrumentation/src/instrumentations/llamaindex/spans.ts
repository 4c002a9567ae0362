import { SpanKind } from "@opentelemetry/api";
import type { RetrievedDocument } from "../../retrieval";
import { runInSpan } from "../../span-runner";
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
 * as a model call: the LLM spans are the provider SDK's, beneath it. A streamed query's span ends
 * when the engine hands the stream back; the model call's span lasts until the stream ends.
 */
export function patchedQuery(original: Method, telemetry: CallTelemetry): Method {
  return function (this: Json, ...args: unknown[]): Promise<unknown> {
    const name = className(this) ?? "QueryEngine";
    return runInSpan(`query ${name}`, SpanKind.INTERNAL, {}, () => Promise.resolve(original.apply(this, args)), { tracer: telemetry.callTracer() });
  };
}
