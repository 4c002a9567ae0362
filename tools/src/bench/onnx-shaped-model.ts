import { writeFileSync } from "node:fs";
import path from "node:path";
import {
  ATTRIBUTE_INT,
  ATTRIBUTE_INTS,
  FLOAT,
  INT64,
  onnxModelType,
  writeTestModel,
} from "@llmscope/collector/internal/enrich/processors/injection/test-onnx-model";

const HIDDEN = 768;
const FEED_FORWARD = 3072;
const LAYERS = 12;

/**
 * A classifier graph with the arithmetic of a BERT-base encoder (12 layers; per layer the Q, K, V and
 * output projections, attention over the window, and a 768 → 3,072 → 768 feed-forward), random
 * weights, and the test tokenizer files beside it. The layers share one set of weights: onnxruntime
 * still computes every layer, so the time is that of twelve, while the file stays ~30 MB. Layer
 * norms and GELU are left out; their cost is small next to the matrix products.
 */
export function writeShapedModel(dir: string): string {
  writeTestModel(dir, { id2label: { 0: "SAFE", 1: "INJECTION" } });
  let seed = 42;
  const random = (n: number) => {
    const a = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      a[i] = (seed / 2 ** 32 - 0.5) * 0.04;
    }
    return Buffer.from(a.buffer);
  };
  const tensor = (name: string, dims: number[]) => ({ name, data_type: FLOAT, dims, raw_data: random(dims.reduce((x, y) => x * y, 1)) });
  const shape = (...dims: (number | string)[]) => ({ dim: dims.map((d) => (typeof d === "number" ? { dim_value: d } : { dim_param: d })) });
  const value = (name: string, elem: number, dims: (number | string)[]) => ({ name, type: { tensor_type: { elem_type: elem, shape: shape(...dims) } } });
  const nodes: object[] = [];
  const node = (op: string, input: string[], output: string, attribute: object[] = []) => {
    nodes.push({ op_type: op, input, output: [output], name: output, attribute });
    return output;
  };
  let x = node("Gather", ["embedding", "input_ids"], "embedded", [{ name: "axis", type: ATTRIBUTE_INT, i: 0 }]);
  for (let l = 0; l < LAYERS; l++) {
    const q = node("MatMul", [x, "wq"], `q${l}`);
    const k = node("MatMul", [x, "wk"], `k${l}`);
    const v = node("MatMul", [x, "wv"], `v${l}`);
    const kt = node("Transpose", [k], `kt${l}`, [{ name: "perm", type: ATTRIBUTE_INTS, ints: [0, 2, 1] }]);
    const scores = node("MatMul", [q, kt], `scores${l}`);
    const probs = node("Softmax", [scores], `probs${l}`, [{ name: "axis", type: ATTRIBUTE_INT, i: -1 }]);
    const context = node("MatMul", [probs, v], `context${l}`);
    const attended = node("Add", [x, node("MatMul", [context, "wo"], `o${l}`)], `attended${l}`);
    const hidden = node("Relu", [node("MatMul", [attended, "w1"], `h${l}`)], `relu${l}`);
    x = node("Add", [attended, node("MatMul", [hidden, "w2"], `f${l}`)], `layer${l}`);
  }
  const pooled = node("ReduceMean", [x], "pooled", [
    { name: "axes", type: ATTRIBUTE_INTS, ints: [1] },
    { name: "keepdims", type: ATTRIBUTE_INT, i: 0 },
  ]);
  node("MatMul", [pooled, "classifier"], "logits");
  const graph = {
    name: "bert-base-shaped",
    input: [value("input_ids", INT64, ["batch", "sequence"]), value("attention_mask", INT64, ["batch", "sequence"])],
    output: [value("logits", FLOAT, ["batch", 2])],
    initializer: [
      tensor("embedding", [16, HIDDEN]),
      ...["wq", "wk", "wv", "wo"].map((n) => tensor(n, [HIDDEN, HIDDEN])),
      tensor("w1", [HIDDEN, FEED_FORWARD]),
      tensor("w2", [FEED_FORWARD, HIDDEN]),
      tensor("classifier", [HIDDEN, 2]),
    ],
    node: nodes,
  };
  const Model = onnxModelType();
  // ReduceMean takes its axes as an attribute up to opset 17.
  const message = Model.fromObject({ ir_version: 8, producer_name: "llmscope-bench", opset_import: [{ domain: "", version: 13 }], graph });
  writeFileSync(path.join(dir, "model.onnx"), Model.encode(message).finish());
  return dir;
}
