/**
 * Embeddings from the fake OpenAI server: unit-length vectors determined by the input text.
 */
import { estimateTokens } from "./fake-completion";
import { HttpError, optionalPositiveInt } from "./fake-http";
import type { EmbeddingModelProfile } from "./fake-openai-models";
import { Random, hashString } from "./random";

/** The `/v1/embeddings` response body for a parsed request. */
export function embeddings(body: Record<string, unknown>, profile: EmbeddingModelProfile): unknown {
  const inputs = requireEmbeddingInput(body);
  const dimensions = optionalPositiveInt(body, "dimensions") ?? profile.dimensions;
  if (dimensions > profile.dimensions) {
    throw new HttpError(
      400,
      `dimensions must be at most ${profile.dimensions} for ${profile.snapshot}, got ${dimensions}`,
      "invalid_request_error",
      null,
      "dimensions",
    );
  }
  const format = body["encoding_format"] ?? "float";
  if (format !== "float" && format !== "base64") {
    throw new HttpError(400, `encoding_format must be "float" or "base64", got ${JSON.stringify(format)}`, "invalid_request_error", null, "encoding_format");
  }
  let tokens = 0;
  const data = inputs.map(({ text, tokens: inputTokens }, index) => {
    tokens += inputTokens;
    const vector = embed(text, dimensions);
    const embedding = format === "base64" ? Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).toString("base64") : Array.from(vector);
    return { object: "embedding", index, embedding };
  });
  return { object: "list", data, model: profile.snapshot, usage: { prompt_tokens: tokens, total_tokens: tokens } };
}

/** A unit-length pseudo-random vector determined by the text alone. */
function embed(text: string, dimensions: number): Float32Array {
  const rng = new Random(hashString(text));
  const vector = new Float32Array(dimensions);
  let norm = 0;
  for (let i = 0; i < dimensions; i++) {
    const v = rng.normal();
    vector[i] = v;
    norm += v * v;
  }
  const scale = 1 / Math.sqrt(norm || 1);
  for (let i = 0; i < dimensions; i++) vector[i] = (vector[i] ?? 0) * scale;
  return vector;
}

/** Each input with its token count; token-id arrays count one token per id and hash their ids as text. */
function requireEmbeddingInput(body: Record<string, unknown>): { text: string; tokens: number }[] {
  const input = body["input"];
  const fromText = (text: string) => ({ text, tokens: estimateTokens(text) });
  const fromIds = (ids: unknown[]) => ({ text: ids.join(" "), tokens: ids.length });
  if (typeof input === "string" && input !== "") return [fromText(input)];
  if (Array.isArray(input) && input.length > 0) {
    if (input.every((x) => typeof x === "string")) return (input as string[]).map(fromText);
    if (input.every((x) => typeof x === "number")) return [fromIds(input)];
    if (input.every((x) => Array.isArray(x) && x.length > 0)) return (input as unknown[][]).map(fromIds);
  }
  throw new HttpError(
    400,
    "Invalid 'input': expected a non-empty string, array of strings, or array of token arrays.",
    "invalid_request_error",
    "invalid_value",
    "input",
  );
}
