import { parseArgs, type ParseArgsConfig } from "node:util";
import { LlmscopeError } from "@llmscope/semconv";

/** A command-line mistake, shown with the usage line of the command. */
export class UsageError extends LlmscopeError {
  constructor(message: string) {
    super("usage", message);
  }
}

/** Runs node:util parseArgs (or any parsing step), turning its errors into usage errors. */
export function usage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** A command's option values (no positionals, unknown options refused); parse errors become usage errors. */
export function commandOptions<const O extends NonNullable<ParseArgsConfig["options"]>>(
  argv: string[],
  options: O,
): ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: false; strict: true; options: O }>>["values"] {
  return usage(() => parseArgs({ args: argv, allowPositionals: false, strict: true, options })).values;
}

/** The options every command that reads the store takes. */
const STORE_OPTIONS = {
  format: { type: "string", default: "table" },
  "create-store": { type: "boolean", default: false },
} as const;

/** A store-reading command's arguments (positionals allowed, unknown options refused): its own options plus --format and --create-store. */
export function storeCommandArgs<const O extends NonNullable<ParseArgsConfig["options"]>>(
  argv: string[],
  options: O,
): ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: typeof STORE_OPTIONS & O }>> {
  return usage(() => parseArgs({ args: argv, allowPositionals: true, strict: true, options: { ...STORE_OPTIONS, ...options } }));
}

/** `--param k=v` pairs into an object; a pair without "=" is a usage error. */
export function keyValues(pairs: readonly string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs ?? []) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError(`--param takes key=value, got "${pair}"`);
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}
