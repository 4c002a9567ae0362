import { describe, expect, it } from "vitest";
import { record } from "../cost/test-fixtures";
import { createPiiProcessor, isContentKey, PII_ATTRIBUTES, redactText } from "./index";

const EMAIL = "jane.doe@example.com";
const CARD = "4111 1111 1111 1111";
const messages = JSON.stringify([
  { role: "system", parts: [{ type: "text", content: "Be brief." }] },
  { role: "user", parts: [{ type: "text", content: `Mail "${EMAIL}"\nand charge ${CARD}, quote\\backslash` }] },
]);

function spanWithPii() {
  const r = record(
    {},
    { inputMessages: [{ role: "user", content: `Mail ${EMAIL} and charge ${CARD}` }], promptVariables: { customer: EMAIL } },
    {
      "gen_ai.input.messages": messages,
      "gen_ai.usage.input_tokens": "12",
      "gen_ai.prompt.name": "support",
      "llmscope.prompt.variable.name": `Jane <${EMAIL}>`,
      "http.url": "https://api.example.com/v1/chat",
    },
  );
  r.trace["Events.Name"].push("gen_ai.user.message");
  r.trace["Events.Timestamp"].push(r.trace.Timestamp);
  r.trace["Events.Attributes"].push({ content: `call me at +1 415 555 0132`, role: "user" });
  return r;
}

/** Every string the stored rows and the content hold, for "the original appears nowhere" checks. */
function everything(r: ReturnType<typeof spanWithPii>): string {
  return JSON.stringify([r.trace, r.llm, r.content]);
}

describe("isContentKey", () => {
  it("recognises content keys of the GenAI dialects and leaves metadata alone", () => {
    for (const key of [
      "gen_ai.input.messages",
      "gen_ai.output.messages",
      "gen_ai.system_instructions",
      "gen_ai.prompt.0.content",
      "gen_ai.completion.0.content",
      "llm.input_messages.0.message.content",
      "input.value",
      "output.value",
      "ai.prompt.messages",
      "ai.response.text",
      "gen_ai.retrieval.query.text",
      "gen_ai.retrieval.documents",
      "llmscope.prompt.template",
      "llmscope.prompt.variable.name",
      "gen_ai.prompt.variable.city",
      "content",
      "gen_ai.prompt",
      "gen_ai.tool.call.arguments",
      "traceloop.entity.input",
    ]) {
      expect(isContentKey(key), key).toBe(true);
    }
    for (const key of [
      "gen_ai.usage.prompt_tokens",
      "gen_ai.prompt.name",
      "gen_ai.prompt.version",
      "llmscope.prompt.template.hash",
      "llmscope.prompt.variant",
      "gen_ai.request.model",
      "gen_ai.prompt.0.role",
      "input.mime_type",
      "llmscope.pii.types",
      "http.url",
      "user.id",
      "exception.message",
    ]) {
      expect(isContentKey(key), key).toBe(false);
    }
  });
});

