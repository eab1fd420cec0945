// The library surface of panicscope.
export type * from "./model.js";
