// The words of a search box, as both full-text indexes read them: runs of letters and digits
// (what FTS5's unicode61 tokenizer and the PostgreSQL index's regexp_replace keep), at most
// eight, each matched as a prefix. Nothing of the query's own syntax gets through.

export function searchWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8).map((w) => w.toLowerCase());
}

/** An FTS5 MATCH expression: every word, quoted, as a prefix. */
export function fts5Query(words: string[]): string {
  return words.map((w) => `"${w}"*`).join(" ");
}

/** A PostgreSQL tsquery: every word as a prefix (`word:*`), all of them. */
export function tsQuery(words: string[]): string {
  return words.map((w) => `${w}:*`).join(" & ");
}
