// The suffixes the compiler gives the functions it makes out of others: closures, go/defer
// statement wrappers, range-over-func bodies, method values.

/** `funcN`, `N`, `gowrapN`, `deferwrapN`: one closure or wrapper segment of a name. */
export function isClosureSegment(segment: string): boolean {
  let i = 0;
  if (segment.startsWith("func")) i = 4;
  else if (segment.startsWith("gowrap")) i = 6;
  else if (segment.startsWith("deferwrap")) i = 9;
  if (i === segment.length) return false;
  for (; i < segment.length; i++) {
    const c = segment.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Whether a frame is a go/defer statement wrapper the runtime hides below GOTRACEBACK=system. */
export function isStatementWrapper(func: string): boolean {
  const dot = func.lastIndexOf(".");
  const last = func.slice(dot + 1);
  return (last.startsWith("gowrap") || last.startsWith("deferwrap")) && isClosureSegment(last);
}

/**
 * A Go ≤1.4 package-level closure, `func·001` (the middle dot sometimes read as `В·` by a
 * cp1251 console: real/golang-10300).
 */
export function isMiddotClosure(segment: string): boolean {
  return segment.startsWith("func·") || segment.startsWith("funcВ·");
}
