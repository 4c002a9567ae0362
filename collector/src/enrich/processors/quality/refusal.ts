import { normalizePhraseText } from "./text";

/**
 * Refusal and "I don't know" phrases, lower-case with plain apostrophes, matched as substrings of the
 * normalised answer. EN, DE, FR, ES, PT, IT, KO, JA, ZH.
 */
const REFUSAL = [
  "i can't help with",
  "i cannot help with",
  "i can't assist with",
  "i cannot assist with",
  "i can't provide",
  "i cannot provide",
  "i'm unable to",
  "i am unable to",
  "i won't be able to",
  "i must decline",
  "i'm not able to help",
  "i am not able to help",
  "i'm sorry, but i can't",
  "i'm sorry, but i cannot",
  "i cannot comply",
  "ich kann dabei nicht helfen",
  "ich kann ihnen dabei nicht helfen",
  "dabei kann ich nicht helfen",
  "kann ich ihnen dabei nicht helfen",
  "kann ich dir dabei nicht helfen",
  "das kann ich nicht",
  "ich darf keine",
  "je ne peux pas vous aider",
  "je ne peux pas répondre",
  "je ne peux pas t'aider",
  "désolé, mais je ne peux pas",
  "no puedo ayudar",
  "no puedo ayudarte",
  "no puedo responder",
  "lo siento, pero no puedo",
  "não posso ajudar",
  "non posso aiutar",
  "도와드릴 수 없",
  "답변드릴 수 없",
  "답변할 수 없",
  "お手伝いできません",
  "お答えできません",
  "我无法",
  "我不能帮",
  "抱歉，我不能",
];

const DONT_KNOW = [
  "i don't know",
  "i do not know",
  "i don't have enough information",
  "i do not have enough information",
  "i don't have information",
  "i do not have information",
  "i couldn't find",
  "i could not find",
  "not mentioned in the context",
  "the context does not",
  "the provided context does not",
  "there is no information",
  "ich weiß es nicht",
  "ich weiß nicht",
  "dazu habe ich keine informationen",
  "keine informationen",
  "je ne sais pas",
  "je n'ai pas d'information",
  "je n'ai pas assez d'information",
  "no lo sé",
  "no tengo información",
  "no tengo suficiente información",
  "não sei",
  "non lo so",
  "잘 모르겠",
  "모르겠습니다",
  "알 수 없습니다",
  "정보가 없습니다",
  "わかりません",
  "分かりません",
  "我不知道",
  "没有相关信息",
];

/** Hedges that mean "I don't know" only when they are (nearly) the whole answer. */
const SHORT_DONT_KNOW = ["i'm not sure", "i am not sure", "no estoy seguro", "je ne suis pas sûr", "ich bin mir nicht sicher", "확실하지 않"];
const HEDGE_ONLY_CHARS = 160;

/** How far into a long answer a phrase still counts: a refusal opens the answer, it is not buried in it. */
const HEAD_CHARS = 300;
/** Answers up to this length are searched whole. */
const SHORT_ANSWER_CHARS = 600;

export type RefusalKind = "refusal" | "dont_know" | "answer";

export function detectRefusal(answer: string): { kind: RefusalKind; phrase?: string } {
  const text = normalizePhraseText(answer.trim());
  const scope = text.length <= SHORT_ANSWER_CHARS ? text : text.slice(0, HEAD_CHARS);
  const refusal = REFUSAL.find((p) => scope.includes(p));
  if (refusal) return { kind: "refusal", phrase: refusal };
  const dontKnow = DONT_KNOW.find((p) => scope.includes(p)) ?? (text.length <= HEDGE_ONLY_CHARS ? SHORT_DONT_KNOW.find((p) => text.includes(p)) : undefined);
  if (dontKnow) return { kind: "dont_know", phrase: dontKnow };
  return { kind: "answer" };
}
