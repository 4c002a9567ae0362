export const PII_TYPES = ["EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "API_KEY"] as const;
export type PiiType = (typeof PII_TYPES)[number];

/** One finding: `text.slice(start, end)` is the value (UTF-16 code unit offsets, as JS strings index). */
export interface PiiFinding {
  type: PiiType;
  start: number;
  end: number;
}
