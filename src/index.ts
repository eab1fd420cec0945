// The library surface of panicscope.

export * from "./binary/index.js";
export type * from "./model.js";
