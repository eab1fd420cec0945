// `panicscope buildinfo FILE... [--json]`: argument parsing only.

import { formatGoVersionM, readBuildInfo } from "../binary/buildinfo.js";
import { noBuildInfoReason } from "../binary/buildinfo-as-go.js";
import { guard } from "../binary/open.js";
import { printable, printableJson } from "../binary/printable.js";
import { BinaryError, notGo } from "../bytes/decode-error.js";
import { FileSource } from "../bytes/source.js";
import type { CommandRunner } from "./commands.js";
import { helpText, parseFlags } from "./flags.js";
import { UsageError } from "./usage-error.js";

const HELP = helpText({
  usage: ["panicscope buildinfo [--json] FILE..."],
  about: `Prints the build information embedded in Go executables, as \`go version -m FILE\` does: the Go
version, the main module, every dependency with its version, sum and replacement, and the build
settings (-trimpath, CGO_ENABLED, GOOS, GOARCH, vcs.revision, …).`,
  flags: [["json", "print the build info as JSON"]],
  exit: "0 read, 1 a file is not a Go binary or is damaged, 2 usage or I/O error",
});

export const buildinfoCommand: CommandRunner = {
  async run(args: string[]): Promise<number> {
    const { values, positionals } = parseFlags("buildinfo", args, ["json", "help"]);
    if (values.help === true) {
      process.stdout.write(HELP);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError("buildinfo: name a Go binary");
    let status = 0;
    const docs: unknown[] = [];
    for (const file of positionals) {
      let source: FileSource;
      try {
        source = new FileSource(file);
      } catch (e) {
        process.stderr.write(`panicscope: ${file}: ${(e as Error).message}\n`);
        status = 2;
        continue;
      }
      try {
        // Read as Go reads it: refused where `go version -m` refuses.
        const bi = guard(() => readBuildInfo(source));
        if (bi === undefined) throw notGo(noBuildInfoReason(source));
        if (values.json) {
          const { raw: _raw, ...rest } = bi;
          docs.push({
            file,
            ...rest,
            settings: bi.settings.map((s) => ({ key: s.key, value: s.value })),
          });
        } else process.stdout.write(printable(formatGoVersionM(file, bi)));
      } catch (e) {
        if (!(e instanceof BinaryError)) throw e;
        process.stderr.write(`panicscope: ${printable(file)}: ${printable(e.message)}\n`);
        if (status === 0) status = 1;
      } finally {
        source.close();
      }
    }
    if (values.json) {
      process.stdout.write(
        `${printableJson(JSON.stringify(positionals.length === 1 ? (docs[0] ?? null) : docs, null, 2))}\n`,
      );
    }
    return status;
  },
};
