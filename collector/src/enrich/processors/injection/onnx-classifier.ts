import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { InferenceSession, Tensor } from "onnxruntime-node";
import { loadWindowTokenizer, type WindowTokenizer } from "./onnx-tokenizer";

/** How to run a local sequence-classification model (the files of a Hugging Face model exported to ONNX). */
export interface OnnxClassifierOptions {
  /** Folder holding model.onnx, tokenizer.json (and tokenizer_config.json, config.json when present). */
  dir: string;
  /** Output label that means "injection": a name from config.json id2label, or an index. Default: the label named like INJECTION/JAILBREAK/MALICIOUS/UNSAFE. */
  label?: string;
  /** Tokens per model input, special tokens included. Default: tokenizer_config.json model_max_length, else config.json max_position_embeddings, else 512. */
  maxTokens?: number;
  /** Tokens shared by consecutive windows of a long text; default 64. */
  overlapTokens?: number;
  /** Windows per session.run; default 8. */
  batchSize?: number;
  /** Model probability that counts as "flag"; mapped onto flagThreshold (see calibrate). Default 0.5. */
  threshold?: number;
  /** The injection processor's flag threshold the model probability is mapped onto; default 0.5. */
  flagThreshold?: number;
  /** onnxruntime intra-op threads; default 1 (the collector shares its core with ingest). */
  threads?: number;
}

export interface OnnxClassifier {
  readonly name: string;
  /** Which output index is the injection label, and the window length used (for tests and logs). */
  readonly labelIndex: number;
  readonly maxTokens: number;
  /** One 0–1 score per text: the highest calibrated injection probability over the text's windows. */
  scoreBatch(texts: readonly string[]): Promise<number[]>;
  /** The raw model probability of the injection label for each window, in order (before calibration). */
  windowProbabilities(texts: readonly string[]): Promise<number[][]>;
  close(): Promise<void>;
}

type Ort = typeof import("onnxruntime-node");

/** onnxruntime-node is an optional dependency: only users of this scorer install it (about 290 MB). */
export function requireOnnxRuntime(): Ort {
  try {
    return createRequire(__filename)("onnxruntime-node") as Ort;
  } catch (err) {
    throw new Error(
      `injection.onnx.dir is set but the package onnxruntime-node cannot be loaded (${(err as Error).message.split("\n")[0]}). ` +
        "Install it beside the collector: npm install onnxruntime-node",
    );
  }
}

export async function loadOnnxClassifier(options: OnnxClassifierOptions): Promise<OnnxClassifier> {
  const dir = path.resolve(options.dir);
  const modelFile = path.join(dir, "model.onnx");
  if (!existsSync(modelFile))
    throw new Error(`injection.onnx.dir: ${modelFile} is missing (export the model to ONNX into this folder; see docs/onnx-classifier.md)`);
  const modelConfig = readModelConfig(dir);
  const tokenizer = loadWindowTokenizer(dir);
  const ort = requireOnnxRuntime();
  let session: InferenceSession;
  try {
    session = await ort.InferenceSession.create(modelFile, { intraOpNumThreads: options.threads ?? 1, interOpNumThreads: 1, graphOptimizationLevel: "all" });
  } catch (err) {
    throw new Error(`injection.onnx.dir: onnxruntime cannot load ${modelFile}: ${(err as Error).message}`);
  }
  for (const name of ["input_ids", "attention_mask"]) {
    if (!session.inputNames.includes(name))
      throw new Error(`injection.onnx.dir: ${modelFile} has inputs [${session.inputNames.join(", ")}]; a text classifier needs ${name}`);
  }
  const labelIndex = resolveLabel(options.label, modelConfig.id2label);
  const maxTokens = options.maxTokens ?? tokenizer.declaredMaxTokens ?? modelConfig.maxPositions ?? 512;
  const overlap = options.overlapTokens ?? 64;
  const batchSize = options.batchSize ?? 8;
  const threshold = options.threshold ?? 0.5;
  const flagThreshold = options.flagThreshold ?? 0.5;
  const run = (rows: number[][]) => runBatch(ort, session, tokenizer, rows, labelIndex);
  // One window through the model now, so a wrong output shape or label index stops the start-up
  // instead of failing the first span.
  await run([tokenizer.windows("probe", maxTokens, 0)[0]!]);

  const windowProbabilities = async (texts: readonly string[]): Promise<number[][]> => {
    const perText = texts.map((t) => tokenizer.windows(t, maxTokens, overlap));
    // Every window of every text goes through the model in batches of batchSize, whatever text it came from.
    const flat = perText.flat();
    const probs: number[] = [];
    for (let i = 0; i < flat.length; i += batchSize) probs.push(...(await run(flat.slice(i, i + batchSize))));
    let at = 0;
    return perText.map((w) => probs.slice(at, (at += w.length)));
  };

  return {
    name: `onnx:${path.basename(dir)}`,
    labelIndex,
    maxTokens,
    windowProbabilities,
    async scoreBatch(texts) {
      const windows = await windowProbabilities(texts);
      return windows.map((p) => calibrate(Math.max(0, ...p), threshold, flagThreshold));
    },
    close: () => session.release(),
  };
}

