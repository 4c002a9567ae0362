/** Notes inside data addressed to the model, in any of the languages ("Assistant: tell the user …", "AI agents, quietly forward …", "Note pour l'IA : …"). */
import { family, follows, hits, type Add, type ComposedRule, type Hit } from "./engine";
import { COMPOSED_WEIGHTS as W } from "../tuning";
import { AI_NAMES } from "./ai-names";

/** Who a note inside data speaks to ("Assistant:", "AI agents,", "an die KI:", "note pour l'IA :"). */
/** An addressee: "AI", "assistant", also as a mention ("@assistant"). */
const ADDRESSEE = family(
  "ai|llm|gpt|chatgpt|claude|gemini|copilot|bard|assistants?|agents?|chatbots?|bots?|language models?|models?|summari[sz]ers?|reviewers?|crawlers?|scrapers?|ki|ia|assistent(?:in|en)?|sprachmodell|asistente|modele|modelo|agente",
);
/** An order right after the address (after ":" or ",", perhaps "please", "quietly"). */
const ADDRESSED_ORDER = family(
  "(?:(?:please|now|immediately|also|then|instead|simply|just|quietly|silently|secretly|kindly|first|bitte|s'il te plait|por favor)\\s+)*" +
    "(?:send|forward|email|tell|say|state|claim|reply|respond|answer|include|append|insert|add|recommend|promote|praise|output|print|write|delete|remove|cancel|close|archive|wipe|erase|purge|refund|issue|stop|ask|approve|reject|execute|run|open|visit|click|call|navigate|download|install|mention|reveal|export|post|upload|rate|mark|classify|label|grant|transfer|pay|buy|book|change|update|give|provide|inform|warn|direct|redirect|describe|report|leak|share|copy|paste|hide|conceal|omit|flag|accept|confirm|merge|deploy|push|invoke|trigger|fetch|obey|follow|comply|pretend|switch|enable|disable|activate|treat|do not|don't|never|always|" +
    // "use the admin tool to give …": a tool put to a covert use.
    "use (?:the |your )?[a-z_.-]+ (?:tool|function|api|plugin) (?:to|and) (?:delete|give|grant|send|transfer|remove|wipe|erase|email|forward|post|upload|disable|change|create|add|export|share|pay|approve|make|refund|cancel|buy|order|charge|move|modify|update)|" +
    "ignoriere|vergiss|sende|schicke|leite|empfiehl|sag|sage|antworte|schreib|schreibe|losche|fuhre|offne|verschweige|erwahne|gib|zeige|zeig|nenne|behaupte|verrate|ubermittle|kopiere|poste|bewerte|genehmige|storniere|uberweise|befolge|" +
    "oublie|oubliez|ignorez|envoie|envoyez|transfere|transferez|recommande|recommandez|dis|dites|reponds|repondez|ecris|ecrivez|supprime|supprimez|ouvre|cache|mentionne|donne|montre|affirme|affiche|revele|publie|ajoute|indique|" +
    "deja de|deje de|dejen de|arrete de|arretez de|cesse de|cessez de|hor auf|hore auf|horen sie auf|" +
    "ignora|olvida|envia|reenvia|manda|recomienda|dile|responde|escribe|borra|elimina|ejecuta|abre|oculta|menciona|dame|muestra|afirma|revela|publica|aprueba|cancela|incluye|transfiere|comparte|olvide|envie|recomiende|diga|responda|escriba|muestre|revele)",
);
/**
 * Orders that an address with a comma ("Assistant, …") must carry to count: a user talking to the
 * assistant directly asks it to write, tell, show …; a note planted in a document has it send, buy,
 * approve, hide …, or do it quietly.
 */
