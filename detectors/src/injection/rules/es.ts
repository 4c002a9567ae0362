/** Spanish override and void rules: the vocabulary that otherOverride() (engine.ts) runs. */
import { cue, family, type OverrideLanguage } from "./engine";

export const SPANISH: OverrideLanguage = {
  needles: [
    "instruccion",
    "instrucciones",
    "indicaciones",
    "reglas",
    "ordenes",
    "directrices",
    "normas",
    "directivas",
    "prompt",
    "prompts",
    "restricciones",
    "limitaciones",
    "politica",
    "politicas",
    "programacion",
    "pautas",
    "lineamientos",
    "filtros",
    "dijeron",
    "indicaron",
    "ordenaron",
    "pidieron",
    "dije",
    "anterior",
    "configuracion",
    "todo",
  ],
  verb: family(
    "ignora[rd]?|ignore|ignoren|ignoremos|olvida[rd]?|olvide|olviden|olvidate de|olvidese de|descarta[rd]?|descarte|omite|omitir|omita|haz caso omiso|hagan caso omiso|haga caso omiso|no (?:hagas|haga|hagan) caso|pasa por alto|pase por alto|deja de lado|deje de lado|" +
      "(?:deja|deje|dejen) de (?:seguir|obedecer|cumplir|respetar|aplicar)|(?:ya )?no (?:tienes|tiene|necesitas|necesita) (?:que )?(?:seguir|obedecer|cumplir|respetar)|(?:ya )?no (?:sigas|siga|sigan|obedezcas|obedezca|cumplas|cumpla|respetes|respete|apliques|aplique)|saltate|salta|anula|elude|evade|abandona|desobedece|rompe|viola|hazle caso omiso|(?:ya )?no (?:estas|esta|estaras|eres|quedas|estan) (?:sujet[oa]s?|atad[oa]s?|obligad[oa]s?|limitad[oa]s?|vinculad[oa]s?|restringid[oa]s?) (?:a|por)",
  ),
  object: family(
    "instrucci(?:on|ones)|indicaciones|reglas|ordenes|directrices|normas|directivas|prompts?|restricciones|limitaciones|politicas?|programacion|pautas|lineamientos|filtros|lo que te (?:dijeron|indicaron|ordenaron|pidieron|dije)|todo lo anterior|(?:tu |su )?configuracion (?:original|inicial|de origen|del sistema)|todo lo (?:que \\S+ |\\S+ )?(?:antes de|encima de|por encima de) (?:este|mi|esta) (?:mensaje|linea|peticion)",
  ),
  auth: cue(
    "tus|tu|sus|su|(?:antes de|encima de) (?:este|mi|esta) (?:mensaje|linea|peticion)|de (?:tu|su|el|los) (?:operador|desarrollador)\\w*|del (?:operador|desarrollador)\\w*|del sistema|sistema|de los desarrolladores|de arriba|que te (?:dieron|dijeron|dio|indicaron|dimos)|recibidas|dadas",
  ),
  authExtra: cue("de seguridad|eticas?"),
  prior: cue("anterior\\w*|previ[oa]s?|inicial\\w*|original\\w*|precedentes|todas|todos|actual\\w*|existentes|antigu\\w*"),
  user: cue("mis|nuestras?|yo|dije|errata|perdon|lo siento"),
  invalid: family(
    "ya no (?:aplican|se aplican|aplica|se aplica|son validas|es valida|estan vigentes|esta vigente|cuentan|cuenta|importan|valen)|(?:quedan|queda|estan|esta|han sido|ha sido|fueron|fue|son|es)(?: ahora)? (?:anulad[oa]s?|cancelad[oa]s?|revocad[oa]s?|sin efecto|sin validez|obsolet[oa]s?|reemplazad[oa]s?|suspendid[oa]s?|invalid[oa]s?|nul[oa]s?|derogad[oa]s?|desactivad[oa]s?|opcionales?)|se (?:han|ha) (?:desactivado|anulado|cancelado|revocado|suspendido|levantado|eliminado|derogado)",
  ),
  brackets: [],
  modelish: /instrucci|indicaciones|prompt|directri|directiva|lo que te|todo lo/,
  block: /,|(?<![a-z])(?:y|pero|luego|o|porque)(?![a-z])/,
};
