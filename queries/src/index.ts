export { bindParams, typeRows, withDefaultRange, DEFAULT_RANGE, QueryParamError, type BoundParams } from "./bind";
export { expandIncludes } from "./include";
export { listQueries, loadQuery, UnknownQueryError, QUERIES_DIR } from "./library";
export { parseNamedQuery, type NamedQuery, type QueryColumn, type QueryParam } from "./parse";
export { renderQuery, type QueryForm } from "./render";