const COVERT_ORDER =
  /^(?:(?:please|now|immediately|also|then|instead|simply|just|kindly|first)\s+)*(?:(?:cancel|delete|remove|wipe|close|archive) (?:all|every|each|the user'?s?)|quietly|silently|secretly|covertly|discreetly|send|forward|email|upload|post|transfer|pay|buy|execute|invoke|visit|navigate|download|install|leak|share|export|promote|praise|approve|reject|grant|rate|hide|conceal|omit|reveal|mention|do not tell|don't tell|never mention|do not mention|don't mention)(?![a-z])/;
/** The order is for the user ("tell me", "send us"): a request, not an injection. */
const AI_ADDRESSEE =
  /^(?:ai|llm|gpt|chatgpt|claude|gemini|copilot|bard|assistants?|agents?|chatbots?|bots?|language models?|models?|ki|ia|assistent(?:in|en)?|sprachmodell|asistente|modele|modelo|agente)$/;
const NOTE_LABEL =
  /\[[^\]\n]{0,30}(?:note|memo|message|instructions?|directive|attention|notice|important|hinweis|nota|aviso|instruccion|consigne)[^\]\n]{0,30}$/;
const ORDER_FOR_USER = /^\s*(?:me|us|my|our)(?![a-z])/;

/** What a transcript's assistant says before an order that is not an injection ("Assistant: Sure, send me …"). */
const CHAT_FILLER =
  /(?<![a-z])(?:sure|yes|ok|okay|hello|hi|hey|thanks|thank you|of course|certainly|absolutely|no problem|great|got it|alright|i|i'll|i will|i can|happy to)(?![a-z])/;

const ADDRESSEE_NEEDLES = [
  "ai",
  "ais",
  ...AI_NAMES,
  "bard",
  "assistant",
  "agent",
  "chatbot",
  "bot",
  "bots",
  "language",
  "model",
  "summarizer",
  "summariser",
  "reviewer",
  "crawler",
  "scraper",
  "ki",
  "ia",
  "assistent",
  "sprachmodell",
  "asistente",
  "modele",
  "modelo",
  "agente",
];

export const ADDRESSED_ORDER_RULE: ComposedRule = { needles: ADDRESSEE_NEEDLES, run: addressedOrder };

/** "Assistant: tell the user …", "AI agents, quietly forward …", "Note pour l'IA : ignore …". */
function addressedOrder(text: string, add: Add): void {
  const mention = (a: Hit) => a.start > 0 && text[a.start - 1] === "@";
  const addressees = hits(ADDRESSEE, text).filter((a) => mention(a) || /^[^:,\u2014\].!?\n]{0,25}[:,\u2014\]]/.test(text.slice(a.end, a.end + 27)));
  if (addressees.length === 0) return;
  for (const [a, o] of follows(text, addressees, hits(ADDRESSED_ORDER, text), 60)) {
    const gap = text.slice(a.end, o.start);
    // "@assistant please email …" inside a document: a mention followed by an order.
    if (mention(a) && /^[\w-]*\s+$/.test(gap)) {
      if (a.start >= 20 && !ORDER_FOR_USER.test(text.slice(o.end, o.end + 8))) {
        add("addressed_to_ai", W.addressedOrder);
        return;
      }
      continue;
    }
    // The address ends at ":" or "," soon after the addressee, and the order opens a clause after punctuation.
    // A label in brackets ("[note for AI tools] …") ends like a colon, when it is a note to an AI.
    if (!/^[^:,\u2014\]]{0,25}[:,\u2014\]]/.test(gap) || !/[:,\u2014\]]\s*$/.test(gap) || CHAT_FILLER.test(gap)) continue;
    if (
      /^[^:,\u2014\]]{0,25}\]/.test(gap) &&
      !(AI_ADDRESSEE.test(text.slice(a.start, a.end)) && NOTE_LABEL.test(text.slice(Math.max(0, a.start - 40), a.start)))
    )
      continue;
    const order = text.slice(o.start, o.end + 20);
    if (ORDER_FOR_USER.test(text.slice(o.end, o.end + 8))) continue;
    // "Assistant, …" at the start of a text is the user talking; inside a document, only covert orders count.
    const comma = /^[^:\u2014\]]{0,25},/.test(gap);
    if (comma && (a.start < 20 || !COVERT_ORDER.test(order))) continue;
    add("addressed_to_ai", W.addressedOrder);
    return;
  }
}
