// Markdown that CI log viewers and issue trackers put into pasted crash text.

const LINK = /\[([^\][]{0,200})\]\([^()\s]{1,2000}\)/g;

/** `testing.go:[178](https://…#step:5:178)8` → `testing.go:1788`: a link keeps only its text. */
export function removeMarkdownLinks(text: string): string {
  return text.indexOf("](") === -1 ? text : text.replace(LINK, "$1");
}
