// `panicscope symbolize --binary FILE [--addr2line|--json] [PC...|-]`: argument parsing only.

import type { Arch } from "../binary/exe.js";
import { GoBinary } from "../binary/gobinary.js";
import { printable, printableJson } from "../binary/printable.js";
import { addr2lineStream, formatSymbolized, symbolizePC } from "../binary/symbolize.js";
import { BinaryError } from "../bytes/decode-error.js";
import type { CommandRunner } from "./commands.js";
import { helpText, parseFlags } from "./flags.js";
import { readStdin, splitLines, Writer } from "./io.js";
import { UsageError } from "./usage-error.js";

const HELP = helpText({
  usage: ["panicscope symbolize --binary FILE [--addr2line | --json] [--arch GOARCH] [PC... | -]"],
  about: `Maps program counters to functions and file:line using the Go symbol table of FILE (ELF, Mach-O
or PE; stripped or not). PCs are hex, with or without 0x; with no PC arguments, or with -, they
are read from standard input, one per line. By default each PC is followed by its frames,
innermost first, inlined calls expanded as the Go runtime prints them.`,
  flags: [
    ["binary", "the Go executable the PCs come from"],
    "addr2line",
    ["json", "one JSON document with every PC and its frames"],
    ["arch", "the slice of a universal Mach-O file to read (default: the first)"],
  ],
  exit: "0 symbolized, 1 the binary is not a Go binary or is damaged, 2 usage or I/O error",
});

export const symbolizeCommand: CommandRunner = {
  async run(args: string[]): Promise<number> {
    const { values, positionals } = parseFlags("symbolize", args, [
      "binary",
      "addr2line",
      "json",
      "arch",
      "help",
    ]);
    if (values.help === true) {
      process.stdout.write(HELP);
      return 0;
    }
    if (values.binary === undefined) throw new UsageError("symbolize: --binary FILE is required");
    if (values.addr2line === true && values.json === true)
      throw new UsageError("symbolize: --addr2line and --json exclude each other");
    let bin: GoBinary;
    try {
      bin = GoBinary.open(
        values.binary,
        values.arch === undefined ? {} : { arch: values.arch as Arch },
      );
    } catch (e) {
      if (e instanceof BinaryError) {
        process.stderr.write(`panicscope: ${printable(values.binary)}: ${printable(e.message)}\n`);
        return 1;
      }
      throw e;
    }
    try {
      try {
        const fromStdin =
          positionals.length === 0 || (positionals.length === 1 && positionals[0] === "-");
        const out = new Writer(process.stdout);
        if (values.addr2line) {
          const input = fromStdin
            ? await readStdin()
            : Buffer.from(positionals.map((p) => `${p}\n`).join(""));
          // Byte for byte as go tool addr2line into a pipe; to a terminal, names stay printable.
          await addr2lineStream(bin, input, (chunk) =>
            process.stdout.isTTY === true
              ? out.write(printable(chunk.toString("utf8")))
              : out.writeBytes(chunk),
          );
          await out.end();
          return 0;
        }
        const inputs = fromStdin ? splitLines(await readStdin()) : positionals;
        if (values.json) {
          const pcs = inputs.filter((l) => l.trim() !== "").map((l) => symbolizePC(bin, l));
          const doc = {
            schema: "panicscope/symbolize@1",
            binary: {
              file: values.binary,
              goVersion: bin.goVersion ?? null,
              format: bin.exe.format,
              arch: bin.exe.arch,
            },
            pcs,
          };
          await out.write(`${printableJson(JSON.stringify(doc, null, 2))}\n`);
        } else {
          let first = true;
          for (const line of inputs) {
            if (line.trim() === "") continue;
            await out.write(
              (first ? "" : "\n") + printable(formatSymbolized(symbolizePC(bin, line))),
            );
            first = false;
          }
        }
        await out.end();
        return 0;
      } catch (e) {
        // A structure found corrupt while reading (the file opened fine): exit 1 naming the
        // file and the offset, like a truncation found at open.
        if (!(e instanceof BinaryError)) throw e;
        process.stderr.write(`panicscope: ${printable(values.binary)}: ${printable(e.message)}\n`);
        return 1;
      }
    } finally {
      bin.close();
    }
  },
};
