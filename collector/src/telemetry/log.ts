/**
 * The collector's one logger: leveled lines on stderr, as text for a terminal or as one JSON object
 * per line for container log collectors. Text lines keep the "llmscope: <message>" form the CLI has
 * always printed. Every message goes through scrubSecrets first: log lines end up in shared log
 * stores, and error messages from HTTP clients can quote URLs with credentials or auth headers.
 */

export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ["text", "json"] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface LogOptions {
  level: LogLevel;
  format: LogFormat;
}

/** Structured context for a line: a component, counts, ids. Never content or credentials. */
export type LogFields = Record<string, string | number | boolean | undefined>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

let options: LogOptions = { level: "info", format: "text" };
let sink: (line: string) => void = (line) => process.stderr.write(line);

/** Sets the level and format for every logger (the collector calls it with its config on start). */
export function configureLogging(next: Partial<LogOptions>): void {
  options = { ...options, ...next };
}

/** Where lines go; tests capture them, everything else keeps stderr. Returns the previous sink. */
export function setLogSink(next: (line: string) => void): (line: string) => void {
  const previous = sink;
  sink = next;
  return previous;
}

/** A logger whose JSON lines name the component (e.g. "wal", "spool", "processor"). */
export function logger(component: string): Logger {
  const write = (level: LogLevel, message: string, fields?: LogFields) => {
    if (RANK[level] < RANK[options.level]) return;
    const text = scrubSecrets(message);
    if (options.format === "json") {
      const extra: Record<string, string | number | boolean> = {};
      for (const [key, value] of Object.entries(fields ?? {})) if (value !== undefined) extra[key] = typeof value === "string" ? scrubSecrets(value) : value;
      sink(`${JSON.stringify({ time: new Date().toISOString(), level, component, msg: text, ...extra })}\n`);
    } else {
      sink(`llmscope: ${text}\n`);
    }
  };
  return {
    debug: (m, f) => write("debug", m, f),
    info: (m, f) => write("info", m, f),
    warn: (m, f) => write("warn", m, f),
    error: (m, f) => write("error", m, f),
  };
}

const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]*:[^\s/@]*@/gi;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g;
const SECRET_PARAMS = /\b(password|passwd|token|api[_-]?key|secret|authorization)=([^\s&,;]+)/gi;

/** The message with URL passwords, bearer/basic credentials and secret-named parameters masked. */
export function scrubSecrets(message: string): string {
  return message.replace(URL_CREDENTIALS, "$1***@").replace(BEARER, "$1 ***").replace(SECRET_PARAMS, "$1=***");
}

/**
 * Calls `log` at most once per key every `intervalMs`, counting what it held back, so a fault that
 * repeats on every span (a throwing processor) yields one line per interval, not one per span.
 */
export function onceEvery(intervalMs: number, now: () => number = Date.now): (key: string, log: (suppressed: number) => void) => void {
  const last = new Map<string, { at: number; suppressed: number }>();
  return (key, log) => {
    const t = now();
    const seen = last.get(key);
    if (seen && t - seen.at < intervalMs) {
      seen.suppressed++;
      return;
    }
    last.set(key, { at: t, suppressed: 0 });
    log(seen?.suppressed ?? 0);
  };
}
