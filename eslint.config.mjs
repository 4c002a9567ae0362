// ESLint for every workspace: the recommended JavaScript and typescript-eslint rules (syntax only,
// no type information, so it stays fast); `npm run lint` runs it with `prettier --check`.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["**/dist/**", "**/dist-*/**", "**/node_modules/**", "**/data/**", "dashboards/generated/**", "collector/ui/static/**", "**/*.d.ts", "**/*.d.mts"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // The detectors and parsers match control, invisible and joining characters on purpose, each
      // written as an escape.
      "no-control-regex": "off",
      "no-misleading-character-class": "off",
      // `_`-prefixed names are deliberately unused (a callback's position, a destructured rest).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
    },
  },
  {
    // Tests and their fakes read loosely typed JSON documents (Grafana dashboards, OTLP and provider
    // payloads) field by field and let the assertion fail on a wrong shape.
    files: ["test/**", "**/*.test.ts", "**/test-support/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // The one type per workspace for untyped JSON from outside (provider SDK payloads, Grafana's API).
    files: ["instrumentation/src/instrumentations/json-values.ts", "dashboards/src/stack-check/json.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // The trace explorer's page runs in the browser.
    files: ["collector/ui/src/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Plain Node scripts (bins, eval-set generators, fixtures) load with require().
    files: ["**/*.cjs", "**/bin/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
