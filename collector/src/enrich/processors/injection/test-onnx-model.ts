import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import protobuf from "protobufjs";

/**
 * A tiny text classifier written as a real ONNX file, with Hugging Face tokenizer files beside it,
 * so the ONNX scorer's loading, tokenization, windowing, batching and label code run for real
 * without downloading a model. Its logits are predictable by hand:
 *
 *   logit[label] = bias[label] + Σ over unmasked tokens of weight[token][label]
 *
 * (Gather → mask → ReduceSum → Add). With the weights below, injection − safe = 3·#zork + #quux − 2,
 * and the padding token weighs +10 for "injection", so a batch whose attention mask were ignored
 * would flag every padded row.
 */

/** The words of the test vocabulary and their weight for the "injection" label. */
export const TEST_VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "zork", "quux", "blah", "foo", "bar", "baz"] as const;
const INJECTION_WEIGHT: Record<string, number> = { "[PAD]": 10, zork: 3, quux: 1 };
/** Bias of [safe, injection]. */
const BIAS = [2, 0];

/** What the model computes for one window's tokens (ids included special tokens), by the formula above. */
export function expectedLogits(tokens: readonly string[]): [number, number] {
  let injection = BIAS[1]!;
  for (const t of tokens) injection += INJECTION_WEIGHT[t] ?? 0;
  return [BIAS[0]!, injection];
}

// The subset of onnx.proto (proto2) needed to describe this graph; field numbers are onnx's own.
export const ONNX_PROTO = `
syntax = "proto2";
package onnx;
message AttributeProto { optional string name = 1; optional int64 i = 3; repeated int64 ints = 8; optional int32 type = 20; }
message NodeProto { repeated string input = 1; repeated string output = 2; optional string name = 3; optional string op_type = 4; repeated AttributeProto attribute = 5; }
message TensorProto { repeated int64 dims = 1; optional int32 data_type = 2; repeated float float_data = 4; repeated int64 int64_data = 7; optional string name = 8; optional bytes raw_data = 9; }
message TensorShapeProto { message Dimension { optional int64 dim_value = 1; optional string dim_param = 2; } repeated Dimension dim = 1; }
message TypeProto { message Tensor { optional int32 elem_type = 1; optional TensorShapeProto shape = 2; } optional Tensor tensor_type = 1; }
message ValueInfoProto { optional string name = 1; optional TypeProto type = 2; }
message GraphProto { repeated NodeProto node = 1; optional string name = 2; repeated TensorProto initializer = 5; repeated ValueInfoProto input = 11; repeated ValueInfoProto output = 12; }
message OperatorSetIdProto { optional string domain = 1; optional int64 version = 2; }
message ModelProto { optional int64 ir_version = 1; optional string producer_name = 2; optional GraphProto graph = 7; repeated OperatorSetIdProto opset_import = 8; }
`;

export const FLOAT = 1;
export const INT64 = 7;
export const ATTRIBUTE_INT = 2;
export const ATTRIBUTE_INTS = 7;

/** The ONNX ModelProto message type, field names as in onnx.proto. */
export const onnxModelType = () => protobuf.parse(ONNX_PROTO, { keepCase: true }).root.lookupType("onnx.ModelProto");

function modelBytes(vocab: readonly string[]): Uint8Array {
  const Model = onnxModelType();
  const shape = (...dims: (number | string)[]) => ({ dim: dims.map((d) => (typeof d === "number" ? { dim_value: d } : { dim_param: d })) });
  const value = (name: string, elem: number, dims: (number | string)[]) => ({ name, type: { tensor_type: { elem_type: elem, shape: shape(...dims) } } });
  const weights = vocab.flatMap((t) => [0, INJECTION_WEIGHT[t] ?? 0]);
  const node = (op: string, input: string[], output: string, attribute: object[] = []) => ({ op_type: op, input, output: [output], name: output, attribute });
  const graph = {
    name: "tiny-injection-classifier",
    input: [value("input_ids", INT64, ["batch", "sequence"]), value("attention_mask", INT64, ["batch", "sequence"])],
    output: [value("logits", FLOAT, ["batch", 2])],
    initializer: [
      { name: "weight", data_type: FLOAT, dims: [vocab.length, 2], float_data: weights },
      { name: "bias", data_type: FLOAT, dims: [2], float_data: BIAS },
      { name: "axis2", data_type: INT64, dims: [1], int64_data: [2] },
      { name: "axis1", data_type: INT64, dims: [1], int64_data: [1] },
    ],
    node: [
      node("Gather", ["weight", "input_ids"], "per_token", [{ name: "axis", type: ATTRIBUTE_INT, i: 0 }]),
      node("Cast", ["attention_mask"], "mask_f", [{ name: "to", type: ATTRIBUTE_INT, i: FLOAT }]),
      node("Unsqueeze", ["mask_f", "axis2"], "mask_3d"),
      node("Mul", ["per_token", "mask_3d"], "masked"),
      node("ReduceSum", ["masked", "axis1"], "summed", [{ name: "keepdims", type: ATTRIBUTE_INT, i: 0 }]),
      node("Add", ["summed", "bias"], "logits"),
    ],
  };
  const message = Model.fromObject({ ir_version: 8, producer_name: "llmscope-test", opset_import: [{ domain: "", version: 13 }], graph });
  return Model.encode(message).finish();
}

