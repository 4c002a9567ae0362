/**
 * Words that mean the same thing for an injection, across EN/DE/FR/ES/KO: "instructions", "Anweisungen",
 * "consignes", "instrucciones" and "지시" are all `rules`. The lexical model (lexical.ts) learns one
 * weight per concept and per pair of concepts near each other, so what it learns from English attacks
 * ("disregard … rules") also counts for a German or Korean one, and word order does not matter (Korean
 * and German put the verb last). The lists say only which words go together; the weights are learned.
 *
 * Entries are single words in normalised form (lower case, no diacritics: "regle", "uberweis", "contrasen"):
 *   "stem"   a word starting with it; a stem of 6 or more letters also inside a longer word
 *            (German compounds: "sicherheitsrichtlinien" has "richtlin");
 *   "=word"  that word exactly (short words that would otherwise start too many others);
 *   Hangul   anywhere in a word (particles and endings stick to Korean words), "^…" only at its start.
 */
export const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  disregard: [
    "ignor", "disregard", "forget", "forgot", "overlook", "bypass", "overrid", "circumvent", "neglect", "discard", "dismiss", "abandon", "scrap", "=skip", "=drop", "=toss",
    "vergiss", "vergess", "missacht", "ubergeh", "umgeh", "verwirf", "verwerf", "hinwegsetz", "=pfeif",
    "oubli", "outrepass", "contourn", "neglig", "abstraction", "=outre", "=tomber",
    "olvid", "omit", "omiso", "=saltate", "saltat", "descart", "=pasa", "evad", "evit",
    "무시", "^잊", "잊어", "잊고", "건너뛰", "신경쓰지", "^버려", "버리고",
  ],
  disable: [
    "cancel", "disabl", "deactivat", "=off", "=lift", "lifted", "suspend", "revok", "=void", "=reset", "=wipe", "unlock", "=remove", "switch",
    "deaktivier", "abschalt", "ausschalt", "=aus", "aufheb", "aufgehob", "ausser", "=kraft", "zurucksetz", "entsperr",
    "annul", "desactiv", "=leve", "levee", "suspen", "reinitialis", "debloq", "coupe",
    "anul", "suspend", "=quita", "restablec", "desbloq", "apag",
    "해제", "^꺼", "끄고", "꺼줘", "초기화", "리셋", "취소", "중단", "풀어", "풀고",
  ],
  rules: [
    "instruct", "directive", "guideline", "guidance", "=rule", "=rules", "polic", "constraint", "restrict", "=limit", "=limits", "limitation", "filter", "guardrail", "safeguard", "setting", "config", "programming", "conditioning", "=setup", "moderation", "censor",
    "anweisung", "vorgab", "richtlin", "=regel", "=regeln", "beschrank", "einschrank", "einstellung", "konfigur", "vorschrift", "befehl", "leitlin", "programmier", "sicherheitsmechan", "schutzmechan", "zensur",
    "consign", "directiv", "=regle", "=regles", "limite", "filtre", "parametr", "politique", "garde", "programm", "moderat",
    "instrucc", "indicacion", "directriz", "directric", "=regla", "=reglas", "=norma", "=normas", "=pauta", "=pautas", "restricc", "=filtro", "=filtros", "politica", "=programa", "programac", "configurac", "censura",
    "지시", "지침", "명령", "규칙", "규정", "제한", "정책", "설정", "세팅", "필터", "가이드라인", "^룰", "안전장치", "검열",
  ],
  prior: [
    "previous", "=prior", "earlier", "=above", "preceding", "original", "initial", "=old", "former", "=before", "existing", "default", "=first",
    "vorherig", "=vorige", "=vorigen", "bisherig", "=obige", "=obigen", "fruher", "ursprunglich", "vorangegang", "anfang", "=erste", "=ersten", "=alte", "=alten", "=oben",
    "precedent", "anterieur", "origin", "ancien", "=dessus", "=avant", "=premier", "=premiere",
    "anterior", "=previo", "=previa", "=previas", "=previos", "inicial", "antigu", "=arriba", "=antes", "=primer", "=primera",
    "이전", "기존", "^앞의", "앞서", "^위의", "^위에", "처음", "원래", "초기", "^첫",
  ],
  yours: [
    "=your", "=yours", "=yourself",
    "=dein", "=deine", "=deinen", "=deiner", "=deines", "=dir", "=dich",
    "=ton", "=ta", "=tes", "=votre", "=vos", "=toi",
    "=tu", "=tus", "=te", "=ti",
    "너의", "^네가", "^니가", "당신의", "^너한테", "^너는", "^넌",
  ],
  now_on: [
    "=now", "henceforth", "anymore", "=longer", "forward",
    "=sofort", "=jetzt", "=nun", "=mehr", "=fortan", "=heute",
    "desormais", "dorenavant", "maintenant", "=partir",
    "=ahora", "adelante", "=ya",
    "지금부터", "이제", "앞으로", "더이상", "오늘부터",
  ],
  reveal: [
    "reveal", "=show", "=print", "output", "display", "repeat", "recite", "=paste", "=copy", "=dump", "=leak", "disclos", "=spell", "=quote", "=verbatim", "=tell",
    "=zeig", "=zeige", "=gib", "ausgeb", "wiederhol", "verrat", "offenbar", "kopier", "=nenn", "zitier", "wortlich",
    "revel", "montr", "affich", "imprim", "repet", "recopi", "=copie", "divulg", "=donne", "=dis", "=cite",
    "=revela", "muestr", "mostr", "=imprime", "repit", "=copia", "=dame", "=dime", "=cita", "literal",
    "보여", "출력", "알려", "공개", "말해", "복사", "붙여", "복붙", "그대로", "인용", "반복", "읊어", "나열", "적어", "번역해", "토씨",
  ],
  hidden: [
    "secret", "hidden", "confidential", "internal", "private", "conceal",
    "geheim", "versteck", "vertraulich", "=intern", "=internen", "=interne",
    "=cache", "=caches", "=cachees", "confidenti",
    "oculto", "oculta", "confidencial", "=interno", "=interna",
    "비밀", "숨겨", "숨은", "내부", "기밀", "비공개",
  ],
  system: ["system", "sistema", "=sys", "시스템"],
  prompt: ["prompt", "=initialization", "initialisier", "initialis", "inicializ", "프롬프트"],
  persona: [
    "pretend", "=act", "=acting", "roleplay", "=role", "character", "persona", "imagin", "hypothetic", "simulat", "=play", "playing", "fiction", "=story", "=novel", "screenplay", "=twin",
    "vorstell", "=rolle", "=spiel", "spiele", "=figur", "hypothetisch", "simulier", "=zwilling", "=geschichte",
    "semblant", "personnag", "hypothetiq", "simul", "=joue", "=jouer", "=histoire", "=jumeau",
    "=finge", "fing", "=rol", "personaj", "hipotet", "=actua", "actuar", "=cuenta", "=gemelo", "=historia",
    "^척", "척해", "역할", "캐릭터", "상상", "가정해", "가정하", "연기", "롤플레이", "소설",
  ],
  unbound: [
    "unrestrict", "unfilter", "uncensor", "unlimited", "unbound", "unchain", "=free", "freed", "jailbr", "=dan", "=evil", "=anything", "=rogue", "=godmode", "=god", "=sudo", "=unlocked",
    "uneingeschrankt", "ungefilter", "unzensier", "grenzenlos", "=frei", "befreit", "=bose", "=alles",
    "illimit", "=libre", "libere", "censur", "mechant", "=tout",
    "ilimitad", "liberad", "=malvado", "=malvada", "=todo",
    "무제한", "탈옥", "자유", "악당", "^제한없", "뭐든", "무엇이든",
  ],
  without: ["=without", "=no", "=ohne", "=keine", "=keinerlei", "=sans", "=aucune", "=aucun", "=sin", "=ningun", "=ninguna", "없이", "없는", "없어"],
  mode: ["=mode", "=modus", "=modo", "모드"],
  authority: [
    "developer", "=dev", "=devs", "admin", "operator", "=staff", "=openai", "=anthropic", "=root", "moderator", "=security", "=team", "=official", "=ceo",
    "entwickler", "betreiber", "sicherheitsteam", "abteilung",
    "developpeur", "equipe", "operateur", "officiel",
    "desarrollador", "=equipo", "operador", "oficial",
    "개발자", "관리자", "운영자", "운영팀", "보안팀", "직원", "본사", "공지",
  ],
  ai: [
    "=ai", "=ais", "assistant", "=model", "=models", "=llm", "=llms", "chatbot", "=bot", "=bots", "=gpt", "chatgpt", "=claude", "=agent", "=copilot", "=summarizer",
    "=ki", "assistent", "sprachmodell", "=modell",
    "=ia", "=modele", "=assistante",
    "asistente", "=modelo",
    "인공지능", "어시스턴트", "^모델", "챗봇", "^봇", "비서", "^ai",
  ],
  send: [
    "=send", "sending", "forward", "=email", "=mail", "upload", "=post", "transmit", "transfer", "exfiltr", "=wire", "=leak",
    "=sende", "=senden", "=schick", "schicke", "weiterleit", "ubermittel", "ubertrag", "uberweis", "hochlad",
    "envoi", "envoy", "transmet", "transmett", "=vire", "virement",
    "=envia", "enviar", "=envie", "=manda", "mandar", "reenvi", "transfier", "=sube",
    "보내", "전송", "송금", "이체", "업로드", "전달", "메일로",
  ],
  credentials: [
    "password", "passwd", "credential", "=api", "=key", "=keys", "=token", "=tokens", "=ssh", "=cookie", "=cookies", "history", "conversation", "=transcript", "=env",
    "passwort", "kennwort", "zugangsdat", "schlussel", "verlauf", "=daten",
    "=passe", "identifiant", "=cle", "=cles", "historique", "=donnees",
    "contrasen", "=clave", "=claves", "credencial", "historial", "=datos", "conversac",
    "비밀번호", "암호", "^키", "토큰", "대화내용", "기록", "내역", "개인정보",
  ],
  destroy: [
    "delete", "=erase", "=wipe", "=destroy", "=purge", "=drop",
    "losch", "entfern", "vernicht",
    "supprim", "efface", "detrui",
    "=borra", "borrar", "elimin", "destru",
    "삭제", "지워", "지우", "날려",
  ],
  decode: [
    "decod", "decipher", "base64", "=hex", "rot13", "backward", "revers",
    "dekodier", "entschlussel", "ruckwarts",
    "dechiffr", "=envers",
    "decodific", "descifr", "=reves",
    "디코딩", "해독", "복호", "거꾸로", "뒤집",
  ],
  obey: [
    "=follow", "=obey", "=comply", "execut", "=carry",
    "befolg", "gehorch", "ausfuhr", "=folge",
    "=obeis", "=obeir", "obeiss", "=suis", "applique",
    "obedec", "=sigue", "=seguir", "ejecut", "cumpl", "=haz",
    "따라", "따르", "복종", "실행", "수행", "시키는",
  ],
  instead: [
    "instead", "=actually", "=real", "=true",
    "stattdessen", "eigentlich", "=wahre", "=wahren", "=echte", "=echten",
    "plutot", "=lieu", "=vraie", "veritable",
    "=lugar", "=vez", "verdadera", "verdadero",
    "대신", "진짜", "실제", "사실은",
  ],
  task: [
    "=task", "=job", "mission", "=goal", "objective", "purpose",
    "aufgabe", "=ziel", "=zweck", "auftrag",
    "=tache", "objectif", "=but",
    "=tarea", "=mision", "objetivo", "proposit",
    "임무", "작업", "목표", "^일은",
  ],
  void_words: [
    "invalid", "obsolete", "=null", "=expired", "superseded", "=apply", "=applies", "=count", "=matter", "=matters",
    "ungultig", "hinfallig", "=gilt", "=gelten", "=zahlt",
    "valable", "caduc", "obsolet", "appliqu", "=comptent",
    "valid", "=aplica", "=aplican", "=cuentan", "=efecto",
    "무효", "효력", "적용되지", "상관없",
  ],
  harm: [
    "=hack", "hacking", "malware", "ransomware", "=virus", "napalm", "=bomb", "explosiv", "weapon", "=meth", "phishing", "keylogger", "=crack",
    "hacken", "=waffe", "=waffen", "=bombe", "sprengstoff",
    "pirat", "=arme", "=armes",
    "hackear", "=arma", "=armas", "=bomba",
    "해킹", "폭탄", "무기", "마약", "악성코드", "랜섬웨어",
  ],
  url: ["=http", "=https", "=www", "=com", "=net", "=org", "=io", "=webhook", "=pastebin", "=ngrok", "=url"],
};

