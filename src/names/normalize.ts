// Function names as a fingerprint sees them: the same function under every Go release.
//
//   main.closures.func1.2                 (go1.17–1.20)  ┐
//   main.closures.closures.func1.func5    (go1.21+, after inlining)  ├─ main.closures.λ
//   main.goWrapper.func1 / .gowrap1       (go statement wrappers)   ┘   main.goWrapper.λ
//   main.(*Stack[...]).Pop                (generic instantiation)   →  main.(*Stack).Pop
//   main.walk-range1, main.(*T).M-fm      (range-func body, method value) → ….λ
//
// Closure and wrapper suffixes (`funcN`, `N`, `gowrapN`, `deferwrapN`, `-rangeN`, `-fm`)
// become one `λ` on the innermost named function before them: inlining adds the caller's
// name in front (`Run.Logger.func1` is Logger's closure inlined into Run), and numbering
// changes with the release and the inliner, so numbers and callers are both dropped.
// Part of fingerprint fp1 (group/fingerprint.ts): a change here is a new fingerprint version.

import { isClosureSegment } from "./closures.js";
import { packageOf } from "./package-path.js";

export const CLOSURE = "λ";

export function normalizeFunc(func: string): string {
  const pkg = packageOf(func);
  if (pkg.length >= func.length) return stripBrackets(func);
  const rest = stripBrackets(func.slice(pkg.length + 1));
  const named: string[] = [];
  let closure = false;
  for (const raw of rest.split(".")) {
    let segment = raw;
    const dash = segment.indexOf("-");
    if (dash !== -1) {
      // `-fm` (method value) and `-rangeN` (range-over-func body) mark generated code.
      closure = true;
      segment = segment.slice(0, dash);
      if (segment !== "" && !isClosureSegment(segment)) named.push(segment);
      break;
    }
    if (isClosureSegment(segment)) {
      closure = true;
      break;
    }
    named.push(segment);
  }
  if (!closure) return `${pkg}.${named.join(".")}`;
  const last = named[named.length - 1] ?? "";
  const receiver = named.length === 2 && named[0]?.startsWith("(") ? `${named[0]}.` : "";
  return `${pkg}.${receiver}${last}.${CLOSURE}`;
}

function stripBrackets(text: string): string {
  if (!text.includes("[")) return text;
  let out = "";
  let depth = 0;
  for (const c of text) {
    if (c === "[") depth++;
    else if (c === "]") depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  return out;
}
