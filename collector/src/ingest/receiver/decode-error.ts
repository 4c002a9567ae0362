import { LlmscopeError } from "@llmscope/semconv";

/**
 * A request body that is not a decodable OTLP trace request at all (as opposed to a single bad
 * span, which is reported in that span's `problems`). The HTTP layer answers it with 400.
 */
export class DecodeError extends LlmscopeError {
  constructor(message: string) {
    super("invalid_input", message);
  }
}
