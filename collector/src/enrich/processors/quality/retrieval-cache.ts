/**
 * Recent retrieval documents by TraceId, for groundedness when the retrieval span was exported in an
 * earlier request than the LLM span (the SDK's batch exporter can split one trace across requests).
 * Bounded three ways: at most `maxTraces` traces (least recently used evicted first), entries expire
 * `ttlMs` after their last write, and at most `maxCharsPerTrace` characters of documents per trace.
 * The documents are the content as stored, i.e. already redacted by the PII stage that runs first.
 * The cache is per collector process: with several replicas behind a load balancer, a retrieval
 * exported to another replica is not seen.
 */
export interface RetrievalCacheOptions {
  maxTraces?: number;
  ttlMs?: number;
  maxCharsPerTrace?: number;
}

interface Entry {
  documents: string[];
  chars: number;
  expiresAt: number;
}

export class RetrievalCache {
  private readonly entries = new Map<string, Entry>();
  readonly maxTraces: number;
  readonly ttlMs: number;
  readonly maxCharsPerTrace: number;

  constructor(options: RetrievalCacheOptions = {}) {
    this.maxTraces = options.maxTraces ?? 1000;
    this.ttlMs = options.ttlMs ?? 5 * 60_000;
    this.maxCharsPerTrace = options.maxCharsPerTrace ?? 64 * 1024;
  }

  get size(): number {
    return this.entries.size;
  }

  remember(traceId: string, documents: readonly string[], now: number): void {
    if (this.maxTraces <= 0 || documents.length === 0) return;
    const entry = this.entries.get(traceId) ?? { documents: [], chars: 0, expiresAt: 0 };
    this.entries.delete(traceId);
    for (const doc of documents) {
      const room = this.maxCharsPerTrace - entry.chars;
      if (room <= 0) break;
      const kept = doc.length <= room ? doc : doc.slice(0, room);
      entry.documents.push(kept);
      entry.chars += kept.length;
    }
    entry.expiresAt = now + this.ttlMs;
    this.entries.set(traceId, entry);
    while (this.entries.size > this.maxTraces) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  documents(traceId: string, now: number): string[] {
    const entry = this.entries.get(traceId);
    if (!entry) return [];
    if (entry.expiresAt <= now) {
      this.entries.delete(traceId);
      return [];
    }
    this.entries.delete(traceId);
    this.entries.set(traceId, entry);
    return entry.documents;
  }
}
