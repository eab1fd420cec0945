// How the places of a crash are named to a person, the same in the terminal and in HTML.

import type { CrashSite } from "../diagnose/site.js";
import { labels } from "../i18n/labels.js";
import type { Lang } from "../i18n/types.js";
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
  lang: Lang = "en",
): LabeledSite[] {
  const L = labels(lang);
  if (site.frame === null) return [];
  if (crash.kind === "race") {
    const out = [{ label: L.siteAccess, frame: site.frame }];
    if (site.origin !== null) out.push({ label: L.sitePrevious, frame: site.origin });
    return out;
  }
  const out: LabeledSite[] = [];
  const recovered = crash.recoveredBy !== undefined;
  const chained = site.origin !== null && site.origin !== site.frame;
  if (chained && site.origin !== null) {
    out.push({ label: recovered ? L.sitePanickedIn : L.siteRootCause, frame: site.origin });
  }
  out.push({
    label: recovered ? L.siteRecoveredIn : chained ? L.siteDiedIn : L.siteCrash,
    frame: site.frame,
  });
  return out;
}
