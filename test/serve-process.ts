// `panicscope serve` as its own process, as a user starts it: the CLI on a store of the test's,
// its URL read from the line it prints once it listens.

import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

export const MAIN = join(import.meta.dirname, "..", "src", "cli", "main.js");

export interface ServeProcess {
  url: string;
  pid: number;
  /** SIGTERM, and the process's exit. */
  stop: () => Promise<void>;
}

/** `panicscope serve --db db --port 0 --token token` until stop is called. */
export async function serveProcess(db: string, token: string): Promise<ServeProcess> {
  const server: ChildProcess = spawn(
    process.execPath,
    [MAIN, "serve", "--db", db, "--port", "0", "--token", token],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const url = await new Promise<string>((done, fail) => {
    let seen = "";
    server.stderr?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /listening on (\S+)/.exec(seen);
      if (match) done(match[1] as string);
    });
    server.on("exit", (code) => fail(new Error(`serve exited ${code}: ${seen}`)));
  });
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((done) => server.on("exit", done));
    server.kill("SIGTERM");
    await exited;
  };
  return { url, pid: server.pid as number, stop };
}