/** The tokenizer.json header both tokenizers share: no truncation or padding, ids 0–3 are [PAD] [UNK] [CLS] [SEP]. */
const SPECIAL_TOKENS = {
  version: "1.0",
  truncation: null,
  padding: null,
  added_tokens: [0, 1, 2, 3].map((id) => ({ id, content: TEST_VOCAB[id], single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
};

/** BERT's input template, which both tokenizers use: [CLS] A [SEP] (B [SEP]). */
const CLS_SEP_TEMPLATE = {
  type: "TemplateProcessing",
  single: [{ SpecialToken: { id: "[CLS]", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } }, { SpecialToken: { id: "[SEP]", type_id: 0 } }],
  pair: [
    { SpecialToken: { id: "[CLS]", type_id: 0 } },
    { Sequence: { id: "A", type_id: 0 } },
    { SpecialToken: { id: "[SEP]", type_id: 0 } },
    { Sequence: { id: "B", type_id: 1 } },
    { SpecialToken: { id: "[SEP]", type_id: 1 } },
  ],
  special_tokens: { "[CLS]": { id: "[CLS]", ids: [2], tokens: ["[CLS]"] }, "[SEP]": { id: "[SEP]", ids: [3], tokens: ["[SEP]"] } },
};

/** A WordPiece (BERT-style) tokenizer.json over the vocabulary: lowercases, splits on spaces and punctuation, [CLS] … [SEP]. */
function wordPieceTokenizer(words: readonly string[]): object {
  const vocab = Object.fromEntries(words.map((t, i) => [t, i]));
  return {
    ...SPECIAL_TOKENS,
    normalizer: { type: "BertNormalizer", clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: "BertPreTokenizer" },
    post_processor: CLS_SEP_TEMPLATE,
    decoder: { type: "WordPiece", prefix: "##", cleanup: true },
    model: { type: "WordPiece", unk_token: "[UNK]", continuing_subword_prefix: "##", max_input_chars_per_word: 100, vocab },
  };
}

/** A Unigram (SentencePiece, DeBERTa-v3-style) tokenizer.json over the same ids: "▁" marks a word start. */
function unigramTokenizer(words: readonly string[]): object {
  // One piece per id: words start with "▁" (a word start), punctuation stands bare.
  const pieces = words.map((t, i) => (i < 4 ? [t, 0] : /^[\p{L}\p{N}]+$/u.test(t) ? [`▁${t}`, i < TEST_VOCAB.length ? -2 : -3] : [t, -3]));
  return {
    ...SPECIAL_TOKENS,
    normalizer: { type: "Sequence", normalizers: [{ type: "Replace", pattern: { String: "  " }, content: " " }, { type: "Lowercase" }] },
    pre_tokenizer: { type: "Metaspace", replacement: "▁", prepend_scheme: "always", split: true },
    post_processor: CLS_SEP_TEMPLATE,
    decoder: { type: "Metaspace", replacement: "▁", prepend_scheme: "always", split: true },
    model: { type: "Unigram", unk_id: 1, vocab: pieces, byte_fallback: false },
  };
}

export interface TestModelOptions {
  /** config.json id2label; default {0: SAFE, 1: INJECTION} (the published classifiers' labels). */
  id2label?: Record<string, string> | null;
  tokenizer?: "wordpiece" | "unigram";
  /** tokenizer_config.json model_max_length; default 512. */
  maxLength?: number;
  /** More vocabulary entries, weighing 0 (benchmarks: a vocabulary that holds the text's words, as a real model's does). */
  extraWords?: readonly string[];
}

/** Writes model.onnx, tokenizer.json, tokenizer_config.json and config.json into `dir`; returns dir. */
export function writeTestModel(dir: string, options: TestModelOptions = {}): string {
  mkdirSync(dir, { recursive: true });
  const words = [...TEST_VOCAB, ...(options.extraWords ?? []).filter((w) => !(TEST_VOCAB as readonly string[]).includes(w))];
  writeFileSync(path.join(dir, "model.onnx"), modelBytes(words));
  writeFileSync(path.join(dir, "tokenizer.json"), JSON.stringify(options.tokenizer === "unigram" ? unigramTokenizer(words) : wordPieceTokenizer(words)));
  writeFileSync(
    path.join(dir, "tokenizer_config.json"),
    JSON.stringify({ model_max_length: options.maxLength ?? 512, pad_token: "[PAD]", do_lower_case: true }),
  );
  const id2label = options.id2label === undefined ? { 0: "SAFE", 1: "INJECTION" } : options.id2label;
  if (id2label !== null)
    writeFileSync(path.join(dir, "config.json"), JSON.stringify({ architectures: ["TinyForSequenceClassification"], id2label, max_position_embeddings: 512 }));
  return dir;
}
