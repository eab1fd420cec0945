// The reports of holdouts 36–41 the first scoring run read wrong whose every line carries a log
// tool's name for its container, pod or unit (stern, kubetail, k9s, journald), each read whole
// through the pipeline with the exact values a person reads off it (their expectations hold the
// rest). Each test names the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal as read, readRealRules } from "./read-real.js";

test("journalctl -o short-precise: a syslog stamp with microseconds is journald's prefix (holdout-41/multus-cni-481)", async () => {
  assert.deepEqual(
    await read(
      "holdout-41/multus-cni-481-journald-crio-prefix-traceback-system-panic-frame-on-top-go113-cut.txt",
    ),
    [
      [
        "panic",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        1,
        null,
        null,
        null,
      ],
    ],
  );
});

test("a source's name alone on every line (a vcluster's `syncer ` column), a JSON record above: the headline behind it is Go's (holdout-36/vcluster-2212)", async () => {
  assert.deepEqual(
    await read(
      "holdout-36/vcluster-2212-jsonl-fence-container-name-prefix-custom-panic-tsnet-cut.txt",
    ),
    [
      [
        "panic",
        "custom-panic",
        "agent tsnet server is not running",
        471,
        "github.com/loft-sh/vcluster-pro/pkg/tailscale.ConnectToPlatform.func3",
        "",
        0,
      ],
    ],
  );
});

test("stern's container names, two containers interleaved: the second's headline is Go's behind its own name (holdout-41/aws-efs-csi-driver-1173)", async () => {
  assert.deepEqual(
    await read(
      "holdout-41/aws-efs-csi-driver-1173-stern-container-prefixes-interleaved-nil-deref-efs-plugin-cut.txt",
    ),
    [
      [
        "panic",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        85,
        "github.com/kubernetes-sigs/aws-efs-csi-driver/pkg/cloud.(*cloud).ListAccessPoints",
        "/go/src/github.com/kubernetes-sigs/aws-efs-csi-driver/pkg/cloud/cloud.go",
        317,
      ],
    ],
  );
});

test("k9s's log view, `│ ` then the container's name: the headline behind it is Go's (holdout-41/amazon-vpc-cni-k8s-3431)", async () => {
  assert.deepEqual(
    await read(
      "holdout-41/amazon-vpc-cni-k8s-3431-k9s-box-pipe-container-prefix-index-out-of-range-space-in-func-cut.txt",
    ),
    [
      [
        "panic",
        "index-out-of-range",
        "runtime error: index out of range [0] with length 0",
        1,
        "github.com/aws/amazon-vpc-cni-k8s/pkg/ipamd. (*IPAMContext).markUnmanagedNetworkCards",
        "",
        0,
      ],
    ],
  );
});

test("kubetail's container name over klog's `Observed a panic` and its file-only callers: a logged crash (holdout-41/kube-router-531)", async () => {
  assert.deepEqual(
    await read(
      "holdout-41/kube-router-531-kubetail-container-prefix-klog-observed-a-panic-file-only-gimme-go187-cut-before-site.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        null,
        null,
        null,
        null,
      ],
    ],
  );
});

test("a runtime error's text with a blank lost (`nilpointer dereference`): the category its words name, the rule unknown as the text reads (holdout-37/replicatedhq-gatekeeper-11)", async () => {
  assert.deepEqual(
    await readRealRules(
      "holdout-37/replicatedhq-gatekeeper-11-stern-pod-prefixes-http2-panic-serving-nilpointer-typo-go110-cut.txt",
    ),
    [
      [
        "panic",
        "nil-deref",
        "runtime-error-unknown",
        "runtime error: invalid memory address or nilpointer dereference",
        336,
        {
          func: "github.com/replicatedhq/gatekeeper/pkg/proxy.GatekeeperProxy.AdmissionRequest",
          file: "/go/src/github.com/replicatedhq/gatekeeper/pkg/proxy/server.go",
          line: 157,
        },
      ],
    ],
  );
});

test("a log viewer's table pasted newest first, the blank Go prints between headline and header kept: one panic read bottom-up (holdout-36/fn-999)", async () => {
  assert.deepEqual(
    await read("holdout-36/fn-999-log-viewer-table-reversed-order-custom-panic-k8s-store.txt"),
    [
      [
        "panic",
        "custom-panic",
        "unknown (get pods)",
        5,
        "github.com/fnproject/fn/fnlb/lb.(*k8sStore).watch",
        "/go/src/github.com/fnproject/fn/fnlb/lb/k8s_store.go",
        144,
      ],
    ],
  );
});
