// The rule's explanation in the report: what happened, how the runtime gets there in the
// crash's release, the usual causes, the fix with its example, and how to confirm it — the
// same parts `panicscope explain` prints, already narrowed to the crash's Go release.

import type { Explanation } from "../../diagnose/types.js";
import { labels } from "../../i18n/labels.js";
import type { Lang } from "../../i18n/types.js";
import { versionLabel } from "../explain.js";
import { escapeHtml } from "./escape.js";
import { inlineCode } from "./inline-code.js";

export function explanationHtml(explanation: Explanation, lang: Lang = "en"): string {
  const L = labels(lang);
  const mechanism = explanation.mechanism.map((note) => {
    const label = versionLabel(note, lang);
    const releases = label === "" ? "" : `<span class="releases">${escapeHtml(label)}</span> `;
    return `<li>${releases}${inlineCode(note.text)}</li>`;
  });
  const causes = explanation.causes.map((cause) => `<li>${inlineCode(cause)}</li>`);
  const confirm = explanation.confirm.map((step) => `<li>${inlineCode(step)}</li>`);
  return [
    `<div class="explanation">`,
    `<h4>${escapeHtml(L.whatHappened)}</h4><p>${inlineCode(explanation.what)}</p>`,
    `<h4>${escapeHtml(L.howRuntimeGetsThere)}</h4><ul>${mechanism.join("")}</ul>`,
    `<h4>${escapeHtml(L.usualCauses)}</h4><ul>${causes.join("")}</ul>`,
    `<h4>${escapeHtml(L.fixHeading)}</h4><p>${inlineCode(explanation.fix)}</p>`,
    explanation.example === ""
      ? ""
      : `<pre class="example"><code>${escapeHtml(explanation.example)}</code></pre>`,
    `<h4>${escapeHtml(L.confirm)}</h4><ul>${confirm.join("")}</ul>`,
    `</div>`,
  ].join("");
}
