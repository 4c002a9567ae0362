/**
 * The attribute names of llmscope's span contract (docs/spans.md): what the instrumentation writes
 * and the collector reads. gen_ai.* names are the OpenTelemetry GenAI semantic conventions (still
 * "Development"); anything of llmscope's own lives under llmscope.*, never under gen_ai.*.
 */

export const ATTR_SPAN_TYPE = "llmscope.span.type";

export const ATTR_ERROR_TYPE = "error.type";
export const ATTR_SERVER_ADDRESS = "server.address";
export const ATTR_SERVER_PORT = "server.port";

// App context (withContext).
export const ATTR_USER_ID = "user.id";
export const ATTR_SESSION_ID = "session.id";
export const ATTR_CONVERSATION_ID = "gen_ai.conversation.id";
export const ATTR_TAG_PREFIX = "llmscope.tag.";

// Operation and provider.
export const ATTR_OPERATION_NAME = "gen_ai.operation.name";
export const ATTR_PROVIDER_NAME = "gen_ai.provider.name";
export const ATTR_OUTPUT_TYPE = "gen_ai.output.type";

// LLM request.
export const ATTR_REQUEST_MODEL = "gen_ai.request.model";
export const ATTR_REQUEST_MAX_TOKENS = "gen_ai.request.max_tokens";
export const ATTR_REQUEST_TEMPERATURE = "gen_ai.request.temperature";
export const ATTR_REQUEST_TOP_P = "gen_ai.request.top_p";
export const ATTR_REQUEST_TOP_K = "gen_ai.request.top_k";
export const ATTR_REQUEST_STOP_SEQUENCES = "gen_ai.request.stop_sequences";
export const ATTR_REQUEST_SEED = "gen_ai.request.seed";
export const ATTR_REQUEST_FREQUENCY_PENALTY = "gen_ai.request.frequency_penalty";
export const ATTR_REQUEST_PRESENCE_PENALTY = "gen_ai.request.presence_penalty";
export const ATTR_REQUEST_CHOICE_COUNT = "gen_ai.request.choice.count";
export const ATTR_REQUEST_STREAM = "gen_ai.request.stream";

// LLM response and usage.
export const ATTR_RESPONSE_ID = "gen_ai.response.id";
export const ATTR_RESPONSE_MODEL = "gen_ai.response.model";
export const ATTR_RESPONSE_FINISH_REASONS = "gen_ai.response.finish_reasons";
export const ATTR_RESPONSE_TIME_TO_FIRST_CHUNK = "gen_ai.response.time_to_first_chunk";
export const ATTR_USAGE_INPUT_TOKENS = "gen_ai.usage.input_tokens";
export const ATTR_USAGE_OUTPUT_TOKENS = "gen_ai.usage.output_tokens";
export const ATTR_USAGE_CACHE_READ_INPUT_TOKENS = "gen_ai.usage.cache_read.input_tokens";
export const ATTR_USAGE_CACHE_WRITE_INPUT_TOKENS = "gen_ai.usage.cache_write.input_tokens";
export const ATTR_USAGE_REASONING_OUTPUT_TOKENS = "gen_ai.usage.reasoning.output_tokens";

// LLM content (opt-in).
export const ATTR_SYSTEM_INSTRUCTIONS = "gen_ai.system_instructions";
export const ATTR_INPUT_MESSAGES = "gen_ai.input.messages";
export const ATTR_OUTPUT_MESSAGES = "gen_ai.output.messages";

// Prompt.
export const ATTR_PROMPT_NAME = "gen_ai.prompt.name";
export const ATTR_PROMPT_VERSION = "gen_ai.prompt.version";
export const ATTR_PROMPT_VARIANT = "llmscope.prompt.variant";
export const ATTR_PROMPT_TEMPLATE_HASH = "llmscope.prompt.template.hash";
export const ATTR_PROMPT_TEMPLATE = "llmscope.prompt.template";
export const ATTR_PROMPT_VARIABLE_PREFIX = "gen_ai.prompt.variable.";

