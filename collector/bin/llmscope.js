#!/usr/bin/env node
"use strict";
// Compiled by `npm run build` (run by `npm install` through the root "prepare" script).
let main;
try {
  ({ main } = require("../dist/surface/cli/main.js"));
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND") {
    process.stderr.write("llmscope: the collector is not built yet; run `npm run build` in the llmscope checkout.\n");
    process.exit(1);
  }
  throw err;
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
