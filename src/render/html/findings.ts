// What reading every goroutine taught, in the report: the same findings the terminal's
// diagnosis lists (render/diagnosis.ts) — recursion, the race's two sides, map users, running
// tests, what the waiting goroutine waits for, identical waits, shared objects, the longest
// wait — each a short list whose places link to their source when it was found.

import { thousands } from "../../count.js";
import type { GoroutineFindings, SiteRef, WaitSite } from "../../diagnose/types.js";
import { labels } from "../../i18n/labels.js";
import { sentences } from "../../i18n/sentences.js";
import type { Lang } from "../../i18n/types.js";
import { escapeHtml } from "./escape.js";
import { inlineCode } from "./inline-code.js";

/** Identical waits listed (the JSON has all of them). */
const WAITS_SHOWN = 10;

export function findingsHtml(f: GoroutineFindings, lang: Lang = "en"): string {
  const L = labels(lang);
  const say = sentences(lang);
  const site = (at: SiteRef | null) =>
    at === null
      ? `<span class="note">${escapeHtml(L.noFrames)}</span>`
      : `<span class="fn">${escapeHtml(at.func)}</span> ${where(at)}`;
  const waitLine = (w: WaitSite) =>
    `<span class="count">${thousands(w.count)}</span> × ${w.state === "" ? "" : `[${escapeHtml(w.state)}] `}${site(w.site)}`;
  const out: string[] = [];
  if (f.recursion !== undefined)
    out.push(
      finding(
        L.recursion,
        f.recursion.map((s) => `<li>${site(s)}</li>`),
      ),
    );
  if (f.race !== undefined) {
    const { access, previous, location } = f.race;
    const side = (label: string, s: typeof access) =>
      `<li><span class="label">${escapeHtml(label)}</span> ${escapeHtml(L.raceSide(s.op, s.main ? L.mainGoroutine : L.goroutineId(s.goroutine)))} ${site(s.site)}${s.createdAt === null ? "" : ` <span class="note">${startedAt(L.startedAt("\u0000"), where(s.createdAt))}</span>`}</li>`;
    const items = [side(L.siteAccess, access)];
    if (previous !== null) items.push(side(L.previous, previous));
    if (location !== null)
      items.push(
        `<li><span class="label">${escapeHtml(L.variable)}</span> ${escapeHtml(location)}</li>`,
      );
    out.push(finding(L.theRace, items));
  }
  if (f.mapAccesses !== undefined)
    out.push(
      finding(
        L.mapUsersTitle,
        f.mapAccesses.map(
          (a) =>
            `<li>${escapeHtml(L.goroutineId(a.goroutine ?? "?"))} [${escapeHtml(a.state)}] <span class="fn">${escapeHtml(a.operation)}</span> ${site(a.site)}</li>`,
        ),
      ),
    );
  if (f.tests !== undefined)
    out.push(
      finding(
        L.runningTests,
        f.tests.map((t) => {
          const duration = t.duration === "" ? "" : ` (${escapeHtml(t.duration)})`;
          const at =
            t.goroutine === null
              ? `<span class="note">${escapeHtml(L.goroutineNotInText)}</span>`
              : `${escapeHtml(L.goroutineId(t.goroutine))} [${escapeHtml(t.state)}] ${site(t.site)}`;
          const helpers = t.helpers.map((h) => `<li>${waitLine(h)}</li>`).join("");
          return `<li><span class="mono">${escapeHtml(t.name)}</span>${duration} ${at}${helpers === "" ? "" : `<ul>${helpers}</ul>`}</li>`;
        }),
      ),
    );
  if (f.blockers !== undefined)
    out.push(
      finding(
        L.waitsFor,
        f.blockers.map(
          (b) => `<li>${inlineCode(b.why)}${b.site === null ? "" : `<br>${site(b.site)}`}</li>`,
        ),
      ),
    );
  if (f.waits?.some((w) => w.count > 1))
    out.push(
      finding(
        L.identicalWaits,
        f.waits.slice(0, WAITS_SHOWN).map((w) => `<li>${waitLine(w)}</li>`),
      ),
    );
  if (f.shared !== undefined)
    out.push(
      finding(
        L.sharedObjects,
        f.shared.map(
          (s) => `<li>${escapeHtml(L.sharedWait(s.count, say.object(s.object), s.address))}</li>`,
        ),
      ),
    );
  const longest = f.longWaits?.[0];
  if (longest !== undefined)
    out.push(
      finding(L.longestWait, [
        `<li>${escapeHtml(L.longWait(String(longest.goroutine ?? "?"), longest.state, longest.minutes))} ${site(longest.site)}</li>`,
      ]),
    );
  return out.join("");
}

function finding(title: string, items: string[]): string {
  return `<div class="finding"><h4>${escapeHtml(title)}</h4><ul>${items.join("")}</ul></div>`;
}

/** `(started at <loc>)` in the reader's language, the place marked up where `\u0000` stands. */
function startedAt(template: string, place: string): string {
  const [before, after] = template.split("\u0000");
  return `${escapeHtml(before ?? "")}${place}${escapeHtml(after ?? "")}`;
}

function where(at: SiteRef): string {
  return `<span class="mono loc">${escapeHtml(at.line > 0 ? `${at.file}:${at.line}` : at.file)}</span>`;
}
