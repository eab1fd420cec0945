// Go strings are bytes. Text read from a binary is kept as a byte string (one char per byte,
// latin1) while Go's rules apply to it — strconv.Quote escapes each invalid byte as `\xNN`,
// strconv.Unquote keeps `\x` escapes as bytes — and shown at the end as Go's `for range` and
// encoding/json decode it: each byte that starts no valid sequence is one U+FFFD (go1.26
// src/unicode/utf8/utf8.go DecodeRuneInString; TextDecoder would fold some runs into one).

const latin1 = new TextDecoder("latin1");

/** Bytes as a byte string. */
export function byteString(bytes: Uint8Array): string {
  return latin1.decode(bytes);
}

/** utf8.DecodeRuneInString on a byte string: the rune and its width (U+FFFD, 1 when invalid). */
export function decodeRune(s: string, i: number): [number, number] {
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return [b0, 1];
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const b = s.charCodeAt(i + k);
    return b >= lo && b <= hi ? b & 0x3f : -1;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    const c1 = cont(1);
    if (c1 >= 0) return [((b0 & 0x1f) << 6) | c1, 2];
  } else if (b0 >= 0xe0 && b0 <= 0xef) {
    // E0 needs A0–BF (no overlong), ED 80–9F (no surrogates).
    const c1 = cont(1, b0 === 0xe0 ? 0xa0 : 0x80, b0 === 0xed ? 0x9f : 0xbf);
    const c2 = c1 >= 0 ? cont(2) : -1;
    if (c2 >= 0) return [((b0 & 0x0f) << 12) | (c1 << 6) | c2, 3];
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    // F0 needs 90–BF (no overlong), F4 80–8F (at most U+10FFFF).
    const c1 = cont(1, b0 === 0xf0 ? 0x90 : 0x80, b0 === 0xf4 ? 0x8f : 0xbf);
    const c2 = c1 >= 0 ? cont(2) : -1;
    const c3 = c2 >= 0 ? cont(3) : -1;
    if (c3 >= 0) return [((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3, 4];
  }
  return [0xfffd, 1];
}

/** A byte string as Go prints it through encoding/json: invalid bytes become U+FFFD each. */
export function goDisplay(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is the fast path
  if (/^[\u0000-\u007f]*$/.test(s)) return s;
  let out = "";
  for (let i = 0; i < s.length; ) {
    const [r, w] = decodeRune(s, i);
    out += String.fromCodePoint(r);
    i += w;
  }
  return out;
}

/** A code point as UTF-8, in a byte string. */
export function encodeRune(r: number): string {
  return latin1.decode(Buffer.from(String.fromCodePoint(r), "utf8"));
}

const SHORT_ESCAPES: Record<number, string> = {
  7: "\\a",
  8: "\\b",
  12: "\\f",
  10: "\\n",
  13: "\\r",
  9: "\\t",
  11: "\\v",
};
/** What Go's unicode.IsPrint refuses (besides ASCII space, which it allows). */
const NOT_PRINT = /[\p{C}\p{Z}]/u;

/** strconv.Quote of a byte string (go1.26 src/strconv/quote.go appendEscapedRune), as bytes. */
export function goQuoteBytes(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; ) {
    const [r, w] = decodeRune(s, i);
    if (w === 1 && r === 0xfffd) {
      out += `\\x${s.charCodeAt(i).toString(16).padStart(2, "0")}`;
      i++;
      continue;
    }
    i += w;
    const ch = String.fromCodePoint(r);
    if (r === 0x22 || r === 0x5c) out += `\\${ch}`;
    else if (r === 0x20 || (r >= 0x21 && r < 0x7f) || (r >= 0x80 && !NOT_PRINT.test(ch)))
      out += encodeRune(r);
    else if (SHORT_ESCAPES[r] !== undefined) out += SHORT_ESCAPES[r];
    else if (r < 0x20 || r === 0x7f) out += `\\x${r.toString(16).padStart(2, "0")}`;
    else if (r < 0x10000) out += `\\u${r.toString(16).padStart(4, "0")}`;
    else out += `\\U${r.toString(16).padStart(8, "0")}`;
  }
  return `${out}"`;
}

/** utf8.ValidString of a byte string. */
export function validUtf8(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const [r, w] = decodeRune(s, i);
    if (r === 0xfffd && w === 1) return false;
    i += w;
  }
  return true;
}

const SIMPLE: Record<string, string> = {
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  "\\": "\\",
};

function hexValue(text: string): number | undefined {
  return /^[0-9a-fA-F]+$/.test(text) ? Number.parseInt(text, 16) : undefined;
}

/**
 * strconv's unquote of a byte string that starts with `"` or `` ` `` (go1.26
 * src/strconv/quote.go unquote, UnquoteChar): the value and the rest after the closing quote,
 * or undefined where Go returns ErrSyntax.
 */
export function goUnquotePrefix(s: string): { value: string; rest: string } | undefined {
  const quote = s[0];
  if (s.length < 2 || (quote !== '"' && quote !== "`")) return undefined;
  const close = s.indexOf(quote, 1);
  if (close < 0) return undefined;
  if (quote === "`") {
    // Carriage returns inside a raw string are dropped; its bytes are not checked.
    return { value: s.slice(1, close).replaceAll("\r", ""), rest: s.slice(close + 1) };
  }
  const body = s.slice(1, close);
  if (!body.includes("\\") && !body.includes("\n") && validUtf8(body))
    return { value: body, rest: s.slice(close + 1) };
  let out = "";
  let i = 1;
  while (i < s.length && s[i] !== '"') {
    const c = s.charCodeAt(i);
    if (c === 0x0a) return undefined;
    if (c >= 0x80) {
      // A rune as it decodes: an invalid byte is U+FFFD from here on.
      const [r, w] = decodeRune(s, i);
      out += encodeRune(r);
      i += w;
      continue;
    }
    if (c !== 0x5c) {
      out += s[i];
      i++;
      continue;
    }
    const e = s[i + 1];
    if (e === undefined) return undefined;
    if (SIMPLE[e] !== undefined || e === '"') {
      out += SIMPLE[e] ?? '"';
      i += 2;
    } else if (e === "x" || e === "u" || e === "U") {
      const n = e === "x" ? 2 : e === "u" ? 4 : 8;
      const v = hexValue(s.slice(i + 2, i + 2 + n));
      if (v === undefined || s.length < i + 2 + n) return undefined;
      if (e === "x") out += String.fromCharCode(v);
      else if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000)) return undefined;
      else out += encodeRune(v);
      i += 2 + n;
    } else if (e >= "0" && e <= "7") {
      const digits = s.slice(i + 1, i + 4);
      if (!/^[0-7]{3}$/.test(digits)) return undefined;
      const v = Number.parseInt(digits, 8);
      if (v > 255) return undefined;
      out += String.fromCharCode(v);
      i += 4;
    } else return undefined;
  }
  if (s[i] !== '"') return undefined;
  return { value: out, rest: s.slice(i + 1) };
}

/** strconv.Unquote of a byte string: the whole of it must be one quoted string. */
export function goUnquoteBytes(s: string): string | undefined {
  const got = goUnquotePrefix(s);
  return got === undefined || got.rest !== "" ? undefined : got.value;
}
