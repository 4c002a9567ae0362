#!/usr/bin/env node
"use strict";
// `npx llmscope <command>` in an app folder: `doctor` runs here, the collector's commands are
// handed to @llmscope/collector when it is installed.
require("../dist/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
