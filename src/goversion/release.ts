// One Go release as the toolchain names it — "go1.22.1", "go1.22", "go1.22rc1", "devel go1.27-…"
// — read once into numbers, compared as Go compares them, printed back as Go prints them.
// Grammar and order: internal/gover (Go 1.26, src/internal/gover/gover.go).

export interface GoRelease {
  readonly kind: "release";
  readonly major: number;
  readonly minor: number;
  /** Absent in "go1.22" (a language version; before go1.21 also the first release) and "go1.22rc1". */
  readonly patch?: number;
  /** "rc1", "beta2": a pre-release of the minor (Go has none of a patch release). */
  readonly prerelease?: { readonly kind: string; readonly number?: number };
  /** A development build, "devel go1.27-abc123 …": a commit on the way to that minor. */
  readonly devel?: true;
}

export function goRelease(major: number, minor: number, patch?: number): GoRelease {
  return patch === undefined
    ? { kind: "release", major, minor }
    : { kind: "release", major, minor, patch };
}

// "1.22.1" | "1.22" | "1.22rc1" | "1.22rc": numbers without a leading zero, as gover.cutInt.
const NUMBER = "(0|[1-9]\\d{0,8})";
const GRAMMAR = new RegExp(`^${NUMBER}\\.${NUMBER}(?:\\.${NUMBER}|([a-z]+)${NUMBER}?)?$`);

/**
 * Reads a release: "go1.22.1", "go1.22", "go1.22rc1", and what build info and `go version` add
 * around it: "go1.21.0 X:loopvar", "go1.22.1-bigcorp", and the two spellings of a development
 * build, "devel go1.24-8d4ad2e Wed …" and, from Go 1.25 on, "go1.25-devel_8d4ad2e Wed …"
 * (cmd/dist/build.go of each). Null for anything else, including a bare "go1" and a devel build that does
 * not name its minor ("devel +8d4ad2e …").
 */
export function parseGoRelease(text: string): GoRelease | null {
  let rest = text.trim();
  let devel = rest.startsWith("devel ");
  if (devel) rest = rest.slice(6).trimStart();
  if (!rest.startsWith("go")) return null;
  rest = rest.slice(2);
  // As go/version's stripGo, and build info's " X:…": what follows is not part of the release.
  const end = rest.search(/[ \t-]/);
  if (end >= 0) {
    if (rest.startsWith("-devel", end)) devel = true;
    rest = rest.slice(0, end);
  }
  const m = GRAMMAR.exec(rest);
  if (m === null) return null;
  const [, major, minor, patch, preKind, preNumber] = m;
  const release: { -readonly [K in keyof GoRelease]: GoRelease[K] } = {
    kind: "release",
    major: Number(major),
    minor: Number(minor),
  };
  if (patch !== undefined) release.patch = Number(patch);
  if (preKind !== undefined)
    release.prerelease =
      preNumber === undefined ? { kind: preKind } : { kind: preKind, number: Number(preNumber) };
  if (devel) release.devel = true;
  return release;
}

/** "go1.22.1", "go1.22rc1", "devel go1.27": the release as Go spells it. */
export function formatGoRelease(r: GoRelease): string {
  const pre = r.prerelease === undefined ? "" : `${r.prerelease.kind}${r.prerelease.number ?? ""}`;
  const patch = r.patch === undefined ? "" : `.${r.patch}`;
  return `${r.devel === true ? "devel " : ""}go${r.major}.${r.minor}${patch}${pre}`;
}

/**
 * Go's order (gover.Compare): go1.21 < go1.21rc1 < go1.21.0 < go1.21.1, and before go1.21 a
 * missing patch is .0 (go1.20 = go1.20.0). A devel build sorts as its minor's language version.
 */
export function compareGoReleases(a: GoRelease, b: GoRelease): number {
  return (
    a.major - b.major ||
    a.minor - b.minor ||
    patchOrder(a) - patchOrder(b) ||
    comparePrerelease(a.prerelease, b.prerelease)
  );
}

function patchOrder(r: GoRelease): number {
  if (r.patch !== undefined) return r.patch;
  return r.prerelease === undefined && r.major === 1 && r.minor < 21 ? 0 : -1;
}

function comparePrerelease(a: GoRelease["prerelease"], b: GoRelease["prerelease"]): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1; // "" < alpha < beta < rc
  return (a.number ?? -1) - (b.number ?? -1);
}

/** Major and minor only: go1.22.5 and go1.22rc1 are both go1.22 here. */
export function compareGoMinors(a: GoRelease, b: GoRelease): number {
  return a.major - b.major || a.minor - b.minor;
}
