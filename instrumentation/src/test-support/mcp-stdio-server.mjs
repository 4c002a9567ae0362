// The same MCP tools served over stdio, as a child process the client spawns (network.transport=pipe).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "llmscope-test-tools-stdio", version: "1.0.0" });
server.registerTool("get_weather", { description: "Current weather", inputSchema: { city: z.string() } }, async ({ city }) => ({
  content: [{ type: "text", text: `${city}: 18°C` }],
}));
await server.connect(new StdioServerTransport());
