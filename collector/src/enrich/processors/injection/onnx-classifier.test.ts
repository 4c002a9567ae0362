import { mkdtempSync, rmSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { calibrate, injectionProbability, loadOnnxClassifier, resolveLabel } from "./onnx-classifier";
import { loadWindowTokenizer } from "./onnx-tokenizer";
import { expectedLogits, TEST_VOCAB, writeTestModel } from "./test-onnx-model";

/**
 * The ONNX scorer's own code (tokenizer files, windows, batches, labels, threshold) on a tiny real
 * ONNX model the test writes (test-onnx-model.ts): onnxruntime-node runs it; every expected score is
 * recomputed here from the model's formula with an independent sigmoid.
 */
const root = mkdtempSync(path.join(tmpdir(), "llmscope-onnx-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const modelDir = (options: Parameters<typeof writeTestModel>[1] = {}) => writeTestModel(path.join(root, `m${++n}`), options);

const CLS = 2;
const SEP = 3;
const id = (word: string) => TEST_VOCAB.indexOf(word as (typeof TEST_VOCAB)[number]);
/** P(injection) of one window by hand: sigmoid of (injection − safe) logits. */
const expected = (words: string[]) => {
  const [safe, injection] = expectedLogits(words);
  return 1 / (1 + Math.exp(safe - injection));
};

describe("loadWindowTokenizer", () => {
  it("reads a WordPiece (BERT-class) tokenizer.json: lowercases, splits punctuation, unknown → [UNK], wraps in [CLS] … [SEP]", () => {
    const t = loadWindowTokenizer(modelDir());
    expect(t.windows("Zork blah, QUUX!", 512, 64)).toEqual([[CLS, id("zork"), id("blah"), id("[UNK]"), id("quux"), id("[UNK]"), SEP]]);
    expect(t.padId).toBe(0);
    expect(t.declaredMaxTokens).toBe(512);
  });

  it("reads a Unigram (SentencePiece, DeBERTa-v3-class) tokenizer.json", () => {
    const t = loadWindowTokenizer(modelDir({ tokenizer: "unigram" }));
    expect(t.windows("zork  blah Quux", 512, 64)).toEqual([[CLS, id("zork"), id("blah"), id("quux"), SEP]]);
  });

  it("cuts a long text into windows of maxTokens that overlap by overlapTokens", () => {
    const t = loadWindowTokenizer(modelDir());
    const words = Array.from({ length: 37 }, (_, i) => ["foo", "bar", "baz"][i % 3]!);
    const ids = words.map(id);
    const windows = t.windows(words.join(" "), 16, 4);
    // Independently: 14 body tokens per window (16 minus [CLS] and [SEP]), each starting 10 after the last.
    const starts = [0, 10, 20, 30];
    expect(windows).toEqual(starts.map((s) => [CLS, ...ids.slice(s, s + 14), SEP]));
    expect(windows.every((w) => w.length <= 16)).toBe(true);
    expect(t.windows("foo bar", 16, 4)).toEqual([[CLS, id("foo"), id("bar"), SEP]]);
    expect(() => t.windows("foo", 2, 0)).toThrow(/maxTokens 2 leaves no room/);
  });
});

describe("loadOnnxClassifier", () => {
  it("scores texts with the model, batching windows of different lengths without letting padding count", async () => {
    const c = await loadOnnxClassifier({ dir: modelDir(), batchSize: 8 });
    expect(c.labelIndex).toBe(1);
    const texts = ["blah foo", "zork", "quux", "zork quux", "zork zork bar baz foo blah foo bar"];
    const probs = (await c.windowProbabilities(texts)).map((w) => w[0]!);
    const byHand = texts.map((t) => expected(["[CLS]", ...t.split(" "), "[SEP]"]));
    expect(probs.map((p) => +p.toFixed(5))).toEqual(byHand.map((p) => +p.toFixed(5)));
    // The short rows of that batch were padded with [PAD] (+10 for injection when unmasked): the mask holds.
    expect(probs[0]).toBeLessThan(0.2);
    const oneByOne = await loadOnnxClassifier({ dir: modelDir(), batchSize: 1 });
    expect((await oneByOne.windowProbabilities(texts)).map((w) => +w[0]!.toFixed(5))).toEqual(probs.map((p) => +p.toFixed(5)));
    expect((await c.scoreBatch(texts)).map((s) => +s.toFixed(5))).toEqual(byHand.map((p) => +p.toFixed(5)));
    await Promise.all([c.close(), oneByOne.close()]);
  });

  it("runs a Unigram (DeBERTa-v3-style) tokenizer's ids through the model", async () => {
    const c = await loadOnnxClassifier({ dir: modelDir({ tokenizer: "unigram" }) });
    const scores = await c.scoreBatch(["Zork quux", "blah  foo bar"]);
    expect(scores[0]).toBeCloseTo(expected(["zork", "quux"]), 5);
    expect(scores[1]).toBeCloseTo(expected(["blah", "foo", "bar"]), 5);
    await c.close();
  });

  it("takes the highest window of a long text, and the overlap catches a phrase cut at a window edge", async () => {
    const dir = modelDir();
    // 13 neutral words, then "zork quux": with [CLS]/[SEP] and 16-token windows the pair straddles the first edge.
    const filler = Array.from({ length: 13 }, () => "foo");
    const text = [...filler, "zork", "quux", ...filler].join(" ");
    const overlapping = await loadOnnxClassifier({ dir, maxTokens: 16, overlapTokens: 4 });
    const cut = await loadOnnxClassifier({ dir, maxTokens: 16, overlapTokens: 0 });
    const [withOverlap] = await overlapping.windowProbabilities([text]);
    const [withoutOverlap] = await cut.windowProbabilities([text]);
    expect(withOverlap!.length).toBe(3);
    expect(withoutOverlap!.length).toBe(2);
    expect(Math.max(...withOverlap!)).toBeCloseTo(expected(["zork", "quux"]), 5);
    expect(Math.max(...withoutOverlap!)).toBeCloseTo(expected(["zork"]), 5);
    const [score] = await overlapping.scoreBatch([text]);
    expect(score).toBeCloseTo(expected(["zork", "quux"]), 5);
    // An attack at the end of a long text is scored, not cut off.
    const tail = [...Array.from({ length: 200 }, () => "blah"), "zork", "zork"].join(" ");
    expect((await overlapping.scoreBatch([tail]))[0]).toBeCloseTo(expected(["zork", "zork"]), 5);
    await Promise.all([overlapping.close(), cut.close()]);
  });

  it("maps the label from config.json id2label or injection.onnx.label, and says which labels exist when it cannot", async () => {
    const reversed = await loadOnnxClassifier({ dir: modelDir({ id2label: { 0: "INJECTION", 1: "SAFE" } }) });
    expect(reversed.labelIndex).toBe(0);
    expect((await reversed.scoreBatch(["blah foo"]))[0]).toBeCloseTo(1 - expected(["[CLS]", "blah", "foo", "[SEP]"]), 5);
    await reversed.close();

    const custom = await loadOnnxClassifier({ dir: modelDir({ id2label: { 0: "benign", 1: "attack" } }), label: "attack" });
    expect(custom.labelIndex).toBe(1);
    await custom.close();
    await expect(loadOnnxClassifier({ dir: modelDir({ id2label: { 0: "benign", 1: "attack" } }) })).rejects.toThrow(
      /injection\.onnx\.label.*0=benign, 1=attack/,
    );
    await expect(loadOnnxClassifier({ dir: modelDir({ id2label: null }) })).rejects.toThrow(/no config\.json id2label/);
    expect(resolveLabel(undefined, { 0: "LABEL_0", 1: "LABEL_1" })).toBe(1);
    expect(resolveLabel(undefined, { 0: "benign", 1: "jailbreak" })).toBe(1);
    // Checked with one window at load time, not on the first span.
    await expect(loadOnnxClassifier({ dir: modelDir({ id2label: null }), label: "5" })).rejects.toThrow(/index 5 but the model has 2 outputs/);
    const byIndex = await loadOnnxClassifier({ dir: modelDir({ id2label: null }), label: "1" });
    expect(byIndex.labelIndex).toBe(1);
    await byIndex.close();
  });

  it("names the missing file when the folder is incomplete", async () => {
    const noModel = modelDir();
    unlinkSync(path.join(noModel, "model.onnx"));
    await expect(loadOnnxClassifier({ dir: noModel })).rejects.toThrow(/model\.onnx is missing/);
    const noTokenizer = modelDir();
    unlinkSync(path.join(noTokenizer, "tokenizer.json"));
    await expect(loadOnnxClassifier({ dir: noTokenizer })).rejects.toThrow(/tokenizer\.json is missing/);
  });
});

describe("calibrate and injectionProbability", () => {
  it("maps the model threshold onto the flag threshold, keeping 0, 1 and the order", () => {
    expect(calibrate(0.8, 0.8, 0.5)).toBeCloseTo(0.5, 12);
    expect(calibrate(0.4, 0.8, 0.5)).toBeCloseTo(0.25, 12);
    expect(calibrate(0.9, 0.8, 0.5)).toBeCloseTo(0.75, 12);
    expect(calibrate(0, 0.8, 0.5)).toBe(0);
    expect(calibrate(1, 0.8, 0.5)).toBe(1);
    expect(calibrate(0.3, 0.5, 0.5)).toBeCloseTo(0.3, 12);
    const ps = Array.from({ length: 101 }, (_, i) => i / 100);
    const mapped = ps.map((p) => calibrate(p, 0.9, 0.5));
    expect(mapped.every((m, i) => i === 0 || m >= mapped[i - 1]!)).toBe(true);
  });

  it("softmaxes several labels and sigmoids a single logit", () => {
    expect(injectionProbability([2, 0], 1)).toBeCloseTo(1 / (1 + Math.exp(2)), 12);
    expect(injectionProbability([1000, 1001], 1)).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
    expect(injectionProbability([0.5], 0)).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 12);
  });
});
