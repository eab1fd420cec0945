// `panicscope symbolize --binary FILE [--addr2line|--json] [PC...|-]`: argument parsing only.

import type { Arch } from "../binary/exe.js";
import { GoBinary } from "../binary/gobinary.js";
import { addr2lineStream, formatSymbolized, symbolizePC } from "../binary/symbolize.js";
import { BinaryError } from "../bytes/decode-error.js";
import type { Command } from "./commands.js";
import { parseFlags } from "./flags.js";
import { readStdin, splitLines, Writer } from "./io.js";
import { UsageError } from "./usage-error.js";

const HELP = `usage: panicscope symbolize --binary FILE [--addr2line | --json] [--arch GOARCH] [PC... | -]

Maps program counters to functions and file:line using the Go symbol table of FILE (ELF, Mach-O
or PE; stripped or not). PCs are hex, with or without 0x; with no PC arguments, or with -, they
are read from standard input, one per line.

  --binary FILE  the Go executable the PCs come from
  --addr2line    print exactly what \`go tool addr2line FILE\` prints (outer function, innermost line)
  --json         one JSON document with every PC and its frames
  --arch GOARCH  the slice of a universal Mach-O file to read (default: the first)

By default each PC is followed by its frames, innermost first, inlined calls expanded as the Go
runtime prints them.
`;

export const symbolizeCommand: Command = {
  summary: "map PCs to functions and lines using a Go binary",
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
        process.stderr.write(`panicscope: ${values.binary}: ${e.message}\n`);
        return 1;
      }
      throw e;
    }
    try {
      const fromStdin =
        positionals.length === 0 || (positionals.length === 1 && positionals[0] === "-");
      const out = new Writer(process.stdout);
      if (values.addr2line) {
        const input = fromStdin
          ? await readStdin()
          : Buffer.from(positionals.map((p) => `${p}\n`).join(""));
        await addr2lineStream(bin, input, (chunk) => out.writeBytes(chunk));
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
        await out.write(`${JSON.stringify(doc, null, 2)}\n`);
      } else {
        let first = true;
        for (const line of inputs) {
          if (line.trim() === "") continue;
          await out.write((first ? "" : "\n") + formatSymbolized(symbolizePC(bin, line)));
          first = false;
        }
      }
      await out.end();
      return 0;
    } finally {
      bin.close();
    }
  },
};
