// Seeded randomness for the eval-set generators: the same seed gives the same set, byte for byte.
// The generator itself is the detectors' own (built by `npm run build`), shared with the collector's
// statistical measurements.
export { mulberry32 } from "@llmscope/detectors/internals";

/** Fisher–Yates on the array itself (returned). */
export function shuffleInPlace(arr, rand) {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [arr[i], arr[j]] = [arr[j], arr[i]];
  }
  return arr;
}

/** A shuffled copy. */
export function shuffled(arr, rand) {
  return shuffleInPlace([...arr], rand);
}
