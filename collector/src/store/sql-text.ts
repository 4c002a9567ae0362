/**
 * Lexical helpers for migration SQL: split a file into statements and strip comments, both
 * aware of quoted strings/identifiers so a `;` or `--` inside quotes is never mistaken for syntax.
 */

type Piece = { kind: "code" | "comment" | "quoted"; text: string };

function lex(sql: string): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  let code = "";
  const flush = () => {
    if (code) pieces.push({ kind: "code", text: code });
    code = "";
  };
  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if (c === "-" && next === "-") {
      const end = sql.indexOf("\n", i);
      const stop = end === -1 ? sql.length : end;
      flush();
      pieces.push({ kind: "comment", text: sql.slice(i, stop) });
      i = stop;
    } else if (c === "/" && next === "*") {
      const end = sql.indexOf("*/", i + 2);
      if (end === -1) throw new Error("unterminated /* comment in SQL");
      flush();
      pieces.push({ kind: "comment", text: sql.slice(i, end + 2) });
      i = end + 2;
    } else if (c === "'" || c === '"' || c === "`") {
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === "\\") j += 2;
        else if (sql[j] === c && sql[j + 1] === c) j += 2;
        else if (sql[j] === c) break;
        else j += 1;
      }
      if (j >= sql.length) throw new Error(`unterminated ${c} quote in SQL`);
      flush();
      pieces.push({ kind: "quoted", text: sql.slice(i, j + 1) });
      i = j + 1;
    } else {
      code += c;
      i += 1;
    }
  }
  flush();
  return pieces;
}

/**
 * Splits SQL text into statements on top-level `;`. Each statement keeps its own text verbatim
 * (comments included, trimmed); pieces holding only comments/whitespace are dropped.
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = "";
  let hasCode = false;
  for (const piece of lex(sql)) {
    if (piece.kind !== "code") {
      current += piece.text;
      if (piece.kind === "quoted") hasCode = true;
      continue;
    }
    const parts = piece.text.split(";");
    parts.forEach((part, index) => {
      if (index > 0) {
        if (hasCode) statements.push(current.trim());
        current = "";
        hasCode = false;
      }
      current += part;
      if (part.trim()) hasCode = true;
    });
  }
  if (hasCode) statements.push(current.trim());
  return statements;
}

/** Removes `--` and block comments (outside quotes) and collapses blank lines. */
export function stripComments(sql: string): string {
  return lex(sql)
    .filter((p) => p.kind !== "comment")
    .map((p) => p.text)
    .join("")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .join("\n")
    .trim();
}
