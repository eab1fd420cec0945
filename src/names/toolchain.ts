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
