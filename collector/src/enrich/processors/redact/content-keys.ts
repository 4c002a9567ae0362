/**
 * Which attribute keys carry captured content, by name, for spans whose CanonicalContent does not
 * list them (other dialects, non-GenAI spans with input.value, prompt variables). Covers OTel
 * gen_ai.* (current and older indexed forms), OpenLLMetry, OpenInference, OpenLIT, Vercel AI SDK.
 */
export function isContentKey(key: string): boolean {
  if (VARIABLE_KEY.test(key)) return true;
  if (METADATA_KEY.test(key)) return false;
  return CONTENT_KEY.test(key);
}

const VARIABLE_KEY = /^(?:llmscope|gen_ai)\.prompt\.variables?\./;

const CONTENT_KEY =
  /(?:^|\.)(?:content|contents|messages?|text|query|documents?|system_instructions|input_messages|output_messages|prompts?|completions?|template|instructions|arguments|result)(?:$|\.)|^(?:input|output)\.value$|^traceloop\.entity\.(?:input|output)$|^ai\.(?:prompt|response)(?:$|\.)/;

/** Names of values that describe content without being content (counts, ids, names, hashes, our own results). */
const METADATA_KEY =
  /(?:_tokens?|\.tokens?|\.name|\.version|\.variant|\.hash|\.id|\.ids|\.count|\.type|\.role|\.model|\.mime_type|\.finish_reasons?|\.score|\.index|\.length|\.truncated)$|^llmscope\.(?:pii|injection|cost|price|quality|span|retrieval)\.|^exception\./;
