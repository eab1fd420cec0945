// The fingerprint's SHA-256 (src/group/sha256.ts) gives node:crypto's digest: FIPS 180-4's
// examples, every length around the 64-byte block's padding boundaries, UTF-8 of every width.

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { sha256Hex } from "../../src/group/sha256.js";

const crypto = (text: string) => createHash("sha256").update(text).digest("hex");

test("FIPS 180-4's examples", () => {
  assert.equal(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  assert.equal(
    sha256Hex("abc"),
    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
  );
  assert.equal(
    sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
  );
  assert.equal(
    sha256Hex("a".repeat(1_000_000)),
    "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
  );
});

test("every length from 0 to 300 bytes, one- to four-byte characters, as node:crypto", () => {
  for (const unit of ["x", "é", "界", "😀", "\n"]) {
    for (let n = 0; n * Buffer.byteLength(unit) <= 300; n++) {
      const text = unit.repeat(n);
      assert.equal(sha256Hex(text), crypto(text), `${n} × ${JSON.stringify(unit)}`);
    }
  }
  // A lone surrogate is hashed as U+FFFD, as Buffer.from and node:crypto encode it.
  assert.equal(sha256Hex("a\ud800b"), crypto("a\ud800b"));
  assert.equal(sha256Hex("fp1\nnil-deref\nmain.main"), crypto("fp1\nnil-deref\nmain.main"));
});
