import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * detectors/eval/external-pii-eval.mjs on a small directory laid out like the public sets, with texts
 * written here. Each text declares what the detector must do with its labels (found exactly, missed,
 * found with other bounds) and how many false positives it gives; the expected table is summed from
 * those declarations and the split each text falls in, and compared with the script's output.
 */
const SCRIPT = join(__dirname, "../../eval/external-pii-eval.mjs");

/** The documented split: the first byte of the SHA-256 of the text, even → dev. */
const hashSplit = (text: string) => (createHash("sha256").update(text).digest()[0]! % 2 === 0 ? "dev" : "blind");

type Outcome = "tp" | "fn" | "boundary";
interface Label {
  label: string;
  value: string;
  outcome?: Outcome;
}
interface Text {
  set: "presidio-research" | "meddocan";
  text: string;
  labels: Label[];
  /** False positives by the detector's type, and how many of them lie inside an out-of-scope span. */
  fp?: { type: string; inOutOfScope: boolean }[];
}

const TEXTS: Text[] = [
  { set: "presidio-research", text: "Call me at +1 415 555 0132 tomorrow.", labels: [{ label: "PHONE_NUMBER", value: "+1 415 555 0132", outcome: "tp" }] },
  {
    set: "presidio-research",
    text: "The card 4111 1111 1111 1111 was declined.",
    labels: [{ label: "CREDIT_CARD", value: "4111 1111 1111 1111", outcome: "tp" }],
  },
  {
    set: "presidio-research",
    text: "Write to jane.doe@example.com about it.",
    labels: [{ label: "EMAIL_ADDRESS", value: "doe@example.com", outcome: "boundary" }],
    fp: [{ type: "EMAIL", inOutOfScope: false }],
  },
  { set: "presidio-research", text: "Ring 5551234 if you can.", labels: [{ label: "PHONE_NUMBER", value: "5551234", outcome: "fn" }] },
  {
    set: "presidio-research",
    text: "Her licence reads 219-45-6789 on the front.",
    labels: [{ label: "US_DRIVER_LICENSE", value: "219-45-6789" }],
    fp: [{ type: "SSN", inOutOfScope: true }],
  },
  {
    set: "presidio-research",
    text: "Anna Berg lives in Oslo.",
    labels: [
      { label: "PERSON", value: "Anna Berg" },
      { label: "GPE", value: "Oslo" },
    ],
  },
  {
    set: "presidio-research",
    text: "IBAN DE89 3704 0044 0532 0130 00 for rent.",
    labels: [{ label: "IBAN_CODE", value: "DE89 3704 0044 0532 0130 00", outcome: "tp" }],
  },
  { set: "presidio-research", text: "Server 203.0.113.42 is down.", labels: [{ label: "IP_ADDRESS", value: "203.0.113.42", outcome: "tp" }] },
  {
    set: "meddocan",
    text: "Correspondencia: Tfno: 926232991. E-mail: ana@hospital.es",
    labels: [
      { label: "NUMERO_TELEFONO", value: "926232991", outcome: "tp" },
      { label: "CORREO_ELECTRONICO", value: "ana@hospital.es", outcome: "tp" },
    ],
  },
  { set: "meddocan", text: "Citas del hospital 914 906 660 por la mañana.", labels: [{ label: "NUMERO_TELEFONO", value: "914 906 660", outcome: "fn" }] },
  { set: "meddocan", text: "Médico: Ana Ruiz NºCol: 08 08 25574.", labels: [{ label: "ID_TITULACION_PERSONAL_SANITARIO", value: "08 08 25574" }] },
  {
    set: "meddocan",
    text: "Fax: +34 945007359 en horario de tarde.",
    labels: [{ label: "NUMERO_FAX", value: "34 945007359", outcome: "boundary" }],
    fp: [{ type: "PHONE", inOutOfScope: false }],
  },
];

const TYPE: Record<string, string> = {
  PHONE_NUMBER: "PHONE",
  CREDIT_CARD: "CREDIT_CARD",
  EMAIL_ADDRESS: "EMAIL",
  IBAN_CODE: "IBAN",
  IP_ADDRESS: "IP_ADDRESS",
  NUMERO_TELEFONO: "PHONE",
  NUMERO_FAX: "PHONE",
  CORREO_ELECTRONICO: "EMAIL",
};

const spanOf = (t: Text, l: Label) => {
  const start = t.text.indexOf(l.value);
  if (start === -1) throw new Error(`fixture: ${JSON.stringify(l.value)} is not in ${JSON.stringify(t.text)}`);
  return { start, end: start + l.value.length };
};

let dir: string;

function writeSets(): void {
  const presidio = TEXTS.filter((t) => t.set === "presidio-research").map((t) => ({
    full_text: t.text,
    spans: t.labels.map((l) => ({ entity_type: l.label, entity_value: l.value, start_position: spanOf(t, l).start, end_position: spanOf(t, l).end })),
  }));
  mkdirSync(join(dir, "presidio"));
  // The second file repeats a text of the first: it must count once.
  writeFileSync(join(dir, "presidio/synth_dataset_v2.json"), JSON.stringify(presidio.slice(0, 4)));
  writeFileSync(join(dir, "presidio/generated_large.json"), JSON.stringify([...presidio.slice(3)]));
  for (const part of ["train", "dev", "test"]) mkdirSync(join(dir, "meddocan", part, "brat"), { recursive: true });
  TEXTS.filter((t) => t.set === "meddocan").forEach((t, i) => {
    const part = ["train", "dev", "test"][i % 3]!;
    writeFileSync(join(dir, "meddocan", part, "brat", `case-${i}.txt`), t.text);
    const ann = t.labels.map((l, j) => `T${j + 1}\t${l.label} ${spanOf(t, l).start} ${spanOf(t, l).end}\t${l.value}`).join("\n");
    writeFileSync(join(dir, "meddocan", part, "brat", `case-${i}.ann`), ann + "\n");
  });
}

