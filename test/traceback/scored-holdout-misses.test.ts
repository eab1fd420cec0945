// The reports of holdout-17 and holdout-18 that the first scoring run read wrong, each read
// whole through the pipeline, with the exact values a person reads off it (their expectations
// hold the rest). Each test names the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal as read } from "./read-real.js";

test("a program's own `panic: %v, stack:` line over debug.Stack(): the joining `, stack:` is the log's, not the value's (holdout-17/buf-1071)", async () => {
  assert.deepEqual(
    await read(
      "holdout-17/buf-1071-failure-prefix-panic-stack-debug-stack-trimmed-runtime-paths-protoreflect-arm64-cut.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        11,
        "github.com/jhump/protoreflect/desc/protoparse.(*linker).createDescriptorPool",
        "github.com/jhump/protoreflect@v1.11.1-0.20220213155251-0c2aedc66cf4/desc/protoparse/linker.go",
        149,
      ],
    ],
  );
});

test("output glued after a signal's runtime error on the headline's line is not the value (holdout-17/recursebuster-15)", async () => {
  assert.deepEqual(
    await read("holdout-17/recursebuster-15-progress-output-glued-to-nil-deref-headline-go110.txt"),
    [
      [
        "panic",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        17920,
        "github.com/c-sto/recursebuster/librecursebuster.(*State).evaluateURL",
        "/root/go/src/github.com/c-sto/recursebuster/librecursebuster/net.go",
        144,
      ],
    ],
  );
});

test("a line naming the panic with a runtime error Go prints unprefixed, a blank, then debug.Stack(): that line names the value (holdout-17/pulumi-12371)", async () => {
  assert.deepEqual(
    await read(
      "holdout-17/pulumi-12371-panic-handler-report-debug-stack-send-on-closed-channel-hard-wrapped-args-windows-go1202-cut.txt",
    ),
    [
      [
        "logged",
        "closed-channel-send",
        "send on closed channel",
        1,
        "github.com/pulumi/pulumi/sdk/v3/go/common/resource/plugin.loadPlugin",
        "/home/runner/work/pulumi/pulumi/sdk/go/common/resource/plugin/host.go",
        268,
      ],
    ],
  );
});

test("debug.Stack() logged with each function line and its file line on one physical line, several pairs to a line, under a value the logger labels `(panic)` then `stack:` (holdout-18/photoprism-454)", async () => {
  assert.deepEqual(
    await read(
      "holdout-18/photoprism-454-log-line-debug-stack-newlines-partly-spaces-logged-go115-cut.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        54,
        "github.com/photoprism/photoprism/internal/photoprism.(*MediaFile).FileName",
        "/go/src/github.com/photoprism/photoprism/internal/photoprism/mediafile.go",
        379,
      ],
    ],
  );
});

test("a log viewer's 12-hour stamp glued to every line, its `PM` before the path of gin's `file:line (0xPC)` lines, is the prefix's (holdout-18/drone-2008)", async () => {
  assert.deepEqual(
    await read(
      "holdout-18/drone-2008-rancher-log-viewer-timestamp-glued-value-gin-file-pc-lines-logged-go18-cut.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        null,
        "",
        "/go/src/github.com/drone/drone/router/middleware/session/repo.go",
        116,
      ],
    ],
  );
});

test("a Windows exception dump indented by a relay, its `PC=` line deeper than its first, frames with no goroutine header, faulting in a DLL that syscall.loadsystemlibrary called (holdout-17/pulumi-6093)", async () => {
  assert.deepEqual(
    await read(
      "holdout-17/pulumi-6093-provider-stderr-indented-windows-exception-no-goroutine-header-loadsystemlibrary-go1156-cut.txt",
    ),
    [
      [
        "signal",
        "cgo-crash",
        "0xc0000005: exception",
        null,
        "syscall.loadsystemlibrary",
        "/opt/hostedtoolcache/go/1.15.6/x64/src/runtime/syscall_windows.go",
        136,
      ],
    ],
  );
});

test("a raw-mode terminal's staircase, each line starting where the line before ended and a file line's tab kept after the blanks, is read as the trace it was (holdout-17/pulumi-15271)", async () => {
  assert.deepEqual(
    await read(
      "holdout-17/pulumi-15271-staircase-missing-carriage-returns-custom-panic-generic-inlined-site-cut.txt",
    ),
    [
      [
        "panic",
        "custom-panic",
        "CompletionSource already resolved",
        729,
        "github.com/pulumi/pulumi/sdk/v3/go/common/promise.(*CompletionSource[...]).MustReject",
        "/workspace/sdk/go/common/promise/promise.go",
        141,
      ],
    ],
  );
});
