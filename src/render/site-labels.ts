// How the places of a crash are named to a person, the same in the terminal and in HTML.

import type { CrashSite } from "../diagnose/site.js";
import type { Crash, Frame } from "../model.js";

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
): LabeledSite[] {
  if (crash.kind === "race") {
    if (site.frame === null) return [];
    const out = [{ label: "access", frame: site.frame }];
    if (site.origin !== null) out.push({ label: "previous", frame: site.origin });
    return out;
  }
  // net/http logged it, or a framework's handler did (kind `logged`): the panic was recovered.
  const logged = crash.recoveredBy !== undefined || crash.kind === "logged";
  const out: LabeledSite[] = [];
  if (site.handler !== null) {
    if (site.frame !== null)
      out.push({ label: logged ? "panicked in" : "died in", frame: site.frame });
    const recovered = logged || crash.panics.some((p) => p.recovered);
    out.push({ label: recovered ? "recovered in" : "panicked again in", frame: site.handler });
    return out;
  }
  if (site.frame === null) return [];
  const chained = site.origin !== null && site.origin !== site.frame;
  if (chained && site.origin !== null) out.push({ label: "root cause", frame: site.origin });
  out.push({
    label: logged ? "panicked in" : chained ? "died in" : "crash site",
    frame: site.frame,
  });
  return out;
}

/** The width labels are padded to: the longest one and two spaces, so none touches its name. */
export function labelWidth(labels: readonly string[]): number {
  return Math.max(12, ...labels.map((label) => label.length + 2));
}
