import { describe, expect, it } from "vitest";
import { detectPii, type PiiType } from "./index";
import { cardIssuer, ibanChecksumValid, ipv4Valid, ipv6Valid, luhnValid, ssnValid } from "./validators";

/** [type, value] pairs found in text, in order. */
function found(text: string): [PiiType, string][] {
  return detectPii(text).map((f) => [f.type, text.slice(f.start, f.end)]);
}

/** The phone numbers found in text, in order. */
function phonesIn(text: string): string[] {
  return found(text)
    .filter(([t]) => t === "PHONE")
    .map(([, v]) => v);
}

/** The text's one phone number is `value`, whatever else is found in it. */
function expectOnePhone(text: string, value: string): void {
  expect(found(text).filter(([t]) => t === "PHONE")).toEqual([["PHONE", value]]);
}

describe("validators", () => {
  it("Luhn", () => {
    expect(luhnValid("4111111111111111")).toBe(true);
    expect(luhnValid("4111111111111112")).toBe(false);
    expect(luhnValid("79927398713")).toBe(true);
  });

  it("card issuers by prefix and length", () => {
    expect(cardIssuer("4111111111111111")).toBe("visa");
    expect(cardIssuer("4222222222222")).toBe("visa");
    expect(cardIssuer("5555555555554444")).toBe("mastercard");
    expect(cardIssuer("2223003122003222")).toBe("mastercard");
    expect(cardIssuer("378282246310005")).toBe("amex");
    expect(cardIssuer("6011111111111117")).toBe("discover");
    expect(cardIssuer("3530111333300000")).toBe("jcb");
    expect(cardIssuer("30569309025904")).toBe("diners");
    expect(cardIssuer("37828224631000")).toBeUndefined(); // Amex prefix, 14 digits
    expect(cardIssuer("9111111111111111")).toBeUndefined();
    expect(cardIssuer("2721000000000000")).toBeUndefined(); // past the 2-series range
  });

  it("SSN ranges", () => {
    expect(ssnValid("123", "45", "6789")).toBe(true);
    expect(ssnValid("000", "45", "6789")).toBe(false);
    expect(ssnValid("666", "45", "6789")).toBe(false);
    expect(ssnValid("912", "45", "6789")).toBe(false);
    expect(ssnValid("123", "00", "6789")).toBe(false);
    expect(ssnValid("123", "45", "0000")).toBe(false);
  });

  it("IBAN mod 97", () => {
    expect(ibanChecksumValid("DE89370400440532013000")).toBe(true);
    expect(ibanChecksumValid("GB82WEST12345698765432")).toBe(true);
    expect(ibanChecksumValid("DE89370400440532013001")).toBe(false);
  });

  it("IP addresses", () => {
    expect(ipv4Valid("192.168.1.20")).toBe(true);
    expect(ipv4Valid("256.1.1.1")).toBe(false);
    expect(ipv4Valid("01.2.3.4")).toBe(false);
    expect(ipv6Valid("2001:0db8:85a3:0000:0000:8a2e:0370:7334")).toBe(true);
    expect(ipv6Valid("2001:db8::8a2e:370:7334")).toBe(true);
    expect(ipv6Valid("fe80::1")).toBe(true);
    expect(ipv6Valid("::1")).toBe(true);
    expect(ipv6Valid("::ffff:192.0.2.128")).toBe(true);
    expect(ipv6Valid("10:22:33")).toBe(false);
    expect(ipv6Valid("1::2::3")).toBe(false);
    expect(ipv6Valid("ab::cd")).toBe(false);
  });
});

