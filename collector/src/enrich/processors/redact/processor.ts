import type { CanonicalContent } from "../../../ingest/normalize/content";
import { detectPii, type PiiFinding, type PiiType } from "../pii";
import type { Processor, ProcessorWrites, SpanRecord } from "../record";
import { isContentKey } from "./content-keys";

export type PiiPolicy = "flag" | "redact" | "drop";

export interface PiiProcessorOptions {
  /** flag: keep content, record types · redact: replace findings with [TYPE] tokens · drop: store no content. */
  policy: PiiPolicy;
}

/** The llm_spans columns this processor fills (migration 0006). */
export type PiiColumns = { PiiTypes: string[]; PiiCount: number };

export const PII_ATTRIBUTES = {
  /** JSON array of the distinct types found, sorted. */
  types: "llmscope.pii.types",
  count: "llmscope.pii.count",
  /** "true" when the policy changed or removed a stored value. */
  redacted: "llmscope.pii.redacted",
} as const;

// Redaction may rewrite any attribute value, the status message and the content; on the llm row, only its own columns.
const PII_WRITES: ProcessorWrites = { spanAttributes: "any", llmColumns: ["PiiTypes", "PiiCount"] };

/**
 * Finds PII in a span's captured content and applies the deployment's policy before the row goes
 * anywhere: every content attribute value (span and event attributes named as content sources by
 * the normalizer, or whose key reads as content, see content-keys.ts) and record.content. JSON
 * values (message arrays) are decoded, redacted string by string and re-encoded, so they stay valid
 * JSON. PiiCount is the larger of the findings in the stored values and in record.content (which
 * usually repeats them). The span's status message and exception.message / exception.stacktrace
 * (recorded even with capture off) are scanned too: findings are replaced by tokens under redact
 * and drop, kept under flag. Writes llmscope.pii.* attributes and PiiTypes/PiiCount on the
 * llm_spans row on every span that carried content or PII in its error text. Never logs or throws
 * with content in the message.
 */
export function createPiiProcessor(options: PiiProcessorOptions): Processor {
  const { policy } = options;
  if (policy !== "flag" && policy !== "redact" && policy !== "drop") throw new Error(`PII policy must be flag, redact or drop, got "${String(policy)}"`);
  return {
    name: "pii",
    writes: PII_WRITES,
    process(record: SpanRecord): void {
      // The content attributes and record.content hold the same texts (a message's text is both a
      // string inside gen_ai.input.messages and ContentMessage.content): each distinct text is scanned once.
      const attributeMaps = contentAttributeMaps(record);
      // Most spans carry neither content nor error text: nothing to scan, nothing written.
      if (attributeMaps.length === 0 && !record.content && !hasErrorText(record)) return;
      const find = findingsMemo();
      const tally = new Tally(find);
      let scanned = attributeMaps.length > 0;
      let changed = false;
      for (const { attrs, keys } of attributeMaps) {
        for (const key of keys) {
          const value = attrs[key];
          if (value === undefined) continue;
          if (policy === "drop") {
            tally.scan(value);
            delete attrs[key];
            changed = true;
            continue;
          }
          const redacted = redactValue(value, tally, policy === "redact", find);
          if (redacted !== value) {
            attrs[key] = redacted;
            changed = true;
          }
        }
      }
      if (record.content) {
        scanned = true;
        const contentTally = new Tally(find);
        if (policy === "drop") {
          redactContent(record.content, contentTally, false);
          record.content = null;
          changed = true;
        } else {
          const before = changed;
          record.content = redactContent(record.content, contentTally, policy === "redact");
          changed = before || (policy === "redact" && contentTally.count > 0);
        }
        tally.merge(contentTally);
      }
      // Error text is recorded whatever the capture setting and often quotes the input
      // ("no account for jane@…"): its findings are redacted under redact and drop (never deleted,
      // errors stay readable) and counted like a repeat of the content (the larger count wins).
      const errorTally = new Tally(find);
      if (redactErrorText(record, errorTally, policy !== "flag", find)) changed = true;
      if (errorTally.count > 0) {
        scanned = true;
        tally.merge(errorTally);
      }
      if (!scanned) return;
      const types = [...tally.types].sort();
      const attrs = record.trace.SpanAttributes;
      attrs[PII_ATTRIBUTES.types] = JSON.stringify(types);
      attrs[PII_ATTRIBUTES.count] = String(tally.count);
      attrs[PII_ATTRIBUTES.redacted] = String(changed);
      if (record.llm) {
        const columns: PiiColumns = { PiiTypes: types, PiiCount: tally.count };
        Object.assign(record.llm, columns);
      }
    },
    failClosed(record: SpanRecord): void {
      // Skipping redaction would store the content as it came: the span keeps no content instead,
      // and under redact and drop its error text is withheld too.
      for (const { attrs, keys } of contentAttributeMaps(record)) for (const key of keys) delete attrs[key];
      record.content = null;
      if (policy !== "flag") withholdErrorText(record);
    },
  };
}

const WITHHELD = "[withheld: PII redaction failed]";

