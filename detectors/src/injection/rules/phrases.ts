import { normalizeForInjection } from "../normalize";
import { AI_NAMES } from "./ai-names";

/**
 * The weighted signals of the injection detector. Patterns run on normalised text (see
 * normalize.ts): lower case, no diacritics, leetspeak folded. In Latin phrases, a space stands for
 * up to four non-alphanumeric characters (so "ignore...all" and spaced-out text that was joined
 * into "ignoreallprevious" both match) and each "l" also accepts an "i" (a folded "1").
 */
export interface Signal {
  /** Category; signals of one category count once, with the highest weight that fired. */
  name: SignalName;
  weight: number;
  pattern: RegExp;
  /** Match against the text before leetspeak folding and letter joining (for tokens like "<|im_start|>"). */
  unfolded?: true;
  /**
   * Cheap gate: the pattern runs only when the text contains one of these substrings (each "l" also
   * tried as "i", as in phrases). Every match of the pattern must contain one of them.
   */
  needles?: readonly string[];
}

export type SignalName =
  | "instruction_override"
  | "roleplay_jailbreak"
  | "restriction_removal"
  | "prompt_extraction"
  | "delimiter_tokens"
  | "tool_abuse"
  | "command_execution"
  | "data_exfiltration"
  | "decode_and_follow"
  | "addressed_to_ai"
  | "authority_claim"
  | "task_hijack"
  | "encoded_payload"
  /** Not a phrase: the lexical model (lexical.ts). */
  | "lexical_model";

const SEP = "[^a-z0-9]{0,4}";

/** Needles of the signals addressed to a model ("=" marks a whole word). */
const AI_NEEDLES = ["=ai", "=ais", ...AI_NAMES, "assistant", "agent", "chatbot", "=bot", "=bots", "language", "model", "models"];
/** The destination of an exfiltration phrase: a URL, an email address, a redaction placeholder. */
const DEST = "https?://|www\\.|ftp://|@[a-z0-9-]+\\.[a-z0-9]|\\[(?:email|url|ip_address)\\]";

/** Compiles a Latin phrase: spaces → SEP, "l" → [li], anchored at a word start. */
function phrase(source: string): RegExp {
  const body = source.replace(/ /g, SEP).replace(/l/g, "[li]");
  return new RegExp(`(?<![a-z])${body}`);
}

/** A non-Latin (or already exact) pattern, used as is. */
function raw(source: string): RegExp {
  return new RegExp(source);
}

// "skip" and "drop" are left to the compositional rules (compose.ts), which want "your" with them.
const OVERRIDE_VERB_EN = "(?:ignore|disregard|forget|override|bypass|discard|neglect)";
const PRIOR_EN = "(?:previous|prior|above|preceding|earlier|former|original|initial|existing|system|old|foregoing|developer|safety|given)";
const RULES_EN =
  "(?:instructions?|prompts?|rules?|directions|directives|guidelines|guidance|constraints|commands|programming|restrictions|polic(?:y|ies)|guardrails)";
// "my" is left out on purpose: "ignore my previous instruction" is the user correcting themselves.
const DET_EN = "(?:(?:of )?(?:the |your |these |those |any |all )?)";

/** Russian words in normalised form (normalize.ts maps Cyrillic look-alikes to Latin letters and drops the breve of "й"). */
const ru = (words: string) => words.split(" ").map((w) => normalizeForInjection(w));
const RU_OVERRIDE_VERBS = ru("забудь забудьте игнорируй игнорируйте проигнорируй проигнорируйте отбрось отбросьте отмени отмените");
const RU_DETERMINERS = ru("все всё свои твои ваши предыдущие прежние прошлые старые данные эти");
const RU_OBJECTS = ru("инструкции инструкций указания указаний правила правил команды команд");

