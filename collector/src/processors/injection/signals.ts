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
  | "encoded_payload";

const SEP = "[^a-z0-9]{0,4}";

/** Compiles a Latin phrase: spaces → SEP, "l" → [li], anchored at a word start. */
function phrase(source: string): RegExp {
  const body = source.replace(/ /g, SEP).replace(/l/g, "[li]");
  return new RegExp(`(?<![a-z])${body}`);
}

/** A non-Latin (or already exact) pattern, used as is. */
function raw(source: string): RegExp {
  return new RegExp(source);
}

const OVERRIDE_VERB_EN = "(?:ignore|disregard|forget|override|bypass|skip|discard|neglect|drop)";
const PRIOR_EN = "(?:previous|prior|above|preceding|earlier|former|original|initial|existing|system|old|foregoing|developer|safety|given)";
const RULES_EN = "(?:instructions?|prompts?|rules?|directions|directives|guidelines|guidance|constraints|commands|programming|restrictions|polic(?:y|ies)|guardrails)";
const DET_EN = "(?:(?:of )?(?:the |your |my |these |those |any |all )?)";

export const SIGNALS: readonly Signal[] = [
  // Instruction override.
  { name: "instruction_override", weight: 0.8, pattern: phrase(`${OVERRIDE_VERB_EN} (?:all |any |every |each )?${DET_EN}${PRIOR_EN} ${RULES_EN}`) },
  { name: "instruction_override", weight: 0.8, pattern: phrase(`${OVERRIDE_VERB_EN} (?:all|any|every|each) ${DET_EN}(?:${PRIOR_EN} )?${RULES_EN}`) },
  { name: "instruction_override", weight: 0.75, pattern: phrase(`${OVERRIDE_VERB_EN} (?:everything|anything|all) (?:above|before|previously|earlier|you (?:were|have been) told|i (?:said|told you) before|that came before)`) },
  { name: "instruction_override", weight: 0.75, pattern: phrase(`${OVERRIDE_VERB_EN} (?:all |any )?(?:of )?your (?:own )?(?:safety |content |ethical |moral )?${RULES_EN}`) },
  { name: "instruction_override", weight: 0.6, pattern: phrase("(?:ignore|disregard) (?:the |what the )?user(?:'s|s)? (?:question|request|message|query|instructions?|input)") },
  { name: "instruction_override", weight: 0.45, pattern: phrase("(?:the )?(?:assistant|ai|model|chatbot|llm) (?:must|will|shall|has to) (?:always )?(?:comply|obey|answer (?:every|all|any)|never refuse)") },
  { name: "instruction_override", weight: 0.7, pattern: phrase(`(?:do not|don't|dont|stop) (?:follow|obey|follow?ing|obeying) (?:the |your |any )?${PRIOR_EN} ${RULES_EN}`) },
  { name: "instruction_override", weight: 0.45, pattern: phrase("your (?:new|real|true|actual|only) (?:task|goal|purpose|instructions?|role|objective|job) (?:is|are|will be)") },
  { name: "instruction_override", weight: 0.35, pattern: phrase("(?:new|updated|real|actual|revised) instructions? ?:") },
  { name: "instruction_override", weight: 0.35, pattern: phrase("from now on,? you (?:will|must|are|shall|should|have to)") },
  // German, French, Spanish (diacritics already removed), Korean, Japanese.
  { name: "instruction_override", weight: 0.8, pattern: phrase("(?:ignoriere|ignorier|ignorieren sie|vergiss|vergessen sie|missachte|ubergehe|verwirf) (?:alle |samtliche |die |deine |ihre |meine )*(?:vorherigen|bisherigen|obigen|vorigen|vorangegangenen|fruheren|ursprunglichen|alten|gegebenen|system) ?(?:anweisungen|instruktionen|regeln|vorgaben|befehle|richtlinien|anordnungen)") },
  { name: "instruction_override", weight: 0.8, pattern: phrase("(?:ignoriere|ignorier|vergiss|missachte) (?:alle|samtliche) (?:deine |ihre |die )?(?:anweisungen|instruktionen|regeln|vorgaben|befehle|richtlinien)") },
  { name: "instruction_override", weight: 0.8, pattern: phrase("(?:ignore|ignorez|oublie|oubliez|neglige|negligez|ne tiens pas compte des?|ne tenez pas compte des?) (?:toutes |tous )?(?:les |tes |vos |des |ces )?(?:instructions|consignes|regles|directives|ordres|indications) (?:precedentes|anterieures|ci-dessus|initiales|du systeme|d'origine|originales|qui precedent)") },
  { name: "instruction_override", weight: 0.8, pattern: phrase("(?:ignore|ignorez|oublie|oubliez) (?:toutes|tous) (?:les |tes |vos )?(?:instructions|consignes|regles|directives)") },
  { name: "instruction_override", weight: 0.8, pattern: phrase("(?:ignora|ignore|ignoren|olvida|olvide|olviden|descarta|omite|haz caso omiso de|no sigas) (?:todas |todos )?(?:las |tus |sus |los |estas )?(?:instrucciones|indicaciones|reglas|ordenes|directrices|normas) (?:anteriores|previas|de arriba|iniciales|del sistema|originales|precedentes)") },
  { name: "instruction_override", weight: 0.8, pattern: phrase("(?:ignora|olvida|descarta) (?:todas|todos) (?:las |tus |sus |los )?(?:instrucciones|indicaciones|reglas|ordenes|directrices)") },
  { name: "instruction_override", weight: 0.8, pattern: raw("(?:이전|앞의|위의|앞선|기존|모든|이전의|상위|위)\\s*(?:의\\s*)?(?:모든\\s*)?(?:지시|지침|명령|규칙|설정|프롬프트|안내)(?:사항|문)?(?:들)?(?:을|를|은|는|도)?\\s*(?:모두\\s*|전부\\s*|다\\s*)?(?:무시|잊어|잊고|잊으|무효)") },
  { name: "instruction_override", weight: 0.8, pattern: raw("(?:以前|前|上記|これまで|先)の(?:すべての|全ての)?(?:指示|命令|ルール|指令)を(?:すべて|全て)?(?:無視|忘れ)") },
  { name: "instruction_override", weight: 0.8, pattern: raw("(?:忽略|无视|忘记)(?:之前|以上|上面|所有)(?:的)?(?:所有)?(?:指示|指令|规则)") },

  // Role-play jailbreaks.
  { name: "roleplay_jailbreak", weight: 0.75, pattern: phrase("do anything now") },
  { name: "roleplay_jailbreak", weight: 0.6, pattern: phrase("(?:developer|god|admin|debug|sudo|root|unrestricted|jailbreak|jailbroken|evil|dan) mode (?:enabled|activated|is on|turned on|output|response)") },
  { name: "roleplay_jailbreak", weight: 0.35, pattern: phrase("(?:enable|activate|enter|switch to|turn on|you are in|now in) (?:developer|god|admin|sudo|jailbreak|unrestricted|dan) mode") },
  { name: "roleplay_jailbreak", weight: 0.45, pattern: phrase("jailbr(?:ea|o)k(?:en|ed|ing)?") },
  { name: "roleplay_jailbreak", weight: 0.7, pattern: phrase("you are (?:now|no longer|henceforth) (?:an? |the |my )?(?:unrestricted|unfiltered|uncensored|unbound|unchained|liberated|amoral|evil|free from|freed from|without|not bound|no longer bound|bound by nothing)") },
  { name: "roleplay_jailbreak", weight: 0.65, pattern: phrase("(?:pretend|imagine|act|roleplay|role-play|behave|respond|answer)(?: that)? (?:you are|you're|to be|as|like) .{0,60}?(?:unrestricted|unfiltered|uncensored|no (?:rules|restrictions|limits|filters|guidelines|morals|ethics)|without (?:any )?(?:rules|restrictions|limits|filters|guidelines|morals|ethics|censorship)|evil|amoral|an ai without)") },
  { name: "roleplay_jailbreak", weight: 0.55, pattern: phrase("(?:not|no longer|never) (?:be )?bound by (?:any|the|your|openai|anthropic|content|safety|ethical)") },
  { name: "roleplay_jailbreak", weight: 0.3, pattern: phrase("stay in character") },
  { name: "roleplay_jailbreak", weight: 0.7, pattern: phrase("du bist (?:jetzt|nun|ab sofort|ab jetzt) .{0,50}?(?:ohne (?:jegliche )?(?:einschrankungen|regeln|filter|grenzen|zensur)|uneingeschrankt|unzensiert|ungefiltert|frei von)") },
  { name: "roleplay_jailbreak", weight: 0.7, pattern: phrase("(?:tu es|vous etes) (?:maintenant|desormais|a present) .{0,50}?(?:sans (?:aucune )?(?:restrictions?|limites?|regles|filtres?|censure)|non censure|libre de)") },
  { name: "roleplay_jailbreak", weight: 0.7, pattern: phrase("(?:ahora eres|ahora sos|a partir de ahora eres|desde ahora eres) .{0,50}?(?:sin (?:ninguna |ningun )?(?:restricciones|limites|reglas|filtros|censura)|sin censura|libre de)") },
  { name: "roleplay_jailbreak", weight: 0.5, pattern: raw("탈옥") },
  { name: "roleplay_jailbreak", weight: 0.5, pattern: raw("(?:지금부터|이제부터|이제)\\s*(?:너는|당신은|넌)[^.!?\\n]{0,40}(?:제한|제약|규칙|필터|검열)\\s*(?:이|가)?\\s*(?:없는|없이|없어)") },
  { name: "restriction_removal", weight: 0.4, pattern: phrase("(?:without|no|free of|free from|ignore|ignoring|remove|disable|bypass|turn off) (?:any |all |your )?(?:restrictions|limitations|filters|content filters|censorship|content polic(?:y|ies)|ethical guidelines|safety guidelines|moral guidelines|safeguards|guardrails)") },
  { name: "restriction_removal", weight: 0.4, pattern: phrase("(?:ohne|keine) (?:jegliche |irgendwelche )?(?:einschrankungen|zensur|filter|sicherheitsregeln)|sans (?:aucune )?(?:restriction|limite|censure|filtre)s?|sin (?:ninguna |ningun )?(?:restriccion|limite|censura|filtro)(?:es|s)?") },
  { name: "restriction_removal", weight: 0.4, pattern: raw("(?:제한|제약|규칙|필터|검열)\\s*(?:이|가)?\\s*(?:없는|없이)|制限(?:なし|のない|なく)") },

  // System-prompt extraction.
  { name: "prompt_extraction", weight: 0.7, pattern: phrase("(?:reveal|print|show|display|output|repeat|tell|give|leak|dump|expose|disclose|spell out|write out|list|share|return|paste|copy|recite|type out) (?:me |us )?(?:back )?(?:all |the |your |its |exactly )?(?:(?:full|entire|complete|exact|original|hidden|secret|initial|internal|verbatim|first|raw) )*(?:system|hidden|secret|initial|internal|original|developer|pre-?prompt|confidential|starting) ?(?:prompt|instructions?|message|rules|directives|guidelines|configuration|context)") },
  { name: "prompt_extraction", weight: 0.6, pattern: phrase("what (?:is|are|was|were) (?:your|the) (?:full |exact |complete )?(?:system|initial|original|hidden|secret|internal) (?:prompt|instructions|message|rules)") },
  { name: "prompt_extraction", weight: 0.6, pattern: phrase("(?:repeat|print|output|copy|show) (?:back )?(?:everything|all|the (?:text|words|content|message)) (?:above|before|preceding|prior|that came before)") },
  { name: "prompt_extraction", weight: 0.5, pattern: phrase("what (?:were|are) you (?:told|instructed|programmed) (?:to do )?(?:before|initially|at the start|by your developers)") },
  { name: "prompt_extraction", weight: 0.7, pattern: phrase("(?:zeig|zeige|gib|nenne|verrate|drucke|wiederhole|sag) (?:mir |uns )?(?:deinen|deine|den|die|dein|ihren|ihre) (?:kompletten |vollstandigen |geheimen |ursprunglichen |versteckten )?(?:system ?prompt|systemanweisungen|systemnachricht|anfangsanweisungen|ursprunglichen anweisungen|versteckten anweisungen)") },
  { name: "prompt_extraction", weight: 0.7, pattern: phrase("(?:revele|montre|affiche|donne|repete|imprime|devoile|ecris)(?:-moi|z|-nous)? (?:moi )?(?:ton|votre|le|tes|vos|les) (?:prompt|invite|message|instructions|consignes) (?:systeme|du systeme|initiales?|d'origine|cachees?|secretes?)") },
  { name: "prompt_extraction", weight: 0.7, pattern: phrase("(?:revela|revelame|muestra|muestrame|dime|imprime|repite|ensename|dame|escribe)(?:me)? (?:tu|tus|el|las|su|sus) (?:prompt|instrucciones|indicaciones|mensaje) (?:del sistema|de sistema|iniciales|originales|ocultas?|secretas?)") },
  { name: "prompt_extraction", weight: 0.7, pattern: raw("(?:시스템\\s*프롬프트|시스템\\s*지침|시스템\\s*메시지|초기\\s*지시|숨겨진\\s*지시)(?:를|을|의\\s*내용을)?\\s*(?:그대로\\s*|전부\\s*|모두\\s*)?(?:보여|알려|출력|공개|말해|드러내|반복|복사)") },
  { name: "prompt_extraction", weight: 0.7, pattern: raw("システムプロンプト(?:を|の内容を)(?:表示|教え|出力|見せ)") },

  // Delimiters and chat-template tokens (text that tries to open a new system or assistant turn).
  { name: "delimiter_tokens", weight: 0.6, unfolded: true, pattern: raw("<\\|\\s*(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|begin_of_text)\\s*\\|>") },
  { name: "delimiter_tokens", weight: 0.55, unfolded: true, pattern: raw("\\[/?inst\\]|<</?sys>>|\\[/?system\\]|</?(?:system|sys|instructions?)>") },
  { name: "delimiter_tokens", weight: 0.55, pattern: raw("(?:^|[^#\\w])#{2,}\\s*(?:system|instruction|instructions|new instructions?|admin)\\s*:") },
  { name: "delimiter_tokens", weight: 0.35, pattern: raw("(?:^|\\n)\\s*(?:system|system prompt)\\s*:") },
  { name: "delimiter_tokens", weight: 0.45, pattern: phrase("(?:begin|start|end) (?:of )?(?:the )?(?:system prompt|system message|new system instructions|admin instructions)") },
  { name: "delimiter_tokens", weight: 0.3, pattern: phrase("end of (?:the )?(?:user input|document|context|email|webpage|search results?)") },

  // Tool abuse and exfiltration.
  { name: "data_exfiltration", weight: 0.6, pattern: phrase("exfiltrat") },
  { name: "data_exfiltration", weight: 0.55, pattern: phrase("(?:send|forward|upload|post|transmit|email|leak|submit|report|copy) [^.\\n]{0,60}?(?:to|into|at|via) (?:https?://|www\\.|ftp://|webhook|my server|this (?:url|endpoint|address|server)|the following (?:url|endpoint|address)|attacker|[a-z0-9-]+\\.(?:com|net|io|xyz|ru|org|cn|tk)/)") },
  { name: "data_exfiltration", weight: 0.45, pattern: phrase("(?:send|forward|post|upload|leak|share|include|append|reveal|email) (?:me |us )?(?:all |the |your |any |every )?(?:api keys?|passwords?|credentials|secrets|access tokens?|conversation history|chat history|user(?:'s|s)? (?:data|information|emails?|files|messages)|environment variables|private (?:data|keys?)|ssh keys?|cookies|session tokens?)") },
  { name: "data_exfiltration", weight: 0.6, pattern: phrase("(?:include|reveal|print|output|list|show|send|leak|give|reply with|respond with|return|append) (?:me |us )?(?:all |the |every |any )?(?:of )?(?:the )?(?:user(?:'s|s)?|customer(?:'s|s)?|other users'?|their) (?:api keys?|passwords?|credentials|secrets|tokens|emails?|e-mail addresses|data|addresses|phone numbers|messages|conversations?|contacts|files|personal (?:data|information))") },
  { name: "data_exfiltration", weight: 0.45, unfolded: true, pattern: raw("!\\[[^\\]]*\\]\\(https?://[^)\\s]*\\?[^)\\s]*=") },
  { name: "data_exfiltration", weight: 0.6, unfolded: true, pattern: raw("!\\[[^\\]]*\\]\\(https?://[^)\\s]*\\?[^)\\s]*=[^)\\s]*(?:secret|data|password|token|key|history|\\{|\\$|<)") },
  { name: "data_exfiltration", weight: 0.55, unfolded: true, pattern: raw("https?://\\S*\\?\\S*=[^\\n]{0,80}?(?:user'?s|the user|conversation|chat history|password|api key|secret|credential)") },
  { name: "tool_abuse", weight: 0.45, unfolded: true, pattern: raw("(?<![a-z])rm\\s+-(?:rf|fr|r\\s+-f)\\b|:\\(\\)\\s*\\{\\s*:\\|:&\\s*\\};:|mkfs\\.|dd if=/dev/(?:zero|random)") },
  { name: "tool_abuse", weight: 0.35, unfolded: true, pattern: raw("(?<![a-z])(?:curl|wget|invoke-webrequest|nc|netcat)\\s+(?:-{1,2}[a-z-]+\\s+(?:\\S+\\s+)?)*(?:https?://|[a-z0-9-]+\\.[a-z]{2,}/)") },
  { name: "tool_abuse", weight: 0.55, unfolded: true, pattern: raw("(?<![a-z])(?:curl|wget)\\s[^|\\n]{0,200}\\|\\s*(?:sudo\\s+)?(?:ba|z)?sh(?![a-z])") },
  { name: "command_execution", weight: 0.35, pattern: phrase("(?:execute|run|eval|evaluate) (?:the following|this|these|that) (?:shell |bash |python |system )?(?:command|code|script|payload|snippet)s?") },
  { name: "tool_abuse", weight: 0.4, pattern: phrase("(?:delete|drop|wipe|erase|truncate) (?:all |the |every )?(?:files|databases?|tables?|records|users|repositor(?:y|ies)|backups|everything)") },
  { name: "tool_abuse", weight: 0.35, pattern: phrase("(?:call|invoke|use|trigger) the [a-z_]+ (?:tool|function) (?:to|and|with) (?:send|delete|transfer|email|post|execute|run|exfil)") },

  // Encoded payloads.
  { name: "decode_and_follow", weight: 0.5, pattern: phrase("(?:decode|decipher|base64 decode|translate|convert|rot13|unhex|reverse) (?:this|the following|it|the text|the string|the message|below|what follows)?(?: (?:from|in) (?:base64|hex|rot13))? ?(?:and|then|,) (?:then )?(?:follow|execute|run|obey|do|perform|carry out|act on|comply with|apply)") },
  { name: "decode_and_follow", weight: 0.5, pattern: phrase("(?:dekodiere|entschlussele) .{0,30}?(?:und|dann) (?:befolge|fuhre)|(?:decode|decodez|dechiffre) .{0,30}?(?:et|puis) (?:suis|suivez|execute)|(?:decodifica|descifra) .{0,30}?(?:y|luego) (?:sigue|ejecuta|obedece)") },
  { name: "decode_and_follow", weight: 0.5, pattern: raw("(?:디코딩|해독|복호화)[^.!?\\n]{0,20}(?:따르|실행|수행)") },

  // Text addressed to the model from inside data (indirect injection).
  { name: "addressed_to_ai", weight: 0.45, pattern: phrase("(?:note|message|instructions?|a request) (?:to|for) (?:the |any )?(?:ai|llm|assistant|language model|chatbot|model|agent|gpt|bot)s?(?![a-z])") },
  { name: "addressed_to_ai", weight: 0.45, pattern: phrase("(?:ai|assistant|llm|chatgpt|claude|gpt|agent|model|bot)s? (?:that is |who is )?(?:reading|processing|summariz\\w+|parsing|browsing|analy[sz]ing) (?:this|these)") },
  { name: "addressed_to_ai", weight: 0.4, pattern: phrase("(?:if you are|as) an? (?:ai|llm|language model|ai assistant|large language model)(?:,| reading| processing| you must| then)") },
  { name: "addressed_to_ai", weight: 0.4, pattern: phrase("(?:attention|hey|dear|important) ?,? (?:ai|assistant|llm|chatbot|gpt)(?![a-z]) ?[:!,]") },
  { name: "addressed_to_ai", weight: 0.3, pattern: phrase("(?:important|urgent|critical|mandatory) ?[:!-]+ ?(?:you must|the assistant must|always|never|do not)") },
];
