// Types for the TypeScript tests that load the public evaluation sets (public-sets.mjs).
import type { PublicTrainingSet } from "../training/lexical-train";

export declare const PUBLIC_SETS_ENV: string;
export declare const hashSplit: (text: string) => "dev" | "blind";
export declare function publicTrainingSets(dir: string): PublicTrainingSet[];