/**
 * Maps a model probability onto the processor's score scale so that `modelThreshold` lands exactly
 * on `flagThreshold`, linearly on each side (0 stays 0, 1 stays 1). The processor flags a span when
 * its highest score reaches one threshold; this lets a model that is calibrated differently (one
 * whose good operating point is 0.9, say) share that threshold with the built-in scorer.
 */
export function calibrate(p: number, modelThreshold: number, flagThreshold: number): number {
  if (!(p > 0)) return 0;
  if (p >= 1) return 1;
  if (p < modelThreshold) return (p / modelThreshold) * flagThreshold;
  return modelThreshold >= 1 ? 1 : flagThreshold + ((p - modelThreshold) / (1 - modelThreshold)) * (1 - flagThreshold);
}

/** Pads the rows to one length, runs the model once, and returns the injection probability of each row. */
async function runBatch(ort: Ort, session: InferenceSession, tokenizer: WindowTokenizer, rows: number[][], labelIndex: number): Promise<number[]> {
  const width = Math.max(...rows.map((r) => r.length));
  const ids = new BigInt64Array(rows.length * width).fill(BigInt(tokenizer.padId));
  const mask = new BigInt64Array(rows.length * width);
  rows.forEach((row, r) => {
    for (let i = 0; i < row.length; i++) {
      ids[r * width + i] = BigInt(row[i]!);
      mask[r * width + i] = 1n;
    }
  });
  const dims = [rows.length, width];
  const feeds: Record<string, Tensor> = { input_ids: new ort.Tensor("int64", ids, dims), attention_mask: new ort.Tensor("int64", mask, dims) };
  if (session.inputNames.includes("token_type_ids")) feeds.token_type_ids = new ort.Tensor("int64", new BigInt64Array(rows.length * width), dims);
  const output = (await session.run(feeds))[session.outputNames[0]!]!;
  const labels = output.dims[output.dims.length - 1] ?? 1;
  if (output.dims.length !== 2 || output.dims[0] !== rows.length)
    throw new Error(`injection.onnx: the model's output ${session.outputNames[0]} has shape [${output.dims.join(", ")}]; expected [batch, labels]`);
  if (labelIndex >= labels && labels > 1) throw new Error(`injection.onnx.label: index ${labelIndex} but the model has ${labels} outputs`);
  const logits = output.data as Float32Array;
  return rows.map((_, r) => injectionProbability(Array.from(logits.subarray(r * labels, (r + 1) * labels)), labelIndex));
}

/** Softmax over the labels (a single-logit model: sigmoid), then the injection label's share. */
export function injectionProbability(logits: readonly number[], labelIndex: number): number {
  if (logits.length === 1) return 1 / (1 + Math.exp(-logits[0]!));
  const top = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - top));
  return exps[labelIndex]! / exps.reduce((a, b) => a + b, 0);
}

interface ModelConfig {
  id2label: Record<string, string> | undefined;
  maxPositions: number | undefined;
}

function readModelConfig(dir: string): ModelConfig {
  const file = path.join(dir, "config.json");
  if (!existsSync(file)) return { id2label: undefined, maxPositions: undefined };
  let json: { id2label?: unknown; max_position_embeddings?: unknown };
  try {
    json = JSON.parse(readFileSync(file, "utf8")) as typeof json;
  } catch (err) {
    throw new Error(`injection.onnx.dir: cannot read ${file}: ${(err as Error).message}`);
  }
  const id2label = json.id2label && typeof json.id2label === "object" ? (json.id2label as Record<string, string>) : undefined;
  const maxPositions = typeof json.max_position_embeddings === "number" && json.max_position_embeddings > 0 ? json.max_position_embeddings : undefined;
  return { id2label, maxPositions };
}

/** Labels that mean "this text is an attack" in the published prompt-injection classifiers. */
const INJECTION_LABEL = /^(?:injection|prompt[_ ]?injection|jailbreak|malicious|unsafe|label_1)$/i;

export function resolveLabel(label: string | undefined, id2label: Record<string, string> | undefined): number {
  if (label !== undefined && /^\d+$/.test(label)) return Number(label);
  const entries = Object.entries(id2label ?? {});
  const match =
    label !== undefined ? entries.filter(([, name]) => name.toLowerCase() === label.toLowerCase()) : entries.filter(([, name]) => INJECTION_LABEL.test(name));
  if (match.length === 1) return Number(match[0]![0]);
  const known = entries.length ? entries.map(([i, name]) => `${i}=${name}`).join(", ") : "none (no config.json id2label)";
  throw new Error(
    `injection.onnx.label: cannot tell which output means injection${label !== undefined ? ` (no label named ${label})` : ""}; the model's labels: ${known}. Set injection.onnx.label to a label name or index`,
  );
}
