// Log wrappers removed line by line. Every input line is read from testdata/wrapped (real runs
// inside each log shape, see testdata/wrapped/README.md) or testdata/real, by line number.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { csvCellText } from "../../src/input/csv-cell.js";
import { LogSuffixes } from "../../src/input/log-suffix.js";
import { Unwrapper } from "../../src/input/unwrap.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";

const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata");

/** Lines `from`..`to` (1-based, inclusive) of a test file, as they are in it. */
function lines(file: string, from: number, to = from): string[] {
  return readFileSync(join(TESTDATA, file), "utf8")
    .split("\n")
    .slice(from - 1, to);
}

function unwrap(input: string[]): [string, number, string][] {
  const out: [string, number, string][] = [];
  const unwrapper = new Unwrapper((text, line, stream) => out.push([text, line, stream]));
  input.forEach((text, i) => {
    unwrapper.push(text, i + 1);
  });
  unwrapper.end();
  return out;
}

test("docker json-file: the log field, per stream", () => {
  assert.deepEqual(unwrap(lines("wrapped/docker-json-file.long-line.txt", 1, 2)), [
    ["inventory sync 0.9.0 starting", 1, "stdout"],
    ["fetching http://inventory.internal/v1/items", 2, "stderr"],
  ]);
  assert.deepEqual(unwrap(lines("wrapped/docker-json-file.long-line.txt", 8)), [
    ["\t/tmp/panicscope-lab/wrapped/service/main.go:93 +0x3cb", 1, "stderr"],
  ]);
});

test("docker json-file and CRI: a line split at 16 KiB is joined whole", () => {
  const docker = unwrap(lines("wrapped/docker-json-file.long-line.txt", 3, 5));
  const cri = unwrap(lines("wrapped/cri.long-line.txt", 3, 5));
  for (const out of [docker, cri]) {
    assert.equal(out.length, 2);
    const [panic, blank] = out;
    assert.ok(
      panic?.[0].startsWith(
        'panic: unexpected response from inventory service: {"items":[{"sku":"SKU-00000"',
      ),
    );
    assert.ok(panic?.[0].endsWith("}]}"));
    assert.ok((panic?.[0].length ?? 0) > 16_384, "both pieces");
    assert.equal(panic?.[1], 1, "the line where the split line starts");
    assert.deepEqual(blank, ["", 3, "stderr"]);
  }
  assert.equal(docker[0]?.[0], cri[0]?.[0], "the same panic value from both runtimes");
});

test("CRI: time, stream and tag removed; std log timestamps inside too", () => {
  assert.deepEqual(unwrap(lines("wrapped/cri.long-line.txt", 1, 2)), [
    ["inventory sync 0.9.0 starting", 1, "stdout"],
    ["fetching http://inventory.internal/v1/items", 2, "stderr"],
  ]);
});

test("journald: one stream per program", () => {
  assert.deepEqual(unwrap(lines("wrapped/journald-short.orders.txt", 1)), [
    ["orders service 1.4.2 listening on :8080", 1, "web-1 orders[4625]"],
  ]);
});

test("rsyslog: #011 is the frame line's tab", () => {
  const [line] = lines("wrapped/rsyslog.inventory.txt", 1, 200).filter((text) =>
    text.includes("#011"),
  );
  const [out] = unwrap([line as string]);
  assert.ok(out?.[0].startsWith("\t/tmp/panicscope-lab/wrapped/"), out?.[0]);
  assert.match(out?.[2] ?? "", /^web-1 inventory\[\d+\]$/);
});

test("klog, std log and RFC 3339 prefixes", () => {
  assert.deepEqual(unwrap(lines("wrapped/klog.txt", 1)), [
    ["Starting pod-janitor controller version v0.3.1", 1, ""],
  ]);
  assert.deepEqual(unwrap(lines("wrapped/stdlog-timestamps.orders.txt", 1)), [
    ["orders service 1.4.2 listening on :8080", 1, ""],
  ]);
  assert.deepEqual(unwrap(lines("wrapped/rfc3339.inventory.txt", 1)), [
    // The program's std log stamp inside the log system's comes off too, as inside CRI's.
    ["loaded 4 warehouse slots", 1, ""],
  ]);
});

test("CI and log viewer prefixes (real/go-ethereum-15162, real/gorouter-223, real/kanali-12)", () => {
  assert.deepEqual(unwrap(lines("real/go-ethereum-15162-oom-appveyor-timestamps-386.txt", 1, 2)), [
    ["fatal error: out of memory", 1, ""],
    ["", 2, ""],
  ]);
  assert.deepEqual(
    unwrap(lines("real/gorouter-223-rwmutex-throw-go19-bracket-timestamps.txt", 3)),
    [["goroutine 68250842 [running]:", 1, ""]],
  );
  assert.deepEqual(unwrap(lines("real/kanali-12-concurrent-map-kibana-prefix-shuffled.txt", 3)), [
    ["goroutine 10438 [running]:", 1, ""],
  ]);
});

test("a traceback inside a JSON field becomes its lines, then a blank (wrapped/slog-json.txt)", () => {
  const record = lines("wrapped/slog-json.txt", 1, 100).find((text) =>
    text.includes('"stack":"goroutine'),
  );
  const out = unwrap([record as string]);
  assert.deepEqual(out.slice(0, 3), [
    ["goroutine 1 [running]:", 1, ""],
    ["runtime/debug.Stack()", 1, ""],
    ["\t/usr/local/go/src/runtime/debug/stack.go:26 +0x5e", 1, ""],
  ]);
  assert.deepEqual(out[out.length - 1], ["", 1, ""]);
  const plain = lines("wrapped/slog-json.txt", 2);
  assert.deepEqual(unwrap(plain), [[plain[0], 1, ""]], "a record without crash text is left alone");
});

