// `--open`: hands a report to the desktop's opener and says whether that worked, so a machine
// with no browser gets a message and a non-zero exit, never silence.

import { spawn } from "node:child_process";

/** How long an opener may run before it counts as having opened the page (some stay running). */
const OPENER_GRACE_MS = 3000;

/**
 * Opens `path` with the desktop's opener (xdg-open, open, start). Resolves to null when it
 * started the browser, else to why not (the opener missing, or its exit status).
 */
export function openInBrowser(path: string): Promise<string | null> {
  const [command, args] =
    process.platform === "darwin"
      ? ["open", [path]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", "", path]]
        : ["xdg-open", [path]];
  return new Promise((resolve) => {
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(command, args as string[], { detached: true, stdio: "ignore" });
    } catch (error) {
      resolve(`${command}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const timer = setTimeout(() => {
      child.unref();
      resolve(null);
    }, OPENER_GRACE_MS);
    child.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(error.code === "ENOENT" ? `${command} not found` : `${command}: ${error.message}`);
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(null);
      else resolve(`${command} failed (${signal ?? `exit status ${code}`})`);
    });
  });
}

/** The message when no browser could be opened. */
export function noBrowserMessage(path: string, why: string): string {
  return `could not open a browser (${why}); the report is written to ${path}`;
}
