import { describe, expect, it } from "vitest";
import { LlmscopeError } from "./errors";

class RuleError extends LlmscopeError {
  constructor(message: string) {
    super("config", message);
  }
}

describe("LlmscopeError", () => {
  it("maps its code to an exit code and an HTTP status, and keeps the subclass name", () => {
    const err = new RuleError("rules.yaml: rule x: no query");
    expect(err).toBeInstanceOf(LlmscopeError);
    expect([err.name, err.exitCode, err.httpStatus]).toEqual(["RuleError", 2, 500]);
    expect([
      new LlmscopeError("not_found", "q").httpStatus,
      new LlmscopeError("unavailable", "s").exitCode,
      new LlmscopeError("invalid_input", "p").httpStatus,
    ]).toEqual([404, 1, 400]);
  });
});