function withholdErrorText(record: SpanRecord): void {
  const trace = record.trace;
  if (trace.StatusMessage) trace.StatusMessage = WITHHELD;
  for (const attrs of [trace.SpanAttributes, ...trace["Events.Attributes"]]) {
    for (const key of ERROR_TEXT_KEYS) if (attrs[key] !== undefined) attrs[key] = WITHHELD;
  }
}

/** Keys whose values are error text (OTel exception event, or the same keys set on the span). */
const ERROR_TEXT_KEYS = ["exception.message", "exception.stacktrace"] as const;

function hasErrorText(record: SpanRecord): boolean {
  const trace = record.trace;
  if (trace.StatusMessage) return true;
  const holds = (attrs: Record<string, string>) => ERROR_TEXT_KEYS.some((key) => attrs[key] !== undefined);
  return holds(trace.SpanAttributes) || trace["Events.Attributes"].some(holds);
}

/**
 * Finds PII in the span's status message and exception text; rewrites findings when `redact`.
 * These texts usually repeat one message, so the tally keeps the largest count of any one of them.
 * True when something changed.
 */
function redactErrorText(record: SpanRecord, tally: Tally, redact: boolean, find: FindPii): boolean {
  let changed = false;
  const trace = record.trace;
  const redactOne = (value: string): string => {
    const own = new Tally(find);
    const redacted = redactString(value, own, redact);
    tally.merge(own);
    return redacted;
  };
  if (trace.StatusMessage) {
    const redacted = redactOne(trace.StatusMessage);
    if (redacted !== trace.StatusMessage) {
      trace.StatusMessage = redacted;
      changed = true;
    }
  }
  const redactIn = (attrs: Record<string, string>) => {
    for (const key of ERROR_TEXT_KEYS) {
      const value = attrs[key];
      if (value === undefined) continue;
      const redacted = redactOne(value);
      if (redacted !== value) {
        attrs[key] = redacted;
        changed = true;
      }
    }
  };
  redactIn(trace.SpanAttributes);
  for (const attrs of trace["Events.Attributes"]) redactIn(attrs);
  return changed;
}

const NO_TYPES: ReadonlySet<PiiType> = new Set();

/** Types seen and the number of findings; a content copy of attribute text only raises the count to its own. */
class Tally {
  // Most spans have no finding: the set is made at the first.
  private found: Set<PiiType> | undefined;
  count = 0;

  constructor(readonly find: FindPii) {}

  get types(): ReadonlySet<PiiType> {
    return this.found ?? NO_TYPES;
  }

  add(findings: readonly PiiFinding[]): void {
    if (findings.length === 0) return;
    this.found ??= new Set();
    for (const f of findings) this.found.add(f.type);
    this.count += findings.length;
  }

  scan(value: string): void {
    forEachString(value, (s) => this.add(this.find(s)));
  }

  merge(other: Tally): void {
    if (other.found) {
      this.found ??= new Set();
      for (const t of other.found) this.found.add(t);
    }
    this.count = Math.max(this.count, other.count);
  }
}

interface AttributeMap {
  attrs: Record<string, string>;
  keys: string[];
}

const NO_MAPS: readonly AttributeMap[] = [];

/**
 * The span's and each event's attribute map with the keys that carry content. Every span is asked,
 * most have none: sets and lists are made only once a key is found.
 */
function contentAttributeMaps(record: SpanRecord): readonly AttributeMap[] {
  let spanKeys: Set<string> | undefined;
  let eventKeys: Map<number, Set<string>> | undefined;
  const sources = record.content?.sources;
  if (sources) {
    for (const source of sources) {
      if (source.where === "span") (spanKeys ??= new Set()).add(source.key);
      else {
        eventKeys ??= new Map();
        const set = eventKeys.get(source.eventIndex) ?? new Set<string>();
        set.add(source.key);
        eventKeys.set(source.eventIndex, set);
      }
    }
  }
  let maps: AttributeMap[] | undefined;
  const spanAttrs = record.trace.SpanAttributes;
  for (const key in spanAttrs) if (contentKey(key)) (spanKeys ??= new Set()).add(key);
  if (spanKeys) (maps ??= []).push({ attrs: spanAttrs, keys: [...spanKeys] });
  const events = record.trace["Events.Attributes"];
  for (let i = 0; i < events.length; i++) {
    const attrs = events[i]!;
    let keys = eventKeys?.get(i);
    for (const key in attrs) if (contentKey(key)) (keys ??= new Set()).add(key);
    if (keys) (maps ??= []).push({ attrs, keys: [...keys] });
  }
  return maps ?? NO_MAPS;
}

/** Attribute keys seen, whether each reads as content; apps use few distinct keys, so this stays small. */
const contentKeys = new Map<string, boolean>();
const CONTENT_KEYS_LIMIT = 10_000;

/** isContentKey, memoised: it runs three regular expressions and every span asks it about every key. */
function contentKey(key: string): boolean {
  let known = contentKeys.get(key);
  if (known === undefined) {
    if (contentKeys.size >= CONTENT_KEYS_LIMIT) contentKeys.clear();
    contentKeys.set(key, (known = isContentKey(key)));
  }
  return known;
}

