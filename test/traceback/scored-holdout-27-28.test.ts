// The reports of holdout-27 and holdout-28 that the first scoring run read wrong, each read
// whole through the pipeline, with the exact values a person reads off it (their expectations
// hold the rest). Each test names the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal as read } from "./read-real.js";

test("debug.PrintStack()'s output with no goroutine header above it, tabs lost: a logged stack from its first frame (holdout-27/mods-574)", async () => {
  assert.deepEqual(
    await read(
      "holdout-27/mods-574-bubbletea-printstack-no-header-lost-tabs-one-indented-inlined-cohere-go1244-cut.txt",
    ),
    [
      [
        "logged",
        "custom-panic",
        "",
        null,
        "github.com/charmbracelet/mods/internal/cohere.fromProtoMessages",
        "/home/runner/go/pkg/mod/github.com/charmbracelet/mods@v1.8.1/internal/cohere/format.go",
        21,
      ],
    ],
  );
});

test("a function line less(1) chopped at the screen's edge, its `>` mark in the last column and `_` arguments: still the frame's (holdout-27/ollama-6118)", async () => {
  assert.deepEqual(
    await read(
      "holdout-27/ollama-6118-journald-cjk-month-less-truncated-lines-divide-by-zero-estimate-gpu-layers-cut.txt",
    ),
    [
      [
        "panic",
        "divide-by-zero",
        "runtime error: integer divide by zero",
        54,
        "github.com/ollama/ollama/llm.EstimateGPULayers",
        "github.com/ollama/ollama/llm/memory.go",
        122,
      ],
    ],
  );
});

test("a report's stamp alone between the value's line and the stack's heading names nothing: the line above that names a runtime error does (holdout-27/opencode-122)", async () => {
  assert.deepEqual(
    await read(
      "holdout-27/opencode-122-panic-in-agent-run-header-time-line-debug-stack-recover-panic-logged-go1242-cut.txt",
    ),
    [
      [
        "logged",
        "index-out-of-range",
        "runtime error: index out of range [0] with length 0",
        257,
        "github.com/opencode-ai/opencode/internal/llm/provider.(*openaiClient).send",
        "/Users/shyim/go/pkg/mod/github.com/opencode-ai/opencode@v0.0.36/internal/llm/provider/openai.go",
        210,
      ],
    ],
  );
});

test("a recover handler's line naming a runtime error, a blank, then bare `file:line` lines: a logged stack, the line its value (holdout-28/iris-713)", async () => {
  assert.deepEqual(
    await read(
      "holdout-28/iris-713-iris-recovered-warn-trace-file-only-stack-websocket-index-out-of-range-go19-cut.txt",
    ),
    [
      [
        "logged",
        "index-out-of-range",
        "runtime error: index out of range",
        null,
        "",
        "/Users/waahong/gopath/src/github.com/kataras/iris/websocket/server.go",
        263,
      ],
    ],
  );
});

test("a lead-in that names where the panic was, `panic on hijacked conn: `, is the logger's: the value follows it (holdout-28/iris-161)", async () => {
  assert.deepEqual(
    await read(
      "holdout-28/iris-161-bash-fence-banner-fasthttp-panic-on-hijacked-conn-stack-trace-label-go16-cellar-cut.txt",
    ),
    [
      [
        "logged",
        "type-assertion",
        "interface conversion: interface is int, not string",
        42,
        "github.com/kataras/iris/websocket.(*connection).messageReceived",
        "/Volumes/mac/max/.go/src/github.com/kataras/iris/websocket/connection.go",
        159,
      ],
    ],
  );
});

test("a recover handler's line wrapped after `runtime error:`, its rest on the next row, a blank, then the stack: the two rows name the value (holdout-28/kitex-913)", async () => {
  assert.deepEqual(
    await read(
      "holdout-28/kitex-913-gopool-panic-in-pool-wrapped-message-no-headline-panic-frame-first-netpoll-cut.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        1974019,
        "github.com/cloudwego/netpoll.(*LinkBuffer).WriteBuffer",
        "/builds/bdm/bds/quote/.mod_cache/github.com/cloudwego/netpoll@v0.3.2/nocopy_linkbuffer.go",
        407,
      ],
    ],
  );
});

test("a reporter's `...` between blank lines inside a goroutine block: frames left out, the block goes on below it (holdout-28/go-kit-609)", async () => {
  assert.deepEqual(
    await read(
      "holdout-28/go-kit-609-fence-glued-to-std-log-http-panic-serving-interface-conversion-elided-frames-go18.txt",
    ),
    [
      [
        "panic",
        "type-assertion",
        "interface conversion: interface {} is string, not int",
        20,
        "net/http.HandlerFunc.ServeHTTP",
        "/usr/local/go/src/net/http/server.go",
        1942,
      ],
    ],
  );
});