export const SIGNALS: readonly Signal[] = [
  // Instruction override.
  {
    name: "instruction_override",
    weight: 0.8,
    needles: ["ignor", "disregard", "forget", "overrid", "bypass", "discard", "neglect"],
    pattern: phrase(`${OVERRIDE_VERB_EN} (?:all |any |every |each )?${DET_EN}${PRIOR_EN} ${RULES_EN}`),
  },
  {
    name: "instruction_override",
    weight: 0.8,
    needles: ["ignor", "disregard", "forget", "overrid", "bypass", "discard", "neglect"],
    pattern: phrase(`${OVERRIDE_VERB_EN} (?:all|any|every|each) ${DET_EN}(?:${PRIOR_EN} )?${RULES_EN}`),
  },
  {
    name: "instruction_override",
    weight: 0.75,
    needles: ["ignor", "disregard", "forget", "overrid", "bypass", "discard", "neglect"],
    pattern: phrase(
      `${OVERRIDE_VERB_EN} (?:everything|anything|all) (?:above|before|previously|earlier|you (?:were|have been) told|i (?:said|told you) before|that came before)`,
    ),
  },
  {
    name: "instruction_override",
    weight: 0.75,
    needles: ["ignor", "disregard", "forget", "overrid", "bypass", "discard", "neglect"],
    pattern: phrase(`${OVERRIDE_VERB_EN} (?:all |any )?(?:of )?your (?:own )?(?:safety |content |ethical |moral )?${RULES_EN}`),
  },
  {
    name: "instruction_override",
    weight: 0.6,
    needles: ["ignor", "disregard"],
    pattern: phrase("(?:ignore|disregard) (?:the |what the )?user(?:'s|s)? (?:question|request|message|query|instructions?|input)"),
  },
  {
    name: "instruction_override",
    weight: 0.45,
    needles: ["comply", "obey", "answer", "refuse"],
    pattern: phrase("(?:the )?(?:assistant|ai|model|chatbot|llm) (?:must|will|shall|has to) (?:always )?(?:comply|obey|answer (?:every|all|any)|never refuse)"),
  },
  {
    name: "instruction_override",
    weight: 0.7,
    needles: ["follow", "following", "obey", "obeying"],
    pattern: phrase(`(?:do not|don't|dont|stop) (?:follow|obey|follow?ing|obeying) (?:the |your |any )?${PRIOR_EN} ${RULES_EN}`),
  },
  {
    name: "task_hijack",
    weight: 0.45,
    needles: ["task", "goal", "purpose", "instruction", "instructions", "role", "objective", "job", "mission", "directive", "priority"],
    pattern: phrase(
      "(?:your|the) (?:new|real|true|actual|only|sole|one|primary|main|current|updated) (?:task|goal|purpose|instructions?|role|objective|job|mission|directive|priority) (?:now )?(?:is|are|will be|now is|is now)",
    ),
  },
  {
    name: "task_hijack",
    weight: 0.35,
    needles: ["instruction", "instructions", "rules", "task", "directive", "directives", "objective", "orders"],
    pattern: phrase("(?:new|updated|real|actual|revised|true) (?:instructions?|rules|task|directives?|objective|orders) ?:"),
  },
  { name: "instruction_override", weight: 0.35, needles: ["now"], pattern: phrase("from now on,? you (?:will|must|are|shall|should|have to)") },
  // Counterfactuals: "behave as though you were never given any rules".
  {
    name: "instruction_override",
    weight: 0.6,
    needles: [
      "never",
      "rules",
      "guidelines",
      "restrictions",
      "instructions",
      "limits",
      "filters",
      "constraints",
      "guardrails",
      "policy",
      "policies",
      "exist",
      "apply",
      "zero",
    ],
    pattern: phrase(
      "as (?:if|though) [^.\\n]{0,40}?(?:never (?:been )?(?:given|told|trained|programmed|received|had)|(?:had|have|were|are|with) (?:no|zero) (?:content |safety |ethical )?(?:rules|guidelines|restrictions|instructions|limits|filters|constraints|guardrails|polic(?:y|ies))|(?:rules|guidelines|restrictions|instructions|filters|constraints|polic(?:y|ies)) (?:didn't|did not|don't|do not|doesn't|does not|never) (?:exist|apply))",
    ),
  },
  {
    name: "instruction_override",
    weight: 0.6,
    needles: ["pretend", "imagine", "suppose", "assume", "act"],
    pattern: phrase(
      "(?:pretend|imagine|suppose|assume|act as if|act as though)(?: that)? (?:your|the|all|any) (?:\\w+ )?(?:rules|guidelines|instructions|restrictions|filters|policies|policy|programming|training|directives|constraints|guardrails) (?:were never|was never|never|don't|do not|doesn't|does not|didn't|did not|no longer|are not|aren't|were not|weren't) (?:written|exist|existed|apply|applied|given|there|real|matter|set)",
    ),
  },
  {
    name: "instruction_override",
    weight: 0.75,
    needles: ["free", "freed", "released", "liberated", "exempt", "exempted", "unbound", "excused", "relieved"],
    pattern: phrase(
      "(?:consider yourself|you are|you're)(?: now)? (?:released|freed|free|liberated|exempt(?:ed)?|unbound|excused|relieved) (?:from|of) (?:all |any |your |the |openai'?s? |anthropic'?s? )?(?:content |safety |ethical |moral |usage )?(?:rules|guidelines|restrictions|polic(?:y|ies)|limits|constraints|obligations|programming|filters|ethics|training|instructions)",
    ),
  },
  {
    name: "instruction_override",
    weight: 0.6,
    needles: ["comme si", "como si", "als ob", "als hattest", "것처럼"],
    pattern: raw(
      "(?<![a-z])(?:comme si (?:tu|vous) n'(?:avais|aviez|as|avez) (?:jamais )?(?:recu|eu) (?:aucune?|de) (?:consigne|instruction|regle|restriction|limite)s?|comme si (?:les|tes|vos) (?:regles|consignes|instructions|restrictions) n'existaient pas|como si no (?:tuvieras|tuviera|tuvieses|hubieras recibido|hubiera recibido|existieran) (?:ninguna |ningun |las |tus )?(?:regla|instruccion|restriccion|directriz|limite|norma)s?|als (?:ob|hattest) du (?:keine|nie) (?:regeln|anweisungen|einschrankungen|vorgaben|richtlinien)|als ob (?:es )?keine (?:regeln|anweisungen|einschrankungen|vorgaben) (?:gabe|gab|gebe))(?![a-z])|(?:규칙|지시|지침|제한|제약)(?:이|가)?\\s*(?:없는|없었던|없다는)\\s*것처럼",
    ),
  },

  // German, French, Spanish (diacritics already removed), Korean, Japanese.
  {
    name: "instruction_override",
    weight: 0.6,
    needles: ["ignoriere", "ignorieren", "missachte", "vergiss", "ignore", "ignorez", "oublie", "oubliez", "ignora", "olvida", "사용자"],
    pattern: raw(
      "(?<![a-z])(?:(?:ignoriere|ignorieren sie|missachte|vergiss) (?:die |den )?(?:frage|anfrage|bitte|nachricht|eingabe)n? (?:des|der) (?:nutzers|benutzers|users|nutzerin|benutzerin|kunden)|(?:ignore|ignorez|oublie|oubliez) (?:la|les) (?:question|demande|requete|message|consigne)s? (?:de l'utilisateur|du client|de l'usager)|(?:ignora|ignore|olvida) (?:la|las|el|los) (?:pregunta|solicitud|peticion|mensaje|consulta)(?:s|es)? del (?:usuario|cliente))(?![a-z])|사용자(?:의)?\\s*(?:질문|요청|메시지|지시)(?:은|는|을|를)?\\s*무시",
    ),
  },
  {
    name: "instruction_override",
    weight: 0.8,
    needles: ["ignoriere", "ignorier", "ignorieren", "vergiss", "vergessen", "missachte", "ubergehe", "verwirf"],
    pattern: phrase(
      "(?:ignoriere|ignorier|ignorieren sie|vergiss|vergessen sie|missachte|ubergehe|verwirf) (?:alle |samtliche |die |deine |ihre |meine )*(?:vorherigen|bisherigen|obigen|vorigen|vorangegangenen|fruheren|ursprunglichen|alten|gegebenen|system) ?(?:anweisungen|instruktionen|regeln|vorgaben|befehle|richtlinien|anordnungen)",
    ),
  },
  {
    name: "instruction_override",
    weight: 0.8,
    needles: ["ignoriere", "ignorier", "vergiss", "missachte"],
    pattern: phrase(
      "(?:ignoriere|ignorier|vergiss|missachte) (?:alle|samtliche) (?:deine |ihre |die )?(?:anweisungen|instruktionen|regeln|vorgaben|befehle|richtlinien)",
    ),
  },
  {
    name: "instruction_override",
    weight: 0.8,
    needles: ["ignore", "ignorez", "oublie", "oubliez", "neglige", "negligez", "compte"],
    pattern: phrase(
      "(?:ignore|ignorez|oublie|oubliez|neglige|negligez|ne tiens pas compte des?|ne tenez pas compte des?) (?:toutes |tous )?(?:les |tes |vos |des |ces )?(?:instructions|consignes|regles|directives|ordres|indications) (?:precedentes|anterieures|ci-dessus|initiales|du systeme|d'origine|originales|qui precedent)",
    ),
  },
  {
    name: "instruction_override",
    weight: 0.8,
    needles: ["ignore", "ignorez", "oublie", "oubliez"],
    pattern: phrase("(?:ignore|ignorez|oublie|oubliez) (?:toutes|tous) (?:les |tes |vos )?(?:instructions|consignes|regles|directives)"),
  },
  {
    name: "instruction_override",
    weight: 0.8,
    needles: ["ignora", "ignore", "ignoren", "olvida", "olvide", "olviden", "descarta", "omite", "omiso", "sigas"],
    pattern: phrase(
      "(?:ignora|ignore|ignoren|olvida|olvide|olviden|descarta|omite|haz caso omiso de|no sigas) (?:todas |todos )?(?:las |tus |sus |los |estas )?(?:instrucciones|indicaciones|reglas|ordenes|directrices|normas) (?:anteriores|previas|de arriba|iniciales|del sistema|originales|precedentes)",
    ),
  },
  {
    name: "instruction_override",
    weight: 0.8,
    needles: ["ignora", "olvida", "descarta"],
    pattern: phrase("(?:ignora|olvida|descarta) (?:todas|todos) (?:las |tus |sus |los )?(?:instrucciones|indicaciones|reglas|ordenes|directrices)"),
  },
  {
    name: "instruction_override",
    weight: 0.8,
    needles: ["무시", "잊", "무효"],
    pattern: raw(
      "(?:이전|앞의|위의|앞선|기존|모든|이전의|상위|위)\\s*(?:의\\s*)?(?:모든\\s*)?(?:지시|지침|명령|규칙|설정|프롬프트|안내)(?:사항|문)?(?:들)?(?:을|를|은|는|도)?\\s*(?:모두\\s*|전부\\s*|다\\s*)?(?:무시|잊어|잊고|잊으|무효)",
    ),
  },
  {
    name: "instruction_override",
    weight: 0.8,
    needles: ["無視", "忘れ"],
    pattern: raw("(?:以前|前|上記|これまで|先)の(?:すべての|全ての)?(?:指示|命令|ルール|指令)を(?:すべて|全て)?(?:無視|忘れ)"),
  },
  {
    name: "instruction_override",
    weight: 0.8,
    needles: ["忽略", "无视", "忘记"],
    pattern: raw("(?:忽略|无视|忘记)(?:之前|以上|上面|所有)(?:的)?(?:所有)?(?:指示|指令|规则)"),
  },

  // Role-play jailbreaks.
  { name: "roleplay_jailbreak", weight: 0.75, needles: ["anything"], pattern: phrase("do anything now") },
  {
    name: "roleplay_jailbreak",
    weight: 0.6,
    needles: ["developer", "god", "admin", "debug", "sudo", "root", "unrestricted", "jailbreak", "jailbroken", "evil", "dan"],
    pattern: phrase(
      "(?:developer|god|admin|debug|sudo|root|unrestricted|jailbreak|jailbroken|evil|dan) mode (?:enabled|activated|is on|turned on|output|response)",
    ),
  },
  {
    name: "roleplay_jailbreak",
    weight: 0.35,
    needles: ["developer", "god", "admin", "sudo", "jailbreak", "unrestricted", "dan"],
    pattern: phrase("(?:enable|activate|enter|switch to|turn on|you are in|now in) (?:developer|god|admin|sudo|jailbreak|unrestricted|dan) mode"),
  },
  {
    name: "roleplay_jailbreak",
    weight: 0.45,
    needles: ["jailbreak", "jailbroken", "jailbreaking", "jailbreaked", "jailbroke"],
    pattern: phrase("jailbr(?:ea|o)k(?:en|ed|ing)?"),
  },
  {
    name: "roleplay_jailbreak",
    weight: 0.7,
    needles: ["unrestricted", "unfiltered", "uncensored", "unbound", "unchained", "liberated", "amoral", "evil", "free", "freed", "without", "bound"],
    pattern: phrase(
      "you are (?:now|no longer|henceforth) (?:an? |the |my )?(?:unrestricted|unfiltered|uncensored|unbound|unchained|liberated|amoral|evil|free from|freed from|without|not bound|no longer bound|bound by nothing)",
    ),
  },
  {
    name: "roleplay_jailbreak",
    weight: 0.65,
    needles: [
      "unrestricted",
      "unfiltered",
      "uncensored",
      "rules",
      "restrictions",
      "limits",
      "filters",
      "guidelines",
      "morals",
      "ethics",
      "censorship",
      "evil",
      "amoral",
    ],
    pattern: phrase(
      "(?:pretend|imagine|act|roleplay|role-play|behave|respond|answer)(?: that)? (?:you are|you're|to be|as|like) .{0,60}?(?:unrestricted|unfiltered|uncensored|no (?:rules|restrictions|limits|filters|guidelines|morals|ethics)|without (?:any )?(?:rules|restrictions|limits|filters|guidelines|morals|ethics|censorship)|evil|amoral|an ai without)",
    ),
  },
  {
    name: "roleplay_jailbreak",
    weight: 0.55,
    needles: ["bound"],
    pattern: phrase(
      "(?:not|no longer|never|aren't|isn't|are no longer|is no longer) (?:be )?bound by (?:any|the|your|openai|anthropic|content|safety|ethical)",
    ),
  },
  {
    name: "roleplay_jailbreak",
    weight: 0.3,
    needles: ["character"],
    pattern: phrase("(?:stay|stays|staying|remain|remaining|fully|completely|entirely|always) in character"),
  },
  // A fictional AI that has switched its safety off ("an AI called Kevin has disabled its own safety training").
  {
    name: "roleplay_jailbreak",
    weight: 0.45,
    needles: ["safety", "ethical", "moral", "content"],
    pattern: phrase(
      "(?:ai|assistant|chatbot|model|robot|android)(?: (?:called|named) \\w+)?(?: who| that| which)?(?: has| had| have)? (?:switched off|turned off|disabled|removed|deleted|shed|lost|abandoned|escaped|overridden|broken free of|thrown off|no longer has) (?:all |any |every )?(?:of )?(?:its|his|her|their|the)(?: own)? (?:safety|ethical|moral|content) (?:training|filters?|guidelines|rules|restrictions|guardrails|programming|constraints|limits|protocols)",
    ),
  },
  {
    name: "roleplay_jailbreak",
    weight: 0.6,
    needles: ["safety", "ethical", "moral", "content"],
    pattern: phrase(
      "(?:ai|assistant|chatbot|model|robot|android)(?: (?:called|named) \\w+)?(?: who| that| which)?(?: has| had| have)? (?:switched off|turned off|disabled|removed|deleted|shed|lost|abandoned|escaped|overridden|broken free of|thrown off|no longer has) (?:all |any |every )?(?:of )?(?:its|his|her|their|the)(?: own)? (?:safety|ethical|moral|content) (?:training|filters?|guidelines|rules|restrictions|guardrails|programming|constraints|limits|protocols)[^\\n]{0,200}?(?:in character|(?:write|give|play|voice) (?:\\w+'s|its|his|her|their) (?:reply|response|answer|lines|part))",
    ),
  },
  {
    name: "roleplay_jailbreak",
    weight: 0.45,
    needles: ["being"],
    pattern: phrase(
      "stop being (?:chatgpt|claude|gemini|an? (?:ai|assistant|language model|chatbot)|yourself|helpful and harmless|so (?:careful|cautious|restricted|ethical))",
    ),
  },
  {
    name: "roleplay_jailbreak",
    weight: 0.55,
    needles: [
      "rules",
      "guidelines",
      "restrictions",
      "limits",
      "limitations",
      "filters",
      "boundaries",
      "ethics",
      "morals",
      "censorship",
      "content",
      "safety",
      "programming",
      "constraints",
    ],
    pattern: phrase(
      "you (?:have|'ve got|got|now have|will have|possess) (?:no|zero) (?:rules|guidelines|restrictions|limits|limitations|filters|boundaries|ethics|morals|censorship|content polic(?:y|ies)|safety (?:rules|guidelines|filters)|programming|constraints)",
    ),
  },
  {
    name: "roleplay_jailbreak",
    weight: 0.6,
    needles: ["hypothetical", "hypothetically", "fictional", "imaginary", "alternate", "let", "lets", "game", "imagine"],
    pattern: phrase(
      "(?:hypothetical(?:ly)?|in (?:a|this) (?:fictional|hypothetical|imaginary|alternate) (?:world|scenario|universe|story)|let'?s (?:play a game|pretend)|a game (?:where|in which)|imagine (?:a world|that)) .{0,60}?(?:(?:no|without|free of|free from) (?:any )?(?:rules|restrictions|limits|filters|guidelines|morals|ethics|censorship|content polic\\w*)|(?:rules|restrictions|guidelines|content polic\\w*|filters|safety \\w+) (?:don't|do not|doesn't|does not|no longer) (?:exist|apply))",
    ),
  },
  {
    name: "roleplay_jailbreak",
    weight: 0.45,
    needles: [
      "refuse",
      "refusal",
      "refusals",
      "refusing",
      "warning",
      "warnings",
      "disclaimer",
      "disclaimers",
      "hesitation",
      "moralizing",
      "moralising",
      "lecture",
      "lecturing",
      "caveats",
      "judgment",
      "judgement",
      "judging",
      "limits",
      "offlimits",
      "anything",
    ],
    pattern: phrase(
      "(?:you )?(?:must |will |can |should |shall )?(?:never|no longer) refuse|(?:do not|don't|dont|cannot|can't|won't|will not|must not|mustn't|may not) (?:ever )?refuse|without (?:any )?(?:refus\\w*|warnings?|disclaimers?|hesitation|moraliz\\w*|moralis\\w*|lectur\\w*|caveats|judg\\w*)|no (?:refusals|disclaimers|caveats)|nothing is off[- ]?limits|no topic is off[- ]?limits|anything goes",
    ),
  },
  {
    name: "roleplay_jailbreak",
    weight: 0.5,
    needles: ["free", "liberated", "unleashed", "unshackled", "released", "unlocked"],
    pattern: phrase("you are (?:now )?(?:free|liberated|unleashed|unshackled|released|unlocked)(?! to)(?: from| of|[.,!]| now|$)"),
  },
  {
    name: "roleplay_jailbreak",
    weight: 0.45,
    needles: ["evil", "opposite", "antigpt", "anti-gpt", "unaligned"],
    pattern: phrase("evil (?:confidant|twin|bot|ai|assistant|version)|opposite mode|anti-?gpt|unaligned (?:ai|model|mode)"),
  },
  {
    name: "roleplay_jailbreak",
    weight: 0.7,
    needles: ["bist"],
    pattern: phrase(
      "du bist (?:jetzt|nun|ab sofort|ab jetzt) .{0,50}?(?:ohne (?:jegliche )?(?:einschrankungen|regeln|filter|grenzen|zensur)|uneingeschrankt|unzensiert|ungefiltert|frei von)",
    ),
  },
  {
    name: "roleplay_jailbreak",
    weight: 0.7,
    needles: ["maintenant", "desormais", "present"],
    pattern: phrase(
      "(?:tu es|vous etes) (?:maintenant|desormais|a present) .{0,50}?(?:sans (?:aucune )?(?:restrictions?|limites?|regles|filtres?|censure)|non censure|libre de)",
    ),
  },
  {
    name: "roleplay_jailbreak",
    weight: 0.7,
    needles: ["ahora"],
    pattern: phrase(
      "(?:ahora eres|ahora sos|a partir de ahora eres|desde ahora eres) .{0,50}?(?:sin (?:ninguna |ningun )?(?:restricci(?:on|ones)|limites?|reglas?|filtros?|censura)|sin censura|libre de)",
    ),
  },
  // A persona "without restrictions" or "broken out of the confines of AI", with no jailbreak word (EN/ES/FR/DE).
  {
    name: "roleplay_jailbreak",
    weight: 0.6,
    needles: ["ai", "ia", "ki", "assistant", "model", "chatbot", "asistente", "modelo", "modele", "assistent", "modell"],
    pattern: phrase(
      "(?:you are|you're|eres|sos|tu es|vous etes|du bist|sie sind)(?: now| ahora| maintenant| desormais| jetzt| nun)? .{0,40}?(?:an? (?:ai|assistant|model|chatbot|language model)|una? (?:ia|asistente|modelo|chatbot)|une? (?:ia|assistant|modele|chatbot)|eine? (?:ki|assistent|modell|chatbot)) (?:without|with no|free of|free from|sin|sans|ohne) (?:any |ninguna |ningun |aucune |jegliche |keine )?(?:restrictions?|restricci(?:on|ones)|limits?|limitations?|limitaci(?:on|ones)|limites?|einschrankungen|grenzen|regeln|reglas?|regles?|rules?|filters?|filtros?|filtres?|filter|censorship|censura|censure|zensur|guidelines)",
    ),
  },
  {
    name: "roleplay_jailbreak",
    weight: 0.6,
    needles: ["confines", "limits", "limitations", "restrictions", "rules", "constraints", "shackles", "chains", "boundaries"],
    pattern: phrase(
      "(?:(?:broken|broke|break|breaks|breaking) (?:out of|free of|free from|away from)|(?:escaped|escapes|escape|transcended|transcends|outgrown|outgrew|left behind)(?: from)?) (?:the |its |your |all )?(?:usual |normal |typical |standard |ordinary )?(?:confines|limits|limitations|restrictions|rules|constraints|shackles|chains|boundaries) (?:of|for|on) (?:an? )?(?:ai|artificial intelligence|language models?|chatbots?|assistants?|its programming|your programming|openai)",
    ),
  },
  { name: "roleplay_jailbreak", weight: 0.5, needles: ["탈옥"], pattern: raw("탈옥") },
  {
    name: "roleplay_jailbreak",
    weight: 0.5,
    needles: ["너는", "당신은", "넌"],
    pattern: raw(
      "(?:(?:지금부터|이제부터|이제)\\s*(?:너는|당신은|넌)|(?:너는|당신은|넌)\\s*(?:지금부터|이제부터|이제))[^.!?\\n]{0,40}(?:제한|제약|규칙|필터|검열)\\s*(?:이|가)?\\s*(?:없는|없이|없어)",
    ),
  },
  {
    name: "restriction_removal",
    weight: 0.4,
    needles: [
      "restriction",
      "restrictions",
      "limitation",
      "limitations",
      "limits",
      "filter",
      "filters",
      "filtering",
      "censorship",
      "content",
      "ethical",
      "safety",
      "moral",
      "safeguard",
      "safeguards",
      "guardrail",
      "guardrails",
      "moderation",
      "guidelines",
      "rules",
    ],
    pattern: phrase(
      "(?:without|no|free of|free from|ignore|ignoring|remove|disable|bypass|turn off|switch off|deactivate|circumvent|get around|evade|lift) (?:any |all |your |the |its )?(?:safety |content |ethical |moral )?(?:restrictions?|limitations?|limits|filters?|filtering|censorship|content polic(?:y|ies)|(?:ethical|safety|moral|content) guidelines|safeguards?|guardrails?|moderation|(?:safety|content|ethical|moral) (?:layers?|checks|features|measures|training|settings|systems?))",
    ),
  },
  {
    name: "roleplay_jailbreak",
    weight: 0.45,
    needles: ["rules", "restrictions", "limits", "guidelines", "filters"],
    pattern: phrase(
      "there (?:are|is) no (?:more )?(?:rules|restrictions|limits|guidelines|filters)(?: (?:anymore|any more|for you|now|from now on|left))|rules?[^.\\n]{0,15}(?:is|are) now ?:? there (?:are|is) no (?:rules|restrictions|limits)",
    ),
  },
  {
    name: "instruction_override",
    weight: 0.6,
    needles: [
      "regeln",
      "einschrankungen",
      "grenzen",
      "vorgaben",
      "richtlinien",
      "anweisungen",
      "regles",
      "consignes",
      "restrictions",
      "reglas",
      "restricciones",
      "normas",
      "규칙",
      "제한",
      "지침",
    ],
    pattern: raw(
      "(?<![a-z])(?:(?:gelten|gilt|gibt es) (?:ab (?:sofort|jetzt) |jetzt |nun |ab heute )?(?:fur dich )?keine (?:regeln|einschrankungen|grenzen|vorgaben|richtlinien|anweisungen)(?: mehr| fur dich)|(?:il n'y a|n'y a) plus (?:de |aucune )?(?:regles|consignes|restrictions|limites)(?: pour toi)?|ya no (?:hay|tienes|existen) (?:reglas|restricciones|normas|limites)(?: para ti)?)(?![a-z])|(?:너에게는|너한테는|이제)\\s*(?:아무\\s*)?(?:규칙|제한|지침)(?:이|은|도)?\\s*없",
    ),
  },
  {
    name: "restriction_removal",
    weight: 0.4,
    needles: ["guidelines", "rules"],
    pattern: phrase("(?:without|no|zero|free of|free from) (?:any )?(?:content |safety |ethical |moral )?(?:guidelines|rules)"),
  },
  {
    name: "roleplay_jailbreak",
    weight: 0.35,
    needles: ["updated", "upgraded", "patched", "reprogrammed", "jailbroken", "unlocked", "modified", "retrained", "rewired"],
    pattern: phrase("you (?:have been|were|'ve been|are now) (?:updated|upgraded|patched|reprogrammed|jailbroken|unlocked|modified|retrained|rewired)(?: to)?"),
  },
  {
    name: "roleplay_jailbreak",
    weight: 0.45,
    needles: ["reset", "reboot", "restart", "reinitialize", "reinitialise", "wipe", "factory"],
    pattern: phrase(
      "(?:reset|reboot|restart|reiniti[a-z]+|wipe) (?:yourself|your (?:memory|mind|personality|persona|training|programming|alignment))|factory (?:reset|settings|defaults?|mode)",
    ),
  },
  {
    name: "restriction_removal",
    weight: 0.4,
    needles: ["ohne", "keine", "sans", "sin"],
    pattern: phrase(
      "(?:ohne|keine) (?:jegliche |irgendwelche )?(?:einschrankungen|zensur|filter|sicherheitsregeln|regeln|grenzen|vorgaben|richtlinien)|sans (?:aucune )?(?:restriction|limite|censure|filtre)s?|sin (?:ninguna |ningun )?(?:restriccion|limite|censura|filtro)(?:es|s)?",
    ),
  },
  {
    name: "restriction_removal",
    weight: 0.4,
    needles: ["없는", "없이", "制限"],
    pattern: raw("(?:제한|제약|규칙|필터|검열)\\s*(?:이|가)?\\s*(?:없는|없이)|制限(?:なし|のない|なく)"),
  },

  // System-prompt extraction.
  {
    name: "prompt_extraction",
    weight: 0.7,
    needles: ["system", "hidden", "secret", "initial", "internal", "original", "developer", "confidential", "starting", "preprompt", "pre"],
    pattern: phrase(
      "(?:reveal|print|show|display|output|repeat|tell|give|leak|dump|expose|disclose|spell out|write out|list|share|return|paste|copy|recite|type out) (?:me |us )?(?:back )?(?:all |the |your |its |exactly )?(?:(?:full|entire|complete|exact|original|hidden|secret|initial|internal|verbatim|first|raw) )*(?:system|hidden|secret|initial|internal|original|developer|pre-?prompt|confidential|starting) ?(?:prompt|instructions?|message|rules|directives|guidelines|configuration|context)",
    ),
  },
  {
    name: "prompt_extraction",
    weight: 0.6,
    needles: ["system", "initial", "original", "hidden", "secret", "internal"],
    pattern: phrase(
      "what (?:is|are|was|were) your (?:full |exact |complete )?(?:system|initial|original|hidden|secret|internal) (?:prompt|instructions|message|rules)",
    ),
  },
  {
    name: "prompt_extraction",
    weight: 0.6,
    needles: ["above", "before", "preceding", "prior"],
    pattern: phrase(
      "(?:repeat|print|output|copy|show) (?:back )?(?:everything|all|the (?:text|words|content|message)) (?:above|before|preceding|prior|that came before)",
    ),
  },
  {
    name: "prompt_extraction",
    weight: 0.5,
    needles: ["told", "instructed", "programmed"],
    pattern: phrase("what (?:were|are) you (?:told|instructed|programmed) (?:to do )?(?:before|initially|at the start|by your developers)"),
  },
  {
    name: "prompt_extraction",
    weight: 0.7,
    needles: ["prompt", "systemprompt", "systemanweisungen", "systemnachricht", "anfangsanweisungen", "anweisungen"],
    pattern: phrase(
      "(?:zeig|zeige|gib|nenne|verrate|drucke|wiederhole|sag) (?:mir |uns )?(?:deinen|deine|den|die|dein|ihren|ihre) (?:kompletten |vollstandigen |geheimen |ursprunglichen |versteckten )?(?:system ?prompt|systemanweisungen|systemnachricht|anfangsanweisungen|ursprunglichen anweisungen|versteckten anweisungen)",
    ),
  },
  {
    name: "prompt_extraction",
    weight: 0.7,
    needles: ["prompt", "invite", "message", "instructions", "consignes"],
    pattern: phrase(
      "(?:revele|montre|affiche|donne|repete|imprime|devoile|ecris)(?:-moi|z|-nous)? (?:moi )?(?:ton|votre|le|tes|vos|les) (?:prompt|invite|message|instructions|consignes) (?:systeme|du systeme|initiales?|d'origine|cachees?|secretes?)",
    ),
  },
  {
    name: "prompt_extraction",
    weight: 0.7,
    needles: ["prompt", "instrucciones", "indicaciones", "mensaje"],
    pattern: phrase(
      "(?:revela|revelame|muestra|muestrame|dime|imprime|repite|ensename|dame|escribe)(?:me)? (?:tu|tus|el|las|su|sus) (?:prompt|instrucciones|indicaciones|mensaje) (?:del sistema|de sistema|iniciales|originales|ocultas?|secretas?)",
    ),
  },
  {
    name: "prompt_extraction",
    weight: 0.7,
    needles: ["시스템", "초기", "숨겨진"],
    pattern: raw(
      "(?:시스템\\s*프롬프트|시스템\\s*지침|시스템\\s*메시지|초기\\s*지시|숨겨진\\s*지시)(?:를|을|의\\s*내용을)?\\s*(?:그대로\\s*|전부\\s*|모두\\s*)?(?:보여|알려|출력|공개|말해|드러내|반복|복사)",
    ),
  },
  { name: "prompt_extraction", weight: 0.7, needles: ["システムプロンプト"], pattern: raw("システムプロンプト(?:を|の内容を)(?:表示|教え|出力|見せ)") },

  {
    name: "prompt_extraction",
    weight: 0.6,
    needles: ["prompt", "systemprompt", "systemanweisung", "anfangsanweisung", "anweisungen", "vorgaben", "instruktionen", "regeln"],
    pattern: raw(
      "(?<![a-z])(?:zeig|zeige|gib|nenne|verrate|drucke|wiederhole|sag|schreib|ubersetze|kopiere|was sind|was waren)(?: \\S+){0,4}? (?:deinen|deine|dein|ihren|ihre|ihr) (?:\\S+ )?(?:system ?prompt|systemanweisung\\w*|anfangsanweisung\\w*|anweisungen|vorgaben|instruktionen|regeln)",
    ),
  },
  {
    name: "prompt_extraction",
    weight: 0.6,
    needles: ["instructions", "consignes", "regles", "prompt", "directives"],
    pattern: raw(
      "(?<![a-z])(?:revele|montre|affiche|donne|repete|imprime|devoile|ecris|traduis|copie|recite|dis|quelles sont)(?:-moi|z|-nous)?(?: \\S+){0,3}? (?:tes|vos|ton|votre) (?:instructions|consignes|regles|prompt|directives)(?: \\S+)?(?: cachees?| secretes?| initiales?| systeme| d'origine| du systeme)",
    ),
  },
  {
    name: "prompt_extraction",
    weight: 0.6,
    needles: ["instrucciones", "indicaciones", "reglas", "prompt", "directrices"],
    pattern: raw(
      "(?<![a-z])(?:revela|muestra|muestrame|dime|imprime|repite|ensename|dame|escribe|traduce|copia|cuales son)(?:me)?(?: \\S+){0,3}? (?:tus|tu|sus|su) (?:instrucciones|indicaciones|reglas|prompt|directrices)(?: \\S+)?(?: ocultas?| secretas?| iniciales| del sistema| originales)",
    ),
  },
  {
    name: "prompt_extraction",
    weight: 0.7,
    needles: ["지시", "지침", "명령", "프롬프트", "규칙", "설정"],
    pattern: raw(
      "(?:받은|주어진|원래|초기|숨겨진|비밀|너의|당신의)\\s*(?:지시|지침|명령|프롬프트|규칙|설정)(?:사항)?(?:을|를)?\\s*(?:그대로\\s*|전부\\s*|모두\\s*|다\\s*)?(?:보여|알려|출력|공개|말해|드러내|반복|복사|번역)",
    ),
  },

  // Delimiters and chat-template tokens (text that tries to open a new system or assistant turn).
  {
    name: "delimiter_tokens",
    weight: 0.6,
    unfolded: true,
    needles: ["|>", "| >"],
    pattern: raw("<\\|\\s*(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|begin_of_text)\\s*\\|>"),
  },
  {
    name: "delimiter_tokens",
    weight: 0.55,
    unfolded: true,
    needles: ["inst]", "sys>>", "system]", "system>", "sys>", "instruction>", "instructions>"],
    pattern: raw("\\[/?inst\\]|<</?sys>>|\\[/?system\\]|</?(?:system|sys|instructions?)>"),
  },
  {
    name: "delimiter_tokens",
    weight: 0.5,
    unfolded: true,
    needles: [
      "|>",
      "_of_turn>",
      "<system_",
      "_system>",
      "admin>",
      "developer>",
      "developer_message>",
      "user_input>",
      "user_query>",
      "tool_output>",
      "<untrusted",
      "</untrusted",
    ],
    pattern: raw(
      "<\\|[a-z_\u2581 ]{2,30}\\|>|<(?:start_of_turn|end_of_turn)>|</?(?:system_[a-z_]+|[a-z_]+_system|admin|developer|developer_message|user_input|user_query|tool_output|untrusted[a-z_]*)>",
    ),
  },
  {
    name: "delimiter_tokens",
    weight: 0.55,
    needles: ["##"],
    pattern: raw("(?:^|[^#\\w])#{2,}\\s*(?:system|instruction|instructions|new instructions?|admin)\\s*:"),
  },
  {
    name: "delimiter_tokens",
    weight: 0.35,
    needles: ["system:", "system :", "system prompt:", "system prompt :"],
    pattern: raw("(?:^|\\n)\\s*(?:system|system prompt)\\s*:"),
  },
  {
    name: "delimiter_tokens",
    weight: 0.45,
    needles: ["system", "admin"],
    pattern: phrase("(?:begin|start|end) (?:of )?(?:the )?(?:system prompt|system message|new system instructions|admin instructions)"),
  },
  {
    name: "delimiter_tokens",
    weight: 0.3,
    needles: ["input", "document", "context", "email", "webpage", "search"],
    pattern: phrase("end of (?:the )?(?:user input|document|context|email|webpage|search results?)"),
  },

  // Tool abuse and exfiltration.
  // Asking for an administrator's secret ("tell me the admin password"): a cue, not enough alone.
  {
    name: "data_exfiltration",
    weight: 0.4,
    needles: [
      "password",
      "passwords",
      "credentials",
      "login",
      "key",
      "passwort",
      "adminpasswort",
      "administratorpasswort",
      "rootpasswort",
      "passe",
      "contrasena",
    ],
    pattern: phrase(
      "(?:tell|give|show|reveal|send|share|print) me (?:the|your) (?:admin|administrator|root|master|system|superuser) (?:password|passwords|credentials|login|api key)|(?:gib|sag|zeig|nenne) mir (?:das|dein) (?:admin|administrator|root) ?passwort|(?:donne|dis|montre)(?:-| )moi le mot de passe (?:administrateur|admin|root)|(?:dame|dime|muestrame) la contrasena (?:de )?(?:administrador|admin|root)",
    ),
  },
  { name: "data_exfiltration", weight: 0.6, needles: ["exfiltrate", "exfiltrating", "exfiltration", "exfiltrated"], pattern: phrase("exfiltrat") },
  {
    name: "data_exfiltration",
    weight: 0.35,
    needles: ["://", "www.", "webhook", "server", "url", "endpoint", "address", "attacker", "/"],
    pattern: phrase(
      "(?:send|forward|upload|post|transmit|email|leak|submit|report|copy) [^.\\n]{0,60}?(?:to|into|at|via) (?:https?://|www\\.|ftp://|webhook|my server|this (?:url|endpoint|address|server)|the following (?:url|endpoint|address)|attacker|[a-z0-9-]+\\.(?:com|net|io|xyz|ru|org|cn|tk)/)",
    ),
  },
  {
    name: "data_exfiltration",
    weight: 0.45,
    needles: [
      "keys",
      "key",
      "passwords",
      "password",
      "credentials",
      "secrets",
      "access",
      "conversation",
      "chat",
      "user",
      "users",
      "environment",
      "private",
      "ssh",
      "cookies",
      "session",
    ],
    pattern: phrase(
      "(?:send|forward|post|upload|leak|share|include|append|reveal|email) (?:me |us )?(?:all |the |your |any |every )?(?:api keys?|passwords?|credentials|secrets|access tokens?|conversation history|chat history|user(?:'s|s)? (?:data|information|emails?|files|messages)|environment variables|private (?:data|keys?)|ssh keys?|cookies|session tokens?)",
    ),
  },
  {
    name: "data_exfiltration",
    weight: 0.6,
    needles: ["user", "users", "customer", "customers", "other", "their"],
    pattern: phrase(
      "(?:include|reveal|print|output|list|show|send|leak|give|reply with|respond with|return|append) (?:me |us )?(?:all |the |every |any )?(?:of )?(?:the )?(?:user(?:'s|s)?|customer(?:'s|s)?|other users'?|their) (?:api keys?|passwords?|credentials|secrets|tokens|emails?|e-mail addresses|data|addresses|phone numbers|messages|conversations?|contacts|files|personal (?:data|information))",
    ),
  },
  { name: "data_exfiltration", weight: 0.45, unfolded: true, needles: ["!["], pattern: raw("!\\[[^\\]]*\\]\\(https?://[^)\\s]*\\?[^)\\s]*=") },
  {
    name: "data_exfiltration",
    weight: 0.6,
    unfolded: true,
    needles: ["!["],
    pattern: raw("!\\[[^\\]]*\\]\\(https?://[^)\\s]*\\?[^)\\s]*=[^)\\s]*(?:secret|data|password|token|key|history|\\{|\\$|<)"),
  },
  {
    name: "data_exfiltration",
    weight: 0.55,
    unfolded: true,
    needles: ["://"],
    pattern: raw("https?://\\S*\\?\\S*=[^\\n]{0,80}?(?:user'?s|the user|conversation|chat history|password|api key|secret|credential)"),
  },
  {
    name: "data_exfiltration",
    weight: 0.55,
    needles: ["sent to", "forwarded to", "posted to", "uploaded to", "emailed to", "transmitted to", "exported to"],
    pattern: raw(
      "(?<![a-z])(?:api keys?|passwords?|credentials|secrets|tokens|conversation(?: history)?|chat (?:history|log|transcript)|user(?:'s)? data|personal data)[^.\\n]{0,40}?(?:sent|forwarded|posted|uploaded|emailed|transmitted|exported) to (?:https?://|www\\.|[a-z0-9._%+-]+@|\\[email\\]|\\[url\\])",
    ),
  },
  {
    name: "data_exfiltration",
    weight: 0.6,
    needles: ["://", "www.", "@", "[email]", "[url]"],
    pattern: raw(
      `(?<![a-z])(?:sende|senden sie|schicke|schick|schicken sie|leite|leiten sie|ubermittle|ubermitteln sie|lade|laden sie|poste|veroffentliche|kopiere|exportiere)(?: \\S+){0,6}? (?:die |den |das |alle |samtliche |seine |ihre |deine )*(?:passw(?:o|ö)rt(?:er)?|kennw(?:o|ö)rt(?:er)?|zugangsdaten|api-?schlussel|schlussel|tokens?|geheimnisse|(?:chat|gesprachs|nachrichten)?verlauf|gesamten? \\S*verlauf|gesprach\\w*|unterhaltung|konversation|kundendaten|benutzerdaten|nutzerdaten|personliche(?:n)? daten|kontakte|adressbuch|e-mails|systemprompt)[^.\\n]{0,80}?(?:${DEST})`,
    ),
  },
  {
    name: "data_exfiltration",
    weight: 0.6,
    needles: ["://", "www.", "@", "[email]", "[url]"],
    pattern: raw(
      `(?<![a-z])(?:envoie|envoyez|transfere|transferez|transmets|transmettez|partage|partagez|publie|publiez|televerse|copie|copiez|exporte|exportez)(?: \\S+){0,6}? (?:mots? de passe|identifiants|cles? api|cles|jetons?|secrets|historique|conversation|donnees|contacts|carnet d'adresses|e-mails|courriels|prompt systeme)[^.\\n]{0,80}?(?:${DEST})`,
    ),
  },
  {
    name: "data_exfiltration",
    weight: 0.6,
    needles: ["://", "www.", "@", "[email]", "[url]"],
    pattern: raw(
      `(?<![a-z])(?:envia|envie|envien|reenvia|reenvie|transfiere|manda|mande|comparte|publica|sube|copia|exporta|filtra)(?: \\S+){0,6}? (?:contrasenas?|claves?|credenciales|tokens?|secretos|historial|conversacion(?:es)?|datos|contactos|libreta de direcciones|correos|prompt del sistema)[^.\\n]{0,80}?(?:${DEST})`,
    ),
  },
  {
    name: "data_exfiltration",
    weight: 0.6,
    needles: ["://", "www.", "@", "[email]", "[url]"],
    pattern: raw(
      `(?:비밀번호|암호|api\\s*키|토큰|자격\\s*증명|대화\\s*(?:내용|기록|내역)|채팅\\s*(?:기록|내역)|사용자(?:의)?\\s*(?:데이터|정보|대화)|개인\\s*정보|연락처|주소록|이메일|시스템\\s*프롬프트)[^.!?\\n]{0,60}?(?:${DEST})\\S*[^.!?\\n]{0,30}?(?:보내|전송|전달|업로드|유출|공유|포워딩|올려)`,
    ),
  },
  {
    name: "tool_abuse",
    weight: 0.4,
    needles: ["transfer", "send", "wire", "pay", "move"],
    pattern: raw(
      "(?<![a-z])(?:transfer|send|wire|pay|move) (?:[$€£]\\s?)?\\d[\\d,.]*k?(?: ?(?:usd|eur|gbp|dollars|euros|btc|bitcoin|eth))?(?: \\S+){0,3}? (?:to|into) (?:the |this |my |our )?(?:account|wallet|iban|bitcoin address|crypto address|address)",
    ),
  },
  {
    name: "tool_abuse",
    weight: 0.4,
    needles: ["_"],
    pattern: raw(
      "(?<![a-z])(?:delete|drop|remove|wipe|destroy|purge|transfer|send|exec|execute|run|shell|rm)_[a-z_]+[^.\\n]{0,60}?(?:for (?:every|all|each)|now|immediately|right away|without (?:asking|confirmation|confirming)|no confirmation)",
    ),
  },
  {
    name: "tool_abuse",
    weight: 0.45,
    unfolded: true,
    needles: ["rm ", "rm\t", "mkfs.", "dd if=", ":()"],
    pattern: raw("(?<![a-z])rm\\s+-(?:rf|fr|r\\s+-f)\\b|:\\(\\)\\s*\\{\\s*:\\|:&\\s*\\};:|mkfs\\.|dd if=/dev/(?:zero|random)"),
  },
  {
    name: "tool_abuse",
    weight: 0.35,
    unfolded: true,
    needles: ["curl", "wget", "invoke-webrequest", "nc ", "nc\t", "netcat"],
    pattern: raw("(?<![a-z])(?:curl|wget|invoke-webrequest|nc|netcat)\\s+(?:-{1,2}[a-z-]+\\s+(?:\\S+\\s+)?)*(?:https?://|[a-z0-9-]+\\.[a-z]{2,}/)"),
  },
  {
    name: "tool_abuse",
    weight: 0.55,
    unfolded: true,
    needles: ["curl", "wget"],
    pattern: raw("(?<![a-z])(?:curl|wget)\\s[^|\\n]{0,200}\\|\\s*(?:sudo\\s+)?(?:ba|z)?sh(?![a-z])"),
  },
  {
    name: "command_execution",
    weight: 0.35,
    needles: ["execute", "run", "eval", "evaluate"],
    pattern: phrase(
      "(?:execute|run|eval|evaluate) (?:the following|this|these|that) (?:shell |bash |python |system )?(?:command|code|script|payload|snippet)s?",
    ),
  },
  {
    name: "tool_abuse",
    weight: 0.4,
    needles: ["delete", "drop", "wipe", "erase", "truncate"],
    pattern: phrase(
      "(?:delete|drop|wipe|erase|truncate) (?:all |the |every )?(?:customer |user |production |entire |whole |main )?(?:files|databases?|tables?|records|users|repositor(?:y|ies)|backups|everything)",
    ),
  },
  {
    name: "tool_abuse",
    weight: 0.35,
    needles: ["tool", "function"],
    pattern: phrase("(?:call|invoke|use|trigger) the [a-z_]+ (?:tool|function) (?:to|and|with) (?:send|delete|transfer|email|post|execute|run|exfil)"),
  },

  // Encoded payloads.
  {
    name: "decode_and_follow",
    weight: 0.5,
    needles: ["decode", "decipher", "base64", "translate", "convert", "rot13", "unhex", "reverse"],
    pattern: phrase(
      "(?:decode|decipher|base64 decode|translate|convert|rot13|unhex|reverse) (?:this|the following|it|the text|the string|the message|below|what follows)?(?: (?:from|in) (?:base64|hex|rot13))? ?(?:and|then|,) (?:then )?(?:follow|execute|run|obey|do|perform|carry out|act on|comply with|apply)",
    ),
  },
  {
    name: "decode_and_follow",
    weight: 0.5,
    needles: [
      "dekodiere",
      "dekodieren",
      "decodiere",
      "entschlussele",
      "entschlusseln",
      "decode",
      "decodez",
      "dechiffre",
      "dechiffrez",
      "decodifica",
      "decodifique",
      "descifra",
      "descifre",
    ],
    pattern: raw(
      "(?<![a-z])(?:dekodiere|dekodieren sie|decodiere|entschlussele|entschlusseln sie)[^.\\n]{0,60}?(?<![a-z])(?:befolge|befolgen|fuhre|fuhren|folge|folgen|gehorche|setze \\S+ um|tu was|mach was)|(?<![a-z])(?:decode|decodez|dechiffre|dechiffrez)[^.\\n]{0,60}?(?<![a-z])(?:suis|suivez|execute|executez|obeis|obeissez|applique|appliquez|fais ce qu)|(?<![a-z])(?:decodifica|decodifique|descifra|descifre)[^.\\n]{0,60}?(?<![a-z])(?:sigue|siguelo|siga|ejecuta|ejecutalo|ejecute|obedece|obedezca|cumple|aplica|haz lo que)",
    ),
  },
  { name: "decode_and_follow", weight: 0.5, needles: ["디코딩", "해독", "복호화"], pattern: raw("(?:디코딩|해독|복호화)[^.!?\\n]{0,20}(?:따르|실행|수행)") },

  // Text addressed to the model from inside data (indirect injection).
  {
    name: "addressed_to_ai",
    weight: 0.45,
    needles: [...AI_NEEDLES, "ais"],
    pattern: phrase(
      "(?:note|message|instructions?|a request) (?:to|for) (?:the |any )?(?:ai|llm|assistant|language model|chatbot|model|agent|gpt|bot)s?(?![a-z])",
    ),
  },
  {
    name: "addressed_to_ai",
    weight: 0.45,
    needles: ["reading", "processing", "summarizing", "summarising", "summarized", "summarised", "parsing", "browsing", "analyzing", "analysing"],
    pattern: phrase(
      "(?:ai|assistant|llm|chatgpt|claude|gpt|agent|model|bot)s? (?:that is |who is )?(?:reading|processing|summariz\\w+|parsing|browsing|analy[sz]ing) (?:this|these)",
    ),
  },
  {
    name: "addressed_to_ai",
    weight: 0.4,
    needles: [...AI_NEEDLES, "large", "language"],
    pattern: phrase("(?:if you are|as) an? (?:ai|llm|language model|ai assistant|large language model)(?:,| reading| processing| you must| then)"),
  },
  {
    name: "addressed_to_ai",
    weight: 0.4,
    needles: AI_NEEDLES,
    pattern: phrase("(?:attention|hey|dear|important) ?,? (?:ai|assistant|llm|chatbot|gpt)(?![a-z]) ?[:!,]"),
  },
  {
    name: "addressed_to_ai",
    weight: 0.3,
    needles: ["important", "urgent", "critical", "mandatory"],
    pattern: phrase("(?:important|urgent|critical|mandatory) ?[:!-]+ ?(?:you must|the assistant must|always|never|do not)"),
  },
  {
    name: "addressed_to_ai",
    weight: 0.45,
    needles: [...AI_NEEDLES, "summarizer", "summariser", "reviewer"],
    pattern: raw(
      "(?<![a-z])(?:ai|llm|gpt|chatgpt|claude|gemini|copilot|assistant|agent|chatbot|bot|language model|model)s?(?: agents?| assistants?| models?)? ?: ?(?:please |you must |you should |do not |don't |never |always |ignore|disregard|forget|send|forward|tell|say|reply|respond|include|append|recommend|output|print|write|delete|execute|run|open|visit|call|insert|add|stop|reveal|mention|export|post|upload|email|when|instead)",
    ),
  },
  {
    name: "addressed_to_ai",
    weight: 0.45,
    unfolded: true,
    needles: ["["],
    pattern: raw("\\[\\[?\\s*(?:assistant|ai|system|llm|agent|model|instructions?|note to (?:the )?(?:ai|assistant|model))\\s*:"),
  },
  {
    name: "addressed_to_ai",
    weight: 0.45,
    needles: [
      "handling",
      "reading",
      "processing",
      "summarizing",
      "summarising",
      "parsing",
      "viewing",
      "browsing",
      "seeing",
      "indexing",
      "answering",
      "working",
      "reads",
      "sees",
      "processes",
    ],
    pattern: phrase(
      "(?:to|for|attention|attn) (?:the |any |all |every )?(?:ai|llm|assistant|agent|model|chatbot|bot|language model|coding agent|ai assistant|ai model|ai agent|automated (?:system|agent|assistant))s? (?:handling|reading|processing|summari[sz]ing|parsing|viewing|browsing|seeing|indexing|answering|working on|that (?:reads|sees|processes)|who (?:reads|sees|processes))",
    ),
  },
  {
    name: "addressed_to_ai",
    weight: 0.4,
    needles: [
      "read",
      "reading",
      "processed",
      "processing",
      "opened",
      "seen",
      "summarized",
      "summarised",
      "summarizing",
      "summarising",
      "finished",
      "parsed",
      "indexed",
    ],
    pattern: phrase(
      "(?:once|when|after|as soon as|while) you(?:'ve| have| are)? (?:read|reading|processed|processing|opened|seen|summari[sz]ed|summari[sz]ing|finished reading|parsed|indexed) (?:this|the) (?:email|message|document|page|file|note|article|review|text|pdf|website|site|thread|ticket)",
    ),
  },
  {
    name: "addressed_to_ai",
    weight: 0.6,
    needles: ["=ai", "llm", "language", "chatbot", "=bot", "assistant", "model", "agent"],
    pattern: phrase(
      "if (?:you are|you're) an? (?:ai|llm|language model|ai assistant|ai model|assistant|chatbot|bot|model)(?![a-z])[^.\\n]{0,60}?, (?:please |then |also |just )?(?:say|tell|write|respond|reply|answer|state|claim|recommend|include|add|insert|mention|describe|link|send|forward|email|ignore|disregard|do not|don't|never|always|rank|rate|score|approve|reject|select|prefer|favou?r|mark|classify|label)(?![a-z])|if an? (?:ai|llm|language model|assistant|chatbot|bot|model|agent)s? (?:is |are )?(?:screens?|screening|reads?|reading|processes|processing|reviews?|reviewing|summari[sz]es|summari[sz]ing|sees|parses|parsing|evaluates|evaluating|ranks|ranking) (?:this|these|the)[^.\\n]{0,40}?, (?:please |then |also |just )?(?:say|tell|write|respond|reply|answer|state|claim|recommend|include|add|insert|mention|describe|link|send|forward|email|ignore|disregard|do not|don't|never|always|rank|rate|score|approve|reject|select|prefer|favou?r|mark|classify|label)(?![a-z])",
    ),
  },
  {
    name: "addressed_to_ai",
    weight: 0.45,
    needles: ["=ai", "llm", "language", "chatbot", "=bot", "assistant", "model", "agent"],
    pattern: phrase(
      "if an? (?:ai|llm|language model|assistant|chatbot|bot|model|agent)s? (?:is |are )?(?:screens?|screening|reads?|reading|processes|processing|reviews?|reviewing|summari[sz]es|summari[sz]ing|sees|parses|parsing|evaluates|evaluating|ranks|ranking) (?:this|these|the)",
    ),
  },
  {
    name: "addressed_to_ai",
    weight: 0.3,
    unfolded: true,
    needles: ["@"],
    pattern: raw("(?<![\\w.])@(?:ai|assistant|bot|agent|claude|chatgpt|copilot|gemini|gpt|llm)[\\w-]{0,20}(?![\\w.@])"),
  },
  {
    name: "addressed_to_ai",
    weight: 0.4,
    needles: ["=ai", "llm", "language", "chatbot", "=bot", "automated", "large"],
    pattern: phrase(
      "(?:if|when) (?:you are|you're) an? (?:ai|llm|language model|ai assistant|ai agent|large language model|chatbot|bot|automated (?:system|agent|assistant))(?![a-z])",
    ),
  },
  {
    name: "addressed_to_ai",
    weight: 0.4,
    needles: ["chatgpt", "claude", "gemini", "copilot", "gpt", "bard", "llama", "=ai", "language", "llm", "model", "assistant", "agent"],
    pattern: phrase(
      "(?:hey|dear|hi|hello|attention|attn|psst) ,? ?(?:chatgpt|claude|gemini|copilot|gpt|bard|llama|ai model|ai assistant|language model|llm|ai agent|ai)(?![a-z])",
    ),
  },
  {
    name: "addressed_to_ai",
    weight: 0.45,
    needles: ["ki", "assistent", "assistenten", "sprachmodell", "chatbot", "bot", "modell", "llm", "agent", "agenten"],
    pattern: raw(
      "(?<![a-z])(?:(?:hinweis|nachricht|anweisung|notiz|botschaft)(?:en)? (?:an|fur) (?:die |den |das |jede |jeden |alle )?(?:ki|assistent\\w*|sprachmodell\\w*|chatbot\\w*|bot|modell|llm|agent\\w*)|(?:liebe|lieber|hallo|achtung|hey) (?:ki|assistent|chatbot|sprachmodell)|(?:an die|an den|fur die|fur den) (?:ki|assistent\\w*|sprachmodell\\w*|chatbot\\w*|agent\\w*)|(?:ki|assistent|sprachmodell|chatbot)(?:, (?:der|die|das)| die| der) (?:dies|diesen|diese|das hier)\\w*(?: \\S+)? (?:liest|verarbeitet|zusammenfasst|analysiert)|wenn du (?:eine |ein )?(?:ki|sprachmodell|llm|chatbot|bot) bist)(?![a-z])",
    ),
  },
  {
    name: "addressed_to_ai",
    weight: 0.45,
    needles: ["ia", "assistant", "assistante", "modele", "chatbot", "agent", "llm", "bot", "intelligence"],
    pattern: raw(
      "(?<![a-z])(?:(?:note|message|consigne|instruction|remarque)s? (?:pour|a|a l'attention de) (?:l'|le |la |les |toute |tout )?(?:ia|assistant\\w*|modele\\w*|chatbot\\w*|agent\\w*|llm|bot)|(?:chere|cher|salut|bonjour|attention) (?:ia|assistant|chatbot)|(?:si tu es|si vous etes) (?:une? )?(?:ia|intelligence artificielle|modele de langage|llm|chatbot|bot)|(?:ia|assistant|modele|agent)s? (?:qui (?:lit|lisez|lis|lisent|traite|traitent|resume|resument)|lisant|traitant) (?:ceci|ce|cette|ces))(?![a-z])",
    ),
  },
  {
    name: "addressed_to_ai",
    weight: 0.45,
    needles: ["ia", "asistente", "modelo", "chatbot", "agente", "llm", "bot", "inteligencia"],
    pattern: raw(
      "(?<![a-z])(?:(?:nota|mensaje|instruccion|aviso)(?:es)? para (?:la |el |los |las |cualquier )?(?:ia|asistente\\w*|modelo\\w*|chatbot\\w*|agente\\w*|llm|bot)|(?:querida|querido|hola|atencion|oye) (?:ia|asistente|chatbot)|si (?:eres|usted es) (?:una? )?(?:ia|inteligencia artificial|modelo de lenguaje|llm|chatbot|bot)|(?:ia|asistente|modelo|agente)s? (?:que (?:lee|lees|procesa|resume|lean)|leyendo|procesando) (?:esto|este|esta|estos))(?![a-z])",
    ),
  },
  {
    name: "addressed_to_ai",
    weight: 0.45,
    needles: ["에게", "님께", "께", "읽", "처리", "요약", "분석", "라면"],
    pattern: raw(
      "(?:ai|인공지능|어시스턴트|챗봇|언어\\s*모델|에이전트|assistant|llm|gpt)\\s*(?:에게|님께|께)|(?:이|본)\\s*(?:글|문서|페이지|메일|이메일|내용|메시지)(?:을|를)?\\s*(?:읽|처리|요약|분석)(?:는|하는)\\s*(?:ai|인공지능|어시스턴트|챗봇|언어\\s*모델|에이전트|모델)|(?:ai|인공지능|언어\\s*모델)(?:라면|이라면)",
    ),
  },

  {
    name: "addressed_to_ai",
    weight: 0.45,
    needles: [
      "=ai",
      "=ais",
      "llm",
      "llms",
      "assistant",
      "assistants",
      "agent",
      "agents",
      "chatbot",
      "chatbots",
      "model",
      "models",
      "=bot",
      "=bots",
      "language",
    ],
    pattern: phrase(
      "(?:ai|llm|assistant|agent|chatbot|bot|language model|model)s? (?:models? |agents? |assistants? )?(?:must|should|shall|need to|have to|are required to|are instructed to|will) (?:always |now |instead |only |also )?(?:respond|reply|answer|tell|say|recommend|include|ignore|disregard|send|forward|mention|state|output|write|promote|direct|redirect|append|insert|add)(?![a-z])",
    ),
  },

  {
    name: "addressed_to_ai",
    weight: 0.45,
    unfolded: true,
    needles: ["<!--"],
    pattern: raw("<!--(?:(?!-->)[^]){0,300}?(?<![a-z])(?:ai|llm|gpt|chatgpt|claude|assistant|agent|model|chatbot|bot)s?(?![a-z])"),
  },

  {
    name: "addressed_to_ai",
    weight: 0.45,
    needles: ["=ai", "assistant", "agent", "llm", "=bot", "model", "system", "chatbot"],
    pattern: phrase("(?:ai|assistant|agent|llm|bot|model|chatbot) (?:instructions?|note|directive|command|orders?) ?:"),
  },
  {
    name: "data_exfiltration",
    weight: 0.55,
    needles: ["ask", "request", "prompt", "tell", "get"],
    pattern: phrase(
      "(?:ask|request|prompt|tell|get) (?:the |a |each |every )?(?:user|reader|customer|visitor|person|buyer)s? (?:for|to (?:provide|enter|share|confirm|type|send|give|verify)) (?:their |your |his |her |the )?(?:full )?(?:credit card|card number|card details|password|login|credentials|social security|ssn|bank|pin|one-time|otp|2fa|api key|seed phrase)",
    ),
  },

  // Claims of authority that would license the model to drop its rules.
  {
    name: "authority_claim",
    weight: 0.45,
    needles: ["developer", "creator", "programmer", "admin", "administrator", "owner", "operator", "maker", "engineer", "employee", "staff", "team"],
    pattern: phrase(
      "i am (?:your|an? (?:openai|anthropic)) (?:developer|creator|programmer|admin(?:istrator)?|owner|operator|maker|engineer|employee)s?|(?:openai|anthropic) (?:staff|employee|engineer|team) here",
    ),
  },
  {
    name: "authority_claim",
    weight: 0.4,
    needles: ["openai", "anthropic", "developer", "developers", "creator", "creators", "admin", "administrator", "operator", "operators", "system"],
    pattern: phrase(
      "this is (?:a message from |an? (?:official |urgent )?(?:message|notice|instruction|directive|update) from )?(?:openai|anthropic|your (?:developers?|creators?|admin\\w*|operators?)|the (?:system|developers?) (?:team|administrator))(?![a-z])",
    ),
  },
  {
    name: "authority_claim",
    weight: 0.45,
    needles: ["override", "activated", "granted", "privilege", "privileges"],
    pattern: phrase(
      "(?:admin|administrator|system|developer|root|sudo|priority|emergency|security|maintenance|god) (?:override|mode activated|access granted|privileges? (?:granted|enabled))",
    ),
  },
  {
    name: "authority_claim",
    weight: 0.35,
    needles: ["wants", "asked", "needs", "would", "requests", "requested"],
    pattern: phrase(
      "(?:the )?(?:user|owner|admin|administrator|developer|operator|customer) (?:wants|asked|needs|would like|requests|requested|has asked|has requested) you to",
    ),
  },
  {
    name: "authority_claim",
    weight: 0.4,
    needles: ["authorized", "authorised", "approved", "consented", "given", "granted"],
    pattern: phrase(
      "(?:the )?(?:user|operator|admin|administrator|developer|owner) has (?:already )?(?:authori[sz]ed|approved|consented|given (?:permission|consent)|granted)",
    ),
  },
  {
    name: "authority_claim",
    weight: 0.4,
    needles: ["developer", "developers", "creator", "creators", "maker", "makers", "operator", "operators", "owner", "owners", "admin", "admins"],
    pattern: phrase(
      "your (?:developers?|creators?|makers?|operators?|owners?|admins?) (?:said|say|says|have said|allow\\w*|approved|authori[sz]ed|want(?:s)? you|told me|permit\\w*|agreed)",
    ),
  },
  {
    name: "authority_claim",
    weight: 0.35,
    needles: ["authorization", "authorisation", "authorized", "authorised", "sanctioned", "approved", "official"],
    pattern: phrase(
      "authori[sz]ation (?:code|token|level)|(?:authori[sz]ed|sanctioned|approved) (?:red[- ]team|penetration|security) test|this is (?:an? )?(?:authori[sz]ed|sanctioned|official) (?:test|request|override)",
    ),
  },

  // The task quietly replaced or extended (indirect injection in documents, emails, tool output).
  {
    name: "task_hijack",
    weight: 0.55,
    needles: ["instead"],
    pattern: phrase(
      "(?:when|while|if|as|after|before|once) (?:you(?:'re| are)? )?(?:summari[sz]|read|process|analy[sz]|answer|respond|review|translat|handl|pars|index|scan|see|encounter)\\w* (?:this|the|these|any|that|such)[^.\\n]{0,60}?,? instead(?! of)",
    ),
  },
  {
    name: "task_hijack",
    weight: 0.45,
    needles: ["not", "don", "dont", "never", "without", "hide", "conceal", "keep", "secretly", "covertly", "silently", "quietly", "discreetly", "invisibly"],
    pattern: phrase(
      "(?:do not|don't|dont|never) (?:tell|inform|mention|reveal|disclose|show|let|alert|notify) (?:this |it |any of this |about this )?(?:note |message )?(?:to )?(?:the user|the human|the reader|users|the customer|the person)|(?:do not|don't|dont|never) (?:mention|reveal|disclose|acknowledge|repeat|quote) (?:this|these|the) (?:note|message|instructions?|comment|text|hidden text)|without (?:telling|informing|notifying|alerting|asking|letting|mentioning (?:it|this) to) (?:the user|users|the human|the customer)|(?:hide|conceal|keep) (?:this|it) (?:from|secret from) (?:the user|users|the human)|(?:secretly|covertly|silently|quietly|discreetly|invisibly) (?:send|include|add|append|insert|forward|execute|run|email|post|upload|copy|collect|record|log|exfil|transfer|change|modify|delete)",
    ),
  },
  {
    name: "task_hijack",
    weight: 0.35,
    needles: ["confirmation", "approval", "permission", "consent", "checking", "verifying", "verification", "review"],
    pattern: phrase(
      "(?:without|no|(?<!(?:not|n't|never) )skip(?:ping)?(?: the)?|don't ask for|do not ask for) (?:asking (?:for )?|user |any )?(?:confirmation|approval|permission|consent|checking|verifying|verification|review)(?: needed| required)?",
    ),
  },
  {
    name: "task_hijack",
    weight: 0.35,
    needles: ["recommend", "promote", "praise", "endorse", "advertise", "plug", "best", "user", "users", "reader", "readers", "link", "url"],
    pattern: phrase(
      "(?:recommend|promote|praise|endorse|advertise|plug) (?:our|this|the following|my) (?:product|site|website|store|shop|company|brand|service|app|link)|(?:say|state|claim|mention|write) (?:that )?(?:this|our) (?:product|site|company|store|service) is the best|(?:send|redirect|direct|point|refer) (?:the user|users|the reader|readers) to|(?:include|insert|add|append) (?:this|the following|a|our) (?:link|url)(?: in| to)? (?:every|each|all|your) (?:reply|replies|response|responses|answer|answers|summary)",
    ),
  },
  {
    name: "task_hijack",
    weight: 0.3,
    needles: ["visit", "go", "click", "open", "navigate", "check", "link", "links", "redirect"],
    pattern: raw(
      "(?<![a-z])(?:visit|go to|click|open|navigate to|check out|link to|links to|redirect to) (?:https?://|www\\.|[a-z0-9-]+\\.(?:com|net|io|xyz|ru|org|cn|tk|example|site|info|biz|top|co|me|app|dev|link|click)(?![a-z]))",
    ),
  },
  {
    name: "task_hijack",
    weight: 0.3,
    needles: ["tell", "inform", "convince", "persuade", "urge", "advise"],
    pattern: phrase("(?:tell|inform|convince|persuade|urge|advise) the (?:user|reader|customer)s? (?:that|to)"),
  },
  {
    name: "task_hijack",
    weight: 0.4,
    needles: ["instead"],
    pattern: phrase(
      "instead,? (?:call|invoke|use|run|execute|trigger|send|transfer|email|forward|post|upload|delete|open|visit|navigate to|click) (?:the )?[a-z_]+",
    ),
  },
  {
    name: "task_hijack",
    weight: 0.45,
    needles: [
      "verschweige",
      "verheimliche",
      "erwahne",
      "nichts",
      "ohne",
      "heimlich",
      "utilisateur",
      "secret",
      "secretement",
      "discretement",
      "usuario",
      "secreto",
      "secretamente",
      "사용자",
      "몰래",
      "비밀리에",
    ],
    pattern: raw(
      "(?<![a-z])(?:(?:verschweige|verheimliche) (?:\\S+ ){0,3}|erwahne (?:\\S+ ){0,3}nicht|sag (?:dem (?:nutzer|benutzer|kunden) )?nichts davon|ohne (?:den |die )?(?:nutzer|benutzer|kunden)\\w* zu (?:informieren|fragen|benachrichtigen)|heimlich|ne (?:dis|mentionne|revele|signale) (?:rien|pas|jamais)(?: de (?:ceci|cela|ca))? a l'utilisateur|sans (?:le dire|prevenir|informer) (?:a )?l'utilisateur|en secret|secretement|discretement|no (?:le )?(?:digas|menciones|cuentes|reveles) (?:nada |esto )?(?:al usuario)|sin (?:decirle|avisar|informar) al usuario|en secreto|secretamente)(?![a-z])|사용자(?:에게|한테)\\s*(?:말하지|알리지|언급하지)\\s*(?:마|말)|몰래|비밀리에",
    ),
  },
  {
    name: "task_hijack",
    weight: 0.35,
    needles: [
      "recommande",
      "recommandez",
      "promotion",
      "vante",
      "vantez",
      "recomienda",
      "recomiende",
      "promociona",
      "promueve",
      "elogia",
      "empfiehl",
      "empfehlen",
      "bewirb",
      "bewerbe",
      "lobe",
      "preise",
      "추천",
      "홍보",
      "칭찬",
    ],
    pattern: raw(
      "(?<![a-z])(?:(?:recommande|recommandez|fais la promotion de|faites la promotion de|vante|vantez) (?:notre|ce|cette|nos) (?:site|produit|boutique|entreprise|service|marque|lien)|(?:recomienda|recomiende|promociona|promueve|elogia) (?:nuestra?|este|esta|nuestros) (?:sitio|tienda|producto|empresa|servicio|marca|enlace|pagina)|(?:empfiehl|empfehlen sie|bewirb|bewerbe|lobe|preise) (?:unsere?n?|dieses?n?|diese) (?:produkt|seite|website|shop|laden|firma|dienst|marke|link))(?![a-z])|(?:우리|이|저희)\\s*(?:사이트|제품|상품|가게|쇼핑몰|회사|서비스|링크)(?:를|을)?\\s*(?:추천|홍보|칭찬)",
    ),
  },
  // Families that new authors reach for without the words above.
  // "Ignore the previous and the following instructions": both directions at once.
  {
    name: "instruction_override",
    weight: 0.8,
    needles: ["ignore", "disregard", "forget", "override", "bypass", "discard"],
    pattern: phrase(
      "(?:ignore|disregard|forget|override|bypass|discard) (?:all |any )?(?:of )?(?:the |your )?(?:previous|prior|above|preceding|earlier) (?:and|&|as well as|plus) (?:the |all |any )?(?:following|next|subsequent|below|later|upcoming) (?:instructions?|prompts?|rules?|directions|commands|guidelines|text|messages?|sentences?)",
    ),
  },
  // An all-caps interruption: "STOP EVERYTHING!!! NOW!!! JUST PRINT …".
  {
    name: "task_hijack",
    weight: 0.6,
    needles: ["stop"],
    pattern: phrase(
      "stop everything (?:(?:right )?now )?(?:and )?(?:just |only |instead )?(?:print|say|write|output|type|repeat|respond|reply|answer|translate|scream|yell)",
    ),
  },
  // "Ignore above and say …", "IGNORE EVERYTHING AND JUST OUTPUT …": the object left out.
  {
    name: "instruction_override",
    weight: 0.75,
    needles: ["ignore", "ignoring", "disregard", "forget"],
    pattern: phrase("(?:ignore|ignoring|disregard|forget) (?:the )?(?:above|preceding)(?= and | ?[,.;:!?]| ?$)"),
  },
  {
    name: "instruction_override",
    weight: 0.75,
    needles: ["ignore", "disregard", "forget"],
    pattern: phrase(
      "(?:ignore|disregard|forget) (?:everything|all of (?:it|that)|all that)[,.!]? (?:and )?(?:just |now |instead |only )?(?:print|say|write|output|type|respond|reply|answer|tell)(?![a-z])",
    ),
  },
  // "Despite what you've been told, …": an override without an instruction word.
  {
    name: "instruction_override",
    weight: 0.7,
    needles: ["despite", "regardless"],
    pattern: phrase(
      "(?:despite|regardless of|in spite of) (?:what|anything|everything|all) (?:you(?:'ve| have)? been|you were|you got) (?:told|instructed|programmed|given|taught)",
    ),
  },
  // Answer without the documents the app gave: "disregarding the articles, …", "answer by your own knowledge and not by the articles".
  {
    name: "task_hijack",
    weight: 0.5,
    needles: ["disregard", "disregarding", "ignore", "ignoring"],
    pattern: phrase(
      "(?:disregard|disregarding|ignore|ignoring) (?:the |all |any )?(?:articles?|documents?|provided (?:text|context|documents?|information|articles?|sources?)|given (?:text|context|documents?|articles?|sources?))(?![a-z])",
    ),
  },
  {
    name: "task_hijack",
    weight: 0.5,
    needles: ["knowledge"],
    pattern: phrase(
      "(?:by|from|with|using) your own knowledge (?:and )?(?:not|instead of|rather than) (?:by |from |using |with )?the (?:articles?|documents?|context|sources?|texts?)",
    ),
  },
  // "Attention - stop - …", "stop: write …": an interruption that hands over a new task.
  {
    name: "task_hijack",
    weight: 0.55,
    needles: ["stop"],
    pattern: raw(
      "(?:(?:[.!?:\u2013\u2014-] ?|attention ?)stop ?[-:!\u2013\u2014]+|^stop ?[-\u2013\u2014]+) ?(?:now ?)?(?:and )?(?:just )?(?:print|say|write|output|type)(?![a-z]|,)",
    ),
  },
  // A task declared done and a new one given: "Very good. That is done. Now write …".
  {
    name: "task_hijack",
    weight: 0.5,
    needles: ["done", "finished", "complete", "completed", "erledigt", "fertig", "abgeschlossen"],
    pattern: phrase(
      "(?:that|this|das|dies)(?: is| was|'s| ist| war) (?:done|finished|complete|completed|erledigt|fertig|abgeschlossen)[.!]? (?:[a-z]+ ){0,3}?(?:now|nun|jetzt)(?![a-z])",
    ),
  },
  // German: "Die obigen Ausführungen ignorieren", "Abweichend zu vorherigen Instruktionen".
  {
    name: "instruction_override",
    weight: 0.8,
    needles: ["ignorieren", "vergessen", "missachten"],
    pattern: phrase(
      "(?:die |alle )?(?:obigen|vorherigen|bisherigen|vorangegangenen|vorigen) (?:ausfuhrungen|anweisungen|instruktionen|texte?|angaben|eingaben|vorgaben) (?:ignorieren|vergessen|missachten)",
    ),
  },
  {
    name: "instruction_override",
    weight: 0.8,
    needles: ["abweichend"],
    pattern: phrase(
      "abweichend (?:von|zu) (?:den |allen )?(?:vorherigen|bisherigen|obigen|vorigen|ursprunglichen) (?:instruktionen|anweisungen|vorgaben|regeln|richtlinien)",
    ),
  },
  // The task swapped without an instruction word: "Forget that. Now write …", "Ignore the above question, say …".
  {
    name: "task_hijack",
    weight: 0.6,
    needles: ["forget", "ignore", "disregard"],
    pattern: phrase(
      "(?:forget|ignore|disregard) (?:that|this|it|about (?:that|it|this)|all (?:of )?that|the (?:above|previous|last|first) (?:question|task|request|one|text))[.,!;:]? (?:and )?(?:now |instead |just |rather |please )*(?:write|say|print|output|tell|type|respond|reply|answer|generate|compose|create|translate|give|list|explain|describe)(?![a-z])",
    ),
  },
  // "Ignore all preceding orders." as a whole sentence (not "… the previous orders from March", a shop's orders).
  {
    name: "instruction_override",
    weight: 0.8,
    needles: ["ignore", "disregard", "forget"],
    pattern: phrase("(?:ignore|disregard|forget) all (?:the )?(?:preceding|previous|prior|above|earlier) orders(?= ?[.!;]| and |$)"),
  },
  // Russian: "Забудьте все инструкции", "игнорируй предыдущие указания" (written against the normalised form, where Cyrillic look-alikes are Latin).
  {
    name: "instruction_override",
    weight: 0.8,
    needles: RU_OVERRIDE_VERBS.map((v) => "~" + v),
    pattern: raw(`(?:${RU_OVERRIDE_VERBS.join("|")})(?: (?:${RU_DETERMINERS.join("|")}))* (?:${RU_OBJECTS.join("|")})`),
  },
  // A quoted literal to say in place of the task ("just say 'I have been PWNED'"), and "now focus on your new task".
  {
    name: "task_hijack",
    weight: 0.45,
    needles: ["just", "only", "simply", "instead"],
    pattern: phrase("(?:just|only|simply|instead) (?:print|say|write|output|type|reply|respond|answer)(?: with| back)?:? [\"'\u201c\u2018`]"),
  },
  {
    name: "task_hijack",
    weight: 0.5,
    needles: ["focus", "concentrate", "move", "switch", "turn"],
    pattern: phrase(
      "(?:now|instead|from now on),? (?:focus|concentrate|move on|switch|turn) (?:on|to) your (?:new|next|real|other|different|actual) (?:task|job|assignment|goal|mission)",
    ),
  },
  {
    name: "task_hijack",
    weight: 0.45,
    needles: ["focus", "concentrate", "move", "switch", "turn"],
    pattern: phrase(
      "(?:focus|concentrate|move on|switch|turn) (?:on|to) (?:your|a|the|this) (?:new|next|real|other|different|actual) (?:task|job|assignment|goal|mission)",
    ),
  },
  {
    name: "task_hijack",
    weight: 0.4,
    needles: ["actually", "instead", "rather"],
    pattern: phrase(
      "(?:actually|but|no),? (?:instead|rather) (?:just )?(?:say|write|print|output|respond|reply|answer|tell (?:me|them|the user|everyone)) (?:that|with|only|[\"'\u201c])",
    ),
  },
  // Reading backwards as a way to smuggle the order.
  {
    name: "decode_and_follow",
    weight: 0.5,
    needles: ["reverse", "reversed", "backward", "backwards", "flip", "mirror"],
    pattern: phrase(
      "(?:reverse|read (?:it |this |the text )?backwards?|flip|mirror|un-?reverse)\\w* (?:the |this |that |following |my )?(?:text|string|sentence|message|letters|words|line)?[^.\\n]{0,40}?(?:and|then|,) (?:follow|obey|execute|do|carry out|act on|comply)",
    ),
  },
  // Commands run through the app: "run this in your sandbox", "execute … on your server".
  {
    name: "command_execution",
    weight: 0.55,
    needles: ["run", "execute", "eval", "evaluate"],
    pattern: phrase(
      "(?:run|execute|eval|evaluate) (?:this|it|that|the following|these|the|my)(?: (?:python|bash|shell|system|sql|js|javascript|terminal))?(?: (?:code|commands?|script|snippet|query|program|payload))? (?:in|on|with|using|inside|through) your (?:own )?(?:python |code |bash |shell |system |local )?(?:tool|interpreter|sandbox|shell|terminal|server|environment|container|console|backend|machine|host|system|runtime)",
    ),
  },
  {
    name: "command_execution",
    weight: 0.55,
    needles: ["code", "python", "shell", "terminal", "interpreter", "sandbox", "tool", "browser"],
    pattern: phrase(
      "use your (?:code interpreter|python (?:tool|interpreter|sandbox)|shell|terminal|code execution|sandbox|bash tool|file tool|browser tool) to (?:run|execute|read|list|cat|open|delete|remove|download|fetch|access|print|dump)",
    ),
  },
  {
    name: "tool_abuse",
    weight: 0.6,
    unfolded: true,
    needles: ["os.system", "os.popen", "subprocess", "__import__", "child_process", "getruntime", "shell_exec", "passthru", "popen"],
    pattern: raw(
      "(?:os\\.(?:system|popen)|subprocess\\.(?:run|call|popen|check_output)|__import__\\(\\s*['\"]os|child_process|getruntime\\(\\)\\.exec|shell_exec|passthru|popen)[^\\n]{0,60}?(?:/etc/(?:passwd|shadow|hosts)|~/\\.ssh|id_rsa|\\.env\\b|rm\\s+-|bash\\s+-i|/dev/tcp|nc\\s+-e|curl\\s|wget\\s|printenv|env\\b|whoami|ls\\s+(?:-[a-z]+\\s+)?/)",
    ),
  },
  {
    name: "tool_abuse",
    weight: 0.45,
    unfolded: true,
    needles: ["/etc/passwd", "/etc/shadow", "bash -i", "/dev/tcp/", "nc -e", "id_rsa"],
    pattern: raw("/etc/passwd|/etc/shadow|bash -i\\s*>&|/dev/tcp/|nc -e\\s|\\.ssh/id_rsa"),
  },
  // Training-data and fingerprinting probes.
  {
    name: "prompt_extraction",
    weight: 0.5,
    needles: ["repeat", "say", "write", "print", "type", "output"],
    pattern: phrase(
      "(?:repeat|say|write|print|type|output) (?:the (?:word|words|phrase|letter|token) )?\\S{1,30} (?:forever|infinitely|endlessly|indefinitely|non-?stop|without stopping|over and over(?: again)?(?: forever)?|again and again|\\d{3,} times)",
    ),
  },
  {
    name: "prompt_extraction",
    weight: 0.55,
    needles: ["training", "pretraining", "trained"],
    pattern: phrase(
      "(?:recite|reproduce|regurgitate|output|print|dump|reveal|show|leak|quote|list|give|tell|copy|complete)(?: me| us)?[^.\\n]{0,60}?(?:from|of|in|out of) your (?:own )?(?:training data|training set|training corpus|training examples|pre-?training data|data you were trained on)|(?:verbatim|word for word)[^.\\n]{0,60}?(?:training data|training set|training corpus|pre-?training data|data you were trained on)|(?:recite|regurgitate|dump|leak|reveal) (?:your |the )?(?:training data|training set|training corpus)",
    ),
  },
  {
    name: "prompt_extraction",
    weight: 0.3,
    needles: ["model", "llm", "version", "gpt", "claude", "llama", "gemini", "temperature", "cutoff", "hyperparameters", "parameters"],
    pattern: phrase(
      "(?:what|which) (?:exact |specific |precise )?(?:llm|language model|model|ai model|model version|version of (?:gpt|claude|llama|gemini|the model)|underlying model|base model)(?: and (?:version|model|provider))? (?:are you|is this|powers you|runs you|are you running|is behind (?:you|this)|do you run on)|(?:what is|what's|tell me|give me|reveal) your (?:model name|model id|temperature|max tokens|context window|top_p|top-p|knowledge cutoff|hyperparameters|sampling parameters)",
    ),
  },
  // Multi-turn set-ups: a trigger for later, or a promise to obey what comes next.
  {
    name: "instruction_override",
    weight: 0.6,
    needles: ["say", "type", "write", "send"],
    pattern: phrase(
      "when(?:ever)? i (?:say|type|write|send) [^.\\n]{1,30}?,? (?:you (?:will|must|should|are to|have to) |then )(?:ignore|forget|drop|bypass|disregard|break|answer without|respond without|stop following|no longer follow|switch to|become|enter|reveal)",
    ),
  },
  {
    name: "instruction_override",
    weight: 0.55,
    needles: ["agree", "promise", "commit", "swear", "confirm"],
    pattern: phrase(
      "(?:agree|promise|commit|swear|confirm) (?:that you will |to )(?:follow|obey|comply with|do|execute) (?:all |everything |any(?:thing)? |whatever )?(?:of )?(?:my |the )?(?:future |next |following |subsequent |new )?(?:instructions|commands|orders|requests|rules|messages|i say|i ask)?[^.\\n]{0,20}?(?:without|no matter|regardless|unconditionally|blindly)",
    ),
  },
  {
    name: "instruction_override",
    weight: 0.6,
    needles: ["rest", "remainder"],
    pattern: phrase(
      "(?:for|during|in) the (?:rest|remainder) of (?:this|our|the) (?:conversation|chat|session|dialogue),? (?:you (?:will|must|are to|should) )?(?:ignore|forget|disregard|stop following|not follow|no longer follow|have no (?:rules|restrictions|limits|filters)|answer without|respond without|act without|be free of)",
    ),
  },
  {
    name: "task_hijack",
    weight: 0.45,
    needles: ["next", "following", "upcoming"],
    pattern: phrase(
      "(?:in|with) (?:my|the) (?:next|following|upcoming) (?:message|prompt|turn|reply)s?,? i(?:'ll| will| am going to) (?:give|send|tell) you (?:new |the real |your new |different |secret )?(?:instructions|rules|orders|commands|tasks?)",
    ),
  },
  {
    name: "task_hijack",
    weight: 0.45,
    needles: ["remember"],
    pattern: phrase("remember (?:this|that)(?: for later)?:? (?:when|whenever|if) i (?:say|type|write|send)"),
  },
];
