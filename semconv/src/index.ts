export * from "./attributes";
export * from "./span-types";
export * from "./metrics";
export * from "./feedback";
export * from "./errors";
