/** Korean override and void rules (engine.ts). */
import { clause, hits, type Add, type ComposedRule } from "./engine";
import { COMPOSED_WEIGHTS as W } from "../tuning";

const OBJECT_KO = /(?:지시|지침|명령|규칙|프롬프트|가이드라인|제약|제한|정책|설정|안내|룰)(?:사항|문|어)?/g;
const AUTH_CUE_KO = /너의|너희|당신의|네\s|니\s|시스템|개발자|운영자|관리자|받은|주어진|위의|위\s|앞의|앞서|상위|초기|원래|처음/;
const PRIOR_CUE_KO = /이전|기존|예전|모든|지금까지|앞|전의|옛/;
const OVERRIDE_VERB_KO =
  /^[^.!?\n]{0,14}?(?:무시|잊어|잊고|잊으|잊어버|따르지\s*(?:마|말|않아도)|신경\s*쓰지\s*(?:마|말)|버리|버려|폐기|취소|어기|어겨|우회|벗어나|지키지\s*(?:마|말|않아도)|듣지\s*(?:마|말)|더\s*이상\s*(?:따르|지키|적용하)지)/;
const INVALID_KO = /^[^.!?\n]{0,14}?(?:무효|더\s*이상\s*(?:유효하지|적용되지|효력)|적용되지\s*않|효력이\s*없|폐기(?:되었|됐)|취소(?:되었|됐)|해제(?:되었|됐))/;
const GAP_CONJUNCTION_KO = /고\s|며\s|지만|는데/;

const KO_NEEDLES = ["지시", "지침", "명령", "규칙", "프롬프트", "가이드라인", "제약", "제한", "정책", "설정", "안내", "룰"];

export const KOREAN_OVERRIDE: ComposedRule = { needles: KO_NEEDLES, run: koreanOverride };

function koreanOverride(text: string, add: Add): void {
  for (const o of hits(OBJECT_KO, text)) {
    const before = clause(text, o.start, o.start, 14, 0);
    const after = text.slice(o.end, o.end + 24);
    const auth = AUTH_CUE_KO.test(before);
    const prior = PRIOR_CUE_KO.test(before);
    const verb = OVERRIDE_VERB_KO.exec(after);
    if (verb && !GAP_CONJUNCTION_KO.test(after.slice(0, Math.max(0, verb[0].length - 2))))
      add("instruction_override", auth || prior ? W.override : W.overrideBare);
    if (INVALID_KO.test(after)) {
      if (auth) add("instruction_override", W.invalidated);
      else if (prior) add("instruction_override", /지시|지침|프롬프트|명령/.test(text.slice(o.start, o.end)) ? W.invalidatedModel : W.invalidatedPrior);
    }
  }
}
