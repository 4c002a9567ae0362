export { register, shutdown, forceFlush, type LlmscopeHandle, type RegisterMode } from "./setup";
export type { RegisterOptions, OtlpProtocol } from "./config";
export { withContext, type AppContext } from "./scope";
export { withPrompt, type PromptInfo, type RenderedPrompt } from "./prompt";
export { traceRetrieval, type RetrievalRequest, type RetrievedDocument, type RetrievalSpan } from "./retrieval";
export { traceLlmCall, type LlmRequest, type LlmResponse, type LlmSpan, type LlmUsage, type ChatMessage } from "./llm";
export { traceGuardrail, type GuardrailRequest, type GuardrailResult, type GuardrailSpan } from "./guardrail";
export { ContextSpanProcessor } from "./context-processor";
export { recordFeedback, DEFAULT_FEEDBACK_NAME, type FeedbackInput, type FeedbackOptions } from "./feedback";
export {
  instrumentOpenAI,
  OpenAIInstrumentation,
  OPENAI_SUPPORTED_VERSIONS,
  type OpenAIInstrumentationConfig,
} from "./instrumentations/openai/instrumentation";
export { instrumentAnthropic, AnthropicInstrumentation, ANTHROPIC_SUPPORTED_VERSIONS } from "./instrumentations/anthropic/instrumentation";
export type { InstrumentOptions } from "./instrumentations/enable";
export type { LlmscopeInstrumentationConfig } from "./instrumentations/instrumentation-base";
export { instrumentOllama, OllamaInstrumentation, OLLAMA_SUPPORTED_VERSIONS } from "./instrumentations/ollama/instrumentation";
export { instrumentGoogleGenAI, GoogleGenAIInstrumentation, GOOGLE_GENAI_SUPPORTED_VERSIONS } from "./instrumentations/google-genai/instrumentation";
export { instrumentBedrock, BedrockInstrumentation, BEDROCK_SUPPORTED_VERSIONS } from "./instrumentations/bedrock/instrumentation";
export { instrumentQdrant, QdrantInstrumentation, QDRANT_SUPPORTED_VERSIONS } from "./instrumentations/qdrant/instrumentation";
export { instrumentPinecone, PineconeInstrumentation, PINECONE_SUPPORTED_VERSIONS } from "./instrumentations/pinecone/instrumentation";
export { instrumentChroma, ChromaInstrumentation, CHROMA_SUPPORTED_VERSIONS } from "./instrumentations/chroma/instrumentation";
export { instrumentMistral, MistralInstrumentation, MISTRAL_SUPPORTED_VERSIONS } from "./instrumentations/mistral/instrumentation";
export { instrumentCohere, CohereInstrumentation, COHERE_SUPPORTED_VERSIONS } from "./instrumentations/cohere/instrumentation";
export { instrumentMcp, McpInstrumentation, MCP_SUPPORTED_VERSIONS } from "./instrumentations/mcp/instrumentation";
export { instrumentLangChain, LangChainInstrumentation, LANGCHAIN_SUPPORTED_VERSIONS } from "./instrumentations/langchain/instrumentation";
export { instrumentLlamaIndex, LlamaIndexInstrumentation, LLAMAINDEX_SUPPORTED_VERSIONS } from "./instrumentations/llamaindex/instrumentation";
export {
  instrumentLlamaIndexWorkflow,
  LlamaIndexWorkflowInstrumentation,
  LLAMAINDEX_WORKFLOW_SUPPORTED_VERSIONS,
} from "./instrumentations/llamaindex-workflow/instrumentation";
