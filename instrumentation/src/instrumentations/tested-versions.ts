import { ANTHROPIC_SUPPORTED_VERSIONS } from "./anthropic/instrumentation";
import { BEDROCK_SUPPORTED_VERSIONS } from "./bedrock/instrumentation";
import { CHROMA_SUPPORTED_VERSIONS } from "./chroma/instrumentation";
import { COHERE_SUPPORTED_VERSIONS } from "./cohere/instrumentation";
import { GOOGLE_GENAI_SUPPORTED_VERSIONS } from "./google-genai/instrumentation";
import { LANGCHAIN_SUPPORTED_VERSIONS } from "./langchain/instrumentation";
import { LLAMAINDEX_SUPPORTED_VERSIONS } from "./llamaindex/instrumentation";
import { LLAMAINDEX_WORKFLOW_SUPPORTED_VERSIONS } from "./llamaindex-workflow/instrumentation";
import { MCP_SUPPORTED_VERSIONS } from "./mcp/instrumentation";
import { MISTRAL_SUPPORTED_VERSIONS } from "./mistral/instrumentation";
import { OLLAMA_SUPPORTED_VERSIONS } from "./ollama/instrumentation";
import { OPENAI_SUPPORTED_VERSIONS } from "./openai/instrumentation";
import { PINECONE_SUPPORTED_VERSIONS } from "./pinecone/instrumentation";
import { QDRANT_SUPPORTED_VERSIONS } from "./qdrant/instrumentation";

/**
 * The releases the version-matrix test runs the instrumentation against: the oldest and the
 * newest release of every major inside the declared range. A release between two tested ones of
 * the same major counts as tested.
 */
export const TESTED_SDK_VERSIONS: Record<string, readonly string[]> = {
  openai: ["4.0.0", "4.104.0", "5.0.0", "5.23.2", "6.0.0", "6.49.0", "7.0.0", "7.59.0"],
  "@anthropic-ai/sdk": ["0.20.0", "0.137.0", "1.0.0", "1.16.0"],
};

/**
 * The other instrumented packages are tested at one release: the one the repository's own
 * per-instrumentation tests install (the devDependency), against a local fake of the API.
 */
export const SINGLE_TESTED_VERSIONS: Record<string, string> = {
  ollama: "0.6.4",
  "@google/genai": "2.32.0",
  "@aws-sdk/client-bedrock-runtime": "3.1164.0",
  "@qdrant/js-client-rest": "1.17.0",
  "@pinecone-database/pinecone": "8.2.0",
  chromadb: "3.5.0",
  "@mistralai/mistralai": "2.5.0",
  "cohere-ai": "8.1.0",
  "@modelcontextprotocol/sdk": "1.32.2",
  "@langchain/core": "1.4.0",
  "@llamaindex/core": "0.6.22",
  "@llamaindex/workflow": "1.1.24",
};

export const SDK_PACKAGES = [
  "openai",
  "@anthropic-ai/sdk",
  "ollama",
  "@google/genai",
  "@aws-sdk/client-bedrock-runtime",
  "@qdrant/js-client-rest",
  "@pinecone-database/pinecone",
  "chromadb",
  "@mistralai/mistralai",
  "cohere-ai",
  "@modelcontextprotocol/sdk",
  "@langchain/core",
  "@llamaindex/core",
  "@llamaindex/workflow",
] as const;

const DECLARED: Record<string, readonly string[]> = {
  openai: OPENAI_SUPPORTED_VERSIONS,
  "@anthropic-ai/sdk": ANTHROPIC_SUPPORTED_VERSIONS,
  ollama: OLLAMA_SUPPORTED_VERSIONS,
  "@google/genai": GOOGLE_GENAI_SUPPORTED_VERSIONS,
  "@aws-sdk/client-bedrock-runtime": BEDROCK_SUPPORTED_VERSIONS,
  "@qdrant/js-client-rest": QDRANT_SUPPORTED_VERSIONS,
  "@pinecone-database/pinecone": PINECONE_SUPPORTED_VERSIONS,
  chromadb: CHROMA_SUPPORTED_VERSIONS,
  "@mistralai/mistralai": MISTRAL_SUPPORTED_VERSIONS,
  "cohere-ai": COHERE_SUPPORTED_VERSIONS,
  "@modelcontextprotocol/sdk": MCP_SUPPORTED_VERSIONS,
  "@langchain/core": LANGCHAIN_SUPPORTED_VERSIONS,
  "@llamaindex/core": LLAMAINDEX_SUPPORTED_VERSIONS,
  "@llamaindex/workflow": LLAMAINDEX_WORKFLOW_SUPPORTED_VERSIONS,
};

export interface VersionCheck {
  ok: boolean;
  /** The tested ranges, e.g. "4.0.0–4.104.0, 5.0.0–5.23.2". */
  range: string;
  fix?: string;
}

/** Whether `version` of `sdk` lies within a tested major's oldest–newest span. */
export function checkSdkVersion(sdk: string, version: string): VersionCheck {
  const single = SINGLE_TESTED_VERSIONS[sdk];
  const tested = TESTED_SDK_VERSIONS[sdk] ?? (single === undefined ? [] : [single]);
  const spans = majorSpans(tested);
  const range = spans.map(([lo, hi]) => (lo === hi ? lo : `${lo}–${hi}`)).join(", ");
  const v = parse(version);
  if (v === undefined) return { ok: false, range, fix: `could not read the version "${version}" of ${sdk}` };
  const inside = spans.some(([lo, hi]) => compare(v, parse(lo)!) >= 0 && compare(v, parse(hi)!) <= 0);
  if (inside) return { ok: true, range };
  const newest = tested.at(-1);
  return {
    ok: false,
    range,
    fix: `llmscope declares ${sdk} ${(DECLARED[sdk] ?? []).join(" || ")}; untested releases may not be traced. Use a tested release (e.g. npm install ${sdk}@${newest}) and report the version if it fails.`,
  };
}

/** [oldest, newest] per major, in order. */
function majorSpans(versions: readonly string[]): [string, string][] {
  const byMajor = new Map<string, string[]>();
  for (const v of versions) {
    const key = majorKey(v);
    byMajor.set(key, [...(byMajor.get(key) ?? []), v]);
  }
  return [...byMajor.values()].map((vs) => {
    const sorted = [...vs].sort((a, b) => compare(parse(a)!, parse(b)!));
    return [sorted[0]!, sorted.at(-1)!];
  });
}

/** 0.x releases break like majors do, so 0.20 and 0.137 are one "major" only if both are 0.x. */
function majorKey(version: string): string {
  return version.split(".")[0]!;
}

function parse(version: string): number[] | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return m === null ? undefined : [Number(m[1]), Number(m[2]), Number(m[3])];
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