test("paste damage: fences, ^M, a closing backtick (real/babelweb2-5, real/vic-3489, real/pathbrute-17)", () => {
  assert.deepEqual(unwrap(lines("real/babelweb2-5-type-assertion.txt", 1)), [["", 1, ""]]);
  assert.deepEqual(unwrap(lines("real/vic-3489-negative-waitgroup-caret-M.txt", 2, 3)), [
    ["panic: sync: negative WaitGroup counter", 1, ""],
    ["", 2, ""],
  ]);
  const last = lines("real/pathbrute-17-oom-header-without-frames-backticks.txt", 1, 100)
    .filter((t) => t !== "")
    .pop();
  assert.deepEqual(unwrap([last as string]), [["goroutine 1 [running]:", 1, ""]]);
});

test("a JSON record cut before its end: its escaped stack, split from the message it was glued to (real/broad/panicwrap-21)", () => {
  const out = unwrap(lines("real/broad/panicwrap-21-echo-panic-recover-json-field-go110.txt", 1));
  assert.deepEqual(out.slice(1, 5), [
    ["[PANIC RECOVER] a problem", 1, ""],
    ["goroutine 32 [running]:", 1, ""],
    [
      "github.com/labstack/echo/middleware.RecoverWithConfig.func1.1.1(0x995168, 0x4000, 0xc420050000, 0x9e0e80, 0xc42022b960)",
      1,
      "",
    ],
    [
      "\t/home/inverno/go_projects/src/github.com/labstack/echo/middleware/recover.go:71 +0xf7",
      1,
      "",
    ],
  ]);
});

test("klog after a learnt prefix: a pod's name, a Chinese-locale syslog stamp (real/broad/cert-manager-2312, real/logged/kubernetes-76075)", () => {
  assert.deepEqual(
    unwrap(lines("real/broad/cert-manager-2312-handlecrash-logpanic-pod-prefix-go113.txt", 2, 3)),
    [
      [
        'Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)',
        1,
        "cert-manager-f7f8bf74d-q7bqm cert-manager",
      ],
      ["goroutine 208 [running]:", 2, "cert-manager-f7f8bf74d-q7bqm cert-manager"],
    ],
  );
  const kubelet = unwrap(
    lines("real/logged/kubernetes-76075-kubelet-syslog-observed-a-panic.txt", 3, 4),
  );
  assert.equal(kubelet[0]?.[0].startsWith('Observed a panic: "invalid memory address'), true);
  assert.equal(
    kubelet[1]?.[0].endsWith("/k8s.io/apimachinery/pkg/util/runtime/runtime.go:76"),
    true,
  );
  assert.equal(kubelet[1]?.[2], "4月 03 09:26:35 k8snode1 kubelet[9519]:");
});

test("glog before flag.Parse and a Cloud Build step's quoted name (real/broad/habitat-operator-131, real/broad/kgateway-1384)", () => {
  assert.deepEqual(
    unwrap(
      lines("real/broad/habitat-operator-131-handlecrash-logging-before-flag-parse-go18.txt", 5),
    ),
    [
      [
        'Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)',
        1,
        "",
      ],
    ],
  );
  assert.deepEqual(
    unwrap(
      lines("real/broad/kgateway-1384-race-cloud-build-step-prefix-failed-restore.txt", 2, 3),
    ).map((l) => l[0]),
    // The separator comes before the line the prefix is learnt on, which was kept back one
    // line for it: it loses the prefix too.
    ["==================", "WARNING: DATA RACE"],
  );
});

test("a prefix learnt at the headline that the lines before had too is on every line: the next program's lines are not the value's (real/holdout/pufferd-25)", () => {
  const out = unwrap(
    lines("real/holdout/pufferd-25-systemctl-status-headline-only-journal-prefix.txt", 11, 13),
  );
  assert.deepEqual(out.slice(1, 3), [
    ["panic: runtime error: slice bounds out of range", 2, "pufferd[9392]:"],
    [
      "systemd[1]: pufferd.service: Main process exited, code=exited, status=2/INVALIDARGUMENT",
      3,
      "",
    ],
  ]);
});

test("a go1.23+ goroutine header with gp= and m= teaches compose's prefix (real/holdout/cloud-game-467)", () => {
  const out = unwrap(
    lines("real/holdout/cloud-game-467-compose-prefix-sigabrt-cgo-glibc-line.txt", 7, 8),
  );
  assert.deepEqual(out[0], [
    "goroutine 20 gp=0xc0001fba40 m=6 mp=0xc0001e1008 [syscall]:",
    1,
    "worker03-1     |",
  ]);
  assert.equal(out[1]?.[0], "runtime.cgocall(0xa5ffc0, 0xc00049f8c8)");
});

test("logcat: another tag's lines between a learnt tag's are not its message's (real/holdout/golang-12008)", () => {
  const out = unwrap(
    lines("real/holdout/golang-12008-logcat-corrupt-tag-logd-dropped-fault.txt", 3, 5),
  );
  assert.deepEqual(out, [
    ["unexpected fault address 0x0", 1, "?/o       (26732):"],
    ["W/logd    (26732): Dropped 6", 2, ""],
    ["fatal error: fault", 3, "?/o       (26732):"],
  ]);
});

