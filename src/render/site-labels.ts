// How the places of a crash are named to a person, the same in the terminal and in HTML.

import type { CrashSite } from "../diagnose/site.js";
import { labels } from "../i18n/labels.js";
import type { Lang } from "../i18n/types.js";
import type { Crash, Frame } from "../model.js";
import { displayWidth } from "./width.js";

export interface LabeledSite {
  label: string;
  frame: Frame;
}

/**
 * The crash site, and for a chain the root cause before it (the later panic only reported
 * it again); a panic that ran into a deferred call says which call recovered it (or panicked
 * again) after the frame that panicked; a race names its two accesses.
 */
export function labeledSites(
  crash: Pick<Crash, "kind" | "recoveredBy" | "panics">,
  site: CrashSite,
  lang: Lang = "en",
): LabeledSite[] {
  const L = labels(lang);
  if (crash.kind === "race") {
    if (site.frame === null) return [];
    const out = [{ label: L.siteAccess, frame: site.frame }];
    if (site.origin !== null) out.push({ label: L.sitePrevious, frame: site.origin });
    return out;
  }
  // net/http logged it, or a framework's handler did (kind `logged`): the panic was recovered.
  const logged = crash.recoveredBy !== undefined || crash.kind === "logged";
  const out: LabeledSite[] = [];
  if (site.handler !== null) {
    if (site.frame !== null)
      out.push({ label: logged ? L.sitePanickedIn : L.siteDiedIn, frame: site.frame });
    const recovered = logged || crash.panics.some((p) => p.recovered);
    out.push({ label: recovered ? L.siteRecoveredIn : L.sitePanickedAgainIn, frame: site.handler });
    return out;
  }
  if (site.frame === null) return [];
  const chained = site.origin !== null && site.origin !== site.frame;
  if (chained && site.origin !== null) out.push({ label: L.siteRootCause, frame: site.origin });
  out.push({
    label: logged ? L.sitePanickedIn : chained ? L.siteDiedIn : L.siteCrash,
    frame: site.frame,
  });
  return out;
}

/** The width labels are padded to: the longest one and two spaces, so none touches its name. */
export function labelWidth(labels: readonly string[]): number {
  return Math.max(12, ...labels.map((label) => displayWidth(label) + 2));
}
