// Where `--open` writes a report when no `--html FILE` was given (../../cli/browser.ts opens it).

import { tmpdir } from "node:os";
import { join } from "node:path";

export function temporaryReportPath(): string {
  return join(tmpdir(), `panicscope-report-${process.pid}-${Date.now()}.html`);
}
