/**
 * The zero-code entry point: `import "llmscope/register"`, `require("llmscope/register")` or
 * `node --import llmscope/register app.js` set up tracing from the OTEL_* environment variables.
 */
import { register } from "./setup";

register();
