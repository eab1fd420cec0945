// Symbols the toolchain makes, which belong to no Go package: found by PC in binaries.

/**
 * `go:buildid` (`go.buildid` before go1.20), `type:.eq.main.T` and `type:.hash.…` (`type..eq.…`
 * before go1.20: cmd/link renamed the `go.` and `type.` prefixes in go1.20). A module path may
 * start with `go.` (go.uber.org), so only `go.buildid` itself is taken in the old spelling.
 * And cgo's C functions: `_cgo_<hash>_Cfunc_f` (cmd/cgo's C half of a call), `_cgo_panic`,
 * `x_cgo_init` (runtime/cgo), with the compiler's `.cold` parts (`x_cgo_munmap.cold`).
 */
export function isToolchainSymbol(func: string): boolean {
  const c = func.charCodeAt(0);
  if (c === 0x67 /* g */) return func.startsWith("go:") || func === "go.buildid";
  if (c === 0x74 /* t */) return func.startsWith("type:") || func.startsWith("type..");
  if (c === 0x5f /* _ */) return func.startsWith("_cgo_");
  if (c === 0x78 /* x */) return func.startsWith("x_cgo_");
  return false;
}

/**
 * The type a compiler-made equality or hash function is for (`type:.eq.T`, `type:.hash.T`;
 * `type..eq.T`, `type..hash.T` before go1.20), or null for any other name.
 */
export function typeOfGenerated(func: string): string | null {
  if (func.charCodeAt(0) !== 0x74 /* t */ || func.charCodeAt(5) !== 0x2e /* . */) return null;
  const rest = func.startsWith("type:.") || func.startsWith("type..") ? 6 : -1;
  if (rest === -1) return null;
  if (func.startsWith("eq.", rest)) return func.slice(rest + 3);
  if (func.startsWith("hash.", rest)) return func.slice(rest + 5);
  return null;
}

/**
 * The defined type a type's text names, under its arrays and pointers (`[2]main.T` → `main.T`),
 * or null when none does: builtins, type literals (`struct { … }`, `interface {}`) and the
 * compiler's shapes (`go.shape.…`) belong to no package.
 */
export function definedTypeOf(type: string): string | null {
  let i = 0;
  while (i < type.length) {
    const c = type.charCodeAt(i);
    if (c === 0x2a /* * */) i++;
    else if (c === 0x5b /* [ */) {
      const close = type.indexOf("]", i);
      if (close === -1) return null;
      i = close + 1;
    } else break;
  }
  if (type.startsWith("go.shape.", i)) return null;
  // A defined type's name has a package before its first blank, brace or bracket.
  for (let j = i; j < type.length; j++) {
    const c = type.charCodeAt(j);
    if (c === 0x2e /* . */) return type.slice(i);
    if (c === 0x20 || c === 0x7b /* { */ || c === 0x5b /* [ */ || c === 0x28 /* ( */) return null;
  }
  return null;
}
