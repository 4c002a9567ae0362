// Near-duplicate filtering for the eval-set generators: two texts whose word sets overlap by a
// Jaccard index of 0.8 or more count as one text, so a set neither trains nor tests the same
// sentence twice under two ids.

export const NEAR_DUPLICATE = 0.8;

/** The lower-cased words of a text: the runs between `separators` (by default anything but a letter or a digit). */
export function wordSet(text, separators = /[^\p{L}\p{N}]+/u) {
  return new Set(text.toLowerCase().split(separators).filter(Boolean));
}

/** |a ∩ b| / |a ∪ b| of two sets; two empty sets are the same. */
export function jaccard(a, b) {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 1 : inter / union;
}

/**
 * The rows in their order, less each row whose feature set is a near duplicate of a row kept before
 * it. `features` gives a row's set (by default the word set of its text); `onDrop` sees each dropped row.
 */
export function dropNearDuplicates(rows, { features = (row) => wordSet(row.text), onDrop = () => {} } = {}) {
  const kept = [];
  const keptSets = [];
  for (const row of rows) {
    const set = features(row);
    if (keptSets.some((k) => jaccard(k, set) >= NEAR_DUPLICATE)) {
      onDrop(row);
      continue;
    }
    kept.push(row);
    keptSets.push(set);
  }
  return kept;
}
