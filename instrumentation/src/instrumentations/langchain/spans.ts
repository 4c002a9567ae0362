import { SpanKind } from "@opentelemetry/api";
import type { RetrievedDocument } from "../../retrieval";
import { runInSpan } from "../../span-runner";
import { type Json, num, str } from "../json-values";
import { traceRetrieverCall } from "../retrieval-call";
import type { AsyncMethod as Method } from "../subpath-instrumentation";
import type { CallTelemetry } from "../telemetry";
import { traceToolRun } from "../tool-run";

/** A LangChain class's own name (`lc_name()`), which survives bundlers that mangle class names. */
function className(obj: unknown): string | undefined {
  const ctor = (obj as { constructor?: { name?: string; lc_name?: () => unknown } } | null)?.constructor;
  if (ctor === undefined) return undefined;
  try {
    const own = typeof ctor.lc_name === "function" ? ctor.lc_name() : undefined;
    return str(own) || str(ctor.name) || undefined;
  } catch {
    return str(ctor.name) || undefined;
  }
}

/**
 * A retriever's invoke() as "retrieval {data source}": the data source is the vector store a
 * VectorStoreRetriever reads (`MemoryVectorStore`, `QdrantVectorStore`, …), else the retriever's
 * own class; one retrieval, one span (traceRetrieverCall).
 */
export function patchedRetrieverInvoke(original: Method, telemetry: CallTelemetry): Method {
  return function (this: Json, input: unknown, ...rest: unknown[]): Promise<unknown> {
    const store = this.vectorStore as Json | undefined;
    let dbSystem: string | undefined;
    try {
      dbSystem = typeof store?._vectorstoreType === "function" ? str(store._vectorstoreType()) : undefined;
    } catch {
      dbSystem = undefined;
    }
    return traceRetrieverCall(
      {
        dataSource: (store !== undefined ? className(store) : undefined) ?? className(this) ?? "retriever",
        dbSystem,
        topK: num(this.k),
        queryText: () => str(input),
      },
      () => original.call(this, input, ...rest),
      (result) => (Array.isArray(result) ? result.map(toDocument) : undefined),
      telemetry,
    );
  };
}

/** A LangChain Document: its id when the store gave one, else its place in the list. */
function toDocument(doc: Json | undefined, index: number): RetrievedDocument {
  const id = str(doc?.id) ?? str(doc?.metadata?.id) ?? (typeof doc?.metadata?.id === "number" ? String(doc.metadata.id) : String(index));
  return { id, score: num(doc?.metadata?.score), content: str(doc?.pageContent) };
}

/** What LangChain's own `_isToolCall` checks: a model's tool call handed to the tool as is. */
function isToolCall(arg: unknown): arg is Json {
  return typeof arg === "object" && arg !== null && (arg as Json).type === "tool_call";
}

/**
 * StructuredTool.call() (which invoke() and every subclass's call() reach) as
 * "execute_tool {name}" (INTERNAL), as the GenAI conventions name a tool run in-process. A tool
 * that throws, or whose input fails its schema, is a failed span; the error reaches the app as is.
 */
export function patchedToolCall(original: Method, telemetry: CallTelemetry): Method {
  return function (this: Json, arg: unknown, config?: unknown, ...rest: unknown[]): Promise<unknown> {
    const callId = isToolCall(arg) ? str(arg.id) : str((config as Json | undefined)?.toolCall?.id);
    return traceToolRun(
      { name: str(this.name), callId, args: isToolCall(arg) ? arg.args : arg },
      () => original.call(this, arg, config, ...rest),
      // A ToolMessage when the tool was handed a tool call; its content is what the tool said.
      (result) => (isToolMessage(result) ? result.content : result),
      telemetry,
    );
  };
}

function isToolMessage(value: unknown): value is Json {
  return typeof value === "object" && value !== null && typeof (value as Json).tool_call_id === "string" && "content" in value;
}

/**
 * RunnableSequence.invoke() (a `prompt.pipe(model)` chain) as "chain {name}" (INTERNAL): the
 * parent that groups a chain's prompt, model call and parser. It carries no GenAI attributes,
 * so nothing counts it as a model call.
 */
export function patchedChainInvoke(original: Method, telemetry: CallTelemetry): Method {
  return function (this: Json, ...args: unknown[]): Promise<unknown> {
    const name = str(this.name) || "RunnableSequence";
    return runInSpan(`chain ${name}`, SpanKind.INTERNAL, {}, () => Promise.resolve(original.apply(this, args)), { tracer: telemetry.callTracer() });
  };
}
