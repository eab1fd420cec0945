// Prose of the catalogue marks code with backticks (`m[k] = v`): escaped, then set in <code>.

import { escapeHtml } from "./escape.js";

export function inlineCode(text: string): string {
  const parts = text.split("`");
  // An odd number of backticks leaves the last one unpaired: keep it as text.
  if (parts.length % 2 === 0) return escapeHtml(text);
  return parts
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part)))
    .join("");
}
