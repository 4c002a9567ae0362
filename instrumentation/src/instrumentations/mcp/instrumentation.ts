import type { Json } from "../json-values";
import type { CallTelemetry } from "../telemetry";
import { SubpathInstrumentation, type AsyncMethod, type PrototypePatch, type SubpathTarget } from "../subpath-instrumentation";
import { traceToolCall } from "./tool-call";

/** The `@modelcontextprotocol/sdk` versions whose Client.callTool llmscope patches. */
export const MCP_SUPPORTED_VERSIONS = [">=1.10 <2"];

/**
 * The package's main entry is not what apps import (its "." points at a file the package does not
 * ship): the Client lives in `client/index.js`, imported as `@modelcontextprotocol/sdk/client/index.js`
 * (or `/client`). These subpaths are hooked by specifier (subpath-hooks.ts), patched in the app's
 * ES-module copy, and looked up in require.cache.
 */
export const MCP_CLIENT_SUBPATHS = ["./client/index.js", "./client"];
const SPECIFIERS = MCP_CLIENT_SUBPATHS.map((s) => `@modelcontextprotocol/sdk/${s.slice(2)}`);

interface McpClient {
  _requestMessageId?: unknown;
  _transport?: { sessionId?: unknown; _url?: unknown; _serverParams?: unknown; constructor?: { name?: string } };
}
type CallTool = (this: McpClient, params: Json, ...rest: unknown[]) => Promise<unknown>;

function clientPrototype(exports: unknown): { callTool?: CallTool } | undefined {
  const mod = exports as Json | undefined;
  const proto = (mod?.Client ?? mod?.default?.Client)?.prototype as { callTool?: CallTool } | undefined;
  return typeof proto?.callTool === "function" ? proto : undefined;
}

export class McpInstrumentation extends SubpathInstrumentation {
  static readonly target: SubpathTarget = {
    name: "llmscope-mcp",
    specifiers: SPECIFIERS,
    /** MCP_SUPPORTED_VERSIONS. */
    supportsVersion: (version) => {
      const [major, minor] = version.split(".").map(Number);
      return major === 1 && minor! >= 10;
    },
  };

  protected prototypePatches(exports: unknown): PrototypePatch[] {
    const proto = clientPrototype(exports);
    return proto === undefined
      ? []
      : [{ proto: proto as Record<string, AsyncMethod>, method: "callTool", wrap: (original) => patched(original as CallTool, this) as AsyncMethod }];
  }
}

function patched(original: CallTool, telemetry: CallTelemetry): CallTool {
  return function (this: McpClient, params: Json, ...rest: unknown[]): Promise<unknown> {
    if (params === null || typeof params !== "object") return original.call(this, params, ...rest);
    const transport = this._transport;
    // callTool sends its request synchronously, so the id it takes is the client's next one.
    const nextId = this._requestMessageId;
    const url = transport?._url instanceof URL ? transport._url : undefined;
    return traceToolCall(
      telemetry,
      {
        tool: typeof params.name === "string" ? params.name : undefined,
        arguments: params.arguments,
        requestId: typeof nextId === "number" ? nextId : undefined,
        sessionId: typeof transport?.sessionId === "string" ? transport.sessionId : undefined,
        networkTransport: url !== undefined ? "tcp" : transport?._serverParams !== undefined ? "pipe" : undefined,
        serverURL: url,
      },
      // A copy of the app's params: its object is left as it was.
      (meta) =>
        original.call(this, Object.keys(meta).length === 0 ? params : { ...params, _meta: { ...meta, ...(params._meta as object | undefined) } }, ...rest),
    );
  };
}

let manual: McpInstrumentation | undefined;

/** The explicit fallback for bundled apps: pass `@modelcontextprotocol/sdk/client/index.js` (or its Client class holder). */
export function instrumentMcp(module: unknown): void {
  manual ??= new McpInstrumentation({ enabled: false });
  if (clientPrototype(module) === undefined) {
    throw new Error(
      'instrumentMcp: expected the MCP client module (import * as m from "@modelcontextprotocol/sdk/client/index.js"); found no Client class with callTool on it',
    );
  }
  manual.patch(module);
}
