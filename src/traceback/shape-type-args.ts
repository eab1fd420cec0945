// A generic function's linker symbol, as the race detector prints it: its shape type arguments
// in full, blanks and all.

/**
 * Whether every blank of a function name is inside the brackets of shape type arguments
 * (`go-radix.(*Tree[go.shape.interface { Path() string }]).Delete`, holdout-16/hugo-14412).
 * A goroutine traceback prints `[...]` for type arguments (funcNameForPrint), but the race
 * runtime names a frame by the raw symbol (`sf.name()`, go1.26 src/runtime/race.go
 * raceSymbolizeCode), whose shape types of interfaces, structs, funcs and channels hold
 * blanks. Blanks outside brackets, or brackets with no shape in them, are prose, not a name.
 */
export function blanksOnlyInShapeTypeArgs(name: string): boolean {
  const open = name.indexOf("[go.shape.");
  if (open <= 0) return false;
  let depth = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 0x5b /* [ */) depth++;
    else if (c === 0x5d /* ] */) depth--;
    else if (c === 0x20 && (depth <= 0 || i < open)) return false;
  }
  return depth === 0;
}