test("Android Studio's logcat: another tag's line, its pid in the prefix's first column, is not the headline's message (real/holdout-11/amneziawg-go-111)", async () => {
  const file =
    "real/holdout-11/amneziawg-go-111-android-studio-logcat-headline-and-sigabrt-only.txt";
  assert.deepEqual(unwrap(lines(file, 2, 3)), [
    [
      "panic: runtime error: index out of range [128] with length 128",
      1,
      "21384-0     Go    org.amnezia.awg  E",
    ],
    [
      "21384-21413 libc  org.amnezia.awg  A  Fatal signal 6 (SIGABRT), code -6 (SI_TKILL) in tid 21413 (DefaultDispatch), pid 21384 (org.amnezia.awg)",
      2,
      "",
    ],
  ]);
  const analysis = await analyzeFile(join(TESTDATA, file));
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash;
  assert.equal(crash?.kind, "panic");
  assert.deepEqual(crash?.panics, [
    {
      value: "runtime error: index out of range [128] with length 128",
      recovered: false,
      repanicked: false,
    },
  ]);
  assert.equal(analysis.crashes[0]?.category, "index-out-of-range");
  assert.equal(
    analysis.crashes[0]?.message,
    "runtime error: index out of range [128] with length 128",
  );
  assert.equal(crash?.goroutineCount, 0);
});

test("logcat shown by Android Studio: `>` in place of a file line's tab (real/holdout-2/firestack-222)", () => {
  const out = unwrap(
    lines("real/holdout-2/firestack-222-logcat-fatal-gt-file-lines-rwmutex-go123.txt", 5, 7),
  );
  assert.deepEqual(
    out.map(([text]) => text),
    [
      "goroutine 10734 gp=0x7b8b8b32c0 m=36 mp=0x7b10270008 [running]:",
      "runtime.fatal({0x7bd523c1b8, 0x20})",
      "\truntime/panic.go:1253 +0x58 fp=0x7b1067bd40 sp=0x7b1067bd00 pc=0x7bd58d97d8",
    ],
  );
});

test("a zap record whose stacktrace a viewer printed over real newlines, `\\t` kept escaped (real/holdout-2/ramen-2069)", () => {
  const out = unwrap(
    lines("real/holdout-2/ramen-2069-zap-stacktrace-real-newlines-escaped-tabs.txt", 2, 4),
  );
  // The record is not joined with the lines under it: they are narrower and do not end it.
  assert.equal(out.length, 4);
  assert.ok(
    out[0]?.[0].endsWith('"panicGoValue": "\\"assignment to entry in nil map\\"", "stacktrace": '),
  );
  assert.deepEqual(out.slice(1), [
    ["goroutine 601 [running]:", 1, ""],
    [
      "k8s.io/apimachinery/pkg/util/runtime.logPanic({0x262b638, 0xc0015943c0}, {0x1eabbe0, 0x2604650})",
      2,
      "",
    ],
    ["\t/go/pkg/mod/k8s.io/apimachinery@v0.32.0/pkg/util/runtime/runtime.go:107 +0xbc", 3, ""],
  ]);
});

test("rsyslog's #011 for a file line's tab, its syslog prefix removed by hand (real/holdout-3/telegraf-6488)", () => {
  const out = unwrap(
    lines("real/holdout-3/telegraf-6488-rsyslog-hash011-tabs-systemd-lines.txt", 6),
  );
  assert.deepEqual(out, [
    ["\t/go/src/github.com/influxdata/telegraf/plugins/inputs/exec/exec.go:164 +0x294", 1, ""],
  ]);
});

test("a logger's fields after Go's text are learnt from the `[signal …]` line and cut from the headline too (real/broad/grafana-65414)", () => {
  const file = "real/broad/grafana-65414-plugin-panic-log15-suffix-headline-only.txt";
  const stream = "DEBUG[03-28|07:35:55]"; // the timestamp is a known prefix, the rest learnt
  assert.deepEqual(unwrap(lines(file, 7, 8)), [
    ["panic: runtime error: invalid memory address or nil pointer dereference", 1, stream],
    ["[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0xa4e9d4]", 2, stream],
  ]);
  // The headline alone: where its value ends is not known, so its text stays whole.
  assert.deepEqual(unwrap(lines(file, 7)), [
    [
      "panic: runtime error: invalid memory address or nil pointer dereference logger=plugin.nvmetrics-datasource",
      1,
      stream,
    ],
  ]);
});

test("a mark an export put after every line is learnt from the `[signal …]` line: cut from the headline, from the lines that took the fast path, and a line of it alone is blank (real/holdout-10/coredns-4047)", () => {
  const file =
    "real/holdout-10/coredns-4047-every-line-comma-suffixed-nil-deref-arm64-go115beta1-cut.txt";
  assert.deepEqual(unwrap(lines(file, 2, 7)), [
    ["panic: runtime error: invalid memory address or nil pointer dereference", 1, ""],
    ["[signal SIGSEGV: segmentation violation code=0x1 addr=0x30 pc=0x32347c]", 2, ""],
    ["", 3, ""],
    ["goroutine 275047 [running]:", 4, ""],
    ["github.com/miekg/dns.(*OPT).len(0x40003cf940, 0x29, 0x0, 0x0)", 5, ""],
    ["\t/go/pkg/mod/github.com/miekg/dns@v1.1.30/edns.go:85 +0x9c", 6, ""],
  ]);
});