/** Replaces each finding with its [TYPE] token. */
export function redactText(text: string, findings: readonly PiiFinding[]): string {
  if (findings.length === 0) return text;
  let out = "";
  let last = 0;
  for (const f of findings) {
    out += text.slice(last, f.start) + `[${f.type}]`;
    last = f.end;
  }
  return out + text.slice(last);
}

type FindPii = (text: string) => readonly PiiFinding[];

/** detectPii with its results kept for the span being processed. */
function findingsMemo(): FindPii {
  let seen: Map<string, PiiFinding[]> | undefined;
  return (text) => {
    seen ??= new Map();
    let findings = seen.get(text);
    if (findings === undefined) seen.set(text, (findings = detectPii(text)));
    return findings;
  };
}

/** Counts findings in a text; returns it redacted when `redact`, else unchanged. */
function redactString(text: string, tally: Tally, redact: boolean): string {
  const findings = tally.find(text);
  tally.add(findings);
  return redact ? redactText(text, findings) : text;
}

/**
 * An attribute value: a JSON document is redacted inside its strings and re-encoded; anything else
 * as text. The document is rebuilt only when it has something to redact.
 */
function redactValue(value: string, tally: Tally, redact: boolean, find: FindPii): string {
  const json = parseJsonDocument(value);
  if (json === undefined) return redactString(value, tally, redact);
  const before = tally.count;
  visitStrings(json.value, (s) => tally.add(find(s)));
  if (!redact || tally.count === before) return value;
  return JSON.stringify(mapStrings(json.value, (s) => redactText(s, find(s))));
}

function visitStrings(value: unknown, visit: (s: string) => void): void {
  if (typeof value === "string") visit(value);
  else if (Array.isArray(value)) for (const v of value) visitStrings(v, visit);
  else if (value !== null && typeof value === "object") for (const v of Object.values(value)) visitStrings(v, visit);
}

function forEachString(value: string, visit: (s: string) => void): void {
  const json = parseJsonDocument(value);
  if (json === undefined) visit(value);
  else visitStrings(json.value, visit);
}

function parseJsonDocument(value: string): { value: unknown } | undefined {
  const first = value.trimStart()[0];
  if (first !== "[" && first !== "{" && first !== '"') return undefined;
  try {
    return { value: JSON.parse(value) as unknown };
  } catch {
    return undefined;
  }
}

function mapStrings(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === "string") return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, fn);
    return out;
  }
  return value;
}

/** Every text of the content, in the order redactContent rewrites them. */
function contentTexts(content: CanonicalContent, visit: (s: string) => void): void {
  if (content.systemInstructions !== undefined) visit(content.systemInstructions);
  if (content.inputMessages) for (const m of content.inputMessages) visit(m.content);
  if (content.outputMessages) for (const m of content.outputMessages) visit(m.content);
  if (content.promptTemplate !== undefined) visit(content.promptTemplate);
  if (content.promptVariables) for (const v of Object.values(content.promptVariables)) visit(v);
  if (content.retrievalQuery !== undefined) visit(content.retrievalQuery);
  if (content.retrievalDocuments) for (const d of content.retrievalDocuments) if (d.content !== undefined) visit(d.content);
  if (content.guardrailContent !== undefined) visit(content.guardrailContent);
  if (content.inputText !== undefined) visit(content.inputText);
  if (content.outputText !== undefined) visit(content.outputText);
}

/** The content with its findings counted, and replaced by tokens when `redact`; unchanged content is not copied. */
function redactContent(content: CanonicalContent, tally: Tally, redact: boolean): CanonicalContent {
  const before = tally.count;
  contentTexts(content, (s) => tally.add(tally.find(s)));
  if (!redact || tally.count === before) return content;
  const r = (s: string) => redactText(s, tally.find(s));
  const out: CanonicalContent = { ...content };
  if (content.systemInstructions !== undefined) out.systemInstructions = r(content.systemInstructions);
  if (content.inputMessages) out.inputMessages = content.inputMessages.map((m) => ({ ...m, content: r(m.content) }));
  if (content.outputMessages) out.outputMessages = content.outputMessages.map((m) => ({ ...m, content: r(m.content) }));
  if (content.promptTemplate !== undefined) out.promptTemplate = r(content.promptTemplate);
  if (content.promptVariables) out.promptVariables = Object.fromEntries(Object.entries(content.promptVariables).map(([k, v]) => [k, r(v)]));
  if (content.retrievalQuery !== undefined) out.retrievalQuery = r(content.retrievalQuery);
  if (content.retrievalDocuments)
    out.retrievalDocuments = content.retrievalDocuments.map((d) => (d.content === undefined ? d : { ...d, content: r(d.content) }));
  if (content.guardrailContent !== undefined) out.guardrailContent = r(content.guardrailContent);
  if (content.inputText !== undefined) out.inputText = r(content.inputText);
  if (content.outputText !== undefined) out.outputText = r(content.outputText);
  return out;
}
