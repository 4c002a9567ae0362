/**
 * cohere-ai's rerank (v1 `CohereClient.rerank`, v2 `CohereClientV2.rerank`) as a retrieval span:
 * "rerank {model}" (CLIENT), gen_ai.operation.name=rerank. Reranking orders documents the app
 * already retrieved; it bills search units, not tokens, so it is a retrieval step, not an LLM call.
 */
import { SpanKind, type Attributes } from "@opentelemetry/api";
import * as sc from "@llmscope/semconv";
import { recordContent } from "../../content";
import { setDocuments, type RetrievedDocument } from "../../retrieval";
import { runInSpan } from "../../span-runner";
import { type Json, num, put, str } from "../json-values";
import { httpStatus } from "../llm-call";
import { serverOf } from "../retrieval-call";
import type { CallTelemetry } from "../telemetry";
import { PROVIDER } from "./mapping";

export function traceRerank<T>(params: Json, baseURL: string | undefined, invoke: () => Promise<T>, telemetry: CallTelemetry): Promise<T> {
  const model = str(params.model);
  const documents: unknown[] | undefined = Array.isArray(params.documents) ? params.documents : undefined;
  const server = serverOf(baseURL);
  const attributes: Attributes = {};
  put(attributes, sc.ATTR_SPAN_TYPE, "retrieval");
  put(attributes, sc.ATTR_OPERATION_NAME, sc.OPERATION_RERANK);
  put(attributes, sc.ATTR_PROVIDER_NAME, PROVIDER);
  put(attributes, sc.ATTR_REQUEST_MODEL, model);
  put(attributes, sc.ATTR_RERANK_TOP_N, num(params.topN));
  put(attributes, sc.ATTR_RERANK_DOCUMENTS_COUNT, documents?.length);
  put(attributes, sc.ATTR_SERVER_ADDRESS, server?.address);
  put(attributes, sc.ATTR_SERVER_PORT, server?.port);
  return runInSpan(
    model === undefined ? "rerank" : `rerank ${model}`,
    SpanKind.CLIENT,
    attributes,
    async (span) => {
      const content = telemetry.contentPolicy();
      recordContent(span, sc.ATTR_RETRIEVAL_QUERY_TEXT, () => str(params.query), content);
      let response: T;
      try {
        response = await invoke();
      } catch (err) {
        const status = httpStatus(err);
        if (status !== undefined) span.setAttribute(sc.ATTR_HTTP_RESPONSE_STATUS_CODE, status);
        throw err;
      }
      try {
        // The inner method resolves to { data, rawResponse }.
        const data = (response as { data?: Json } | null)?.data;
        const id = str(data?.id);
        if (id !== undefined) span.setAttribute(sc.ATTR_RESPONSE_ID, id);
        const units = num(data?.meta?.billedUnits?.searchUnits);
        if (units !== undefined) span.setAttribute(sc.ATTR_RERANK_SEARCH_UNITS, units);
        if (Array.isArray(data?.results))
          setDocuments(
            span,
            data.results.map((r: Json) => ranked(r, documents)),
            content,
          );
      } catch (err) {
        telemetry.diag.debug("a Cohere rerank answer could not be mapped; the span keeps what the request said", err);
      }
      return response;
    },
    { tracer: telemetry.callTracer() },
  );
}

/** A ranked result: the document's place in the request's list, its relevance, its text (v2: a string; v1: a string or `{ text }`). */
function ranked(result: Json, documents: unknown[] | undefined): RetrievedDocument {
  const index = num(result.index);
  const doc: unknown = result.document ?? (index === undefined ? undefined : documents?.[index]);
  const content = typeof doc === "string" ? doc : doc !== null && typeof doc === "object" ? (str((doc as Json).text) ?? JSON.stringify(doc)) : undefined;
  return { id: index === undefined ? "" : String(index), score: num(result.relevanceScore), content };
}
