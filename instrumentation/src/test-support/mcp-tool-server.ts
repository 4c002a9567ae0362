/**
 * A real MCP server from `@modelcontextprotocol/sdk` (McpServer over Streamable HTTP, one session per
 * client) on 127.0.0.1, with tools that answer, fail (isError) and take too long, for the MCP
 * client instrumentation tests. Each call's JSON-RPC request id is kept, to check the client span's.
 */
import { randomUUID } from "node:crypto";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";

export const MCP_WEATHER = { city: "Paris", celsius: 18 };

export interface McpToolServer {
  /** The MCP endpoint, e.g. http://127.0.0.1:41234/mcp */
  readonly url: string;
  /** The JSON-RPC request ids of the tools/call requests received, in order. */
  readonly toolRequestIds: (string | number)[];
  /** The `_meta` of each tools/call request received, in order. */
  readonly toolMetas: (Record<string, unknown> | undefined)[];
  close(): Promise<void>;
}

/** The tools, registered on any McpServer (also the stdio one). */
export function registerTools(
  server: { registerTool: (...args: any[]) => unknown },
  seen?: (string | number)[],
  metas?: (Record<string, unknown> | undefined)[],
): void {
  server.registerTool(
    "get_weather",
    { description: "Current weather", inputSchema: { city: z.string() } },
    async ({ city }: { city: string }, extra: { requestId: string | number; _meta?: Record<string, unknown> }) => {
      seen?.push(extra.requestId);
      metas?.push(extra._meta);
      return { content: [{ type: "text", text: `${city}: ${MCP_WEATHER.celsius}°C` }], structuredContent: { ...MCP_WEATHER, city } };
    },
  );
  server.registerTool(
    "flaky_lookup",
    { description: "Always fails", inputSchema: { id: z.string() } },
    async (_args: unknown, extra: { requestId: string | number }) => {
      seen?.push(extra.requestId);
      return { content: [{ type: "text", text: "upstream lookup service unavailable" }], isError: true };
    },
  );
  server.registerTool("slow_report", { description: "Takes a second" }, async (extra: { requestId: string | number }) => {
    seen?.push(extra.requestId);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    return { content: [{ type: "text", text: "done" }] };
  });
}

export async function startMcpToolServer(): Promise<McpToolServer> {
  const { McpServer } = await import("@modelcontextprotocol/sdk/server/mcp.js");
  const { StreamableHTTPServerTransport } = await import("@modelcontextprotocol/sdk/server/streamableHttp.js");
  const sessions = new Map<string, InstanceType<typeof StreamableHTTPServerTransport>>();
  const toolRequestIds: (string | number)[] = [];
  const toolMetas: (Record<string, unknown> | undefined)[] = [];
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (d: Buffer) => (raw += d.toString()));
    req.on("end", async () => {
      const body = raw === "" ? undefined : JSON.parse(raw);
      const id = req.headers["mcp-session-id"];
      let transport = typeof id === "string" ? sessions.get(id) : undefined;
      if (transport === undefined) {
        transport = new StreamableHTTPServerTransport({
          sessionIdGenerator: () => randomUUID(),
          onsessioninitialized: (sid) => void sessions.set(sid, transport!),
        });
        const mcp = new McpServer({ name: "llmscope-test-tools", version: "1.0.0" });
        registerTools(mcp, toolRequestIds, toolMetas);
        await mcp.connect(transport);
      }
      await transport.handleRequest(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    toolRequestIds,
    toolMetas,
    close: async () => {
      for (const t of sessions.values()) await t.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
