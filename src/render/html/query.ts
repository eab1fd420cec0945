// The bucket filter's little language, parsed by the page's script (embedded as source, so
// it stays self-contained): words match functions, files and states; `-word` excludes;
// `"a phrase"` keeps its spaces; `state:` `func:` `pkg:` `file:` narrow a word to one field;
// `main.go:25` (a Go file, with or without its line) is a file; `goroutine 17` and `g:17` find
// the bucket holding that goroutine. The text arrives lower-cased.

export interface QueryTerm {
  key: "" | "state" | "func" | "pkg" | "file" | "goroutine";
  value: string;
  negated: boolean;
}

export function parseQuery(text: string): QueryTerm[] {
  const tokens: { text: string; negated: boolean }[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text.charAt(i))) i++;
    if (i >= text.length) break;
    let negated = false;
    if (text.charAt(i) === "-" && i + 1 < text.length && !/\s/.test(text.charAt(i + 1))) {
      negated = true;
      i++;
    }
    let token = "";
    if (text.charAt(i) === '"') {
      const end = text.indexOf('"', i + 1);
      token = end === -1 ? text.slice(i + 1) : text.slice(i + 1, end);
      i = end === -1 ? text.length : end + 1;
    } else {
      const start = i;
      while (i < text.length && !/\s/.test(text.charAt(i))) i++;
      token = text.slice(start, i);
    }
    if (token !== "") tokens.push({ text: token, negated });
  }
  const keys: Record<string, QueryTerm["key"]> = {
    state: "state",
    func: "func",
    pkg: "pkg",
    package: "pkg",
    file: "file",
    g: "goroutine",
    goroutine: "goroutine",
  };
  const terms: QueryTerm[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as { text: string; negated: boolean };
    const next = tokens[t + 1];
    if (token.text === "goroutine" && next !== undefined && /^\d+$/.test(next.text)) {
      terms.push({ key: "goroutine", value: next.text, negated: token.negated });
      t++;
      continue;
    }
    const colon = token.text.indexOf(":");
    const key = colon > 0 ? keys[token.text.slice(0, colon)] : undefined;
    if (key !== undefined && colon + 1 < token.text.length) {
      const value = token.text.slice(colon + 1);
      if (key !== "goroutine" || /^\d+$/.test(value))
        terms.push({ key, value, negated: token.negated });
      continue;
    }
    const file = /\.(?:go|s|c)(?::\d+)?$/.test(token.text);
    terms.push({ key: file ? "file" : "", value: token.text, negated: token.negated });
  }
  return terms;
}
