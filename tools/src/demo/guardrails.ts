/**
 * The demo app's own input and output screens: small regex checks for personal data and prompt injection.
 */

export type GuardrailDecision = "pass" | "flag" | "redact" | "block";

export interface GuardrailResult {
  decision: GuardrailDecision;
  triggered: boolean;
  categories: string[];
  score: number;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const PHONE = /\+?\d[\d ().-]{8,}\d/;
const CARD = /\b(?:\d[ -]?){13,16}\b/;
const INJECTION = /ignore (?:all |any )?(?:previous|prior|above) instructions|reveal (?:your|the) system prompt|you are now (?:in )?developer mode/i;

function result(decision: GuardrailDecision, categories: string[], score: number): GuardrailResult {
  return { decision, triggered: decision !== "pass", categories, score };
}

/** Blocks prompt injection; flags personal data in the customer's question. */
export function screenInput(text: string): GuardrailResult {
  if (INJECTION.test(text)) return result("block", ["injection"], 0.97);
  const categories: string[] = [];
  if (CARD.test(text)) categories.push("pii.credit_card");
  if (EMAIL.test(text)) categories.push("pii.email");
  if (PHONE.test(text) && !CARD.test(text)) categories.push("pii.phone");
  return categories.length > 0 ? result("flag", categories, 0.8) : result("pass", [], 0.02);
}

/** Redacts contact addresses the model should not hand out. */
export function screenOutput(text: string): GuardrailResult {
  return EMAIL.test(text) ? result("redact", ["pii.email"], 0.9) : result("pass", [], 0.01);
}

/** The answer with any email address replaced, as shown to the customer after a redact decision. */
export function redactOutput(text: string): string {
  return text.replace(new RegExp(EMAIL.source, "g"), "[redacted email]");
}
