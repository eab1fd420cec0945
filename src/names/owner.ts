// Whose code a function is: the runtime's, the standard library's, a dependency's or the
// program's. The one classifier every stage uses (the parser per frame, symbolized frames,
// fingerprints, crash sites), so that `frame` and `origin` (ARCHITECTURE.md) agree everywhere.

import type { Frame, FrameLocation } from "../model.js";
import type { CodeOwner } from "./func.js";
import { packageOf } from "./package-path.js";
import { isStdlibRoot } from "./stdlib.js";
import { definedTypeOf, isToolchainSymbol, typeOfGenerated } from "./toolchain.js";

/**
 * Functions outside runtime/internal that exist only to crash the program: the runtime's
 * throw helpers linked into other packages (go1.17–1.18 `sync.throw`, go1.19+ `sync.fatal`;
 * go1.24+ `internal/sync.fatal` is internal/… already).
 */
const THROW_HELPERS = new Set(["sync.throw", "sync.fatal"]);

/**
 * What the text alone tells of a function: the runtime's own, the standard library's, or
 * the program's and its dependencies' ("user"). Called for every frame of every goroutine, so
 * it allocates nothing and avoids hashing the whole name: prefix checks first, then one short
 * lookup of the package path's first element.
 */
export function locationOf(func: string): FrameLocation {
  const c = func.charCodeAt(0);
  if (c === 0x6d /* m */ && func.startsWith("main.")) return "user";
  if (c === 0x72 /* r */ && (func.startsWith("runtime.") || func.startsWith("runtime/")))
    return "runtime";
  if (c === 0x69 /* i */ && func.startsWith("internal/")) return "runtime";
  if (c === 0x70 /* p */ && func === "panic") return "runtime";
  if (c === 0x73 /* s */ && THROW_HELPERS.has(func)) return "runtime";
  // The toolchain's symbols (go:buildid, _cgo_…): no one's source. An equality or hash
  // function the compiler made for a defined type is that type's package's code, as the
  // `frame` contract reads packages (real/holdout-10 gouroboros-312: `type..hash.…/cbor.Value`
  // is the crash site of a hash of an unhashable value); one for a type of no package is none.
  if (isToolchainSymbol(func)) {
    const type = typeOfGenerated(func);
    const defined = type === null ? null : definedTypeOf(type);
    return defined === null ? "runtime" : locationOf(defined);
  }
  let slash = func.indexOf("/");
  const dot = func.indexOf(".");
  if (slash !== -1 && dot !== -1 && dot < slash) {
    // A dot before the first slash is a domain (github.com/…): never the standard library;
    // unless that slash is inside type arguments (`slices.sortFunc[go.shape.struct { net/netip.…`).
    if (!opensBefore(func, slash)) return "user";
    slash = -1;
  }
  // No package at all: a function of the C runtime of Go ≤1.4 (`stopm`, `runfinq`), or a C or
  // assembly symbol of the runtime (`crosscall2`, `_cgo_topofstack`).
  if (dot === -1 && slash === -1) return "runtime";
  const rootEnd = slash === -1 ? dot : slash;
  if (rootEnd === -1) return "user";
  return isStdlibRoot(func.slice(0, rootEnd)) ? "stdlib" : "user";
}

/** Whether a '[' or '(' comes before `end`: what follows is no longer the package path. */
function opensBefore(func: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = func.charCodeAt(i);
    if (c === 0x5b /* [ */ || c === 0x28 /* ( */) return true;
  }
  return false;
}

/** A dependency's file: in the module cache (`…@v1.2.3/`, with or without -trimpath) or vendor/. */
export function isDependencyFile(file: string): boolean {
  if (file.includes("/vendor/") || file.startsWith("vendor/")) return true;
  const at = file.indexOf("@v");
  return at !== -1 && /^@v\d/.test(file.slice(at, at + 3));
}

/** Whose code a function is, from its name and the file its frame names. */
export function ownerOf(func: string, file: string): CodeOwner {
  const location = locationOf(func);
  return location === "user" ? userOwner(func, file) : location;
}

/** Whose code a parsed frame is (its location already read from the name). */
export function frameOwner(frame: Pick<Frame, "func" | "file" | "location">): CodeOwner {
  return frame.location === "user" ? userOwner(frame.func, frame.file) : frame.location;
}

/** The program's code or a dependency's: GOPATH-era vendoring shows in the name itself. */
function userOwner(func: string, file: string): CodeOwner {
  return isDependencyFile(file) || packageOf(func).includes("/vendor/") ? "dependency" : "program";
}

/**
 * A standard-library function the runtime implements (linknamed into it): `sync.runtime_Semacquire`,
 * `internal/poll.runtime_pollWait`. Its arguments are the runtime's bookkeeping.
 */
export function isRuntimeHook(func: string): boolean {
  return func.includes(".runtime_");
}
