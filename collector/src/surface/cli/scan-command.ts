import { createInterface } from "node:readline";
import { scoreInjection } from "../../enrich/processors/injection";
import { detectPii } from "../../enrich/processors/pii";
import { commandOptions, UsageError } from "./args";

export const SCAN_USAGE = "llmscope scan [--threshold <0-1>]  < in.jsonl > out.jsonl";

/**
 * Reads JSONL {"id","text"} from `input` (stdin) and writes one JSONL result per line to `out`:
 * {"id","pii":[{"type","start","end"}],"injection":{"score","flagged"}}, offsets in UTF-16 code units.
 * A bad line is reported on `err` by line number (never with its content) and skipped; the command
 * then fails (exit 1) after the last line. Blank lines are ignored.
 */
export async function scanCommand(
  argv: string[],
  _env: NodeJS.ProcessEnv,
  out: NodeJS.WritableStream,
  input: NodeJS.ReadableStream = process.stdin,
  err: NodeJS.WritableStream = process.stderr,
): Promise<void> {
  const values = commandOptions(argv, { threshold: { type: "string", default: "0.5" } });
  const threshold = Number(values.threshold);
  if (!(threshold >= 0 && threshold <= 1) || values.threshold?.trim() === "")
    throw new UsageError(`--threshold takes a number between 0 and 1, got "${values.threshold}"`);

  let lineNo = 0;
  let bad = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (line.trim() === "") continue;
    const parsed = parseLine(line);
    if (typeof parsed === "string") {
      bad++;
      err.write(`llmscope scan: line ${lineNo}: ${parsed}\n`);
      continue;
    }
    const injection = scoreInjection(parsed.text, { threshold });
    const result = { id: parsed.id, pii: detectPii(parsed.text), injection: { score: injection.score, flagged: injection.flagged } };
    if (!out.write(JSON.stringify(result) + "\n")) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  if (bad > 0) throw new Error(`${bad} of ${lineNo} input line(s) were not {"id": string|number, "text": string} JSON objects`);
}

/** The line's id and text, or what is wrong with it (without quoting it: it may hold personal data). */
function parseLine(line: string): { id: string | number; text: string } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return "not valid JSON";
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return 'expected a JSON object {"id", "text"}';
  const { id, text } = value as Record<string, unknown>;
  if (typeof id !== "string" && typeof id !== "number") return '"id" must be a string or a number';
  if (typeof text !== "string") return '"text" must be a string';
  return { id, text };
}
