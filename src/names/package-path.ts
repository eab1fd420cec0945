// Where the package path of a function name ends, and what it is once unescaped.

/**
 * Index where the package path ends: the first '.' after the last '/' that stands before the
 * receiver's '(' and outside type arguments' brackets (which may hold other paths:
 * `(*fileLoaderWorker[go.shape.*github.com/x/y.T]).start`). The name's length if there is none.
 */
export function packageEnd(name: string): number {
  let lastSlash = -1;
  let depth = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 0x5b /* [ */) depth++;
    else if (c === 0x5d /* ] */) depth--;
    else if (c === 0x28 /* ( */ && depth === 0) break;
    else if (c === 0x2f /* / */ && depth === 0) lastSlash = i;
  }
  const dot = name.indexOf(".", lastSlash + 1);
  return dot === -1 ? name.length : dot;
}

/** The package path of a function as printed: `github.com/x/y` for `github.com/x/y.(*T).M`. */
export function packageOf(func: string): string {
  return func.slice(0, packageEnd(func));
}

/** The function without its package: `(*T).M.func1` for `github.com/x/y.(*T).M.func1`. */
export function withoutPackage(func: string): string {
  return func.slice(packageEnd(func) + 1);
}

/** The function from its package's last path element on: `y.(*T).M` for `github.com/x/y.(*T).M`. */
export function shortName(func: string): string {
  const end = packageEnd(func);
  return func.slice(func.lastIndexOf("/", end) + 1);
}

/**
 * The import path a printed package path stands for. The linker escapes, in symbol names, a
 * '.' in the last path element and bytes ≤ ' ', '%', '"', ≥ 0x7f as %xx
 * (go1.26 cmd/internal/objabi/path.go, PathToPrefix): `gopkg.in/yaml%2ev2` is `gopkg.in/yaml.v2`.
 */
export function importPath(pkg: string): string {
  if (!pkg.includes("%")) return pkg;
  try {
    // Bytes ≥ 0x7f are escaped one by one: the escapes spell UTF-8, as in a URI.
    return decodeURIComponent(pkg);
  } catch {
    return pkg;
  }
}