test("journald lines pasted as a markdown code block: the indentation is the paste's, on every line; std log's stamp inside comes off too (real/holdout-4/gosdm630-138)", () => {
  const out = unwrap(
    lines(
      "real/holdout-4/gosdm630-138-indented-journald-http-panic-serving-nil-receiver-arm32-go111.txt",
      1,
      4,
    ),
  );
  assert.deepEqual(out, [
    [
      "http: panic serving 192.168.0.41:33634: runtime error: invalid memory address or nil pointer dereference",
      1,
      "uv sdm[2955]",
    ],
    ["goroutine 3830853 [running]:", 2, "uv sdm[2955]"],
    ["net/http.(*conn).serve.func1(0x25aacc0)", 3, "uv sdm[2955]"],
    ["        /usr/local/go/src/net/http/server.go:1746 +0x9c", 4, "uv sdm[2955]"],
  ]);
});

test("a std log line indented with its paste: the stack under it loses the same indentation (real/holdout-2/golang-36883)", () => {
  const out = unwrap(
    lines(
      "real/holdout-2/golang-36883-indented-http-panic-serving-custom-value-after-tail.txt",
      6,
      9,
    ),
  );
  assert.deepEqual(out, [
    ["http: panic serving 127.0.0.1:54069: 403 Forbidden: Forbidden", 1, ""],
    ["goroutine 25 [running]:", 2, ""],
    ["net/http.(*conn).serve.func1(0xc000326280)", 3, ""],
    ["    /usr/local/opt/go/libexec/src/net/http/server.go:1767 +0x139", 4, ""],
  ]);
});

test("klog's header inside a journald line comes off with it (real/holdout-4/k3s-5762)", () => {
  assert.deepEqual(
    unwrap(
      lines(
        "real/holdout-4/k3s-5762-journald-observed-a-panic-goroutine-block-cut-in-handlecrash.txt",
        2,
        3,
      ),
    ),
    [
      [
        'Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)',
        1,
        "hibsrv k3s[7213]",
      ],
      ["goroutine 23246 [running]:", 2, "hibsrv k3s[7213]"],
    ],
  );
});

test("an indented log line before an unindented crash is no paste's indentation for the lines after it (real/holdout-4/consul-1773)", () => {
  const out = unwrap(
    lines("real/holdout-4/consul-1773-indented-log-line-nil-deref-go15-4space.txt", 2, 8),
  );
  assert.deepEqual(
    out.map(([text]) => text.slice(0, 40)),
    [
      "[INFO] agent: Deregistered check '6597fb",
      "panic: runtime error: invalid memory add",
      "[signal 0xb code=0x1 addr=0x68 pc=0x4ee2",
      "",
      "goroutine 52 [running]:",
      "github.com/hashicorp/consul/command/agen",
      "    /opt/gopath/src/github.com/hashicorp",
    ],
  );
});

test("zerolog's console writer prefixes two messages in a row, then only the first line of debug.Stack(): the frames stay in the header's stream (real/holdout-5/k9s-806)", () => {
  const out = unwrap(
    lines("real/holdout-5/k9s-806-zerolog-boom-debug-stack-raw-args-cut.txt", 2, 6),
  );
  assert.deepEqual(out, [
    // Kept back one line, the message's line loses the prefix the header teaches.
    ["Boom! runtime error: index out of range [0] with length 0", 1, "9:58AM ERR"],
    ["goroutine 1 [running]:", 2, "9:58AM ERR"],
    ["runtime/debug.Stack(0x4303ac0, 0x2cde003, 0x0)", 3, "9:58AM ERR"],
    ["\truntime/debug/stack.go:24 +0x9d", 4, "9:58AM ERR"],
    ["github.com/derailed/k9s/cmd.run.func1()", 5, "9:58AM ERR"],
  ]);
});

test("a goroutine header glued to the headline's last letter is a line of its own (real/holdout-5/oracledb-exporter-254)", () => {
  const out = unwrap(
    lines(
      "real/holdout-5/oracledb-exporter-254-headline-glued-to-goroutine-header-no-fence-cut.txt",
      1,
      2,
    ),
  );
  assert.deepEqual(out, [
    ["panic: interface conversion: interface {} is nil, not string", 1, ""],
    ["goroutine 20 [running]:", 1, ""],
    [
      "main.GeneratePrometheusMetrics(0xc000146240, 0xc000010ae0, 0xc00012c320, 0x98, 0x0, 0x0)",
      2,
      "",
    ],
  ]);
});

test("rsyslog's #011 behind a syslog prefix with no host name, which is learnt (real/holdout-6/seaweedfs-3459)", () => {
  const out = unwrap(
    lines(
      "real/holdout-6/seaweedfs-3459-journald-octal-tab-wrapped-argument-line-http-panic-makeslice-go119-cut.txt",
      3,
      5,
    ),
  );
  const stream = "Aug 24 14:57:58 seaweedfs-volume[2415351]:";
  assert.deepEqual(out, [
    ["goroutine 26735 [running]:", 1, stream],
    ["net/http.(*conn).serve.func1()", 2, stream],
    ["\t/usr/local/go/src/net/http/server.go:1850 +0xbf", 3, stream],
  ]);
});

test("a log viewer's line numbers on lines of their own are taken out, two in a row an empty row between them (real/holdout-6/emqx-operator-435)", () => {
  const out: [string, number, string][] = [];
  const unwrapper = new Unwrapper((text, line, stream) => out.push([text, line, stream]));
  const input = lines(
    "real/holdout-6/emqx-operator-435-web-log-viewer-line-numbers-interleaved-reconcile-recovered-index-go118-cut.txt",
    5,
    16,
  );
  input.forEach((text, i) => {
    unwrapper.push(text, i + 1);
  });
  unwrapper.end();
  assert.deepEqual(out, [
    ["panic: runtime error: index out of range [0] with length 0 [recovered]", 2, ""],
    ["\tpanic: runtime error: index out of range [0] with length 0", 4, ""],
    ["", 6, ""],
    ["goroutine 492 [running]:", 7, ""],
    [
      "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile.func1()",
      9,
      "",
    ],
    [
      "\t/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.12.3/pkg/internal/controller/controller.go:118 +0x1f4",
      11,
      "",
    ],
  ]);
  assert.equal(unwrapper.seen.lineNumbers, 7);
});

