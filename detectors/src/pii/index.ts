export { detectPii, PII_TYPES, type PiiFinding, type PiiType } from "./detect";
export { cardIssuer, cardValid, ibanChecksumValid, ipv4Valid, ipv6Valid, luhnValid, shannonEntropy, ssnValid, type CardIssuer } from "./validators";
