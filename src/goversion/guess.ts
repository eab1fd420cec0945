// The Go version a crash text tells, with how it tells it: the `goVersion` and
// `goVersionSource` of the analysis document.

import { formatGoVersion, type GoVersion } from "./version.js";

/**
 * `path`: a GOROOT path names the release; `runtime-lines`: the standard library's line numbers
 * match those of the releases in the corpus; `format`: read from format changes.
 */
export type GoVersionSource = "path" | "runtime-lines" | "format";

export interface GoVersionGuess {
  readonly value: GoVersion;
  readonly from: GoVersionSource;
  /** `value` as the document prints it ("go1.22", "go1.26+", "go1.19–go1.23", "≤go1.16"). */
  readonly version: string;
}

export function goVersionGuess(value: GoVersion, from: GoVersionSource): GoVersionGuess {
  return { value, from, version: formatGoVersion(value) };
}
