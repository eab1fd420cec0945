// A headline glued behind other output, its blank line lost with every other blank of the paste
// (test/damaged-real/damages.ts noBlanks: a chat client or a log shipper dropping empty lines):
// the goroutine header right under it is the runtime's when the stack is the runtime's
// (src/traceback/glued-stack.ts). Every input is a real report in testdata/real.

import assert from "node:assert/strict";
import { test } from "node:test";
import { GluedStack, namesPanicInProse } from "../../src/traceback/glued-stack.js";
import { DAMAGES } from "../damaged-real/damages.js";
import { realText as read, readRealChanged } from "./read-real.js";

/** Each crash of the report with its blank lines removed, as [kind, category, goroutine, func, file, line]. */
async function withoutBlanks(path: string): Promise<unknown[][]> {
  const crashes = await readRealChanged(path, DAMAGES.noBlanks);
  return crashes.map(([kind, category, , ...where]) => [kind, category, ...where]);
}

test("a headline glued to a status line, no blank under it, over a stack that starts at the panicking function is the runtime's (holdout-23/croc-992)", async () => {
  assert.deepEqual(
    await withoutBlanks(
      "holdout-23/croc-992-shell-fence-prompts-status-glued-to-index-out-of-range-with-length-cut",
    ),
    [
      [
        "panic",
        "index-out-of-range",
        38,
        "github.com/schollz/croc/v10/src/croc.(*Client).transfer",
        "/home/runner/work/croc/croc/src/croc/croc.go",
        1180,
      ],
    ],
  );
});

test("a headline glued behind a logger's `: `, over a go1.3 stack that starts at runtime.panic, is the runtime's (holdout-19/dd-agent-2060)", async () => {
  assert.deepEqual(
    await withoutBlanks(
      "holdout-19/dd-agent-2060-python-log-prefix-glued-windows-go13-c-runtime-panic-frame-index-out-of-range",
    ),
    [
      [
        "panic",
        "index-out-of-range",
        16,
        "github.com/DataDog/gohai/windowsutils.WindowsWMICommand",
        "C:/workspace/go/src/github.com/DataDog/gohai/windowsutils/utils.go",
        57,
      ],
    ],
  );
});

test("a program's `Failure: panic: …` over a stack that starts at runtime/debug.Stack stays a logged stack (holdout-17/buf-1071)", async () => {
  assert.deepEqual(
    await withoutBlanks(
      "holdout-17/buf-1071-failure-prefix-panic-stack-debug-stack-trimmed-runtime-paths-protoreflect-arm64-cut",
    ),
    [
      [
        "logged",
        "nil-deref",
        11,
        "github.com/jhump/protoreflect/desc/protoparse.(*linker).createDescriptorPool",
        "github.com/jhump/protoreflect@v1.11.1-0.20220213155251-0c2aedc66cf4/desc/protoparse/linker.go",
        149,
      ],
    ],
  );
});

test("a sentence that names the panic, a word and a blank before `panic: `, is a program's log line (holdout-23/argo-rollouts-3706), not output glued to the runtime's", () => {
  const line = read(
    "holdout-23/argo-rollouts-3706-recovered-from-panic-debug-stack-experiment-weights-go120-cut",
  )
    .split("\n")
    .find((l) => l.includes("panic: ")) as string;
  assert.equal(namesPanicInProse(line.slice(0, line.indexOf("panic: "))), true);
  const croc = read(
    "holdout-23/croc-992-shell-fence-prompts-status-glued-to-index-out-of-range-with-length-cut",
  )
    .split("\n")
    .find((l) => l.includes("panic: ")) as string;
  assert.equal(namesPanicInProse(croc.slice(0, croc.indexOf("panic: "))), false);
});

test("a stack with the runtime's panic(…) under a deferred function's frame is a recovering handler's shape (broad-2/velero-7712's block)", () => {
  const lines = read(
    "broad-2/velero-7712-logrus-observed-a-panic-recovered-repanic-cut-at-panic-frame-go122",
  ).split("\n");
  const start = lines.findIndex((l) => l.startsWith("goroutine 1053 ["));
  const shape = new GluedStack();
  assert.deepEqual(
    lines.slice(start + 1, start + 4).map((l) => shape.next(l)),
    ["wait", "wait", "log"],
  );
});

test("a headline a person quoted in chat, the stack right under it with no blank, over a go1.7 stack that starts at panic(…), is the runtime's (holdout-23/syncthing-3718)", async () => {
  assert.deepEqual(
    await withoutBlanks(
      "holdout-23/syncthing-3718-irc-log-lines-headline-only-quoted-in-chat-panic-frame-first-go17",
    ),
    [
      [
        "panic",
        "closed-channel-send",
        66,
        "main.protocolConnectionHandler",
        "/home/buildslave/workspace/strelaysrv/src/github.com/syncthing/syncthing/cmd/strelaysrv/listener.go",
        171,
      ],
    ],
  );
});
