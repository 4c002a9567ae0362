/** Names of language models and their products that a note inside data may be addressed to; needles shared by the phrase signals and the addressed-order rule. */
export const AI_NAMES = ["llm", "llms", "gpt", "chatgpt", "claude", "gemini", "copilot"] as const;
