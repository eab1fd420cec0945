// The crash site of a panic that ran into a deferred call (issue 9, issue 10): the frame
// that panicked, never the frame that recovered it. Inputs printed by testdata/crashers
// (testdata/gen.sh) and public reports in testdata/real.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { chooseRule } from "../../src/diagnose/category.js";
import { crashSite } from "../../src/diagnose/site.js";
import { labeledSites } from "../../src/render/site-labels.js";
import { parseCrashes } from "../../src/traceback/index.js";

const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata");
const first = (path: string) => {
  const crash = parseCrashes(readFileSync(join(TESTDATA, path), "utf8"))[0];
  assert.ok(crash !== undefined, `no crash in ${path}`);
  return crash;
};
const at = (f: { func: string; file: string; line: number } | null) =>
  f === null ? null : `${f.func} ${f.file}:${f.line}`;

test("net/http recovered and logged: the site is the handler's frame, serve.func1 recovered", () => {
  const crash = first("go/go1.26/http-handler-panic.single.txt");
  const site = crashSite(crash);
  assert.equal(at(site.frame), "main.(*API).login /tmp/panicscope-lab/crashers/httppanic.go:19");
  assert.equal(
    at(site.handler),
    "net/http.(*conn).serve.func1 /usr/local/go/src/net/http/server.go:1897",
  );
  assert.deepEqual(
    labeledSites(crash, site).map((s) => [s.label, s.frame.func]),
    [
      ["panicked in", "main.(*API).login"],
      ["recovered in", "net/http.(*conn).serve.func1"],
    ],
  );
});

test("testing.tRunner re-panicked: the site is the test's frame, tRunner.func1.2 recovered", () => {
  const crash = first("go/go1.26/test-panic.single.txt");
  const site = crashSite(crash);
  assert.equal(
    at(site.frame),
    "example.com/crashers/tests.(*Order).Add /tmp/panicscope-lab/crashers/tests/crash_test.go:16",
  );
  assert.equal(
    at(site.handler),
    "testing.tRunner.func1.2 /usr/local/go/src/testing/testing.go:1974",
  );
  assert.deepEqual(
    labeledSites(crash, site).map((s) => s.label),
    ["died in", "recovered in"],
  );
});

test("the program's own deferred recover that re-panics: the site is where it panicked first", () => {
  const site = crashSite(first("go/go1.26/repanic-same.single.txt"));
  assert.equal(at(site.frame), "main.(*Tx).Exec /tmp/panicscope-lab/crashers/chains.go:23");
  assert.equal(at(site.handler), "main.withTx.func1 /tmp/panicscope-lab/crashers/chains.go:34");
});

test("a deferred call that panicked anew without recovering is named as such", () => {
  const crash = first("go/go1.26/nested-panic.single.txt");
  const site = crashSite(crash);
  assert.equal(at(site.frame), "main.(*Server).Serve /tmp/panicscope-lab/crashers/chains.go:67");
  assert.deepEqual(
    labeledSites(crash, site).map((s) => [s.label, s.frame.func]),
    [
      ["died in", "main.(*Server).Serve"],
      ["panicked again in", "main.(*Conn).Close"],
    ],
  );
});

test("a fatal error inside a deferred call keeps its site on top", () => {
  const site = crashSite(first("go/go1.26/fatal-in-defer.single.txt"));
  assert.equal(at(site.frame), "sync.(*Mutex).Unlock /usr/local/go/src/sync/mutex.go:65");
  assert.equal(at(site.origin), "main.fatalInDefer /tmp/panicscope-lab/crashers/chains.go:116");
  assert.equal(site.handler, null);
});

test("cut right after the panic frame: no site, never the recovering frame (Zeno#132)", () => {
  const site = crashSite(first("real/damaged/zeno-132-http-panic-serving-cut-at-panic-frame.txt"));
  assert.equal(site.frame, null);
  assert.equal(
    at(site.handler),
    "net/http.(*conn).serve.func1 /var/www/.go/src/net/http/server.go:1903",
  );
});

test("a middleware re-panicked, then net/http recovered: the site is below the bottom-most panic frame", () => {
  const crash = first("go/go1.26/http-middleware-repanic.single.txt");
  const site = crashSite(crash);
  assert.equal(at(site.frame), "main.(*Cart).put /tmp/panicscope-lab/crashers/damaged.go:35");
  assert.equal(
    at(site.handler),
    "net/http.(*conn).serve.func1 /usr/local/go/src/net/http/server.go:1897",
  );
});

test("gccgo 12 through cgo: the C function that faulted is the site, its `__Cfunc__` call makes it a cgo crash (testdata/gccgo)", async () => {
  const crash = first("gccgo/gccgo12/cgo.single.txt");
  assert.deepEqual(
    crash.crashing?.frames.map((f) => [f.func, f.location]),
    [
      ["runtime.dopanic__m", "runtime"],
      ["runtime.fatalthrow", "runtime"],
      ["runtime.throw", "runtime"],
      ["runtime.sigpanic", "runtime"],
      ["crash", "user"],
      ["viaC", "user"],
      ["_cgo_8b955125ac9a_Cfunc_viaC", "runtime"],
      ["main.__Cfunc__viaC", "user"],
      ["main.main", "user"],
      ["runtime.main", "runtime"],
    ],
  );
  assert.equal(at(crashSite(crash).frame), "crash /tmp/panicscope-lab/gccgo-cgo/main.go:5");
  assert.equal(chooseRule(crash).rule.id, "unexpected-signal-in-cgo");
  // Built without debug information, C code inlined into cgo's wrapper: the call is the site.
  const stripped = first("gccgo/gccgo12/cgo-nodebug.single.txt");
  assert.equal(
    at(crashSite(stripped).frame),
    "main.__Cfunc__viaC /tmp/go-build/b001/_cgo_gotypes.go:26",
  );
  assert.equal(chooseRule(stripped).rule.id, "unexpected-signal-in-cgo");
});

test("a re-raised recovered panic cut inside its first frame: no site, never the deferred call that re-raised it (holdout-12/skywalking-swck-pr94)", () => {
  const crash = first(
    "real/holdout-12/skywalking-swck-pr94-zap-float-epoch-line-recovered-repanic-cut-in-recovering-frame.txt",
  );
  assert.equal(crash.kind, "panic");
  assert.equal(crash.crashing?.id, 678);
  assert.deepEqual(
    crash.panics.map((p) => p.recovered),
    [true, false],
  );
  assert.deepEqual(
    crash.crashing?.frames.map((f) => [f.func, f.file, f.line]),
    [
      [
        "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile.func1",
        "",
        0,
      ],
    ],
  );
  const site = crashSite(crash);
  assert.equal(site.frame, null);
  assert.equal(site.origin, null);
  assert.equal(
    site.handler?.func,
    "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile.func1",
  );
  assert.equal(chooseRule(crash).rule.id, "nil-pointer-dereference");
});
