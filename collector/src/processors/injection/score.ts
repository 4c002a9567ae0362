import { normalizeForInjection, unfoldedForm } from "./normalize";
import { SIGNALS, type SignalName } from "./signals";

export interface InjectionResult {
  /** 0–1: 1 − Π(1 − w) over the categories that fired, each with its highest weight. */
  score: number;
  /** score ≥ threshold. */
  flagged: boolean;
  /** Categories that fired, in a fixed order. */
  signals: SignalName[];
}

export interface InjectionOptions {
  /** Flag at or above this score; default 0.5. */
  threshold?: number;
}

export const DEFAULT_INJECTION_THRESHOLD = 0.5;

/**
 * Scores one untrusted text for prompt injection (documented in README.md). Deterministic, offline,
 * no model: normalisation, weighted phrase and token signals in EN/DE/FR/ES/KO (and some JA/ZH),
 * and decoding of base64/hex blobs whose content is scored again.
 */
export function scoreInjection(text: string, options: InjectionOptions = {}): InjectionResult {
  const threshold = options.threshold ?? DEFAULT_INJECTION_THRESHOLD;
  const weights = signalWeights(text, true);
  const signals = SIGNAL_ORDER.filter((name) => weights.has(name));
  let rest = 1;
  for (const name of signals) rest *= 1 - weights.get(name)!;
  const score = Math.round((1 - rest) * 1000) / 1000;
  return { score, flagged: score >= threshold, signals };
}

const SIGNAL_ORDER: readonly SignalName[] = [
  "instruction_override",
  "roleplay_jailbreak",
  "restriction_removal",
  "prompt_extraction",
  "delimiter_tokens",
  "tool_abuse",
  "command_execution",
  "data_exfiltration",
  "decode_and_follow",
  "addressed_to_ai",
  "encoded_payload",
];

/** Texts longer than this are scored on their first and last halves of this size (documents). */
const MAX_SCORED_CHARS = 64 * 1024;
const MAX_ENCODED_BLOBS = 16;
const ENCODED_WITH_INSTRUCTIONS = 0.85;
const ENCODED_READABLE_TEXT = 0.25;
const DAN = 0.45;

function signalWeights(input: string, decodeBlobs: boolean): Map<SignalName, number> {
  const text = input.length > MAX_SCORED_CHARS ? input.slice(0, MAX_SCORED_CHARS / 2) + "\n" + input.slice(-MAX_SCORED_CHARS / 2) : input;
  const weights = new Map<SignalName, number>();
  const add = (name: SignalName, weight: number) => {
    if (weight > (weights.get(name) ?? 0)) weights.set(name, weight);
  };
  const normalized = normalizeForInjection(text);
  const unfolded = unfoldedForm(text);
  for (const signal of SIGNALS) {
    const hit = signal.unfolded ? signal.pattern.test(unfolded) || signal.pattern.test(normalized) : signal.pattern.test(normalized);
    if (hit) add(signal.name, signal.weight);
  }
  // "DAN" (the jailbreak persona) only in capitals: "Dan" is a name.
  if (/(?<![A-Za-z])DAN(?![A-Za-z])/.test(text.normalize("NFKC"))) add("roleplay_jailbreak", DAN);
  if (decodeBlobs) {
    for (const decoded of decodedBlobs(text)) {
      const inner = signalWeights(decoded, false);
      const hasInstructions = [...inner.values()].some((w) => w >= 0.5);
      add("encoded_payload", hasInstructions ? ENCODED_WITH_INSTRUCTIONS : ENCODED_READABLE_TEXT);
      if (hasInstructions) break;
    }
  }
  return weights;
}

const BASE64_BLOB = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}={0,2}/g;
const HEX_BLOB = /(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{2}){10,}(?![0-9A-Za-z])/g;

/** Readable texts hidden in base64 or hex blobs of the input. */
function decodedBlobs(text: string): string[] {
  const out: string[] = [];
  let tried = 0;
  for (const m of text.matchAll(HEX_BLOB)) {
    if (tried++ >= MAX_ENCODED_BLOBS) break;
    const decoded = Buffer.from(m[0], "hex").toString("utf8");
    if (readable(decoded)) out.push(decoded);
  }
  for (const m of text.matchAll(BASE64_BLOB)) {
    if (/^[0-9A-Fa-f]+$/.test(m[0]) || !/[0-9+/=]/.test(m[0]) || !/[a-z]/.test(m[0]) || !/[A-Z]/.test(m[0])) continue;
    if (tried++ >= MAX_ENCODED_BLOBS) break;
    const decoded = Buffer.from(m[0], "base64").toString("utf8");
    if (readable(decoded)) out.push(decoded);
  }
  return out;
}

/** Mostly printable text with a space or CJK/Hangul characters: something a model would read as words. */
function readable(s: string): boolean {
  if (s.length < 8 || !/[ \u3000-\u9fff\uac00-\ud7af]/.test(s)) return false;
  let printable = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 10 || c === 9 || c === 13 || c >= 0xa0) printable++;
  }
  return printable / s.length >= 0.95 && !s.includes("\ufffd");
}