const run = (...args: string[]) => {
  const env = { ...process.env };
  delete env["LLMSCOPE_PUBLIC_PII"];
  return spawnSync(process.execPath, [SCRIPT, ...args], { encoding: "utf8", env });
};

/** The script's table as `set|type` → [labelled, TP, FP, FN, FN with other bounds, FP inside out-of-scope]. */
function table(stdout: string): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (const line of stdout.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length < 12 || !/^\d+$/.test(cells[3]!)) continue;
    const type = cells[2]!.startsWith("**micro**") ? "micro" : cells[2]!;
    rows.set(
      `${cells[1]}|${type}`,
      [3, 4, 5, 6, 10, 11].map((i) => Number(cells[i])),
    );
  }
  return rows;
}

function expected(split: "dev" | "blind"): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  const add = (key: string, at: number, n = 1) => {
    const row = rows.get(key) ?? [0, 0, 0, 0, 0, 0];
    row[at]! += n;
    rows.set(key, row);
  };
  for (const t of TEXTS.filter((x) => hashSplit(x.text) === split)) {
    for (const set of [t.set, "pooled"]) {
      for (const l of t.labels) {
        const type = TYPE[l.label];
        if (type === undefined) continue;
        for (const key of [`${set}|${type}`, `${set}|micro`]) {
          add(key, 0);
          if (l.outcome === "tp") add(key, 1);
          else add(key, 3);
          if (l.outcome === "boundary") add(key, 4);
        }
      }
      for (const f of t.fp ?? []) {
        for (const key of [`${set}|${f.type}`, `${set}|micro`]) {
          add(key, 2);
          if (f.inOutOfScope) add(key, 5);
        }
      }
    }
  }
  return rows;
}

describe("external-pii-eval.mjs", () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "llmscope-pii-sets-"));
    writeSets();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("the fixture has texts in both splits", () => {
    expect(new Set(TEXTS.map((t) => hashSplit(t.text)))).toEqual(new Set(["dev", "blind"]));
  });

  it.each(["dev", "blind"] as const)("counts exact spans per set, type and pooled on the %s split", (split) => {
    const result = run("--split", split, "--dir", dir);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const got = table(result.stdout);
    const want = expected(split);
    // Rows with neither labels nor false positives are not printed; the micro rows always are.
    for (const [key, counts] of want) if (counts[0] === 0 && counts[2] === 0 && !key.endsWith("|micro")) want.delete(key);
    for (const set of ["presidio-research", "meddocan", "pooled"]) if (!want.has(`${set}|micro`)) want.set(`${set}|micro`, [0, 0, 0, 0, 0, 0]);
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(want));
  });

  it.each(["dev", "blind"] as const)("scores MEDDOCAN by its bounds convention on request (%s split)", (split) => {
    // The fixture's boundary cases are MEDDOCAN numbers after a "+" or "(": by the set's convention each is one true positive.
    const result = run("--split", split, "--dir", dir, "--bounds", "convention");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/each set's bounds convention/);
    const got = table(result.stdout);
    const exact = table(run("--split", split, "--dir", dir).stdout);
    const moved = TEXTS.filter((t) => t.set === "meddocan" && hashSplit(t.text) === split && t.labels.some((l) => l.outcome === "boundary")).length;
    const [labelled = 0, tp = 0, fp = 0, fn = 0] = exact.get("meddocan|PHONE") ?? [];
    expect((got.get("meddocan|PHONE") ?? [0, 0, 0, 0]).slice(0, 4)).toEqual([labelled, tp + moved, fp - moved, fn - moved]);
    expect(got.get("presidio-research|micro")).toEqual(exact.get("presidio-research|micro"));
    expect(run("--split", split, "--dir", dir, "--bounds", "loose").stderr).toMatch(/--bounds must be exact or convention, not "loose"/);
  });

  it("prints texts only for the dev split", () => {
    const blind = run("--split", "blind", "--dir", dir, "--show", "5");
    expect(blind.status).toBe(2);
    expect(blind.stderr).toMatch(/only for the dev split/);
    const dev = run("--split", "dev", "--dir", dir, "--show", "5");
    expect(dev.status).toBe(0);
  });

  it("names what is wrong with a missing split, directory or file, or a span that does not hold its value", () => {
    expect(run("--dir", dir).stderr).toMatch(/--split dev\|blind is required/);
    expect(run("--split", "dev").stderr).toMatch(/--dir DIR or LLMSCOPE_PUBLIC_PII/);
    const missing = run("--split", "dev", "--dir", join(dir, "nowhere"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no .*nowhere.*synth_dataset_v2\.json/);
    const bad = mkdtempSync(join(tmpdir(), "llmscope-pii-bad-"));
    try {
      mkdirSync(join(bad, "presidio"));
      writeFileSync(join(bad, "presidio/synth_dataset_v2.json"), "[]");
      writeFileSync(join(bad, "presidio/generated_large.json"), "[]");
      for (const part of ["train", "dev", "test"]) mkdirSync(join(bad, "meddocan", part, "brat"), { recursive: true });
      writeFileSync(join(bad, "meddocan/train/brat/a.txt"), "Tfno: 926232991.");
      writeFileSync(join(bad, "meddocan/train/brat/a.ann"), "T1\tNUMERO_TELEFONO 5 14\t926232991\n");
      const r = run("--split", "dev", "--dir", bad);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/a\.ann: span 5-14 does not hold "926232991"/);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});
