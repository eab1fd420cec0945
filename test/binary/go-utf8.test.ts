// Go's rules for strings that are bytes (src/binary/go-utf8.ts). Each expected value was
// printed by go1.26 (encoding/json.Marshal, strconv.Quote, strconv.Unquote and
// strconv.QuotedPrefix of the same bytes).

import assert from "node:assert/strict";
import { test } from "node:test";
import {
  goDisplay,
  goQuoteBytes,
  goUnquoteBytes,
  goUnquotePrefix,
} from "../../src/binary/go-utf8.js";

const bytes = (s: string) => Buffer.from(s, "latin1").toString("latin1");
const utf8 = (s: string) => Buffer.from(s, "utf8").toString("latin1");

test("invalid bytes are one U+FFFD each, as encoding/json writes them", () => {
  assert.equal(goDisplay(bytes("a\xe2\x82b")), "a\ufffd\ufffdb");
  assert.equal(goDisplay(bytes("\xf0\x9f\x98")), "\ufffd\ufffd\ufffd");
  assert.equal(goDisplay(bytes("\xed\xa0\x80")), "\ufffd\ufffd\ufffd");
  assert.equal(goDisplay(utf8("ok é\u001b[31m\u00a0")), "ok é\u001b[31m\u00a0");
});

test("strconv.Quote escapes invalid bytes, controls and non-printing spaces", () => {
  assert.equal(goQuoteBytes(bytes("a\xe2\x82b")), '"a\\xe2\\x82b"');
  assert.equal(goQuoteBytes(bytes("\xf0\x9f\x98")), '"\\xf0\\x9f\\x98"');
  assert.equal(goQuoteBytes(utf8("ok é\u001b[31m\u00a0")), utf8('"ok é\\x1b[31m\\u00a0"'));
  assert.equal(goQuoteBytes('x"y\\'), '"x\\"y\\\\"');
});

test("strconv.Unquote and QuotedPrefix", () => {
  assert.equal(goUnquoteBytes("`a\rb`x"), undefined);
  assert.deepEqual(goUnquotePrefix("`a\rb`x"), { value: "ab", rest: "x" });
  assert.equal(goUnquoteBytes('"a\\x41\\u00e9\\101"'), utf8("aAéA"));
  // An invalid byte inside a quoted string that needs unescaping becomes U+FFFD.
  assert.equal(goUnquoteBytes(bytes('"a\xe2b\\t"')), utf8("a\ufffdb\t"));
  // Without escapes the string must be valid UTF-8 to be taken as it is.
  assert.equal(goUnquoteBytes(bytes('"a\xe2b"')), utf8("a\ufffdb"));
  assert.equal(goUnquotePrefix('"\\\'"'), undefined);
  assert.equal(goUnquoteBytes('"\\u0041"'), "A");
  assert.equal(goUnquoteBytes('"\\ud800"'), undefined);
  assert.equal(goUnquoteBytes('"\\400"'), undefined);
});
