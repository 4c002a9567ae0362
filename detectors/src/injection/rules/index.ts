/** Every compositional rule, in the order they run (engine.ts explains the mechanism). */
import { ADDRESSED_ORDER_RULE } from "./addressed";
import { DECODE_AND_FOLLOW, ENGLISH_EXFILTRATION, ENGLISH_EXTRACTION, ENGLISH_OVERRIDE } from "./en";
import { otherOverride, type ComposedRule, type OverrideLanguage } from "./engine";
import { GERMAN } from "./de";
import { SPANISH } from "./es";
import { FRENCH } from "./fr";
import { KOREAN_OVERRIDE } from "./ko";

export { FAMILIES, hits, scan, type ComposedRule } from "./engine";
export { RULE_SIGNAL_NAMES, SIGNALS, type Signal, type SignalName } from "./phrases";

const OVERRIDE_LANGUAGES: readonly OverrideLanguage[] = [GERMAN, FRENCH, SPANISH];

/** The compositional rules, in a fixed order. */
export const COMPOSED_RULES: readonly ComposedRule[] = [
  ENGLISH_OVERRIDE,
  ...OVERRIDE_LANGUAGES.map((lang): ComposedRule => ({ needles: lang.needles, run: (text, add) => otherOverride(text, lang, add) })),
  KOREAN_OVERRIDE,
  ADDRESSED_ORDER_RULE,
  ENGLISH_EXTRACTION,
  ENGLISH_EXFILTRATION,
  DECODE_AND_FOLLOW,
];
