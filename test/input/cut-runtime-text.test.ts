// A runtime error's words cut by an 80-column console (src/input/cut-runtime-text.ts): the row
// and the line after it are one line again when only together they spell the runtime's text,
// even when the rest alone reads as a line of its own (`ror: invalid memory …`). Real reports,
// cut as test/damaged-real/damages.ts `wrap80` cuts them.

import assert from "node:assert/strict";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { cutsRuntimeText } from "../../src/input/cut-runtime-text.js";
import { analyzeText } from "../../src/pipeline/analyze.js";
import { DAMAGES } from "../damaged-real/damages.js";
import { realText } from "../traceback/read-real.js";

function cut(report: string): string[] {
  return DAMAGES.wrap80(realText(report)).split("\n");
}

const ADGUARD =
  "holdout-22/adguardhome-843-systemd-ident-prefix-arm64-tls-write-nil-deref-gimme-go1125-cut";
const OWNCAST =
  "holdout-18/owncast-4825-journald-trimpath-pie-addresses-stdlib-url-string-site-activitypub-cut";

test("a headline cut inside `dereference` is joined: the rows spell the runtime's text (holdout-22/adguardhome-843)", async () => {
  const rows = cut(ADGUARD);
  assert.equal(
    rows[1],
    "AdGuardHome[2417]: panic: runtime error: invalid memory address or nil pointer d",
  );
  assert.equal(rows[2], "ereference");
  assert.equal(cutsRuntimeText(rows[1] as string, rows[2] as string), true);
  const crash = toDocument(await analyzeText(rows.join("\n"))).crashes[0];
  assert.equal(crash?.kind, "panic");
  assert.equal(crash?.category, "nil-deref");
  assert.equal(crash?.message, "runtime error: invalid memory address or nil pointer dereference");
  assert.equal(crash?.goroutine, 8001);
  assert.deepEqual(crash?.frame, {
    func: "crypto/tls.(*Conn).write",
    file: "/home/travis/.gimme/versions/go1.12.5.linux.amd64/src/crypto/tls/conn.go",
    line: 896,
  });
});

test("a headline cut inside `runtime error:` is joined though its rest starts as a line of its own, `ror: ` (holdout-18/owncast-4825)", async () => {
  const rows = cut(OWNCAST);
  assert.ok(rows[1]?.endsWith("owncast[1016]: panic: runtime er"), rows[1]);
  assert.ok(rows[2]?.startsWith("ror: invalid memory address or nil pointer dereference"), rows[2]);
  assert.equal(cutsRuntimeText(rows[1] as string, rows[2] as string), true);
  const crash = toDocument(await analyzeText(rows.join("\n"))).crashes[0];
  assert.equal(crash?.kind, "panic");
  assert.equal(crash?.category, "nil-deref");
  assert.equal(crash?.goroutine, 103);
  assert.deepEqual(crash?.frame, {
    func: "net/url.(*URL).String",
    file: "net/url/url.go",
    line: 858,
  });
});

test("rows that do not spell a runtime text across the cut are not taken by it (holdout-22/adguardhome-843)", () => {
  const rows = cut(ADGUARD);
  // The headline's row and the `[signal …]` row under it: the text ends whole before the cut.
  const headline = realText(ADGUARD).split("\n")[1] as string;
  assert.equal(cutsRuntimeText(headline, rows[3] as string), false);
  // The cut row and a line that is no rest of the text: the file line's row under it.
  assert.equal(cutsRuntimeText(rows[1] as string, rows[6] as string), false);
});

test("a goroutine header cut inside `goroutine` is joined, its number and `[` after the rest (holdout/projectatomic-docker-322)", async () => {
  const rows = cut("holdout/projectatomic-docker-322-journald-inline-backtick-close-nil-channel");
  assert.ok(rows[6]?.endsWith("dockerd-current[147917]: gorout"), rows[6]);
  assert.equal(rows[7], "ine 3431050 [running]:");
  assert.equal(cutsRuntimeText(rows[6] as string, rows[7] as string), true);
  const crash = toDocument(await analyzeText(rows.join("\n"))).crashes[0];
  assert.equal(crash?.kind, "panic");
  assert.equal(crash?.category, "nil-channel-close");
  assert.equal(crash?.goroutine, 3431050);
});

test("a type assertion's `interface conversion:` cut inside a word is joined (logged/kubernetes-22208)", async () => {
  const rows = cut("logged/kubernetes-22208-recovered-from-panic-go16");
  assert.ok(rows[3]?.endsWith("(interface conver"), rows[3]);
  assert.ok(rows[4]?.startsWith("sion: interface is cache.DeletedFinalStateUnknown"), rows[4]);
  assert.equal(cutsRuntimeText(rows[3] as string, rows[4] as string), true);
  const crash = toDocument(await analyzeText(rows.join("\n"))).crashes[0];
  assert.equal(crash?.kind, "logged");
  assert.equal(crash?.category, "type-assertion");
  assert.equal(crash?.goroutine, null);
  assert.deepEqual(crash?.frame, {
    func: "",
    file: "/go/src/k8s.io/kubernetes/_output/dockerized/go/src/k8s.io/kubernetes/pkg/controller/deployment/deployment_controller.go",
    line: 130,
  });
});
