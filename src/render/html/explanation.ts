// The rule's explanation in the report: what happened, how the runtime gets there in the
// crash's release, the usual causes, the fix with its example, and how to confirm it — the
// same parts `panicscope explain` prints, already narrowed to the crash's Go release.

import type { Explanation } from "../../diagnose/types.js";
import { versionLabel } from "../explain.js";
import { escapeHtml } from "./escape.js";
import { inlineCode } from "./inline-code.js";

export function explanationHtml(explanation: Explanation): string {
  const mechanism = explanation.mechanism.map((note) => {
    const label = versionLabel(note);
    const releases = label === "" ? "" : `<span class="releases">${escapeHtml(label)}</span> `;
    return `<li>${releases}${inlineCode(note.text)}</li>`;
  });
  const causes = explanation.causes.map((cause) => `<li>${inlineCode(cause)}</li>`);
  const confirm = explanation.confirm.map((step) => `<li>${inlineCode(step)}</li>`);
  return [
    `<div class="explanation">`,
    `<h4>What happened</h4><p>${inlineCode(explanation.what)}</p>`,
    `<h4>How the runtime gets there</h4><ul>${mechanism.join("")}</ul>`,
    `<h4>Usual causes</h4><ul>${causes.join("")}</ul>`,
    `<h4>Fix</h4><p>${inlineCode(explanation.fix)}</p>`,
    explanation.example === ""
      ? ""
      : `<pre class="example"><code>${escapeHtml(explanation.example)}</code></pre>`,
    `<h4>Confirm</h4><ul>${confirm.join("")}</ul>`,
    `</div>`,
  ].join("");
}
