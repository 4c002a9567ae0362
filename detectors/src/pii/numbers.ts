/** What every digit-based finder shares: where a number may start and end, and the labels that make a number an identifier. */

/** Digit values must not continue an ASCII word or a dashed/dotted number ("ab4111…", "12-4111…"). */
export const NUM_START = String.raw`(?<![0-9A-Za-z_]|\d[-.])`;
export const NUM_END = String.raw`(?![0-9A-Za-z_]|[-.]\d)`;

/** Labels in front of a number that make it an identifier of a business object, not personal data. */
const ID_CONTEXT =
  /(?:order|invoice|tracking|ticket|ref|reference|case|sku|isbn|serial|(?<![a-z]|caller )id|shipment|parcel|package|consignment|lot|batch|booking|reservation|confirmation|bestellung|bestellnummer|rechnung|rechnungsnummer|auftrag|sendung|commande|facture|pedido|factura|주문|주문번호|송장|운송장|注文|注文番号)\s*(?:no\.?|nr\.?|number|num|#|id|번호|番号)?\s*(?:is|was|ist|lautet|war|est|es|era|은|는)?\s*[:#.]?\s*$/i;

/**
 * An address part or a label naming another number: "Suite 680 36 4022", "NºCol: 08 08 25574", "CP: 06 06 55814",
 * and the record, episode, insurance and identity numbers of health and civil records ("Episodio: 85 634 542",
 * "Nº historia clínica: 91 234 56 78", "NSS: 28 16487512 36", "Cédula: 612 34 56 78", "CIPA: nhc-7984385").
 */
const ADDRESS_OR_NUMBER_LABEL =
  /(?<![a-z])(?:suite|apt|apartment|unit|room|floor|n[º°]\s*col|colegiado|nass|nuss|nss|n[º°]\s*ss|nhc|cipa?|sip|tis|cp|c\.\s?p|c[óo]digo postal|apartado(?: de correos)?|dni|nif|nie|zip|postcode|episodio|historia(?: cl[íi]nica)?|expediente|afiliaci[óo]n|seguridad social|pasaporte|passport|c[ée]dula|curp|rut|n[º°])\.?\s*[:#-]?\s*$/i;

export function idContext(text: string, start: number): boolean {
  return ID_CONTEXT.test(text.slice(Math.max(0, start - 32), start)) || ADDRESS_OR_NUMBER_LABEL.test(text.slice(Math.max(0, start - 24), start));
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
