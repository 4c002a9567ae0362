import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The tokenizer of a local classifier model, read from the Hugging Face files beside it
 * (tokenizer.json, and tokenizer_config.json when present). Tokenization is done by
 * @huggingface/tokenizers (pure JavaScript, no network), which reads the normalizer, pre-tokenizer,
 * model (WordPiece for BERT-class, Unigram/SentencePiece for DeBERTa-v3, BPE for RoBERTa-class) and
 * post-processor of tokenizer.json as the Python library does.
 */
export interface WindowTokenizer {
  /**
   * The text as model inputs of at most `maxTokens` ids each, special tokens included. A text longer
   * than one window is cut into windows that overlap by `overlapTokens`, so a phrase split at a
   * window edge is still seen whole by one of them.
   */
  windows(text: string, maxTokens: number, overlapTokens: number): number[][];
  /** Id used to pad shorter rows of a batch (masked out by attention_mask). */
  readonly padId: number;
  /** Largest input the tokenizer files declare (tokenizer_config.json model_max_length), if sane. */
  readonly declaredMaxTokens: number | undefined;
}

/** The part of @huggingface/tokenizers' Tokenizer used here. */
interface Tokenizer {
  encode(text: string, options?: { add_special_tokens?: boolean }): { ids: number[] };
  token_to_id(token: string): number | undefined;
}

export function loadWindowTokenizer(dir: string): WindowTokenizer {
  const tokenizerFile = path.join(dir, "tokenizer.json");
  if (!existsSync(tokenizerFile))
    throw new Error(`injection.onnx.dir: ${tokenizerFile} is missing (the model's Hugging Face tokenizer.json must sit beside model.onnx)`);
  const tokenizerJson = readJson(tokenizerFile);
  const configFile = path.join(dir, "tokenizer_config.json");
  const tokenizerConfig = existsSync(configFile) ? (readJson(configFile) as Record<string, unknown>) : {};
  // The package ships CommonJS for Node, but its type declarations are ESM-only, so it is required here.
  const hf = createRequire(__filename)("@huggingface/tokenizers") as { Tokenizer: new (json: object, config: object) => Tokenizer };
  let tokenizer: Tokenizer;
  try {
    tokenizer = new hf.Tokenizer(tokenizerJson as object, tokenizerConfig);
  } catch (err) {
    throw new Error(`injection.onnx.dir: ${tokenizerFile} is not a tokenizer this reader supports: ${(err as Error).message}`);
  }
  const { prefix, suffix } = specialTokens(tokenizer);
  const padId = padTokenId(tokenizer, tokenizerJson, tokenizerConfig);
  const declared = tokenizerConfig.model_max_length;
  // Many tokenizer configs say 1e30 ("no limit"); only a real length is a limit.
  const declaredMaxTokens = typeof declared === "number" && declared > 0 && declared <= 1_000_000 ? declared : undefined;

  return {
    padId,
    declaredMaxTokens,
    windows(text, maxTokens, overlapTokens) {
      const body = maxTokens - prefix.length - suffix.length;
      if (body < 1) throw new Error(`injection.onnx.maxTokens ${maxTokens} leaves no room beside the ${prefix.length + suffix.length} special tokens`);
      const step = Math.max(1, body - Math.min(overlapTokens, body - 1));
      const ids = tokenizer.encode(text, { add_special_tokens: false }).ids;
      const out: number[][] = [];
      for (let start = 0; ; start += step) {
        out.push([...prefix, ...ids.slice(start, start + body), ...suffix]);
        if (start + body >= ids.length) break;
      }
      return out;
    },
  };
}

/**
 * The special tokens the post-processor puts before and after a single text ([CLS] … [SEP] for
 * BERT and DeBERTa, <s> … </s> for RoBERTa), found by encoding a probe with and without them, so
 * each window can be wrapped the way the model was trained.
 */
function specialTokens(tokenizer: Tokenizer): { prefix: number[]; suffix: number[] } {
  const probe = "probe";
  const plain = tokenizer.encode(probe, { add_special_tokens: false }).ids;
  const full = tokenizer.encode(probe, { add_special_tokens: true }).ids;
  for (let at = 0; at + plain.length <= full.length; at++) {
    if (plain.every((id, i) => full[at + i] === id)) return { prefix: full.slice(0, at), suffix: full.slice(at + plain.length) };
  }
  return { prefix: [], suffix: [] };
}

function padTokenId(tokenizer: Tokenizer, tokenizerJson: unknown, tokenizerConfig: Record<string, unknown>): number {
  const padding = (tokenizerJson as { padding?: { pad_id?: unknown } | null }).padding;
  if (typeof padding?.pad_id === "number") return padding.pad_id;
  const token = tokenizerConfig.pad_token;
  const name =
    typeof token === "string" ? token : typeof (token as { content?: unknown })?.content === "string" ? (token as { content: string }).content : undefined;
  return (name !== undefined ? tokenizer.token_to_id(name) : undefined) ?? 0;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as unknown;
  } catch (err) {
    throw new Error(`injection.onnx.dir: cannot read ${file}: ${(err as Error).message}`);
  }
}
