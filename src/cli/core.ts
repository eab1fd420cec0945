// `panicscope core BINARY CORE`: `analyze --core CORE --binary BINARY` under its own name.

import { type CommandRunner, commands } from "./commands.js";
import { flagTakesValue, helpText } from "./flags.js";
import { UsageError } from "./usage-error.js";

const HELP = helpText({
  usage: ["panicscope core [flags] BINARY CORE"],
  about: `Reads the core file a Go program left (linux/amd64 or linux/arm64; plain, .gz or .zst) with
the executable that dumped it — stripped or not, PIE or not, no debugger and no DWARF needed —
and shows every goroutine, the fault and the panic value as the runtime would have printed them.
The same as \`panicscope analyze --core CORE --binary BINARY\`.`,
  flags: [
    ["json", "print the analysis as JSON (schema panicscope/analysis@1)"],
    "goroutines",
    ["all", "show every bucket and every frame"],
    "html",
    "source",
    ["similarity", "how alike goroutines must be to share a bucket (see analyze --help)"],
    ["verbose", "show runtime notes and input details"],
    "color",
  ],
  exit: "0 the core was read, 1 it could not be (the message says why), 2 usage error",
});

export const coreCommand: CommandRunner = {
  async run(args) {
    if (args.includes("-h") || args.includes("--help")) {
      process.stdout.write(HELP);
      return 0;
    }
    // BINARY and CORE are the two words that are neither flags nor a flag's value.
    const positions: number[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      if (takesValue(arg)) i++;
      else if (!arg.startsWith("-")) positions.push(i);
    }
    if (positions.length !== 2)
      throw new UsageError("core: give the BINARY and the CORE file (see panicscope core --help)");
    const [binary, core] = positions.map((i) => args[i] as string) as [string, string];
    const rest = args.filter((_, i) => !positions.includes(i));
    return commands.analyze.run(["--binary", binary, "--core", core, ...rest]);
  },
};

/** `--html` and the other flags the one table declares with a value (`--html=x` has its own). */
function takesValue(arg: string): boolean {
  return arg.startsWith("--") && flagTakesValue(arg.slice(2));
}
