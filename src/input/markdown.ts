// Markdown that CI log viewers and issue trackers put into pasted crash text.

const LINK = /\[([^\][]{0,200})\]\([^()\s]{1,2000}\)/g;

/** `testing.go:[178](https://…#step:5:178)8` → `testing.go:1788`: a link keeps only its text. */
export function removeMarkdownLinks(text: string): string {
  return text.indexOf("](") === -1 ? text : text.replace(LINK, "$1");
}

/**
 * Markdown around a pasted crash: a code fence line becomes a blank line (it ends a block as
 * one would), and a quote marker or inline-code backticks in front of a line are dropped.
 * Neither `>` nor a backtick ever starts a line Go prints.
 */
export function removeMarkdown(raw: string): string {
  const text = removeBold(removeMarkdownLinks(raw));
  const c = text.charCodeAt(0);
  if (c === 0x60 /* ` */) {
    if (text.startsWith("```")) return /^`{3,}[\w+-]*$/.test(text) ? "" : text.slice(3);
    const inner = text.replace(/^`+/, "");
    // Inline code around the whole line: its closing backtick goes too (broad/status-legacy-15073).
    return inner.endsWith("`") && inner.indexOf("`") === inner.length - 1
      ? inner.slice(0, -1)
      : inner;
  }
  if (c === 0x3e /* > */) return text.charCodeAt(1) === 0x20 ? text.slice(2) : text.slice(1);
  return text;
}

// `**nil pointer**`: bold opens after a blank or the line's start and closes before a blank, a
// mark or the end — so Go's own `**T` (a pointer to a pointer, `interface {} is **main.T, not
// **main.U`) is never one: a closing `**` there is followed by a name.
const BOLD = /(^|[\s([])\*\*([^\s*](?:[^*]{0,400}[^\s*])?)\*\*(?=$|[\s,.;:)\]])/g;

/** `invalid memory address or **nil pointer** dereference` (an issue writer's emphasis) → plain. */
export function removeBold(text: string): string {
  return text.indexOf("**") === -1 ? text : text.replace(BOLD, "$1$2");
}