test("a lone number is the program's output when the next but one line does not count on from it (go1.26/deadlock-chan.single.txt)", () => {
  const out: [string, number, string][] = [];
  const unwrapper = new Unwrapper((text, line, stream) => out.push([text, line, stream]));
  lines("go/go1.26/deadlock-chan.single.txt", 1, 3).forEach((text, i) => {
    unwrapper.push(text, i + 1);
  });
  unwrapper.end();
  assert.deepEqual(out, [
    ["2", 1, ""],
    ["fatal error: all goroutines are asleep - deadlock!", 2, ""],
    ["", 3, ""],
  ]);
  assert.equal(unwrapper.seen.lineNumbers, undefined, "no line numbers counted");
});

test("the rest of a prefixed function line's arguments, wrapped onto a line without the prefix, is joined to it in its stream (real/holdout-6/seaweedfs-3459)", () => {
  // From the goroutine header, where the prefix is learnt, to the file line after the piece.
  // The piece closes the call the row left open: the row's rest (console-wrap.ts), the lines
  // after it numbered as printed, mapped back to the input's by inputLine.
  const out: [string, number, string][] = [];
  const unwrapper = new Unwrapper((text, line, stream) => out.push([text, line, stream]));
  lines(
    "real/holdout-6/seaweedfs-3459-journald-octal-tab-wrapped-argument-line-http-panic-makeslice-go119-cut.txt",
    3,
    10,
  ).forEach((text, i) => {
    unwrapper.push(text, i + 1);
  });
  unwrapper.end();
  const stream = "Aug 24 14:57:58 seaweedfs-volume[2415351]:";
  assert.deepEqual(out.slice(5), [
    [
      "github.com/seaweedfs/seaweedfs/weed/storage/needle.(*Needle).ReadNeedleMeta(0xc04c8e6820, {0x2932870, 0xc000cd1600}, 0x1afa96f28, 0x40004c, 0x3)",
      6,
      stream,
    ],
    ["\t/github/workspace/weed/storage/needle/needle_read_page.go:84 +0x11c", 7, stream],
  ]);
  assert.equal(unwrapper.inputLine(7), 8, "the file line is the input's eighth");
});

test("one JSON record per line of the program's stderr: the field learnt from the record that starts Go's text, an empty one a blank line (real/holdout-7/mattermost-plugin-mscalendar-148)", async () => {
  const file =
    "real/holdout-7/mattermost-plugin-mscalendar-148-hclog-adapter-json-msg-per-line-headline-header-only.txt";
  assert.deepEqual(unwrap(lines(file, 2, 5)), [
    ["panic: runtime error: invalid memory address or nil pointer dereference", 1, "json msg"],
    ["[signal SIGSEGV: segmentation violation code=0x1 addr=0x40 pc=0xd078c9]", 2, "json msg"],
    ["", 3, "json msg"],
    ["goroutine 39 [running]:", 4, "json msg"],
  ]);
  // Records before one that starts Go's text stay as they are: nothing is learnt from them.
  const before = '{"level":"info","msg":"plugin started","plugin_id":"x"}';
  assert.deepEqual(unwrap([before]), [[before, 1, ""]]);
  // A record of another shape in between (another logger) is a stream of its own.
  const other = '{"level":"info","caller":"app/server.go:10","msg":"server tick"}';
  assert.deepEqual(
    unwrap([...lines(file, 2, 3), other]).map(([text, , stream]) => [text, stream]),
    [
      ["panic: runtime error: invalid memory address or nil pointer dereference", "json msg"],
      ["[signal SIGSEGV: segmentation violation code=0x1 addr=0x40 pc=0xd078c9]", "json msg"],
      ["server tick", "json msg {level,caller,msg}"],
    ],
  );
  const analysis = await analyzeFile(join(TESTDATA, file));
  assert.deepEqual(
    analysis.crashes.map(({ crash }) => [
      crash.kind,
      crash.panics[0]?.value,
      crash.crashing?.id,
      crash.goroutineCount,
      crash.span,
    ]),
    [
      [
        "panic",
        "runtime error: invalid memory address or nil pointer dereference",
        39,
        1,
        { startLine: 2, endLine: 5 },
      ],
    ],
  );
});

test("package log's stamp on `http: panic serving` under a logger's prefix is the program's: one stream with the stack (real/broad-2/rancher-27288)", () => {
  const out = unwrap(
    lines(
      "real/broad-2/rancher-27288-debug-prefix-over-std-log-stamp-http-panic-serving-go113-cut.txt",
      2,
      4,
    ),
  );
  assert.deepEqual(
    out.map(([, line, stream]) => [line, stream]),
    [
      [1, "[DEBUG]"],
      [2, "[DEBUG]"],
      [3, "[DEBUG]"],
    ],
  );
  assert.equal(out[1]?.[0], "goroutine 26265 [running]:");
  assert.equal(out[2]?.[0], "net/http.(*conn).serve.func1(0xc003d68960)");
});

