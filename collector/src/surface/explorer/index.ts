export { createExplorerApiRouter } from "./router";
export { createExplorerPageRouter, CONTENT_SECURITY_POLICY } from "./static";
export { ExplorerAccess } from "./session-cookie";
export { loadTrace, type TraceView, type TraceSpan } from "./trace";
export { listTraces, type TraceListPage, type TraceListRow } from "./list";
export { TraceListParams, TraceIdParam, firstIssue } from "./params";