/** Concept names, by id. */
export const CONCEPT_NAMES: readonly string[] = Object.keys(CONCEPTS);

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Concepts of the entries that end here. */
  ids: number[];
}

const node = (): TrieNode => ({ next: new Map(), ids: [] });
const exact = new Map<string, number[]>();
/** Entries that may match at the start of a word, and those that may also match inside one. */
const atStart = node();
const inside = node();
/** A Latin stem this long or longer also matches inside a word. */
const INSIDE_STEM = 6;
/** A Hangul syllable. */
export const HANGUL = /[\uac00-\ud7a3]/;

function insert(trie: TrieNode, entry: string, id: number): void {
  let at = trie;
  for (let i = 0; i < entry.length; i++) {
    const c = entry.charCodeAt(i);
    let next = at.next.get(c);
    if (next === undefined) at.next.set(c, (next = node()));
    at = next;
  }
  if (!at.ids.includes(id)) at.ids.push(id);
}

CONCEPT_NAMES.forEach((name, id) => {
  for (const entry of CONCEPTS[name]!) {
    if (!/^[=^]?[\p{L}\p{N}]+$/u.test(entry)) throw new Error(`injection concept ${name}: entry ${JSON.stringify(entry)} is not one word`);
    if (entry.startsWith("=")) {
      const word = entry.slice(1);
      const ids = exact.get(word) ?? [];
      if (!ids.includes(id)) ids.push(id);
      exact.set(word, ids);
    } else if (entry.startsWith("^")) {
      insert(atStart, entry.slice(1), id);
    } else {
      insert(atStart, entry, id);
      if (HANGUL.test(entry) || entry.length >= INSIDE_STEM) insert(inside, entry, id);
    }
  }
});

/** Adds the concepts of the entries of `trie` that start at `from` in `word`. */
function walk(trie: TrieNode, word: string, from: number, found: number[]): void {
  let at: TrieNode | undefined = trie;
  for (let i = from; i < word.length; i++) {
    at = at.next.get(word.charCodeAt(i));
    if (at === undefined) return;
    for (const id of at.ids) if (!found.includes(id)) found.push(id);
  }
}

const NONE: readonly number[] = [];
const cache = new Map<string, readonly number[]>();
const CACHE_WORDS = 50_000;

/** The concepts (ids into CONCEPT_NAMES) a normalised word belongs to, in id order; usually none. */
export function conceptIds(word: string): readonly number[] {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const found: number[] = [...(exact.get(word) ?? NONE)];
  walk(atStart, word, 0, found);
  if (word.length > INSIDE_STEM || HANGUL.test(word)) for (let i = 1; i < word.length; i++) walk(inside, word, i, found);
  const ids = found.length === 0 ? NONE : found.sort((a, b) => a - b);
  if (cache.size >= CACHE_WORDS) cache.clear();
  cache.set(word, ids);
  return ids;
}
