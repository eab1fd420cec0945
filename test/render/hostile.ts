// Real crash output with hostile values injected: what a crash text can carry into a report.
// The text is testdata/go/go1.26/nil-deref.all.txt (a real run); the panic value, a function
// name and a file path are replaced with markup and script that must never run.

import { readFileSync } from "node:fs";
import { join } from "node:path";

export const PAYLOADS = {
  value: `<script>window.__pwned = 1</script>"><img src=x onerror="window.__pwned=2">`,
  func: `main.<img/src=x/onerror=window.__pwned=3>`,
  file: `javascript:window.__pwned=4//"><script>window.__pwned=5</script>`,
};

export function hostileCrashText(): string {
  const path = join(
    import.meta.dirname,
    "..",
    "..",
    "..",
    "testdata",
    "go",
    "go1.26",
    "nil-deref.all.txt",
  );
  return readFileSync(path, "utf8")
    .replace(
      "panic: runtime error: invalid memory address or nil pointer dereference",
      `panic: ${PAYLOADS.value}`,
    )
    .replaceAll("main.nilDeref", PAYLOADS.func)
    .replaceAll("/tmp/panicscope-lab/crashers/nilderef.go", PAYLOADS.file);
}