test("the whole stack under it is the crash's: the site below net/http's panic frame (real/broad-2/rancher-27288)", async () => {
  const analysis = await analyzeFile(
    join(
      TESTDATA,
      "real/broad-2/rancher-27288-debug-prefix-over-std-log-stamp-http-panic-serving-go113-cut.txt",
    ),
  );
  const crashes = analysis.crashes.map((c) => c.crash);
  assert.equal(crashes.length, 1);
  const [crash] = crashes;
  assert.equal(crash?.recoveredBy, "net/http");
  assert.equal(crash?.crashing?.id, 26265);
  assert.deepEqual(
    crash?.crashing?.frames.map((f) => [f.func, f.line]),
    [
      ["net/http.(*conn).serve.func1", 1767],
      ["panic", 679],
      [
        "github.com/rancher/rancher/vendor/github.com/rancher/steve/pkg/responsewriter.ContentTypeOptions.func1",
        47,
      ],
      ["net/http.HandlerFunc.ServeHTTP", 0],
    ],
  );
});

test("a log exported as one-column CSV: each quoted cell's text, quotes undoubled; the logger's suffix and the blanks padding Go's text to its column go (real/holdout-11/mattermost-plugin-calls-514)", async () => {
  const file =
    "real/holdout-11/mattermost-plugin-calls-514-quoted-log-lines-caller-suffix-interleaved-error-nil-deref-cut.txt";
  assert.equal(csvCellText('"a ""b"" c"', false), 'a "b" c');
  // A quoted string alone is no CSV until a cell with a doubled quote was seen.
  assert.equal(csvCellText('"panic: x"', false), null);
  assert.equal(csvCellText('"panic: x"', true), "panic: x");
  // A lone quote inside is no cell's.
  assert.equal(csvCellText('"a "b" c"', true), null);
  const stream = "debug [2023-08-31 20:12:32.598 Z]";
  const out = unwrap(lines(file, 2, 8));
  assert.deepEqual(
    out.filter(([, , s]) => s === stream),
    [
      ["panic: runtime error: invalid memory address or nil pointer dereference", 1, stream],
      ["[signal SIGSEGV: segmentation violation code=0x1 addr=0x50 pc=0x8afce0]", 2, stream],
      ["", 3, stream],
      ["goroutine 94943 [running]:", 4, stream],
      ["github.com/mattermost/mattermost/server/public/model.(*AppError).Error(0x0)", 6, stream],
      [
        "\tgithub.com/mattermost/mattermost/server/public@v0.0.0-20230613002302-62a3ee8adcb5/model/utils.go:279 +0x40",
        7,
        stream,
      ],
    ],
  );
  // The server's own error line in between is another stream's.
  assert.deepEqual(
    out.filter(([, , s]) => s !== stream).map(([, at]) => at),
    [5],
  );
  const analysis = await analyzeFile(join(TESTDATA, file));
  assert.equal(analysis.wrappers.csvCells, 7);
  const doc = toDocument(analysis, { goroutines: false }).crashes[0];
  assert.deepEqual(
    [doc?.category, doc?.goroutine, doc?.frame?.func, doc?.frame?.file, doc?.frame?.line],
    [
      "nil-deref",
      94943,
      "github.com/mattermost/mattermost/server/public/model.(*AppError).Error",
      "github.com/mattermost/mattermost/server/public@v0.0.0-20230613002302-62a3ee8adcb5/model/utils.go",
      279,
    ],
  );
});

test("a column a log viewer added after a tab on every line (the container's name) is learnt from the goroutine header and cut from every line, the held headline's too (real/holdout-12/cloudflared-902)", async () => {
  const file =
    "real/holdout-12/cloudflared-902-docker-desktop-container-name-suffix-every-line-index-negative-unindented-files-cut.txt";
  assert.deepEqual(unwrap(lines(file, 2, 5)), [
    ["panic: runtime error: index out of range [-1]", 1, ""],
    ["goroutine 215 [running]:", 2, ""],
    [
      "github.com/cloudflare/cloudflared/ingress.Ingress.FindMatchingRule({{0x0, 0x0, 0x0}, {{0x0}, {0x0}, {0x0}, 0x0, {0x0}, 0x0, {0x0, ...}, ...}}, ...)",
      3,
      "",
    ],
    ["/cfsetup_build/ingress/ingress.go:51 +0xef", 4, ""],
  ]);
  const doc = toDocument(await analyzeFile(join(TESTDATA, file)), { goroutines: false }).crashes[0];
  assert.deepEqual(
    [doc?.category, doc?.goroutine, doc?.frame?.func, doc?.frame?.file, doc?.frame?.line],
    [
      "index-out-of-range",
      215,
      "github.com/cloudflare/cloudflared/ingress.Ingress.FindMatchingRule",
      "/cfsetup_build/ingress/ingress.go",
      51,
    ],
  );
  // Words with blanks after the tab are no column a viewer adds: nothing is learnt.
  const suffixes = new LogSuffixes();
  assert.equal(
    suffixes.cut("goroutine 1 [running]:\tsee below", ""),
    "goroutine 1 [running]:\tsee below",
  );
  assert.equal(suffixes.active, false);
  assert.equal(suffixes.cut("goroutine 1 [running]:\tapi-1", ""), "goroutine 1 [running]:");
  assert.equal(suffixes.cut("main.main()\tapi-1", ""), "main.main()");
});

