// Splitting a function name into package, receiver, name, closure suffixes and type arguments.

import { isClosureSegment, isMiddotClosure } from "./closures.js";
import type { Func } from "./func.js";
import { packageEnd } from "./package-path.js";
import { isToolchainSymbol } from "./toolchain.js";

/** Splits a function name as tracebacks print it, or as a binary's function table holds it. */
export function parseFunc(func: string): Func {
  const end = packageEnd(func);
  if (end >= func.length || isToolchainSymbol(func)) {
    return { pkg: "", receiver: "", name: func, closure: "", typeArgs: "" };
  }
  // One span of type arguments, cut as the runtime cuts it for printing (first '[' to last ']').
  const open = func.indexOf("[", end);
  const close = open === -1 ? -1 : func.lastIndexOf("]");
  const generic = close > open;
  const typeArgs = generic ? func.slice(open, close + 1) : "";
  let rest = generic ? func.slice(end + 1, open) + func.slice(close + 1) : func.slice(end + 1);
  let receiver = "";
  if (rest.startsWith("(")) {
    const paren = rest.indexOf(").");
    if (paren !== -1) {
      receiver = rest.slice(1, paren);
      rest = rest.slice(paren + 2);
    }
  } else {
    const dot = rest.indexOf(".");
    // Type arguments after the first segment belong to a function (`init.OnceValue[…].func1`,
    // inlined into init): a method has none of its own, so the first segment is no receiver.
    const argsOnSecond = generic && open - end - 1 > dot;
    if (dot > 0 && !argsOnSecond && isValueReceiver(rest.slice(0, dot), rest.slice(dot + 1))) {
      receiver = rest.slice(0, dot);
      rest = rest.slice(dot + 1);
    }
  }
  let name: string;
  let closure: string;
  if (rest.startsWith("glob..")) {
    // Closures in package-level variable initialisers hang off the pseudo-function `glob.`.
    name = "glob.";
    closure = rest.slice(6);
  } else if (isMiddotClosure(rest)) {
    name = "";
    closure = rest;
  } else {
    const at = suffixStart(rest);
    name = rest.slice(0, at);
    closure = rest.charCodeAt(at) === 0x2e /* . */ ? rest.slice(at + 1) : rest.slice(at);
  }
  return { pkg: func.slice(0, end), receiver, name, closure, typeArgs };
}

/**
 * `pkg.T.M`: a value receiver prints without parentheses, so `A.B…` is a method B of type A
 * unless B is a closure or wrapper segment (`main.f.func1`, `init.0`), the `abi0` of an ABI
 * wrapper's symbol (`main._Cfunc_f.abi0`, in symbol tables), or A's own name (go1.21+ names a
 * closure inlined into its own function `f.f.func1`), or A is a function that cannot be a type
 * (`init`, the generated `glob.`, `func·001`). Still
 * a guess for a closure inlined into another function (`Run.Logger.func1`): the text cannot
 * tell those apart.
 */
function isValueReceiver(first: string, after: string): boolean {
  if (first === "glob" || first === "init" || isMiddotClosure(first)) return false;
  if (suffixStart(first) !== first.length) return false;
  const second = after.slice(0, suffixStart(after));
  if (second === "" || second === first || second === "abi0" || isClosureSegment(second))
    return false;
  const c = second.charCodeAt(0);
  return c < 0x30 || c > 0x39;
}

/**
 * Where the name ends: the first '.', '-' (`-fm`, `-range1`) or '·' (`·dwrap·1`, `init·1`; `В·`
 * where a cp1251 console read the middle dot's UTF-8: real/golang-10300).
 */
function suffixStart(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e /* . */ || c === 0x2d /* - */ || c === 0xb7 /* · */) return i;
    if (c === 0x412 /* В */ && text.charCodeAt(i + 1) === 0xb7) return i;
  }
  return text.length;
}
