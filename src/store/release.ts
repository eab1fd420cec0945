// Release order, for the regression rule: a crash from a release at or after the one an issue
// was resolved in reopens it. Releases are compared as semantic versions (a leading `v`
// allowed, prerelease before release, build metadata ignored) when both parse, otherwise as
// plain text (code-unit order), so `2024-05-01` dates and build numbers of equal width order
// as expected.

const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Negative when a is older than b, 0 when equal, positive when newer. */
export function compareReleases(a: string, b: string): number {
  const x = SEMVER.exec(a);
  const y = SEMVER.exec(b);
  if (!x || !y) return a < b ? -1 : a > b ? 1 : 0;
  for (let i = 1; i <= 3; i++) {
    const d = Number(x[i]) - Number(y[i]);
    if (d !== 0) return Math.sign(d);
  }
  return comparePrerelease(x[4], y[4]);
}

function comparePrerelease(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const p = pa[i] as string;
    const q = pb[i] as string;
    if (p === q) continue;
    const np = /^\d+$/.test(p);
    const nq = /^\d+$/.test(q);
    if (np && nq) return Math.sign(Number(p) - Number(q));
    if (np) return -1;
    if (nq) return 1;
    return p < q ? -1 : 1;
  }
  return Math.sign(pa.length - pb.length);
}

/** Whether a crash from `release` reopens an issue resolved in `resolvedIn`. */
export function reopens(resolvedIn: string | null, release: string | null): boolean {
  // Resolved with no release named, or a crash that names none: any new crash is news.
  if (resolvedIn === null || release === null) return true;
  return compareReleases(release, resolvedIn) >= 0;
}
