// Go's names and paths an 80-column console cut inside (src/input/console-wrap.ts): a method's
// receiver left open at a row's end, `capnslog.(*Pa` then `ckageLogger).Panicf(…)`, a path
// behind a log system's prefix cut before its file's end, `…@v0.1.3/uns` then
// `afe.go:17 +0x248`, and net/http's headline cut inside the client's address are one line
// again, whatever letters the two rows start with. Real reports, cut as
// test/damaged-real/damages.ts `wrap80` cuts them.

import assert from "node:assert/strict";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { analyzeText } from "../../src/pipeline/analyze.js";
import { DAMAGES } from "../damaged-real/damages.js";
import { realText } from "../traceback/read-real.js";

function cut(report: string): string[] {
  return DAMAGES.wrap80(realText(report)).split("\n");
}

test("a receiver cut inside its type, `.(*Pa` then `ckageLogger).Panicf(`, is one function line (holdout-11/etcd-3591)", async () => {
  const rows = cut(
    "holdout-11/etcd-3591-std-log-lines-capnslog-panicf-custom-panic-coreos-portage-go14-cut",
  );
  assert.equal(
    rows[14],
    "github.com/coreos/etcd/Godeps/_workspace/src/github.com/coreos/pkg/capnslog.(*Pa",
  );
  assert.equal(
    rows[15],
    "ckageLogger).Panicf(0xc2080a74c0, 0xa33070, 0x2b, 0xc2088fac00, 0x4, 0x4)",
  );
  const crash = toDocument(await analyzeText(rows.join("\n"))).crashes[0];
  assert.equal(crash?.kind, "panic");
  assert.equal(crash?.category, "custom-panic");
  assert.equal(crash?.goroutine, 1);
  assert.deepEqual(crash?.frame, {
    func: "github.com/coreos/etcd/Godeps/_workspace/src/github.com/coreos/pkg/capnslog.(*PackageLogger).Panicf",
    file: "/build/amd64-usr/var/tmp/portage/dev-db/etcd-2.1.2/work/gopath/src/github.com/coreos/etcd/Godeps/_workspace/src/github.com/coreos/pkg/capnslog/pkg_logger.go",
    line: 73,
  });
});

test("a path behind logread's prefix cut before its file's end takes the file and line (holdout-22/immortalwrt-packages-194)", async () => {
  const rows = cut(
    "holdout-22/immortalwrt-packages-194-logread-daemon-err-custom-panic-qtls-init-go117",
  );
  assert.equal(
    rows[4],
    "daemon.err AdGuardHome[6270]:   github.com/marten-seemann/qtls-go1-16@v0.1.3/uns",
  );
  assert.equal(rows[5], "afe.go:17 +0x248");
  const crash = toDocument(await analyzeText(rows.join("\n"))).crashes[0];
  assert.equal(crash?.kind, "panic");
  assert.equal(crash?.category, "custom-panic");
  assert.equal(crash?.goroutine, 1);
  assert.deepEqual(crash?.frame, {
    func: "github.com/marten-seemann/qtls-go1-16.init.0",
    file: "github.com/marten-seemann/qtls-go1-16@v0.1.3/unsafe.go",
    line: 17,
  });
});

test("net/http's `http: panic serving` cut inside the client's address takes the address's rest and the value (holdout-11/lxd-12629)", async () => {
  const rows = cut(
    "holdout-11/lxd-12629-journald-no-hostname-http-panic-serving-stdlib-site-trimpath-go121-cut",
  );
  assert.equal(
    rows[6],
    "Dec 06 16:54:03 lxd-agent[234]: 2023/12/06 16:54:03 http: panic serving host(2):",
  );
  assert.equal(
    rows[7],
    "9268529: runtime error: invalid memory address or nil pointer dereference",
  );
  const crash = toDocument(await analyzeText(rows.join("\n"))).crashes[0];
  assert.equal(crash?.kind, "panic");
  assert.equal(crash?.category, "nil-deref");
  assert.equal(crash?.goroutine, 16);
  assert.deepEqual(crash?.frame, {
    func: "net/http.(*Server).Close",
    file: "net/http/server.go",
    line: 2737,
  });
});