test("a whole report pasted as a four-space code block: the blanks come off every line, a file line keeps the blanks it had past them (real/holdout-5/crush-pr1348)", async () => {
  const file = "real/holdout-5/crush-pr1348-four-space-code-block-nil-map-darwin-arm64-cut.txt";
  assert.deepEqual(
    unwrap(lines(file, 1, 5)).map(([text, n, stream]) => [text.slice(0, 64), n, stream]),
    [
      ["panic: assignment to entry in nil map", 1, ""],
      ["", 2, ""],
      ["goroutine 1 [running]:", 3, ""],
      ["github.com/charmbracelet/crush/internal/agent.(*coordinator).bui", 4, ""],
      ["        github.com/charmbracelet/crush/internal/agent/coordinato", 5, ""],
    ],
  );
  const doc = toDocument(await analyzeFile(join(TESTDATA, file)), { goroutines: false }).crashes[0];
  assert.deepEqual(
    [doc?.category, doc?.goroutine, doc?.frame?.func, doc?.frame?.file, doc?.frame?.line],
    [
      "nil-map-write",
      1,
      "github.com/charmbracelet/crush/internal/agent.(*coordinator).buildProvider",
      "github.com/charmbracelet/crush/internal/agent/coordinator.go",
      663,
    ],
  );
});

test("an indented paste ends at the first line at column 0: the lines after it keep their blanks (real/holdout-8/golang-15769)", () => {
  const file =
    "real/holdout-8/golang-15769-list-indented-headline-unexpected-signal-mspan-sweep-gc-goroutine-runtime-only-go14-cut.txt";
  assert.deepEqual(unwrap(lines(file, 1, 6)), [
    ["fatal error: unexpected signal during runtime execution", 1, ""],
    ["[signal 0xb code=0x80 addr=0x0 pc=0x42be6a]", 2, ""],
    ["", 3, ""],
    ["runtime stack:", 4, ""],
    ["runtime.MSpan_Sweep(0x7fa08d904d00, 0xe100000000, 0x100000001)", 5, ""],
    ["    /usr/local/go/src/runtime/mgc0.c:960 +0x14a", 6, ""],
  ]);
});

test("a quote's marks come off before any other layer, one per level, with or without their blank (real/broad-2/photoprism-1976)", () => {
  const file =
    "real/broad-2/photoprism-1976-markdown-quote-prefix-uneven-index-out-of-range-int-min.txt";
  const quoted = lines(file, 3, 5);
  assert.deepEqual(quoted[2]?.slice(0, 4), ">\t/g");
  const function_ = (quoted[1] as string).slice(2);
  const fileLine = (quoted[2] as string).slice(1);
  const want = [
    ["goroutine 1088 [running]:", 1, ""],
    [function_, 2, ""],
    [fileLine, 3, ""],
  ];
  assert.deepEqual(unwrap(quoted), want);
  // Quoted again (a reply to the report): `> > ` and `> >`.
  assert.deepEqual(unwrap(quoted.map((text) => `> ${text}`)), want);
});

test("a whole report pasted indented with a tab: the tab comes off every line, the first one being no file line (real/holdout-15/nomad-1277)", async () => {
  const file =
    "real/holdout-15/nomad-1277-tab-indented-journald-startup-nil-deref-cut-at-panic-frame-go16.txt";
  const nomad = "deploy-api-ylm1 nomad[972]";
  assert.deepEqual(unwrap(lines(file, 5, 9)), [
    ["panic: runtime error: invalid memory address or nil pointer dereference", 1, nomad],
    ["[signal 0xb code=0x1 addr=0x78 pc=0x5643f8]", 2, nomad],
    ["goroutine 1 [running]:", 3, nomad],
    ["panic(0x1124d20, 0xc82000e0c0)", 4, nomad],
    ["/opt/go/src/runtime/panic.go:464 +0x3e6", 5, nomad],
  ]);
  // A bare trace whose first line is a file line keeps its tab: that one is Go's.
  const bare = "real/damaged/edv-202-two-http-panics-second-site-dangling.txt";
  assert.deepEqual(unwrap(lines(bare, 1)), [
    ["\t/usr/local/go/src/net/http/server.go:2969 +0x36c", 1, ""],
  ]);
  // The text stops at the `panic(…)` frame go1.6 printed first: no site below it.
  const doc = toDocument(await analyzeFile(join(TESTDATA, file)), { goroutines: false }).crashes[0];
  assert.deepEqual(
    [doc?.kind, doc?.category, doc?.goroutine, doc?.goroutineCount, doc?.frame],
    ["panic", "nil-deref", 1, 1, null],
  );
});

test("a program's lines kept as the strings of a pretty-printed JSON array (Ansible's `stderr_lines`): each string's text, its escaped tab a tab (real/holdout-15/podman-1730)", async () => {
  const file =
    "real/holdout-15/podman-1730-ansible-json-array-quoted-lines-escaped-tabs-nil-deref-vendored-image-cut.txt";
  assert.deepEqual(
    unwrap(lines(file, 2, 6)).map(([text, n, stream]) => [text.slice(0, 48), n, stream]),
    [
      ["panic: runtime error: invalid memory address or ", 1, ""],
      ["[signal SIGSEGV: segmentation violation code=0x1", 2, ""],
      ["goroutine 1 [running]:", 3, ""],
      ["github.com/containers/libpod/vendor/github.com/c", 4, ""],
      ["\t/builddir/build/BUILD/libpod-6e1aeb06f86bfed704", 5, ""],
    ],
  );
  const doc = toDocument(await analyzeFile(join(TESTDATA, file)), { goroutines: false }).crashes[0];
  assert.deepEqual(
    [doc?.category, doc?.goroutine, doc?.frame?.func, doc?.frame?.file, doc?.frame?.line],
    [
      "nil-deref",
      1,
      "github.com/containers/libpod/vendor/github.com/containers/image/storage.(*storageImageDestination).Commit",
      "/builddir/build/BUILD/libpod-6e1aeb06f86bfed7045be19c8e8b09c1bf5ba55f/_build/src/github.com/containers/libpod/vendor/github.com/containers/image/storage/storage_image.go",
      601,
    ],
  );
});

