import { SpanKind, type Span } from "@opentelemetry/api";
import { contentPolicy, recordContent, type ContentPolicy } from "./content";
import { MANUAL_RETRIEVAL_KEY } from "./instrumentations/manual-span";
import {
  ATTR_DATA_SOURCE_ID,
  ATTR_DB_COLLECTION_NAME,
  ATTR_DB_SYSTEM_NAME,
  ATTR_OPERATION_NAME,
  ATTR_RETRIEVAL_DOCUMENTS,
  ATTR_RETRIEVAL_DOCUMENTS_COUNT,
  ATTR_RETRIEVAL_QUERY_TEXT,
  ATTR_RETRIEVAL_SCORE_MAX,
  ATTR_RETRIEVAL_SCORE_MEAN,
  ATTR_RETRIEVAL_SCORE_MIN,
  ATTR_RETRIEVAL_SCORE_THRESHOLD,
  ATTR_RETRIEVAL_TOP_K,
  ATTR_SPAN_TYPE,
  OPERATION_RETRIEVAL,
} from "@llmscope/semconv";
import { runInSpan, type RunOptions } from "./span-runner";

export interface RetrievalRequest {
  dataSourceId: string;
  topK?: number;
  dbSystem?: string;
  collection?: string;
  query?: string;
  scoreThreshold?: number;
}

export interface RetrievedDocument {
  id: string;
  score?: number;
  content?: string;
}

export interface RetrievalSpan {
  setDocuments(docs: RetrievedDocument[]): void;
}

/** Traces a vector/keyword search as "retrieval {dataSourceId}" (CLIENT). */
export function traceRetrieval<T>(req: RetrievalRequest, fn: (span: RetrievalSpan) => Promise<T>): Promise<T> {
  const attributes = {
    [ATTR_SPAN_TYPE]: "retrieval",
    [ATTR_OPERATION_NAME]: OPERATION_RETRIEVAL,
    [ATTR_DATA_SOURCE_ID]: req.dataSourceId,
    ...(req.topK !== undefined && { [ATTR_RETRIEVAL_TOP_K]: req.topK }),
    ...(req.dbSystem !== undefined && { [ATTR_DB_SYSTEM_NAME]: req.dbSystem }),
    ...(req.collection !== undefined && { [ATTR_DB_COLLECTION_NAME]: req.collection }),
    ...(req.scoreThreshold !== undefined && { [ATTR_RETRIEVAL_SCORE_THRESHOLD]: req.scoreThreshold }),
  };
  return runInSpan(
    `retrieval ${req.dataSourceId}`,
    SpanKind.CLIENT,
    attributes,
    (span) => {
      recordContent(span, ATTR_RETRIEVAL_QUERY_TEXT, () => req.query);
      return fn({ setDocuments: (docs) => setDocuments(span, docs) });
    },
    MANUAL_RETRIEVAL,
  );
}

// A vector-store client call inside is this retrieval: its auto-instrumentation steps aside.
const MANUAL_RETRIEVAL: RunOptions = { mark: MANUAL_RETRIEVAL_KEY };

/** Documents count, score statistics, and (content opt-in) the documents themselves. */
export function setDocuments(span: Span, docs: RetrievedDocument[], content: ContentPolicy = contentPolicy()): void {
  span.setAttribute(ATTR_RETRIEVAL_DOCUMENTS_COUNT, docs.length);
  const scores = docs.map((d) => d.score).filter((s): s is number => typeof s === "number" && Number.isFinite(s));
  if (scores.length > 0) {
    // reduce, not Math.max(...scores): spreading a very long result list overflows the stack.
    span.setAttributes({
      [ATTR_RETRIEVAL_SCORE_MAX]: scores.reduce((a, b) => Math.max(a, b)),
      [ATTR_RETRIEVAL_SCORE_MIN]: scores.reduce((a, b) => Math.min(a, b)),
      [ATTR_RETRIEVAL_SCORE_MEAN]: scores.reduce((a, b) => a + b, 0) / scores.length,
    });
  }
  // Fields are picked one by one so an app passing its own objects (with embeddings, metadata…)
  // never leaks vectors into the span.
  recordContent(
    span,
    ATTR_RETRIEVAL_DOCUMENTS,
    () => JSON.stringify(docs.map((d) => ({ id: d.id, score: d.score, ...(d.content !== undefined && { content: d.content }) }))),
    content,
  );
}