describe("detectPii: positives", () => {
  it("emails, with offsets in UTF-16 code units", () => {
    const text = "📧 write to jane.doe+billing@example.co.uk.";
    const [f] = detectPii(text);
    expect(f).toEqual({ type: "EMAIL", start: text.indexOf("jane"), end: text.indexOf("uk") + 2 });
    expect(found("Max.Müller@beispiel.de schrieb")).toEqual([["EMAIL", "Max.Müller@beispiel.de"]]);
  });

  it("phones: US and international", () => {
    expect(found("call (415) 555-0132 or 415.555.0199")).toEqual([
      ["PHONE", "(415) 555-0132"],
      ["PHONE", "415.555.0199"],
    ]);
    expect(found("+1 415 555 0132")).toEqual([["PHONE", "+1 415 555 0132"]]);
    expect(found("Tel.: +49 30 12345678, Büro")).toEqual([["PHONE", "+49 30 12345678"]]);
    expect(found("appelez le +33 6 12 34 56 78")).toEqual([["PHONE", "+33 6 12 34 56 78"]]);
    expect(found("Festnetz 030 1234567")).toEqual([["PHONE", "030 1234567"]]);
    expect(found("전화번호는010-1234-5678입니다")).toEqual([["PHONE", "010-1234-5678"]]);
  });

  it("SSNs with separators, or bare with an SSN label", () => {
    expect(found("SSN 123-45-6789")).toEqual([["SSN", "123-45-6789"]]);
    expect(found("social security number: 123456789")).toEqual([["SSN", "123456789"]]);
    expect(found("id 123456789")).toEqual([]);
  });

  it("cards of each issuer, with spaces or dashes", () => {
    for (const card of [
      "4111 1111 1111 1111",
      "5555-5555-5555-4444",
      "2223 0031 2200 3222",
      "3782 822463 10005",
      "6011111111111117",
      "3530 1113 3330 0000",
      "3056 930902 5904",
    ]) {
      expect(found(`card ${card} exp 12/27`)).toEqual([["CREDIT_CARD", card]]);
    }
    expect(found("카드번호4111111111111111로 결제")).toEqual([["CREDIT_CARD", "4111111111111111"]]);
  });

  it("IBANs, compact or grouped", () => {
    expect(found("IBAN: DE89 3704 0044 0532 0130 00 bitte")).toEqual([["IBAN", "DE89 3704 0044 0532 0130 00"]]);
    expect(found("überweisen anGB82WEST12345698765432.")).toEqual([["IBAN", "GB82WEST12345698765432"]]);
  });

  it("IPv4 and IPv6", () => {
    expect(found("from 203.0.113.42, then 2001:db8::8a2e:370:7334 and fe80::1")).toEqual([
      ["IP_ADDRESS", "203.0.113.42"],
      ["IP_ADDRESS", "2001:db8::8a2e:370:7334"],
      ["IP_ADDRESS", "fe80::1"],
    ]);
    expect(found("IPv6:2001:db8::1 서버192.168.0.1에")).toEqual([
      ["IP_ADDRESS", "2001:db8::1"],
      ["IP_ADDRESS", "192.168.0.1"],
    ]);
  });

  it("API keys and secrets", () => {
    const keys = [
      "AKIAIOSFODNN7EXAMPLE",
      "sk-proj-Ab3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW",
      "sk-9fKx2LmQ8vTz4RbN7cYw1HdJ5sPq3GeA",
      "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
      "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ12345",
      "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
      "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
      "rk_live_51H8aBcDeFgHiJkLmNoPq",
    ];
    for (const key of keys) expect(found(`key: ${key} ok`)).toEqual([["API_KEY", key]]);
    expect(found("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")).toEqual([["API_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]]);
    expect(found("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.abc123XYZ")).toEqual([
      ["API_KEY", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.abc123XYZ"],
    ]);
    expect(found("GET /cb?token=Zx81Kq0PwL3mN7vB2cR5tY9u")).toEqual([["API_KEY", "Zx81Kq0PwL3mN7vB2cR5tY9u"]]);
  });
});

describe("detectPii: national and international phone formats", () => {
  it.each([
    // E.164 with the "+" or an exit code (00, 011), extensions in the ways people write them.
    ["Call +1-212-555-0148x1234 today", "+1-212-555-0148x1234"],
    ["dial 001-212-555-0148 from abroad", "001-212-555-0148"],
    ["from the US: 011 44 20 7946 0958", "011 44 20 7946 0958"],
    ["Büro 0049 30 901820, danke", "0049 30 901820"],
    ["office +44 (0)20 7946 0958 ext. 210", "+44 (0)20 7946 0958 ext. 210"],
    ["desk +49(0)89 2180 2000", "+49(0)89 2180 2000"],
    ["+33.1.44.55.66.77 is the front desk", "+33.1.44.55.66.77"],
    // North American numbers: dotted, dashed, parentheses without a space, with an extension.
    ["my cell is 917.555.0183", "917.555.0183"],
    ["fax (312)555-0107 x45", "(312)555-0107 x45"],
    ["support 800-555-0199 ext 7, weekdays", "800-555-0199 ext 7"],
    ["line 1-206-555-0100 is the front desk", "1-206-555-0100"],
    ["Contact: 123-456-7890 (mobile)", "123-456-7890"],
    // Area codes in parentheses, two to five digits (AU, BR, UK, DE).
    ["Sydney office (02) 9374 4000", "(02) 9374 4000"],
    ["São Paulo: (11) 91234-5678", "(11) 91234-5678"],
    ["London (020) 7946 0958", "(020) 7946 0958"],
    ["Zentrale (0711) 123456", "(0711) 123456"],
    // National trunk-0 formats, dotted and spaced, with an extension.
    ["Appelez le 01.44.55.66.77 avant midi", "01.44.55.66.77"],
    ["Durchwahl 030 1234567-89 oder", "030 1234567-89"],
    ["landline 0161 496 0123 ext 4", "0161 496 0123 ext 4"],
    // Short local numbers right after a word that names a phone.
    ["Phone: 555-0132", "555-0132"],
    ["call me on 2345 6789 tonight", "2345 6789"],
    ["Tel. 12 34 56 78", "12 34 56 78"],
    ["his mobile number is 6123 4567", "6123 4567"],
    ["Telefonnummer: 23 45 67", "23 45 67"],
    // Dialled without separators, right after a phone word.
    ["Call me at 0612345678 tonight", "0612345678"],
    ["phone: 5551234567 x12", "5551234567 x12"],
    ["whatsapp 9123456", "9123456"],
    // Extensions written in other languages.
    ["Zentrale 030 1234567 Durchwahl 12, bitte", "030 1234567 Durchwahl 12"],
    ["standard 01 44 55 66 77 poste 204", "01 44 55 66 77 poste 204"],
    ["звоните +7 495 123-45-67 доб. 7", "+7 495 123-45-67 доб. 7"],
    ["office 212-555-0148 Ext. 301", "212-555-0148 Ext. 301"],
  ])("%s", (text, value) => {
    expect(found(text)).toEqual([["PHONE", value]]);
  });

  it.each([
    "version 2.14.3 was released on 15.03.2024",
    "The score was 555-0132 in the final", // a local-number shape without a phone word
    "Pages 1234 5678 of the archive",
    "ids 0012345678 and 00123456789012", // zero-padded, no separator
    "in (2019) 12 items",
    "order number is 212-555-0148",
    "Sensor readings: 856 002 754 855 504 093",
    "resolution 1920 x 1080 at 60 Hz",
    "call stack depth 12 34",
    "Order 0612345678 shipped, call us", // a compact number with no phone word before it
    "phone: 123456789012", // twelve digits dialled without separators: an id, not a number
  ])("not a phone: %s", (text) => {
    expect(found(text).filter(([t]) => t === "PHONE")).toEqual([]);
  });
});

describe("detectPii: card issuer ranges (ISO/IEC 7812) with Luhn", () => {
  // Each value is Luhn-valid; the issuer, length and grouping vary.
  it.each([
    ["maestro", "501800000009"], // Maestro, 12 digits
    ["maestro", "6759 6498 2643 8453"], // Maestro (UK), 16
    ["maestro", "6304000000000000"], // Laser/Maestro 6304, 16
    ["unionpay", "6212345678901265"], // UnionPay 62, 16
    ["unionpay", "6212345678901234569"], // UnionPay, 19
    ["jcb", "3528000000000007"], // JCB 3528
    ["jcb", "3589 0000 0000 0003"], // JCB 3589
    ["jcb", "213100000000001"], // JCB 2131, 15
    ["jcb", "180000000000002"], // JCB 1800, 15
    ["diners", "36227206271667"], // Diners 36, 14
    ["diners", "3852 0000 0232 37"], // Diners 38
    ["diners", "30000000000004"], // Diners 300
    ["discover", "6445644564456445"], // Discover 644
    ["discover", "6221260000000000"], // Discover inside China UnionPay's 622126–622925
    ["mir", "2200000000000004"], // Mir 2200
    ["mir", "2204 0000 0000 0000"], // Mir 2204
    ["troy", "9792000000000003"], // Troy
  ])("%s %s", (issuer, card) => {
    const digits = card.replace(/ /g, "");
    expect(luhnValid(digits), "test value must be Luhn-valid").toBe(true);
    expect(cardIssuer(digits)).toBe(issuer);
    expect(found(`paid with ${card} yesterday`)).toEqual([["CREDIT_CARD", card]]);
  });

  it.each([
    "501800000008", // Maestro prefix, Luhn fails
    "720000000000", // no issuer at 72
    "2205000000000000", // past Mir's 2200–2204 (and before Mastercard's 2221)
    "97920000000000", // Troy prefix, 14 digits
    "123456789012", // no issuer at 12
  ])("not a card: %s", (digits) => {
    expect(found(`value ${digits} here`).filter(([t]) => t === "CREDIT_CARD")).toEqual([]);
  });
});

describe("detectPii: IBANs in any case and grouping (mod-97)", () => {
  it.each([
    "de89370400440532013000",
    "de89 3704 0044 0532 0130 00",
    "Gb82 West 1234 5698 7654 32",
    "FR76-3000-6000-0112-3456-7890-189",
    "NL91 ABNA 0417 1643 00",
    "ch93 0076 2011 6238 5295 7",
  ])("%s", (iban) => {
    expect(found(`send it to ${iban} please`)).toEqual([["IBAN", iban]]);
  });

  it.each(["de89370400440532013001", "see de89 3704 0044 0532 0130 01", "wordde89370400440532013000"])("not an IBAN: %s", (text) => {
    expect(found(text).filter(([t]) => t === "IBAN")).toEqual([]);
  });
});

describe("detectPii: hard negatives", () => {
  it.each([
    "order number 4111111111111111 shipped", // Luhn-valid, but labelled as an order
    "Order #8812-4471-2209 is on its way",
    "paid with 4111 1111 1111 1112", // Luhn fails
    "ref 9111111111111111",
    "SSN 000-12-3456 and 666-12-3456 and 912-34-5678 and 123-00-4567",
    "at 2024-03-15T10:22:33.123Z (1710498153123)",
    "on 15.03.2024 um 10:22 Uhr, 03/15/2024",
    "request 550e8400-e29b-41d4-a716-446655440000",
    "trace 4bf92f3577b34da6a3ce929d0e0e4736 span 00f067aa0ba902b7",
    "upgrade to v1.2.3 or version 10.0.19041.1, node 20.20.0",
    "Bearer abcdefabcdefabcdefabcdefabcdefab",
    "the risk-assessment-document-for-2024-final is here",
    "std::vector<int> and ab::cd, 10:22:33",
    "DE89 3704 0044 0532 0130 01 is mistyped",
    "mail me at @handle or a@b",
    "price $1,299.99, zip 94105, qty 12",
  ])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("detectPii: overlaps", () => {
  it("keeps the longest, most specific finding", () => {
    expect(found("mail 415-555-0132@example.com now")).toEqual([["EMAIL", "415-555-0132@example.com"]]);
    expect(found("token=sk_live_4eC39HqLyjWDarjtT1zdp7dc")).toEqual([["API_KEY", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"]]);
  });
});

describe("detectPii: trunk-0 digit groups that are not phone numbers", () => {
  it.each([
    "sensor 055 458 935 685 ok",
    "readings 081 255 064 today",
    "serial 0548 8213 6031",
    "Shipment 0913-5246-0609 left the warehouse.",
    "parcel 0171 2345678 arrived",
  ])("%s", (text) => {
    expect(found(text).filter(([type]) => type === "PHONE")).toEqual([]);
  });

  it("keeps uneven and paired national groups, and uniform groups after a phone word", () => {
    expect(found("ring 030 1234567")).toEqual([["PHONE", "030 1234567"]]);
    expect(found("appelle le 01 23 45 67 89")).toEqual([["PHONE", "01 23 45 67 89"]]);
    expect(found("phone: 0548 8213 6031")).toEqual([["PHONE", "0548 8213 6031"]]);
  });
});

describe("detectPii: local numbers labelled after them, and a country code after a phone word", () => {
  it.each([
    // A phone word right after the number, as contact lists write it.
    ["Chile 89825 9885 1152-Office, next", "9885 1152"],
    ["Lisbon 22 498317 office hours", "22 498317"],
    ["Main line 3660170548-Fax", "3660170548"],
    ["ring 555 1234 (mobile) after six", "555 1234"],
    ["Moldova 73916 92 34 70-Office", "92 34 70"],
    // A last group of five or six digits, and a country code without "+", after a phone word.
    ["Phone: 96 228011", "96 228011"],
    ["Phone: 21 284 698 2548 E-mail: none", "21 284 698 2548"],
    // "not answering at" names a phone line.
    ["They're not answering at 449 4898", "449 4898"],
  ])("%s", expectOnePhone);

  it.each([
    "Office 2019-2020 budget", // a year range after "office" (a label before a number is not enough for "office")
    "Report 2019-2020 (office copy)", // a year range with a phone word after it
    "Tanzania 92151 24 428557 items", // postcode and digits without a phone word
    "the answer is 449 4898", // "answer" is not "answering at"
    "totals 12 345 678 officer count", // "officer" is not "office"
    "Phone: 1234 5678 9012 3456 7", // 17 digits: too long for a local number
  ])("not a phone: %s", (text) => {
    expect(found(text).filter(([t]) => t === "PHONE")).toEqual([]);
  });

  it("a spaced number right after an address word is not an SSN", () => {
    expect(found("Suite 680 36 4022 Oakridge Lane")).toEqual([]);
    expect(found("Apt. 680-36-4022")).toEqual([]);
    expect(found("SSN 680 36 4022")).toEqual([["SSN", "680 36 4022"]]);
    expect(found("unit test 680-36-4022")).toEqual([["SSN", "680-36-4022"]]);
  });
});

describe("detectPii: Spanish phone labels, numbers listed under one label, identifier labels", () => {
  it.each([
    ["Tfno: 926232991.", ["926232991"]],
    ["Telf.: 667051570, e-mail: x", ["667051570"]],
    ["Tlf: 967 596 685. Fax: 967 596 686.", ["967 596 685", "967 596 686"]],
    ["Tel 93 2746809 Fax 93 2746818", ["93 2746809", "93 2746818"]],
    ["Tfno. 34-607819141 E-mail", ["34-607819141"]],
    // A second number joined to a labelled one by "y", "and", "-", "/" or ",".
    ["Tfno: 956 203 145 y 956 203 146.", ["956 203 145", "956 203 146"]],
    ["Tlf. 917277336 - 606409021 E-mail", ["917277336", "606409021"]],
    ["phone 555 1234 or 555 9876", ["555 1234", "555 9876"]],
  ])("%s", (text, values) => {
    expect(found(text).filter(([t]) => t === "PHONE")).toEqual(values.map((v) => ["PHONE", v]));
  });

  it.each([
    "Médico: Ana Ruiz NºCol: 08 08 25574. Informe", // a medical licence number in a trunk-0 shape
    "NASS: 03 48768054 36. Domicilio", // a social-insurance number
    "CP: 06 06 55814", // a label that names a postcode
    "pages 12 and 555 9876", // a joiner after a number that is not a phone
    "Tfno: 956 203 145 y 2019", // too short to be a second number
  ])("not a phone: %s", (text) => {
    const phones = found(text).filter(([t]) => t === "PHONE");
    expect(phones.filter(([, v]) => v !== "956 203 145")).toEqual([]);
  });

  it("an address with a label glued on by a dot is reported without the label", () => {
    expect(found("Navarra E-mail.hleonbrito@hotmail.com")).toEqual([["EMAIL", "hleonbrito@hotmail.com"]]);
    expect(found("email.ops@example.com")).toEqual([["EMAIL", "ops@example.com"]]);
    expect(found("e-mail.@example.com x")).toEqual([]);
    expect(found("emails@example.com")).toEqual([["EMAIL", "emails@example.com"]]);
  });
});

describe("detectPii: a version label is a word of its own", () => {
  it("an address after a word ending in 'ver' is an address; after 'ver.' or 'version' it is a version", () => {
    expect(found("Server 203.0.113.42 is down.")).toEqual([["IP_ADDRESS", "203.0.113.42"]]);
    expect(found("the driver 10.0.0.1 answered")).toEqual([["IP_ADDRESS", "10.0.0.1"]]);
    expect(found("ver. 10.0.0.1 shipped")).toEqual([]);
    expect(found("firmware: 4.12.0.3")).toEqual([]);
  });
});

describe("detectPii: national groupings, qualified phone labels and contact blocks", () => {
  it.each([
    // Groupings of national plans that amounts, dates and serials do not use: found without a phone word.
    ["Citas en el hospital 914 90 66 60 por la mañana.", "914 90 66 60"],
    ["la consulta, 91 123 45 67, abre a las nueve", "91 123 45 67"],
    ["escribe al 612.34.56.78 si tardo", "612.34.56.78"],
    ["他的号码 138 0013 8000 可以打", "138 0013 8000"],
    ["ligue 11 98765-4321 depois das seis", "11 98765-4321"],
    // A trunk-0 area code with its own separator, the subscriber number in spaced groups.
    ["Ring me on 070-123 45 67 tonight.", "070-123 45 67"],
    ["Büro: 089 / 123 456 78", "089 / 123 456 78"],
    // A phone noun qualified by whose line it is, then a colon.
    ["Número de teléfono de la madre: 637 909 232. Historia", "637 909 232"],
    ["Phone number of her mother: 637909232", "637909232"],
    ["Telefonnummer der Mutter: 0171 2345678", "0171 2345678"],
    ["Telephone (home): 555 1234", "555 1234"],
    // Verbs and nouns that name a phone line, and extensions in Portuguese and Spanish.
    ["Llámame al 612345678 mañana", "612345678"],
    ["Mi móvil es el 612345678", "612345678"],
    ["Office line 91 123 45 67, ask for Ana.", "91 123 45 67"],
    ["Please send messages to 699 956 915", "699 956 915"],
    ["My number is 555-0199.", "555-0199"],
    ["Contact number: 98765 43210", "98765 43210"],
    ["Telefone: (11) 3456-7890 ramal 123", "(11) 3456-7890 ramal 123"],
    ["Tel: 2234 5678 anexo 45", "2234 5678 anexo 45"],
    // A dotted quad after a phone word is a number dialled in pairs.
    ["Tel. 91.123.45.67", "91.123.45.67"],
    // "ID" labels an identifier, but a caller ID is a phone number.
    ["Caller ID: 0612 345 678", "0612 345 678"],
    // Call verbs of other languages, with a pronoun and a particle.
    ["Zavolejte mi na 602 123 456, jsem tu", "602 123 456"],
    ["a do przychodni dzwoń na 22 123 45 67.", "22 123 45 67"],
    ["Ligue-me para o 912 345 678 amanhã", "912 345 678"],
    ["Hubungi saya di 0812-3456-7890 kalau", "0812-3456-7890"],
    ["Bel me op 020 123 4567 vanavond", "020 123 4567"],
    // The trunk 8 before an area code in parentheses, and a direct-dial suffix that does not count towards the length.
    ["Позвоните по номеру 8 (495) 123-45-67, если", "8 (495) 123-45-67"],
    ["direkt unter 030 1234567-214.", "030 1234567-214"],
  ])("%s", expectOnePhone);

  it("a number after a short label in a contact block that already holds a phone number", () => {
    expect(found("Mobile: 737 219 628 Desk: 5403926876 Fax: +41 (0)62 585 20 30").filter(([t]) => t === "PHONE")).toEqual([
      ["PHONE", "737 219 628"],
      ["PHONE", "5403926876"],
      ["PHONE", "+41 (0)62 585 20 30"],
    ]);
  });

  it.each([
    "He earned 637 909 232 dollars that year.", // three groups of three: an amount as much as a number
    "Population 1 234 567 and 612 345 678", // thousands separated by spaces
    "mobile data usage: 12 345 678 bytes", // a qualifier that is not "of", "de", "(…)"
    "Phone model: 12345678", // a phone noun labelling something else
    "Zip: 98765 43210", // two five-digit groups without a phone word
    "Order 138 0013 8000 shipped", // a national shape after an identifier label
    "Tel: 555 1234 Order: 1234567", // a label naming an identifier inside a contact block
    "served from 91.123.45.67 today", // a dotted quad without a phone word is an address
    "Ring 5551234 if you can.", // "ring" alone is not "ring me"
    "Lottery numbers this week: 04 12 23 31 42 48, bonus 07.", // more pairs than a number has
    "Patient ID 0034 5678 9012 is the record", // an exit-code shape after an id label
    "La liga 2019 2020 terminó", // "liga" is a league, not "liga-me"
    "Chapter 12 2019-2020 results", // a count before a span of years, in the Brazilian shape
    "Tel: 555 1234 Date: 2024-03-15", // a date after a label in a contact block
    "Tel: 555 1234 Born: 15-03-1980",
  ])("not a phone: %s", (text) => {
    const phones = found(text).filter(([t, v]) => t === "PHONE" && v !== "555 1234");
    expect(phones).toEqual([]);
  });

  it("a dotted quad without a phone word stays an IP address", () => {
    expect(found("served from 91.123.45.67 today")).toEqual([["IP_ADDRESS", "91.123.45.67"]]);
  });
});

describe("detectPii: Spanish and Latin American labels, country codes in parentheses, mixed separators", () => {
  it("two compact numbers joined by a dash after a phone word are two numbers", () => {
    expect(phonesIn("Tel. 913908121-913908122 E-mail")).toEqual(["913908121", "913908122"]);
    expect(phonesIn("Tel. 913908121-913908122 ext 12")).toEqual(["913908121", "913908122 ext 12"]);
    // A slash ends a compact number: each half is judged on its own, as before a label after it.
    expect(phonesIn("1234567/7654321 office")).toEqual(["7654321"]);
  });

  it.each([
    // Abbreviations of "teléfono" and the words of other Spanish- and Portuguese-speaking countries.
    ["Avda. de Córdoba, s/n. Teléf.: 913 908 121 E-mail", "913 908 121"],
    ["Madrid. Tf.: 913 908 121.", "913 908 121"],
    ["Madrid. Tfo: 913908121", "913908121"],
    ["Madrid. Tlfn. 913908121.", "913908121"],
    ["Santiago. Fono: 2 2354 3000.", "2 2354 3000"],
    ["São Paulo. Fone: (11) 3069-6000", "(11) 3069-6000"],
    ["Lisboa. Telefone: 217 805 000.", "217 805 000"],
    ["Girona. Mòbil: 612 345 678", "612 345 678"],
    ["Barcelona. Telefax: 932 275 401", "932 275 401"],
    ["Donostia. Telefonoa: 943 007 000", "943 007 000"],
    ["Guadalajara. Cel. 33 1234 5678", "33 1234 5678"],
    // "de contacto" and the kind of line between the phone word and the number.
    ["Tel. contacto: 618 981 345.", "618 981 345"],
    ["Telf. de contacto 618981345", "618981345"],
    ["Su número de contacto es 618 981 345.", "618 981 345"],
    ["Teléfono particular: 913 908 121", "913 908 121"],
    ["Tel. fijo: 913908121", "913908121"],
    ["Llamar al 913 908 121 para pedir cita.", "913 908 121"],
    // A country code in parentheses, with its "+" or followed by an area code.
    ["Madrid. Tel.: (+34) 913 908 121.", "(+34) 913 908 121"],
    ["Montevideo. Tel: (598 2) 487 3837.", "(598 2) 487 3837"],
    ["Buenos Aires. Tel: (54 11) 4959-0200.", "(54 11) 4959-0200"],
    ["Santiago. Fono: (56-2) 2354 3000.", "(56-2) 2354 3000"],
    ["Bogotá. Tel: (57-1) 3445566.", "(57-1) 3445566"],
    // Separators that change within the number, after a phone word.
    ["Madrid. Tel.: 91 336-87-85.", "91 336-87-85"],
    ["Madrid. Tel.: 91-336 87 85.", "91-336 87 85"],
    // An exit code without separators, after a phone word; an extension spelt "extensión".
    ["Tel. 0034913908121", "0034913908121"],
    ["Tel.: 913 908 121 extensión 2345.", "913 908 121 extensión 2345"],
    ["Tfno. 91 390 81 21 Extensión 315", "91 390 81 21 Extensión 315"],
  ])("%s", expectOnePhone);

  it.each([
    "NHC: 7803410. Episodio: 91 234 56 78", // an episode number in a Spanish phone grouping
    "Nº historia clínica: 91 234 56 78", // a record number in a Spanish phone grouping
    "Cédula: 612 34 56 78", // an identity number
    "NSS: 08 16487512 36", // social insurance under another abbreviation, in a trunk-0 shape
    "Tel: 555 1234 Episodio: 7835770", // an identifier label inside a contact block
    "Apartado de correos 06 06 55814", // a post-office box
    "Pedido 913908121-913908122", // two ids joined by a dash, no phone word
    "Ref 0034913908121", // a zero-padded id
    "Tel: 12-03-2019 10 30", // a date and a time after a phone word
    "Tel: 2019-03-12 10 30",
    "Rango (1-2) 345 678 mg", // two numbers in parentheses without a phone word
    "Phone model: 12345678",
  ])("not a phone: %s", (text) => {
    expect(phonesIn(text).filter((v) => v !== "555 1234")).toEqual([]);
  });
});
