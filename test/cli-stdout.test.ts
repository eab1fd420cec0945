// Standard output written with write(2) where Node would have made a net.Socket
// (src/cli/stdout.ts): a file, a pipe, and a non-blocking pipe that fills up (EAGAIN: the rest
// goes through process.stdout, which waits) all get the whole output, byte for byte; a reader
// gone ends the command as SIGPIPE would.

import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { closeSync, constants, openSync, readFileSync, readSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { tempDir } from "./temp-dir.js";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).bin.panicscope);
const DUMP = join(ROOT, "testdata", "go", "go1.26", "leak-late.all.txt");
const ARGS = [BIN, "--json", "--goroutines", DUMP];

/** What the command prints into an ordinary pipe (spawnSync's). */
function piped(): Buffer {
  const result = spawnSync(process.execPath, ARGS, { maxBuffer: 1 << 26 });
  assert.equal(result.status, 0, String(result.stderr));
  return result.stdout;
}

test("a file gets what a pipe gets", () => {
  const expected = piped();
  assert.ok(expected.length > 100_000);
  const file = join(tempDir("panicscope-stdout-"), "out.json");
  const fd = openSync(file, "w");
  const result = spawnSync(process.execPath, ARGS, { stdio: ["ignore", fd, "pipe"] });
  closeSync(fd);
  assert.equal(result.status, 0, String(result.stderr));
  assert.ok(readFileSync(file).equals(expected));
});

test("a non-blocking pipe that fills up gets all of it, in order", async () => {
  const expected = piped();
  const fifo = join(tempDir("panicscope-stdout-"), "fifo");
  assert.equal(spawnSync("mkfifo", [fifo]).status, 0);
  const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  const writer = openSync(fifo, constants.O_WRONLY);
  // libuv makes a child's standard streams blocking: python3 (which CI installs) makes the
  // child's standard output non-blocking again, then execs the bin.
  const nonBlocking =
    "import os, sys; os.set_blocking(1, False); os.execv(sys.argv[1], sys.argv[1:])";
  const child = spawn("python3", ["-c", nonBlocking, process.execPath, ...ARGS], {
    stdio: ["ignore", writer, "pipe"],
  });
  closeSync(writer);
  let exited = false;
  let status: number | null = null;
  child.on("exit", (code) => {
    exited = true;
    status = code;
  });
  // Nothing is read at first: the pipe's 64 KiB fill and the child's write(2) says EAGAIN.
  await sleep(500);
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(reader, buffer, 0, buffer.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      await sleep(5);
      continue;
    }
    if (n === 0) break; // every writer closed: the child is done
    chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
  closeSync(reader);
  while (!exited) await sleep(5);
  assert.equal(status, 0);
  assert.ok(Buffer.concat(chunks).equals(expected));
});

test("a reader that goes away ends the command quietly, with SIGPIPE's status", async () => {
  // `panicscope … | head`: head exits after its lines and the pipe's reader is gone.
  const child = spawn(process.execPath, ARGS, { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  child.stdout.once("data", () => child.stdout.destroy());
  const status = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  assert.equal(stderr, "");
  assert.equal(status, 141);
});