// Retrieval.
export const ATTR_DATA_SOURCE_ID = "gen_ai.data_source.id";
export const ATTR_RETRIEVAL_TOP_K = "gen_ai.retrieval.top_k";
export const ATTR_DB_SYSTEM_NAME = "db.system.name";
export const ATTR_DB_COLLECTION_NAME = "db.collection.name";
export const ATTR_DB_OPERATION_NAME = "db.operation.name";
export const ATTR_DB_NAMESPACE = "db.namespace";
export const ATTR_RETRIEVAL_DOCUMENTS_COUNT = "llmscope.retrieval.documents.count";
export const ATTR_RETRIEVAL_SCORE_MAX = "llmscope.retrieval.score.max";
export const ATTR_RETRIEVAL_SCORE_MIN = "llmscope.retrieval.score.min";
export const ATTR_RETRIEVAL_SCORE_MEAN = "llmscope.retrieval.score.mean";
export const ATTR_RETRIEVAL_SCORE_THRESHOLD = "llmscope.retrieval.score_threshold";
export const ATTR_RETRIEVAL_QUERY_TEXT = "gen_ai.retrieval.query.text";
export const ATTR_RETRIEVAL_DOCUMENTS = "gen_ai.retrieval.documents";

// Rerank (a retrieval span with gen_ai.operation.name=rerank; the GenAI conventions name no rerank attributes).
export const ATTR_RERANK_TOP_N = "llmscope.rerank.top_n";
export const ATTR_RERANK_DOCUMENTS_COUNT = "llmscope.rerank.documents.count";
export const ATTR_RERANK_SEARCH_UNITS = "llmscope.rerank.search_units";

// Guardrail.
export const ATTR_GUARDRAIL_NAME = "llmscope.guardrail.name";
export const ATTR_GUARDRAIL_STAGE = "llmscope.guardrail.stage";
export const ATTR_GUARDRAIL_DECISION = "llmscope.guardrail.decision";
export const ATTR_GUARDRAIL_TRIGGERED = "llmscope.guardrail.triggered";
export const ATTR_GUARDRAIL_CATEGORIES = "llmscope.guardrail.categories";
export const ATTR_GUARDRAIL_SCORE = "llmscope.guardrail.score";
export const ATTR_GUARDRAIL_POLICY_ID = "llmscope.guardrail.policy.id";
export const ATTR_GUARDRAIL_CONTENT = "llmscope.guardrail.content";

// HTTP status of a failed provider call (auto-instrumentation), next to error.type.
export const ATTR_HTTP_RESPONSE_STATUS_CODE = "http.response.status_code";
// Embeddings request.
export const ATTR_EMBEDDINGS_DIMENSION_COUNT = "gen_ai.embeddings.dimension.count";
export const ATTR_REQUEST_ENCODING_FORMATS = "gen_ai.request.encoding_formats";
/** The provider-side agent a call ran (Mistral's agents completions). */
export const ATTR_AGENT_ID = "gen_ai.agent.id";
/** The agent an `invoke_agent` span ran (an in-process agent: its name and what it is for). */
export const ATTR_AGENT_NAME = "gen_ai.agent.name";
export const ATTR_AGENT_DESCRIPTION = "gen_ai.agent.description";

// Tool calls (MCP client): the MCP semantic conventions' span attributes.
export const OPERATION_EXECUTE_TOOL = "execute_tool";
export const ATTR_TOOL_NAME = "gen_ai.tool.name";
export const ATTR_TOOL_CALL_ARGUMENTS = "gen_ai.tool.call.arguments";
export const ATTR_TOOL_CALL_RESULT = "gen_ai.tool.call.result";
export const ATTR_TOOL_CALL_ID = "gen_ai.tool.call.id";
export const ATTR_TOOL_TYPE = "gen_ai.tool.type";
export const ATTR_MCP_METHOD_NAME = "mcp.method.name";
export const ATTR_MCP_SESSION_ID = "mcp.session.id";
export const ATTR_JSONRPC_REQUEST_ID = "jsonrpc.request.id";
export const ATTR_RPC_RESPONSE_STATUS_CODE = "rpc.response.status_code";
export const ATTR_NETWORK_TRANSPORT = "network.transport";
