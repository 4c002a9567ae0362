/**
 * The one error base class of the llmscope packages. Each module keeps its own subclass (a
 * readable name in stack traces) and picks a code; the code alone decides how the failure
 * surfaces: the CLI's exit code and the HTTP status of an API answer. Callers map the base class
 * and never need to know the module's classes.
 */

export type ErrorCode =
  /** A command-line mistake: unknown option, bad value. */
  | "usage"
  /** A configuration problem: environment variable, config file, rules or prices file. */
  | "config"
  /** A request or parameter that cannot be used as given. */
  | "invalid_input"
  /** A named thing (query, rule) that does not exist. */
  | "not_found"
  /** A dependency (the store) is down: retry later. */
  | "unavailable"
  /** Anything else: a refusal or a bug, retrying will not help. */
  | "internal";

/** Exit codes: 2 for what the person running the command must change, 1 for a failure at run time. */
export const EXIT_CODES: Readonly<Record<ErrorCode, number>> = { usage: 2, config: 2, invalid_input: 2, not_found: 2, unavailable: 1, internal: 1 };

export const HTTP_STATUSES: Readonly<Record<ErrorCode, number>> = {
  usage: 400,
  config: 500,
  invalid_input: 400,
  not_found: 404,
  unavailable: 503,
  internal: 500,
};

export class LlmscopeError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }

  get exitCode(): number {
    return EXIT_CODES[this.code];
  }

  get httpStatus(): number {
    return HTTP_STATUSES[this.code];
  }
}
