export { register, shutdown, forceFlush, type LlmscopeHandle, type RegisterMode } from "./setup";
export type { RegisterOptions, OtlpProtocol } from "./config";
export { withContext, type AppContext } from "./scope";
export { withPrompt, type PromptInfo, type RenderedPrompt } from "./prompt";
export { traceRetrieval, type RetrievalRequest, type RetrievedDocument, type RetrievalSpan } from "./retrieval";
export { traceLlmCall, type LlmRequest, type LlmResponse, type LlmSpan, type LlmUsage, type ChatMessage } from "./llm";
export { traceGuardrail, type GuardrailRequest, type GuardrailResult, type GuardrailSpan } from "./guardrail";
export { ContextSpanProcessor } from "./context-processor";
export { recordFeedback, type FeedbackInput, type FeedbackOptions } from "./feedback";
