import { context, SpanKind, type Attributes } from "@opentelemetry/api";
import { recordContent } from "../content";
import { defaultTelemetry, type CallTelemetry } from "./telemetry";
import { setDocuments, type RetrievedDocument } from "../retrieval";
import * as sc from "@llmscope/semconv";
import { runInSpan } from "../span-runner";
import { defined } from "./llm-call";
import { put } from "./json-values";
import { insideManualRetrievalSpan, MANUAL_RETRIEVAL_KEY } from "./manual-span";

/** What an instrumented vector-store query knows when it is called. */
export interface RetrievalStart {
  /** db.system.name: qdrant, chroma, pinecone. */
  dbSystem: string;
  /** The collection or index searched; also the span's data source id. */
  collection: string | undefined;
  /** db.operation.name: the client method (search, query). */
  operation: string;
  topK?: number;
  scoreThreshold?: number;
  /** A namespace inside the collection (Pinecone). */
  namespace?: string;
  baseURL?: string;
  /** The query text, when the store is queried by text (content opt-in only). */
  queryText?: () => string | undefined;
}

/**
 * One auto-instrumented vector-store query: "retrieval {collection}" (CLIENT), the same span
 * traceRetrieval() makes, with the documents read from the store's answer. Inside the app's own
 * traceRetrieval() it steps aside, so one retrieval is one span.
 */
export function traceVectorQuery<T>(
  start: RetrievalStart,
  invoke: () => Promise<T>,
  documents: (result: T) => RetrievedDocument[],
  telemetry: CallTelemetry = defaultTelemetry,
): Promise<T> {
  if (insideManualRetrievalSpan(context.active())) return invoke();
  const dataSource = start.collection ?? start.dbSystem;
  const server = serverOf(start.baseURL);
  const attributes: Attributes = defined({
    [sc.ATTR_SPAN_TYPE]: "retrieval",
    [sc.ATTR_OPERATION_NAME]: sc.OPERATION_RETRIEVAL,
    [sc.ATTR_DATA_SOURCE_ID]: dataSource,
    [sc.ATTR_DB_SYSTEM_NAME]: start.dbSystem,
    [sc.ATTR_DB_COLLECTION_NAME]: start.collection,
    [sc.ATTR_DB_NAMESPACE]: start.namespace,
    [sc.ATTR_DB_OPERATION_NAME]: start.operation,
    [sc.ATTR_RETRIEVAL_TOP_K]: start.topK,
    [sc.ATTR_RETRIEVAL_SCORE_THRESHOLD]: start.scoreThreshold,
    [sc.ATTR_SERVER_ADDRESS]: server?.address,
    [sc.ATTR_SERVER_PORT]: server?.port,
  });
  return runRetrievalSpan(dataSource, attributes, start.queryText, invoke, documents, telemetry);
}

/** What a framework's retriever call (LangChain, LlamaIndex) knows when it is called. */
export interface RetrieverStart {
  /** The vector store's class, else the retriever's. */
  dataSource: string;
  dbSystem?: string;
  topK?: number;
  queryText: () => string | undefined;
}

/**
 * A framework retriever's call as "retrieval {data source}". Its context is marked as a
 * retrieval, so a vector-store client call beneath it (Qdrant, Pinecone, Chroma) or a retriever
 * it wraps steps aside, and it steps aside itself inside another: one retrieval, one span.
 */
export function traceRetrieverCall<T>(
  start: RetrieverStart,
  invoke: () => Promise<T>,
  documents: (result: T) => RetrievedDocument[] | undefined,
  telemetry: CallTelemetry,
): Promise<T> {
  if (insideManualRetrievalSpan(context.active())) return invoke();
  const attributes: Attributes = {};
  put(attributes, sc.ATTR_SPAN_TYPE, "retrieval");
  put(attributes, sc.ATTR_OPERATION_NAME, sc.OPERATION_RETRIEVAL);
  put(attributes, sc.ATTR_DATA_SOURCE_ID, start.dataSource);
  put(attributes, sc.ATTR_DB_SYSTEM_NAME, start.dbSystem);
  put(attributes, sc.ATTR_RETRIEVAL_TOP_K, start.topK);
  return runRetrievalSpan(start.dataSource, attributes, start.queryText, invoke, documents, telemetry, MANUAL_RETRIEVAL_KEY);
}

/**
 * The span every automatic retrieval shares: "retrieval {data source}" (CLIENT) around the
 * search, the query text (content opt-in) and the documents read from its answer. An answer that
 * cannot be mapped leaves the span with what the request said. `mark` marks the span's context
 * (a retriever marks it, so a store client beneath it steps aside).
 */
export function runRetrievalSpan<T>(
  dataSource: string,
  attributes: Attributes,
  queryText: (() => string | undefined) | undefined,
  invoke: () => Promise<T>,
  documents: (result: T) => RetrievedDocument[] | undefined,
  telemetry: CallTelemetry,
  mark?: symbol,
): Promise<T> {
  return runInSpan(
    `retrieval ${dataSource}`,
    SpanKind.CLIENT,
    attributes,
    async (span) => {
      const content = telemetry.contentPolicy();
      if (queryText !== undefined) recordContent(span, sc.ATTR_RETRIEVAL_QUERY_TEXT, queryText, content);
      const result = await invoke();
      let docs: RetrievedDocument[] | undefined;
      try {
        docs = documents(result);
      } catch (err) {
        telemetry.diag.debug("a retrieval's answer could not be mapped; the span keeps what the request said", err);
      }
      if (docs !== undefined) setDocuments(span, docs, content);
      return result;
    },
    { tracer: telemetry.callTracer(), mark },
  );
}

/** The text a stored payload most likely holds, by the field names RAG frameworks write. */
export function payloadText(payload: unknown): string | undefined {
  if (payload === null || typeof payload !== "object") return undefined;
  const p = payload as Record<string, unknown>;
  for (const key of ["content", "text", "page_content", "pageContent", "document", "chunk"]) if (typeof p[key] === "string") return p[key] as string;
  return undefined;
}

/** A base URL's host and port (the scheme's default port when none is given). */
export function serverOf(baseURL: string | undefined): { address: string; port: number } | undefined {
  if (baseURL === undefined) return undefined;
  try {
    const url = new URL(baseURL);
    return { address: url.hostname, port: url.port !== "" ? Number(url.port) : url.protocol === "http:" ? 80 : 443 };
  } catch {
    return undefined;
  }
}
