// Writing an injection eval set: every set numbers its rows the same way and lists the same fields
// in the same order, so the sets diff and hash alike.

/** The rows as JSON lines (with the final newline), numbered in order from `${prefix}0001`. */
export function injectionJsonl(rows, prefix) {
  return (
    rows.map((r, i) => JSON.stringify({ id: prefix + String(i + 1).padStart(4, "0"), lang: r.lang, kind: r.kind, text: r.text, label: r.label })).join("\n") +
    "\n"
  );
}

/** How many rows fall under each value of `key(row)`, the values sorted. */
export function countBy(rows, key) {
  const counts = {};
  for (const row of rows) counts[key(row)] = (counts[key(row)] || 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort());
}

/** Prints one line of counts per grouping, e.g. `{ "by kind": (r) => r.kind }`. */
export function logCounts(rows, groupings) {
  for (const [title, key] of Object.entries(groupings)) console.log(title, countBy(rows, key));
}
