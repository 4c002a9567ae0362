/** Hash routes, so every view is a link: #/traces?filters, #/trace/<id>?span=<spanId>, #/session/<id>. */
export type Route =
  | { page: "traces"; params: URLSearchParams }
  | { page: "trace"; traceId: string; params: URLSearchParams }
  | { page: "session"; sessionId: string; params: URLSearchParams };

export function currentRoute(): Route {
  const hash = location.hash.replace(/^#/, "") || "/traces";
  const [pathPart = "", query = ""] = hash.split("?", 2);
  const params = new URLSearchParams(query);
  const parts = pathPart.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts[0] === "trace" && parts[1]) return { page: "trace", traceId: parts[1], params };
  if (parts[0] === "session" && parts[1]) return { page: "session", sessionId: parts[1], params };
  return { page: "traces", params };
}

export function tracesHref(params: URLSearchParams): string {
  const q = params.toString();
  return q ? `#/traces?${q}` : "#/traces";
}

export function traceHref(traceId: string, spanId?: string): string {
  return `#/trace/${encodeURIComponent(traceId)}${spanId ? `?span=${encodeURIComponent(spanId)}` : ""}`;
}

export function sessionHref(sessionId: string): string {
  return `#/session/${encodeURIComponent(sessionId)}`;
}
