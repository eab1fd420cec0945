// Where `--open` writes a report when no `--html FILE` was given, and how it is opened.

import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function temporaryReportPath(): string {
  return join(tmpdir(), `panicscope-report-${process.pid}-${Date.now()}.html`);
}

/** The desktop's opener (xdg-open, open, start), detached; a failure is a warning. */
export function openInBrowser(path: string, warn: (message: string) => void): void {
  const [command, args] =
    process.platform === "darwin"
      ? ["open", [path]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", "", path]]
        : ["xdg-open", [path]];
  try {
    const child = spawn(command, args as string[], { detached: true, stdio: "ignore" });
    child.on("error", () => warn(`could not open a browser; the report is ${path}`));
    child.unref();
  } catch {
    warn(`could not open a browser; the report is ${path}`);
  }
}
