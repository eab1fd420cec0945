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