test('a program\'s lines kept as a compact JSON array behind a logger\'s prefix (vim-lsp\'s `<time>:["<---(stderr)",1,"gopls",[…]]`): the prefix, then each string as a line (real/holdout-16/dotfiles-52)', async () => {
  const file =
    "real/holdout-16/dotfiles-52-vim-lsp-log-json-array-of-stderr-lines-gopls-atomicalign-cut.txt";
  assert.deepEqual(
    unwrap(lines(file, 2)).map(([text, n, stream]) => [text.slice(0, 40), n, stream]),
    [
      ["月  2/11 16:36:32 2019:", 1, ""],
      ["<---(stderr)", 1, ""],
      ["gopls", 1, ""],
      ["panic: runtime error: invalid memory add", 1, ""],
      ["[signal SIGSEGV: segmentation violation ", 1, ""],
      ["", 1, ""],
      ["goroutine 23 [running]:", 1, ""],
      ["golang.org/x/tools/go/analysis/passes/at", 1, ""],
      ["\t/Users/ykiwng/go/src/golang.org/x/tools", 1, ""],
      ["", 1, ""],
    ],
  );
  const doc = toDocument(await analyzeFile(join(TESTDATA, file)), { goroutines: false }).crashes[0];
  assert.deepEqual(
    [
      doc?.kind,
      doc?.category,
      doc?.goroutine,
      doc?.frame?.func,
      doc?.frame?.file,
      doc?.frame?.line,
    ],
    [
      "panic",
      "nil-deref",
      23,
      "golang.org/x/tools/go/analysis/passes/atomicalign.run",
      "/Users/ykiwng/go/src/golang.org/x/tools/go/analysis/passes/atomicalign/atomicalign.go",
      30,
    ],
  );
});

test("a program's output relayed one logrus text record a line (dockerd's plugin stderr, behind journald): each record's `msg`, a record without one a blank line (real/holdout-16/loki-812)", async () => {
  const file =
    "real/holdout-16/loki-812-fence-glued-journald-dockerd-logrus-msg-per-line-plugin-field-wrapped-cut-at-header.txt";
  assert.deepEqual(
    unwrap(lines(file, 1, 6)).map(([text, n, stream]) => [text.slice(0, 40), n, stream]),
    [
      ["panic: runtime error: invalid memory add", 1, "dockerhost1 dockerd logfmt msg"],
      ["cf4347a0e1c51b17663971e", 2, ""],
      ["[signal SIGSEGV: segmentation violation ", 3, "dockerhost1 dockerd logfmt msg"],
      ["7cf4347a0e1c51b17663971e", 4, ""],
      ["", 5, "dockerhost1 dockerd logfmt msg"],
      ["goroutine 166 [running]:", 6, "dockerhost1 dockerd logfmt msg"],
    ],
  );
  const doc = toDocument(await analyzeFile(join(TESTDATA, file)), { goroutines: false }).crashes[0];
  assert.deepEqual(
    [doc?.kind, doc?.category, doc?.message, doc?.goroutine, doc?.goroutineCount, doc?.frame],
    [
      "panic",
      "nil-deref",
      "runtime error: invalid memory address or nil pointer dereference",
      166,
      1,
      null,
    ],
  );
});

test("a line behind a log system's prefix naming its program is read as the same line bare, in a stream inside the program's: the shell prompt glued to the headline, and the lines after it (real/holdout-14/tidb4pg-82 as journald stores it, test/wrapped-real/wrappers.ts)", () => {
  const bare = lines(
    "real/holdout-14/tidb4pg-82-root-prompt-glued-to-headline-exit-status-job-control-nil-deref.txt",
    1,
    6,
  );
  const journald = bare.map((line) => `Dec 07 14:20:45 host app[123]: ${line}`);
  assert.deepEqual(
    unwrap(journald),
    unwrap(bare).map(([text, n, stream]) => [text, n, `host app[123] ${stream}`]),
  );
  assert.deepEqual(unwrap(journald).slice(0, 2), [
    [
      "panic: runtime error: invalid memory address or nil pointer dereference",
      1,
      "host app[123] [root@loader bubble]#",
    ],
    [
      "[signal SIGSEGV: segmentation violation code=0x1 addr=0xc0 pc=0x2e01153]",
      2,
      "host app[123] [root@loader bubble]#",
    ],
  ]);
});

test("journald inside journald: lines indented under the inner program's line, each in an outer record, continue the inner stream (real/prefixed/compose-5382 as journald stores it)", () => {
  const report = lines(
    "real/prefixed/compose-5382-journald-continuation-indent-http-panic.txt",
    1,
    6,
  );
  const out = unwrap(report.map((line) => `Dec 07 14:20:45 host app[123]: ${line}`));
  assert.deepEqual(out.slice(2, 5), [
    [
      "http: panic serving @: runtime error: invalid memory address or nil pointer dereference",
      3,
      "host app[123] jenkins-node dockerd[87266]",
    ],
    ["goroutine 1943 [running]:", 4, "host app[123] jenkins-node dockerd[87266]"],
    ["net/http.(*conn).serve.func1(0xc420c0fe00)", 5, "host app[123] jenkins-node dockerd[87266]"],
  ]);
});
