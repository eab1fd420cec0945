// A small lexer for Go source, enough to colour a few lines in a terminal and in HTML:
// comments, strings (interpreted, raw, runes), numbers, keywords, predeclared types and
// functions, and the names of called functions. One pass from the start of the file, so
// that a snippet inside a block comment or a raw string is coloured as such. Never throws.

export type TokenKind =
  | "comment"
  | "string"
  | "number"
  | "keyword"
  | "type"
  | "builtin"
  | "call"
  | "plain";

export interface Token {
  kind: TokenKind;
  text: string;
}

const KEYWORDS = new Set([
  "break",
  "case",
  "chan",
  "const",
  "continue",
  "default",
  "defer",
  "else",
  "fallthrough",
  "for",
  "func",
  "go",
  "goto",
  "if",
  "import",
  "interface",
  "map",
  "package",
  "range",
  "return",
  "select",
  "struct",
  "switch",
  "type",
  "var",
]);

const TYPES = new Set([
  "any",
  "bool",
  "byte",
  "comparable",
  "complex64",
  "complex128",
  "error",
  "float32",
  "float64",
  "int",
  "int8",
  "int16",
  "int32",
  "int64",
  "rune",
  "string",
  "uint",
  "uint8",
  "uint16",
  "uint32",
  "uint64",
  "uintptr",
]);

const BUILTINS = new Set([
  "append",
  "cap",
  "clear",
  "close",
  "complex",
  "copy",
  "delete",
  "imag",
  "len",
  "make",
  "max",
  "min",
  "new",
  "panic",
  "print",
  "println",
  "real",
  "recover",
  "true",
  "false",
  "nil",
  "iota",
]);

/** Tokens of every line of `text` (lines split on \n; a \r before it is dropped). */
export function highlightGo(text: string): Token[][] {
  const lines: Token[][] = [[]];
  let line = lines[0] as Token[];
  const push = (kind: TokenKind, piece: string) => {
    // Tokens never span lines: a multi-line comment or raw string is cut at each newline.
    const parts = piece.split("\n");
    parts.forEach((part, i) => {
      if (i > 0) {
        line = [];
        lines.push(line);
      }
      const clean = part.endsWith("\r") ? part.slice(0, -1) : part;
      if (clean !== "") line.push({ kind, text: clean });
    });
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (c === "/" && next === "/") {
      const end = indexOrEnd(text, "\n", i);
      push("comment", text.slice(i, end));
      i = end;
    } else if (c === "/" && next === "*") {
      const close = text.indexOf("*/", i + 2);
      const end = close === -1 ? n : close + 2;
      push("comment", text.slice(i, end));
      i = end;
    } else if (c === "`") {
      const close = text.indexOf("`", i + 1);
      const end = close === -1 ? n : close + 1;
      push("string", text.slice(i, end));
      i = end;
    } else if (c === '"' || c === "'") {
      let end = i + 1;
      while (end < n && text[end] !== c && text[end] !== "\n") end += text[end] === "\\" ? 2 : 1;
      end = Math.min(n, text[end] === c ? end + 1 : end);
      push("string", text.slice(i, end));
      i = end;
    } else if (isDigit(c) || (c === "." && next !== undefined && isDigit(next))) {
      let end = i + 1;
      while (end < n && /[0-9a-zA-Z_.]/.test(text[end] as string)) end++;
      push("number", text.slice(i, end));
      i = end;
    } else if (isIdentStart(c)) {
      let end = i + 1;
      while (end < n && isIdentPart(text[end] as string)) end++;
      const word = text.slice(i, end);
      const kind: TokenKind = KEYWORDS.has(word)
        ? "keyword"
        : TYPES.has(word)
          ? "type"
          : BUILTINS.has(word)
            ? "builtin"
            : text[end] === "("
              ? "call"
              : "plain";
      push(kind, word);
      i = end;
    } else {
      let end = i + 1;
      while (end < n && !startsToken(text, end)) end++;
      push("plain", text.slice(i, end));
      i = end;
    }
  }
  return lines;
}

function startsToken(text: string, i: number): boolean {
  const c = text[i] as string;
  return (
    c === "/" || c === "`" || c === '"' || c === "'" || isDigit(c) || isIdentStart(c) || c === "\n"
  );
}

function indexOrEnd(text: string, needle: string, from: number): number {
  const at = text.indexOf(needle, from);
  return at === -1 ? text.length : at;
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

function isIdentStart(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_" || c > "\u007f";
}

function isIdentPart(c: string): boolean {
  return isIdentStart(c) || isDigit(c);
}
