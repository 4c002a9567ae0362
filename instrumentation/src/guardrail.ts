import { SpanKind, type Span } from "@opentelemetry/api";
import { recordContent } from "./content";
import {
  ATTR_GUARDRAIL_CATEGORIES,
  ATTR_GUARDRAIL_CONTENT,
  ATTR_GUARDRAIL_DECISION,
  ATTR_GUARDRAIL_NAME,
  ATTR_GUARDRAIL_POLICY_ID,
  ATTR_GUARDRAIL_SCORE,
  ATTR_GUARDRAIL_STAGE,
  ATTR_GUARDRAIL_TRIGGERED,
  ATTR_OPERATION_NAME,
  ATTR_SPAN_TYPE,
  OPERATION_APPLY_GUARDRAIL,
} from "@llmscope/semconv";
import { runInSpan } from "./span-runner";

export interface GuardrailRequest {
  name: string;
  stage: "input" | "output" | "retrieval";
  policyId?: string;
  content?: string;
  remote?: boolean;
}

export interface GuardrailResult {
  decision: "pass" | "flag" | "redact" | "block";
  triggered?: boolean;
  categories?: string[];
  score?: number;
}

export interface GuardrailSpan {
  setResult(result: GuardrailResult): void;
}

/** Traces a guardrail check as "apply_guardrail {name}": INTERNAL, or CLIENT for a remote guard service. */
export function traceGuardrail<T>(req: GuardrailRequest, fn: (span: GuardrailSpan) => Promise<T>): Promise<T> {
  const attributes = {
    [ATTR_SPAN_TYPE]: "guardrail",
    [ATTR_OPERATION_NAME]: OPERATION_APPLY_GUARDRAIL,
    [ATTR_GUARDRAIL_NAME]: req.name,
    [ATTR_GUARDRAIL_STAGE]: req.stage,
    ...(req.policyId !== undefined && { [ATTR_GUARDRAIL_POLICY_ID]: req.policyId }),
  };
  const kind = req.remote === true ? SpanKind.CLIENT : SpanKind.INTERNAL;
  return runInSpan(`apply_guardrail ${req.name}`, kind, attributes, (span) => {
    recordContent(span, ATTR_GUARDRAIL_CONTENT, () => req.content);
    return fn({ setResult: (result) => setResult(span, result) });
  });
}

function setResult(span: Span, result: GuardrailResult): void {
  span.setAttributes({
    [ATTR_GUARDRAIL_DECISION]: result.decision,
    [ATTR_GUARDRAIL_TRIGGERED]: result.triggered ?? result.decision !== "pass",
    ...(result.categories !== undefined && { [ATTR_GUARDRAIL_CATEGORIES]: result.categories }),
    ...(result.score !== undefined && { [ATTR_GUARDRAIL_SCORE]: result.score }),
  });
}
