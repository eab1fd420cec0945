#!/usr/bin/env node
// Memory of `panicscope analyze -` on an endless goroutine stream:
//
//   node bench/stream-rss.mjs DUMP [--gb 10] [--similarity exact] [--marks 1,5,10]
//   node bench/stream-rss.mjs DUMP --gb 1 --out FILE    # the same text into a file
//
// DUMP is a dump bench/gen.sh wrote (bench/data/dump-N.txt). Its headline is written once,
// then its goroutine blocks again and again with ever-growing goroutine ids (a process that
// lives forever and is dumped once), into the standard input of `analyze --json -`. At each
// mark (in GB written) the analyser's resident memory (VmRSS) and peak (VmHWM) are printed.

import { spawn } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    gb: { type: "string", default: "10" },
    similarity: { type: "string", default: "pointers" },
    marks: { type: "string", default: "1,5,10" },
    out: { type: "string" },
  },
});
const GB = 1024 ** 3;
const total = Number(values.gb) * GB;
const marks = values.marks.split(",").map((m) => Number(m) * GB);
const dump = readFileSync(positionals[0] ?? "bench/data/dump-100000.txt", "latin1");
const first = dump.indexOf("\ngoroutine ") + 1;
const head = dump.slice(0, first);
const body = dump.slice(first).split(/(?<=\n)(?=goroutine \d+ )/);
const cli = join(import.meta.dirname, "..", "dist", "src", "cli", "main.js");
const child =
  values.out === undefined
    ? spawn(process.execPath, [cli, "analyze", "--json", "--similarity", values.similarity, "-"], {
        stdio: ["pipe", "ignore", "inherit"],
      })
    : { pid: process.pid, stdin: createWriteStream(values.out), on: (_, f) => f(0) };
const started = Date.now();

function memory() {
  const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
  const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

function write(text) {
  return child.stdin.write(text, "latin1")
    ? Promise.resolve()
    : new Promise((resolve) => child.stdin.once("drain", resolve));
}

let written = 0;
let id = 1;
let mark = 0;
await write(head);
written += head.length;
while (written < total) {
  // One pass over the blocks, 1 MB at a time, each header with the next id.
  let piece = "";
  for (const block of body) {
    const space = block.indexOf(" ", 10);
    piece += `goroutine ${id++}${block.slice(space)}`;
    if (piece.length >= 1 << 20) {
      await write(piece);
      written += piece.length;
      piece = "";
      while (mark < marks.length && written >= (marks[mark] ?? Infinity)) {
        const m = memory();
        console.log(
          `${(written / GB).toFixed(1)} GB in ${((Date.now() - started) / 1000).toFixed(0)} s: rss ${m.rss.toFixed(0)} MB, peak ${m.peak.toFixed(0)} MB, ${id - 1} goroutines`,
        );
        mark++;
      }
      if (written >= total) break;
    }
  }
  if (piece !== "") {
    await write(piece);
    written += piece.length;
  }
}
const m = memory();
child.stdin.end();
child.on("exit", (code) => {
  console.log(
    `end: ${(written / GB).toFixed(1)} GB, exit ${code}, last rss ${m.rss.toFixed(0)} MB, peak ${m.peak.toFixed(0)} MB, ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
});