describe("createPiiProcessor", () => {
  it("redact: replaces findings in attributes, events and content; JSON stays valid; the original is gone", () => {
    const r = spanWithPii();
    createPiiProcessor({ policy: "redact" }).process(r, [r]);
    const attrs = r.trace.SpanAttributes;
    const decoded = JSON.parse(attrs["gen_ai.input.messages"]!) as { parts: { content: string }[] }[];
    expect(decoded[1]!.parts[0]!.content).toBe('Mail "[EMAIL]"\nand charge [CREDIT_CARD], quote\\backslash');
    expect(decoded[0]!.parts[0]!.content).toBe("Be brief.");
    expect(attrs["llmscope.prompt.variable.name"]).toBe("Jane <[EMAIL]>");
    expect(r.trace["Events.Attributes"][0]).toEqual({ content: "call me at [PHONE]", role: "user" });
    expect(r.content?.inputMessages?.[0]?.content).toBe("Mail [EMAIL] and charge [CREDIT_CARD]");
    expect(r.content?.promptVariables).toEqual({ customer: "[EMAIL]" });
    expect(attrs["gen_ai.usage.input_tokens"]).toBe("12");
    expect(attrs[PII_ATTRIBUTES.types]).toBe('["CREDIT_CARD","EMAIL","PHONE"]');
    expect(attrs[PII_ATTRIBUTES.count]).toBe("4");
    expect(attrs[PII_ATTRIBUTES.redacted]).toBe("true");
    expect(r.llm).toMatchObject({ PiiTypes: ["CREDIT_CARD", "EMAIL", "PHONE"], PiiCount: 4 });
    const all = everything(r);
    for (const secret of [EMAIL, CARD, "415 555 0132"]) expect(all).not.toContain(secret);
  });

  it("flag: keeps the text, records the types", () => {
    const r = spanWithPii();
    const before = r.trace.SpanAttributes["gen_ai.input.messages"];
    createPiiProcessor({ policy: "flag" }).process(r, [r]);
    expect(r.trace.SpanAttributes["gen_ai.input.messages"]).toBe(before);
    expect(r.content?.inputMessages?.[0]?.content).toContain(EMAIL);
    expect(r.trace.SpanAttributes[PII_ATTRIBUTES.redacted]).toBe("false");
    expect(r.llm?.PiiTypes).toEqual(["CREDIT_CARD", "EMAIL", "PHONE"]);
  });

  it("drop: removes every content value and the canonical content, keeps metadata", () => {
    const r = spanWithPii();
    createPiiProcessor({ policy: "drop" }).process(r, [r]);
    const attrs = r.trace.SpanAttributes;
    expect(attrs["gen_ai.input.messages"]).toBeUndefined();
    expect(attrs["llmscope.prompt.variable.name"]).toBeUndefined();
    expect(r.trace["Events.Attributes"][0]).toEqual({ role: "user" });
    expect(r.content).toBeNull();
    expect(attrs["gen_ai.prompt.name"]).toBe("support");
    expect(attrs["http.url"]).toBe("https://api.example.com/v1/chat");
    expect(attrs[PII_ATTRIBUTES.redacted]).toBe("true");
    expect(r.llm?.PiiCount).toBe(4);
    expect(everything(r)).not.toContain(EMAIL);
  });

  it("rewrites exactly the keys the normalizer listed as content sources, whatever their name", () => {
    const r = record({}, { guardrailContent: `ssn 123-45-6789`, inputText: "ssn 123-45-6789", outputText: "ok" }, { "custom.blob": "ssn 123-45-6789" });
    r.content!.sources.push({ where: "span", key: "custom.blob" });
    createPiiProcessor({ policy: "redact" }).process(r, [r]);
    expect(r.trace.SpanAttributes["custom.blob"]).toBe("ssn [SSN]");
    expect(r.content?.guardrailContent).toBe("ssn [SSN]");
    expect(r.content?.inputText).toBe("ssn [SSN]");
    expect(r.trace.SpanAttributes[PII_ATTRIBUTES.count]).toBe("2"); // the larger of the attribute and content counts
  });

  it("leaves a span without content untouched, and clean content unmodified byte for byte", () => {
    const bare = record({}, null, { "http.url": "https://x.example/a?email=a@b.co" });
    createPiiProcessor({ policy: "redact" }).process(bare, [bare]);
    expect(bare.trace.SpanAttributes).toEqual({ "http.url": "https://x.example/a?email=a@b.co" });
    expect(bare.llm?.PiiTypes).toBeUndefined();

    const json = '[ {"role": "user", "parts": [ {"type": "text", "content": "hello"} ] } ]';
    const clean = record({}, null, { "gen_ai.input.messages": json });
    createPiiProcessor({ policy: "redact" }).process(clean, [clean]);
    expect(clean.trace.SpanAttributes["gen_ai.input.messages"]).toBe(json);
    expect(clean.trace.SpanAttributes[PII_ATTRIBUTES.types]).toBe("[]");
    expect(clean.trace.SpanAttributes[PII_ATTRIBUTES.redacted]).toBe("false");
  });

  it("error text (recorded even without content capture): redacted under redact and drop, counted under flag", () => {
    const failing = () => {
      const r = record({ StatusCode: "Error" }, {}, { "exception.message": `no account for ${EMAIL}` });
      r.trace.StatusMessage = `lookup failed: no account for ${EMAIL}`;
      r.trace["Events.Name"].push("exception");
      r.trace["Events.Timestamp"].push(r.trace.Timestamp);
      r.trace["Events.Attributes"].push({
        "exception.type": "NotFound",
        "exception.stacktrace": `NotFound: no account for ${EMAIL}\n    at lookup (crm.js:10:5)`,
      });
      return r;
    };
    for (const policy of ["redact", "drop"] as const) {
      const r = failing();
      createPiiProcessor({ policy }).process(r, [r]);
      expect(everything(r), policy).not.toContain(EMAIL);
      expect(r.trace.StatusMessage).toBe("lookup failed: no account for [EMAIL]");
      expect(r.trace["Events.Attributes"][0]!["exception.stacktrace"]).toMatch(/^NotFound: no account for \[EMAIL\]\n {4}at lookup/);
      expect(r.llm?.PiiTypes).toEqual(["EMAIL"]);
      // Three copies of one message: counted once, like content repeated in attributes.
      expect(r.llm?.PiiCount).toBe(1);
    }
    const flagged = failing();
    createPiiProcessor({ policy: "flag" }).process(flagged, [flagged]);
    expect(flagged.trace.StatusMessage).toContain(EMAIL);
    expect(flagged.llm?.PiiTypes).toEqual(["EMAIL"]);
  });

  it("redacts text that only looks like JSON as plain text", () => {
    const r = record({}, null, { "input.value": `{not json, mail ${EMAIL}` });
    createPiiProcessor({ policy: "redact" }).process(r, [r]);
    expect(r.trace.SpanAttributes["input.value"]).toBe("{not json, mail [EMAIL]");
  });

  it("rejects an unknown policy without echoing anything else", () => {
    expect(() => createPiiProcessor({ policy: "keep" as never })).toThrow('PII policy must be flag, redact or drop, got "keep"');
  });

  it("redactText replaces findings by offsets", () => {
    expect(redactText("a x@y.io b", [{ type: "EMAIL", start: 2, end: 8 }])).toBe("a [EMAIL] b");
  });
});
