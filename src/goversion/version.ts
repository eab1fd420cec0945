// What is known of the Go version behind a crash or a rule: one release, or a range of minor
// releases with open ends. Printed as panicscope's documents have always printed it
// ("go1.22.1", "go1.22", "go1.26+", "go1.21–go1.26+", "go1.19–go1.23", "≤go1.16").

import { compareGoMinors, formatGoRelease, type GoRelease, goRelease } from "./release.js";

/** Whole minor releases from `from` to `to`, both included; a null end is open. */
export interface GoReleaseRange {
  readonly kind: "range";
  readonly from: GoRelease | null;
  readonly to: GoRelease | null;
  /**
   * With `to` open: the newest release the evidence could be checked against, which later ones
   * may resemble ("go1.21–go1.26+": the lines of go1.21 to go1.26, the newest known, or later).
   */
  readonly newestKnown?: GoRelease;
}

export type GoVersion = GoRelease | GoReleaseRange;

/**
 * The minors `from` to `to` (either may be null: open), as a release when only one is left;
 * null when nothing bounds them.
 */
export function goMinorRange(
  from: number | null,
  to: number | null,
  newestKnown?: number,
): GoVersion | null {
  if (from === null && to === null) return null;
  if (from !== null && from === to) return goRelease(1, from);
  const range: { -readonly [K in keyof GoReleaseRange]: GoReleaseRange[K] } = {
    kind: "range",
    from: from === null ? null : goRelease(1, from),
    to: to === null ? null : goRelease(1, to),
  };
  if (to === null && newestKnown !== undefined) range.newestKnown = goRelease(1, newestKnown);
  return range;
}

/**
 * Whether `release` fits what `version` says. A range holds whole minors (go1.23.5 is in
 * go1.19–go1.23). A release without patch or pre-release stands for its whole minor, on either
 * side: go1.19 fits go1.19.8 and go1.19.8 fits go1.19; two exact releases must be equal.
 */
export function goVersionContains(version: GoVersion, release: GoRelease): boolean {
  if (version.kind === "range") {
    return (
      (version.from === null || compareGoMinors(release, version.from) >= 0) &&
      (version.to === null || compareGoMinors(release, version.to) <= 0)
    );
  }
  if (compareGoMinors(version, release) !== 0) return false;
  if (wholeMinor(version) || wholeMinor(release)) return true;
  return (
    version.patch === release.patch &&
    version.prerelease?.kind === release.prerelease?.kind &&
    version.prerelease?.number === release.prerelease?.number
  );
}

function wholeMinor(r: GoRelease): boolean {
  return r.patch === undefined && r.prerelease === undefined;
}

/** Whether some minor release fits both (a mechanism note's releases and a crash's). */
export function goVersionsOverlap(a: GoVersion, b: GoVersion): boolean {
  const [aLow, aHigh] = ends(a);
  const [bLow, bHigh] = ends(b);
  return (
    (aLow === null || bHigh === null || compareGoMinors(aLow, bHigh) <= 0) &&
    (bLow === null || aHigh === null || compareGoMinors(bLow, aHigh) <= 0)
  );
}

function ends(v: GoVersion): [GoRelease | null, GoRelease | null] {
  return v.kind === "range" ? [v.from, v.to] : [v, v];
}

export function formatGoVersion(v: GoVersion): string {
  if (v.kind === "release") return formatGoRelease(v);
  if (v.from === null) return v.to === null ? "" : `≤${formatGoRelease(v.to)}`;
  const from = formatGoRelease(v.from);
  if (v.to !== null) return `${from}–${formatGoRelease(v.to)}`;
  const newest = v.newestKnown;
  return newest === undefined || compareGoMinors(newest, v.from) === 0
    ? `${from}+`
    : `${from}–${formatGoRelease(newest)}+`;
}
