import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { configureContent } from "../../content";
import { expectSpan } from "../../test-support/expected-attributes";
import { useInMemoryTracing, parentId } from "../../test-support/in-memory";
import { MCP_WEATHER, startMcpToolServer, type McpToolServer } from "../../test-support/mcp-tool-server";
import { VERSION } from "../../version";
import { instrumentMcp } from "./instrumentation";

const otel = useInMemoryTracing();
let server: McpToolServer;
// Loaded with import(), as an ESM app would; the types of that build, too.
type ClientModule = typeof import("@modelcontextprotocol/sdk/client/index.js", { with: { "resolution-mode": "import" } });
let Client: ClientModule["Client"];
let client: InstanceType<ClientModule["Client"]>;
let transport: InstanceType<
  typeof import("@modelcontextprotocol/sdk/client/streamableHttp.js", { with: { "resolution-mode": "import" } }).StreamableHTTPClientTransport
>;

beforeAll(async () => {
  const clientModule = await import("@modelcontextprotocol/sdk/client/index.js");
  instrumentMcp(clientModule);
  Client = clientModule.Client;
  const { StreamableHTTPClientTransport } = await import("@modelcontextprotocol/sdk/client/streamableHttp.js");
  server = await startMcpToolServer();
  client = new Client({ name: "llmscope-test-client", version: "1.0.0" });
  transport = new StreamableHTTPClientTransport(new URL(server.url));
  await client.connect(transport);
});
afterAll(async () => {
  await client?.close();
  await server?.close();
});
afterEach(() => configureContent());

const port = () => Number(new URL(server.url).port);

describe("MCP Client.callTool over Streamable HTTP", () => {
  it("records a tools/call span attribute by attribute", async () => {
    const result = await client.callTool({ name: "get_weather", arguments: { city: "Paris" } });
    expect(result.structuredContent).toEqual(MCP_WEATHER);
    expectSpan(otel.span("tools/call get_weather"), {
      kind: SpanKind.CLIENT,
      // Its own tracer, as every llmscope instrumentation: the scope tells which SDK the span came from.
      scope: { name: "llmscope-mcp", version: VERSION },
      attributes: {
        "gen_ai.operation.name": "execute_tool",
        "mcp.method.name": "tools/call",
        "gen_ai.tool.name": "get_weather",
        // The id the server saw for this very request.
        "jsonrpc.request.id": String(server.toolRequestIds.at(-1)),
        "mcp.session.id": transport.sessionId,
        "network.transport": "tcp",
        "server.address": "127.0.0.1",
        "server.port": port(),
      },
    });
    expect(transport.sessionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("the server receives the span's trace context in _meta; the app's own _meta and params are kept as they were", async () => {
    const params = { name: "get_weather", arguments: { city: "Paris" }, _meta: { progressToken: "p1" } };
    await client.callTool(params);
    const { traceId, spanId } = otel.span("tools/call get_weather").spanContext();
    expect(server.toolMetas.at(-1)).toEqual({ progressToken: "p1", traceparent: `00-${traceId}-${spanId}-01` });
    expect(params).toEqual({ name: "get_weather", arguments: { city: "Paris" }, _meta: { progressToken: "p1" } });
  });

  it("arguments and result only under the content opt-in", async () => {
    await client.callTool({ name: "get_weather", arguments: { city: "Paris" } });
    expect(Object.keys(otel.span("tools/call get_weather").attributes).filter((k) => k.startsWith("gen_ai.tool.call."))).toEqual([]);
    otel.exporter.reset();
    configureContent({ capture: true });
    await client.callTool({ name: "get_weather", arguments: { city: "Paris" } });
    const attrs = otel.span("tools/call get_weather").attributes;
    expect(JSON.parse(attrs["gen_ai.tool.call.arguments"] as string)).toEqual({ city: "Paris" });
    expect(JSON.parse(attrs["gen_ai.tool.call.result"] as string)).toEqual(MCP_WEATHER);
  });

  it("a tool that answers isError: ERROR status, error.type tool_error, the tool's message; the app gets the result", async () => {
    const result = await client.callTool({ name: "flaky_lookup", arguments: { id: "42" } });
    expect(result.isError).toBe(true);
    const span = otel.span("tools/call flaky_lookup");
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: "upstream lookup service unavailable" });
    expect(span.attributes["error.type"]).toBe("tool_error");
  });

  it("a JSON-RPC error (the client's request timeout): error.type and rpc.response.status_code are its code; the same error reaches the app", async () => {
    const err = await client.callTool({ name: "slow_report" }, undefined, { timeout: 50 }).catch((e: unknown) => e);
    expect((err as { code?: number }).code).toBe(-32001);
    const span = otel.span("tools/call slow_report");
    expect(span.status.code).toBe(SpanStatusCode.ERROR);
    expect(span.attributes).toMatchObject({ "error.type": "-32001", "rpc.response.status_code": "-32001" });
    expect(span.events.map((e) => e.name)).toEqual(["exception"]);
  });

  it("a tool call inside the app's span is its child (the agent → tool tree)", async () => {
    await otel.tracer().startActiveSpan("agent step", async (step) => {
      await client.callTool({ name: "get_weather", arguments: { city: "Paris" } });
      step.end();
    });
    expect(parentId(otel.span("tools/call get_weather"))).toBe(otel.span("agent step").spanContext().spanId);
  });
});

describe("MCP Client.callTool over stdio", () => {
  it("records network.transport=pipe and no server address or session", async () => {
    const { StdioClientTransport } = await import("@modelcontextprotocol/sdk/client/stdio.js");
    const stdio = new Client({ name: "llmscope-test-client", version: "1.0.0" });
    await stdio.connect(
      new StdioClientTransport({ command: process.execPath, args: [path.join(__dirname, "../../test-support/mcp-stdio-server.mjs")], stderr: "pipe" }),
    );
    try {
      const result = await stdio.callTool({ name: "get_weather", arguments: { city: "Lyon" } });
      expect(result.content).toEqual([{ type: "text", text: "Lyon: 18°C" }]);
    } finally {
      await stdio.close();
    }
    const attrs = otel.span("tools/call get_weather").attributes;
    expect(attrs).toEqual({
      "gen_ai.operation.name": "execute_tool",
      "mcp.method.name": "tools/call",
      "gen_ai.tool.name": "get_weather",
      "jsonrpc.request.id": "1",
      "network.transport": "pipe",
    });
  });

  it("instrumentMcp names what it expected when given something else", () => {
    expect(() => instrumentMcp({})).toThrow(/instrumentMcp: expected the MCP client module/);
  });
});
