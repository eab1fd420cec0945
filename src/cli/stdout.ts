// Standard output for a command's result, without making `process.stdout` where a plain
// write(2) does the same: for a pipe Node builds a net.Socket, loading node:net and the
// streams — 3.5 ms of CPU, an eighth of what a small crash adds to starting Node (issue 16).
// Node writes pipes and files synchronously on Linux too, so a pipe, a socket or a file takes
// the bytes with writeSync, in order. A terminal, /dev/null or anything else goes through
// process.stdout; so does the rest of the output after any error (a non-blocking pipe that is
// full): process.stdout then waits, as it always did. A reader gone (`panicscope … | head`)
// ends the command as SIGPIPE ends a Unix tool: quietly, with status 141 (128 + SIGPIPE),
// instead of Node's unhandled `write EPIPE`.

import { fstatSync, writeSync } from "node:fs";

let direct: boolean | undefined;

function writesDirectly(): boolean {
  if (direct === undefined) {
    try {
      const info = fstatSync(1);
      direct = info.isFIFO() || info.isFile() || info.isSocket();
    } catch {
      direct = false;
    }
  }
  return direct;
}

/** Whether standard output is a terminal, without making process.stdout when it is not. */
export function stdoutIsTTY(): boolean {
  return !writesDirectly() && process.stdout.isTTY === true;
}

let listening = false;

/** process.stdout, ending the command quietly when its reader is gone. */
function stdout(): NodeJS.WriteStream {
  if (!listening) {
    listening = true;
    process.stdout.on("error", (error) => {
      if (readerGone(error)) exitAsSigpipe();
      throw error;
    });
  }
  return process.stdout;
}

function readerGone(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === "EPIPE";
}

function exitAsSigpipe(): never {
  process.exit(141);
}

/** Writes `text` as `process.stdout.write(text)` would. */
export function writeOut(text: string): void {
  const rest = writeDirectly(text);
  if (rest !== null) stdout().write(rest);
}

/** Writes `text`; resolves once it is written, waiting when a pipe is full. */
export function writeOutAndWait(text: string): Promise<void> {
  const rest = writeDirectly(text);
  if (rest === null) return Promise.resolve();
  return new Promise((resolve, reject) => {
    stdout().write(rest, (error) => (error ? reject(error) : resolve()));
  });
}

/** What is left for process.stdout to write: null when all of it was written here. */
function writeDirectly(text: string): string | Buffer | null {
  if (!writesDirectly()) return text;
  const bytes = Buffer.from(text, "utf8");
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done);
    return null;
  } catch (error) {
    if (readerGone(error)) exitAsSigpipe();
    direct = false;
    return bytes.subarray(done);
  }
}
