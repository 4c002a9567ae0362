// The layering rules of docs/architecture.md, checked by `npm run lint:deps` (part of `npm test`).
//
// Collector layers, lowest first. A module may import its own layer and the layers below it, never
// one above. Tests are held to the same rules except that they may reach up (a store test may use
// the CLI to drive it); they are still checked for cycles.
const LAYERS = [
  ["telemetry", "^collector/src/telemetry/"],
  ["store", "^collector/src/store/"],
  ["ingest", "^collector/src/ingest/"],
  ["enrich", "^collector/src/enrich/"],
  ["export", "^collector/src/export/"],
  ["config", "^collector/src/config/"],
  ["analytics", "^collector/src/analytics/"],
  ["surface-http", "^collector/src/surface/(api|explorer)/"],
  ["assembly", "^collector/src/(pipeline|processor-chain)\\.ts$"],
  ["surface-cli", "^collector/src/surface/cli/"],
  ["entries", "^collector/src/(index|testing)\\.ts$"],
];

const TESTS = "(\\.test\\.ts$|/test-[^/]*\\.ts$|/test-support/|/fixtures/)";

const upward = LAYERS.slice(0, -1).map(([name, path], i) => ({
  name: `no-upward-from-${name}`,
  comment: `${name} may import only ${LAYERS.slice(0, i + 1)
    .map(([n]) => n)
    .join(", ")} (docs/architecture.md, "Layers")`,
  severity: "error",
  from: { path, pathNot: TESTS },
  to: { path: LAYERS.slice(i + 1).map(([, p]) => p) },
}));

/** Workspaces; each is a package and is reached from another only by its package name. */
const WORKSPACES = ["semconv", "instrumentation", "queries", "detectors", "collector", "tools", "dashboards"];

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "an import cycle ties modules that should be separable; move the shared part below both",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    ...upward,
    ...WORKSPACES.map((ws) => ({
      name: `${ws}-through-package-entries`,
      comment: `other workspaces reach ${ws}/ through its package name (its package.json exports), never by a relative path`,
      severity: "error",
      from: { path: "^(semconv|instrumentation|queries|detectors|collector|tools|dashboards)/", pathNot: [`^${ws}/`, TESTS] },
      to: { path: `^${ws}/`, dependencyTypes: ["local"] },
    })),
    {
      name: "queries-stands-alone",
      comment: "the SQL library (and the alert rules over it) is the bottom workspace: it imports no other",
      severity: "error",
      from: { path: "^queries/" },
      to: { path: "^(instrumentation|collector|tools|dashboards)/" },
    },
    {
      name: "detectors-stand-alone",
      comment: "the detectors know text, not spans: they import no other workspace",
      severity: "error",
      from: { path: "^detectors/" },
      to: { path: "^(instrumentation|queries|collector|tools|dashboards)/" },
    },
    {
      name: "dashboards-need-queries-only",
      comment: "the dashboard generator depends on the SQL library only, not on the collector",
      severity: "error",
      from: { path: "^dashboards/src/", pathNot: TESTS },
      to: { path: "^(collector|tools|instrumentation)/" },
    },
    {
      name: "collector-runs-without-tools",
      comment: "the collector's code does not import the tools workspace (the demo is loaded by name when present)",
      severity: "error",
      from: { path: "^collector/src/", pathNot: TESTS },
      to: { path: "^tools/" },
    },
    {
      name: "not-to-unresolvable",
      comment: "an import that does not resolve",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: "no-undeclared-dependency",
      comment: "a package imported by a workspace's code must be in that workspace's package.json",
      severity: "error",
      from: { path: "^(semconv|instrumentation|queries|detectors|collector|tools|dashboards)/src/", pathNot: TESTS },
      to: { dependencyTypes: ["npm-no-pkg", "npm-unknown"] },
    },
  ],
  options: {
    // Packages (and the workspaces' build output they resolve to) are leaves: their imports are
    // not followed, but an import of them is still checked.
    doNotFollow: { path: ["node_modules", "(^|/)dist/"] },
    exclude: { path: "(^|/)generated/|\\.d\\.m?ts$" },
    tsConfig: { fileName: "tsconfig.test.json" },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    // The workspace packages are symlinks in node_modules: follow them to their sources' place.
    preserveSymlinks: false,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["main", "types"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
