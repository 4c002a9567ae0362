/**
 * The zero-code entry point for CommonJS: `require("llmscope/register")` or
 * `node --require llmscope/register app.js` set up tracing from the OTEL_* environment variables.
 * ES modules get register.mts (package.json "exports" picks by condition).
 */
import { registerFromEntry } from "./setup";

registerFromEntry();
