import { InstrumentationNodeModuleDefinition, isWrapped } from "@opentelemetry/instrumentation";
import { LlmscopeInstrumentation, type LlmscopeInstrumentationConfig } from "../instrumentation-base";
import type { CallTelemetry } from "../telemetry";
import type { RetrievedDocument } from "../../retrieval";
import { type Json, num, str } from "../json-values";
import { traceVectorQuery } from "../retrieval-call";

/** The `chromadb` versions whose collection class llmscope patches. */
export const CHROMA_SUPPORTED_VERSIONS = [">=3 <4"];

interface CollectionThis {
  name?: string;
  id?: string;
  apiClient?: { getConfig?: () => { baseUrl?: string } };
}
type Query = (this: CollectionThis, args: Json) => Promise<unknown>;

/**
 * The collection class the clients return is not exported; CollectionHandle (exported) extends
 * it, so its parent prototype is where `query` lives for every collection, handle or not.
 */
function collectionPrototype(exports: unknown): { query: Query } | undefined {
  const handle = (exports as Json | undefined)?.CollectionHandle;
  const proto = typeof handle === "function" ? Object.getPrototypeOf(handle.prototype) : undefined;
  return typeof proto?.query === "function" ? proto : undefined;
}

export class ChromaInstrumentation extends LlmscopeInstrumentation {
  constructor(config: LlmscopeInstrumentationConfig = {}) {
    super("llmscope-chroma", config);
  }

  protected init(): InstrumentationNodeModuleDefinition[] {
    return [
      new InstrumentationNodeModuleDefinition(
        "chromadb",
        CHROMA_SUPPORTED_VERSIONS,
        (e: unknown) => this.patch(e),
        (e: unknown) => this.unpatch(e),
      ),
    ];
  }

  patch<T>(exports: T): T {
    const proto = collectionPrototype(exports);
    if (proto !== undefined && !isWrapped(proto.query)) this._wrap(proto, "query", (original) => patchedQuery(original, this));
    return exports;
  }

  unpatch(exports: unknown): void {
    const proto = collectionPrototype(exports);
    if (proto !== undefined && isWrapped(proto.query)) this._unwrap(proto, "query");
  }
}

function patchedQuery(original: Query, telemetry: CallTelemetry): Query {
  return function (this: CollectionThis, args: Json): Promise<unknown> {
    const start = {
      dbSystem: "chroma",
      // A handle from client.collection(id) has no name: its id names it.
      collection: str(this.name) || str(this.id),
      operation: "query",
      topK: num(args?.nResults) ?? 10,
      baseURL: baseUrl(this),
      queryText: () => (Array.isArray(args?.queryTexts) ? args.queryTexts.join("\n") : str(args?.queryTexts)),
    };
    return traceVectorQuery(start, () => original.call(this, args), documents, telemetry);
  };
}

function baseUrl(collection: CollectionThis): string | undefined {
  try {
    return collection.apiClient?.getConfig?.().baseUrl;
  } catch {
    return undefined;
  }
}

/**
 * One row of results per query embedding or text, flattened. Chroma answers with distances
 * (lower is closer), recorded as the documents' scores.
 */
function documents(result: unknown): RetrievedDocument[] {
  const r = result as Json | undefined;
  const ids: unknown[][] = Array.isArray(r?.ids) ? r.ids : [];
  return ids.flatMap((row, q) =>
    (Array.isArray(row) ? row : []).map((id, i) => ({
      id: String(id),
      score: num(r?.distances?.[q]?.[i]),
      content: str(r?.documents?.[q]?.[i]),
    })),
  );
}

let manual: ChromaInstrumentation | undefined;

/** The explicit fallback for bundled apps: pass the `chromadb` module. */
export function instrumentChroma(module: unknown): void {
  manual ??= new ChromaInstrumentation({ enabled: false });
  if (collectionPrototype(module) === undefined) {
    throw new Error('instrumentChroma: expected the `chromadb` module (import * as m from "chromadb"); found no CollectionHandle class with query() on it');
  }
  manual.patch(module);
}
