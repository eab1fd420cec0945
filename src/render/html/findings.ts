// What reading every goroutine taught, in the report: the same findings the terminal's
// diagnosis lists (render/diagnosis.ts) — recursion, the race's two sides, map users, running
// tests, what the waiting goroutine waits for, identical waits, shared objects, the longest
// wait — each a short list whose places link to their source when it was found.

import type { GoroutineFindings, SiteRef, WaitSite } from "../../diagnose/types.js";
import { escapeHtml } from "./escape.js";

/** Identical waits listed (the JSON has all of them). */
const WAITS_SHOWN = 10;

export function findingsHtml(f: GoroutineFindings): string {
  const out: string[] = [];
  if (f.recursion !== undefined)
    out.push(
      finding(
        "recursion",
        f.recursion.map((s) => `<li>${site(s)}</li>`),
      ),
    );
  if (f.race !== undefined) {
    const { access, previous, location } = f.race;
    const side = (label: string, s: typeof access) =>
      `<li><span class="label">${label}</span> ${escapeHtml(s.op)} by ${s.main ? "main goroutine" : `goroutine ${s.goroutine}`} at ${site(s.site)}${s.createdAt === null ? "" : ` <span class="note">(started at ${where(s.createdAt)})</span>`}</li>`;
    const items = [side("access", access)];
    if (previous !== null) items.push(side("previous", previous));
    if (location !== null)
      items.push(`<li><span class="label">variable</span> ${escapeHtml(location)}</li>`);
    out.push(finding("the race", items));
  }
  if (f.mapAccesses !== undefined)
    out.push(
      finding(
        "map users: other goroutines inside a map operation when it crashed",
        f.mapAccesses.map(
          (a) =>
            `<li>goroutine ${a.goroutine ?? "?"} [${escapeHtml(a.state)}] <span class="fn">${escapeHtml(a.operation)}</span> ${site(a.site)}</li>`,
        ),
      ),
    );
  if (f.tests !== undefined)
    out.push(
      finding(
        "running tests",
        f.tests.map((t) => {
          const duration = t.duration === "" ? "" : ` (${escapeHtml(t.duration)})`;
          const at =
            t.goroutine === null
              ? '<span class="note">goroutine not in the text</span>'
              : `goroutine ${t.goroutine} [${escapeHtml(t.state)}] ${site(t.site)}`;
          const helpers = t.helpers.map((h) => `<li>${waitLine(h)}</li>`).join("");
          return `<li><span class="mono">${escapeHtml(t.name)}</span>${duration} ${at}${helpers === "" ? "" : `<ul>${helpers}</ul>`}</li>`;
        }),
      ),
    );
  if (f.blockers !== undefined)
    out.push(
      finding(
        "waits for",
        f.blockers.map(
          (b) => `<li>${escapeHtml(b.why)}${b.site === null ? "" : `<br>${site(b.site)}`}</li>`,
        ),
      ),
    );
  if (f.waits?.some((w) => w.count > 1))
    out.push(
      finding(
        "identical waits",
        f.waits.slice(0, WAITS_SHOWN).map((w) => `<li>${waitLine(w)}</li>`),
      ),
    );
  if (f.shared !== undefined)
    out.push(
      finding(
        "shared objects",
        f.shared.map(
          (s) =>
            `<li>${s.count} goroutines wait on ${escapeHtml(s.object)} <span class="mono">${escapeHtml(s.address)}</span></li>`,
        ),
      ),
    );
  const longest = f.longWaits?.[0];
  if (longest !== undefined)
    out.push(
      finding("longest wait", [
        `<li>goroutine ${longest.goroutine ?? "?"} [${escapeHtml(longest.state)}, ${longest.minutes} minutes] ${site(longest.site)}</li>`,
      ]),
    );
  return out.join("");
}

function finding(title: string, items: string[]): string {
  return `<div class="finding"><h4>${escapeHtml(title)}</h4><ul>${items.join("")}</ul></div>`;
}

function waitLine(w: WaitSite): string {
  return `<span class="count">${w.count}</span> × [${escapeHtml(w.state)}] ${site(w.site)}`;
}

function site(at: SiteRef | null): string {
  return at === null
    ? '<span class="note">(no frames)</span>'
    : `<span class="fn">${escapeHtml(at.func)}</span> ${where(at)}`;
}

function where(at: SiteRef): string {
  return `<span class="mono loc">${escapeHtml(at.line > 0 ? `${at.file}:${at.line}` : at.file)}</span>`;
}
