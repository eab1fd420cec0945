// The library surface of panicscope.

export * from "./binary/index.js";
export type { AddressSpace } from "./bytes/address-space.js";
export type * from "./model.js";
