// How the places of a crash are named to a person, the same in the terminal and in HTML.

import type { CrashSite } from "../diagnose/site.js";
import type { Crash, Frame } from "../model.js";

export interface LabeledSite {
  label: string;
  frame: Frame;
}

/**
 * The crash site, and for a chain the root cause before it (the later panic only reported
 * it again); a recovered panic says where it was recovered; a race names its two accesses.
 */
export function labeledSites(
  crash: Pick<Crash, "kind" | "recoveredBy">,
  site: CrashSite,
): LabeledSite[] {
  if (site.frame === null) return [];
  if (crash.kind === "race") {
    const out = [{ label: "access", frame: site.frame }];
    if (site.origin !== null) out.push({ label: "previous", frame: site.origin });
    return out;
  }
  const out: LabeledSite[] = [];
  // A logged stack's site is below the recovering code already (diagnose/logged-site.ts).
  const recovered = crash.recoveredBy !== undefined && crash.kind !== "logged";
  const chained = site.origin !== null && site.origin !== site.frame;
  if (chained && site.origin !== null) {
    out.push({ label: recovered ? "panicked in" : "root cause", frame: site.origin });
  }
  out.push({
    label: recovered ? "recovered in" : chained ? "died in" : "crash site",
    frame: site.frame,
  });
  return out;
}
