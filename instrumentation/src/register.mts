/**
 * The zero-code entry point for ES modules: `import "llmscope/register"` as the app's first import,
 * or `node --import llmscope/register app.mjs`. The top-level await holds the app's own modules
 * back until its copies of the SDKs are patched: in a static import graph they are already loaded
 * by the time this module runs, out of reach of any loader hook.
 */
import { registerFromEntry } from "./setup.js";

await registerFromEntry().ready;
