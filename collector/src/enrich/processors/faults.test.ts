import { describe, expect, it } from "vitest";
import { MetricsRegistry } from "../../telemetry/metrics";
import { record } from "./cost/test-fixtures";
import { stageFaults, type StageFaults } from "./faults";
import type { Processor, SpanRecord } from "./record";
import { createPiiProcessor } from "./redact";
import { runProcessor } from "./run";

const EMAIL = "jane.doe@example.com";

function span(): SpanRecord {
  const r = record(
    { UserId: "u1" },
    { inputMessages: [{ role: "user", content: `mail ${EMAIL}` }] },
    { "gen_ai.input.messages": JSON.stringify([{ role: "user", parts: [{ type: "text", content: `mail ${EMAIL}` }] }]), "gen_ai.request.model": "m" },
  );
  r.trace.StatusMessage = `no account for ${EMAIL}`;
  r.trace["Events.Name"].push("exception");
  r.trace["Events.Timestamp"].push(r.trace.Timestamp);
  r.trace["Events.Attributes"].push({ "exception.message": `no account for ${EMAIL}`, "exception.type": "NotFound" });
  return r;
}

const failures: [string, string][] = [];
const recording: StageFaults = { failed: (stage, { trace }) => failures.push([stage, trace.SpanId]) };

/** Writes to every part of the record a processor may touch, then throws. */
const halfWay: Processor = {
  name: "half-way",
  process(r) {
    r.trace.SpanAttributes["x.added"] = "1";
    r.trace.SpanAttributes["gen_ai.request.model"] = "changed";
    delete r.trace.SpanAttributes["gen_ai.input.messages"];
    r.trace["Events.Attributes"][0]!["exception.type"] = "changed";
    r.trace.StatusMessage = "changed";
    r.llm!.UserId = "changed";
    r.content = null;
    r.scores.push({} as SpanRecord["scores"][number]);
    throw new TypeError("half way");
  },
};

describe("runProcessor with faults", () => {
  it("puts back everything a throwing processor wrote on that span, and reports it", () => {
    failures.length = 0;
    const bad = span();
    const before = structuredClone(bad);
    runProcessor(halfWay, [bad], recording);
    expect(bad).toEqual(before);
    expect(failures).toEqual([["half-way", bad.trace.SpanId]]);
  });

  it("without faults the error propagates (benchmarks, unit tests)", () => {
    expect(() => runProcessor(halfWay, [span()])).toThrow("half way");
  });

  it("a failed redaction stores no content and, under redact, no error text: fail closed", () => {
    const pii = createPiiProcessor({ policy: "redact" });
    const broken: Processor = {
      name: "pii",
      process: () => {
        throw new Error("detector bug");
      },
      failClosed: pii.failClosed,
    };
    const r = span();
    runProcessor(broken, [r], recording);
    const stored = JSON.stringify([r.trace, r.llm, r.content]);
    expect(stored).not.toContain(EMAIL);
    expect(r.content).toBeNull();
    expect(r.trace.SpanAttributes["gen_ai.input.messages"]).toBeUndefined();
    expect(r.trace.SpanAttributes["gen_ai.request.model"]).toBe("m");
    expect(r.trace.StatusMessage).toBe("[withheld: PII redaction failed]");
    expect(r.trace["Events.Attributes"][0]).toEqual({ "exception.message": "[withheld: PII redaction failed]", "exception.type": "NotFound" });
  });
});

describe("stageFaults", () => {
  it("counts every failure by processor", () => {
    const metrics = new MetricsRegistry();
    const faults = stageFaults(metrics);
    const r = span();
    for (let i = 0; i < 3; i++) faults.failed("cost", r, new Error("x"));
    faults.failed("normalize", r, new Error("y"));
    const errors = metrics.counter("llmscope_processor_errors_total", "");
    expect([errors.get({ processor: "cost" }), errors.get({ processor: "normalize" })]).toEqual([3, 1]);
  });
});
