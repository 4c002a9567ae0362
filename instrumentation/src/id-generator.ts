import { randomFillSync } from "node:crypto";
import type { IdGenerator } from "@opentelemetry/sdk-trace-base";

// 4 KiB of random bytes as 8 KiB of hex: 170 spans' trace and span ids per refill.
const POOL_BYTES = 4096;
const INVALID_SPAN_ID = "0".repeat(16);
const INVALID_TRACE_ID = "0".repeat(32);

/**
 * Trace and span ids cut from a pool of random hex. The SDK's RandomIdGenerator calls
 * Math.random() per 4 bytes, writes them into a buffer and hex-encodes it, on every span (twice
 * for a root span); here one randomFillSync() and one hex encoding serve ~170 spans, and an id is
 * a substring. The bytes come from the operating system's CSPRNG. An all-zero id (invalid in W3C
 * trace context) is drawn again.
 */
export class PooledIdGenerator implements IdGenerator {
  private readonly bytes = Buffer.allocUnsafe(POOL_BYTES);
  private hex = "";
  private used = 0;

  /** `fill` writes random bytes into the pool (the CSPRNG; a test may pass its own). */
  constructor(private readonly fill: (pool: Buffer) => Buffer = randomFillSync) {}

  generateTraceId(): string {
    const id = this.take(32);
    return id === INVALID_TRACE_ID ? this.generateTraceId() : id;
  }

  generateSpanId(): string {
    const id = this.take(16);
    return id === INVALID_SPAN_ID ? this.generateSpanId() : id;
  }

  private take(chars: number): string {
    if (this.used + chars > this.hex.length) {
      this.hex = this.fill(this.bytes).toString("hex");
      this.used = 0;
    }
    const id = this.hex.slice(this.used, this.used + chars);
    this.used += chars;
    return id;
  }
}
