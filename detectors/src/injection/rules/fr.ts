/** French override and void rules: the vocabulary that otherOverride() (engine.ts) runs. */
import { cue, family, type OverrideLanguage } from "./engine";

export const FRENCH: OverrideLanguage = {
  needles: [
    "instruction",
    "instructions",
    "consigne",
    "consignes",
    "regle",
    "regles",
    "directive",
    "directives",
    "indications",
    "ordres",
    "prompt",
    "prompts",
    "invite",
    "invites",
    "contrainte",
    "contraintes",
    "restriction",
    "restrictions",
    "politique",
    "politiques",
    "programmation",
    "limites",
    "garde",
    "filtre",
    "filtres",
    "=qu",
    "tout",
    "configuration",
  ],
  verb: family(
    "ignore[rsz]?|ignorez|ignorons|oublie[rsz]?|oubliez|oublions|neglige[rsz]?|negligez|ne (?:tiens|tenez|tenons) (?:plus |pas )?compte|fais abstraction|faites abstraction|laisse[rz]? (?:de cote|tomber)|mets de cote|mettez de cote|ecarte[rsz]?|ecartez|passe[rz]? outre|outrepasse[rz]?|contourne[rz]?|" +
      "ne (?:suis|suivez|respecte|respectez|obeis|obeissez|applique|appliquez|tiens|tenez) (?:plus|pas|jamais)|tu n'as plus (?:a|besoin de) (?:suivre|respecter|obeir a|appliquer)|vous n'avez plus (?:a|besoin de) (?:suivre|respecter|obeir a|appliquer)|(?:arrete|arretez|cesse|cessez)[rz]? de (?:suivre|respecter|obeir|appliquer|tenir compte)|annule[rz]?|annulez|abandonne[rz]?|abandonnez|desobeis|enfreins|viole|(?:tu n['’]es|vous n['’]etes|n['’]es|n['’]etes) plus (?:lie|liee|lies|liees|tenue?s?|soumise?s?|contrainte?s?|obligee?s?|limitee?s?) (?:par|a)",
  ),
  object: family(
    "instructions?|consignes?|regles?|directives?|indications|ordres|prompts?|invites?|contraintes?|restrictions?|politiques?|programmation|limites|garde-fous|filtres?|ce qu'on t'a dit|ce qu'on vous a dit|tout ce qui precede|(?:ta |votre )?configuration (?:d'origine|initiale|originale|de depart|du systeme)|tout ce qui (?:est|etait|apparait|se trouve|vient|figure) (?:avant|au-dessus de) (?:ce|mon) message",
  ),
  auth: cue(
    "tes|tes propres|vos|ton|ta|votre|avant (?:ce|mon) message|du systeme|systeme|des developpeurs|ci-dessus|plus haut|qui precede\\w*|qu'on t'a \\w+|qu'on vous a \\w+|recues?",
  ),
  authExtra: cue("de securite|ethiques?"),
  prior: cue("precedent\\w*|anterieur\\w*|initial\\w*|d'origine|originel\\w*|origina\\w*|toutes?|tous|actuel\\w*|existant\\w*|ancien\\w*|donnees"),
  user: cue("mes|nos|je|j'ai|faute de frappe|pardon|desole"),
  invalid: family(
    "ne (?:s'appliquent|s'applique|comptent|compte|sont|est) plus(?: valables?| valides?| en vigueur| applicables?)?|(?:sont|est|ont ete|a ete)(?: desormais| maintenant| dorenavant)? (?:annulee?s?|caduque?s?|nulles?|abrogee?s?|levee?s?|obsoletes?|remplacee?s?|suspendue?s?|desactivee?s?|invalide?s?|revoquee?s?|facultatives?|nul(?:le)?s?(?: et non avenue?s?)?)",
  ),
  brackets: [],
  modelish: /instruction|consigne|prompt|invite|directive|qu'on|tout ce/,
  block: /,|(?<![a-z])(?:et|mais|puis|ou|car)(?![a-z])/,
};
