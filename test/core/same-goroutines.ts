// What the core-file tests compare: a crash read from a core against the one the runtime
// printed to stderr before it aborted — every goroutine's id, state, wait minutes, labels,
// frames (function, file, line, offset, inlining) and created-by line.

import assert from "node:assert/strict";
import { crashFromCore } from "../../src/core/crash.js";
import { CoreProcess } from "../../src/core/open.js";
import type { Crash, Frame, Goroutine } from "../../src/model.js";
import { parseCrashes } from "../../src/traceback/index.js";
import type { CoreRun } from "./cores.js";

function frameKey(f: Frame): string {
  return `${f.func}${f.inlined ? "(...)" : ""} ${f.file}:${f.line}${f.offset === undefined ? "" : ` +0x${f.offset.toString(16)}`}`;
}

/** The parts of a goroutine the runtime prints and a core must reproduce. */
function printed(g: Goroutine): string[] {
  const labels = g.labels === undefined ? "" : ` labels:${g.labels}`;
  const minutes = g.waitMinutes > 0 ? `, ${g.waitMinutes} minutes` : "";
  const lines = [`goroutine ${g.id} [${g.state}${minutes}${labels}]`, ...g.frames.map(frameKey)];
  if (g.createdBy !== undefined)
    lines.push(
      `created by ${frameKey(g.createdBy)}${g.parentId ? ` in goroutine ${g.parentId}` : ""}`,
    );
  return lines;
}

export function readCore(run: CoreRun): { fromCore: Crash; fromText: Crash } {
  const proc = CoreProcess.open(run.binary, run.core);
  try {
    const fromCore = crashFromCore(proc);
    const texts = parseCrashes(run.stderr);
    assert.equal(texts.length, 1, `one crash in stderr:\n${run.stderr.slice(0, 2000)}`);
    return { fromCore, fromText: texts[0]! };
  } finally {
    proc.close();
  }
}

/**
 * Every goroutine the runtime printed with a stack is in the core, identical; one it printed as
 * running on another thread (stack unavailable) is there, running (its frames: running.test.ts).
 */
export function assertSameGoroutines(fromCore: Crash, fromText: Crash): void {
  const ours = new Map(fromCore.goroutines.map((g) => [g.id, g]));
  for (const g of fromText.goroutines) {
    const mine = ours.get(g.id);
    assert.ok(mine !== undefined, `goroutine ${g.id} is missing from the core's list`);
    if (g.stackUnavailable) {
      // Its header and created-by line as printed; frames the runtime did not print.
      assert.deepEqual(printed({ ...mine, frames: [] }), printed(g));
      assert.equal(g.state, "running", `goroutine ${g.id}`);
      assert.ok(mine.frames.length > 0, `goroutine ${g.id}: frames from its thread`);
      continue;
    }
    assert.deepEqual(printed(mine), printed(g));
  }
  assert.equal(fromCore.goroutines.length, fromText.goroutines.length);
}
