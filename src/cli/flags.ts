// Every flag of every command, declared once: a command names the flags it takes and gets
// them parsed (node:util parseArgs), a parse error becoming a one-line usage error.

import { type ParseArgsConfig, parseArgs } from "node:util";
import { parseOrUsage } from "./usage-error.js";

export const FLAGS = {
  help: { type: "boolean", short: "h" },
  json: { type: "boolean" },
  all: { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  verbose: { type: "boolean", short: "v" },
  goroutines: { type: "boolean" },
  similarity: { type: "string" },
  html: { type: "string" },
  open: { type: "boolean" },
  source: { type: "string" },
  binary: { type: "string" },
  arch: { type: "string" },
  core: { type: "string" },
  addr2line: { type: "boolean" },
  category: { type: "string" },
  go: { type: "string" },
  db: { type: "string" },
  port: { type: "string" },
  host: { type: "string" },
  token: { type: "string" },
  server: { type: "string" },
  release: { type: "string" },
  environment: { type: "string" },
  "keep-days": { type: "string" },
  "keep-reports": { type: "string" },
  webhook: { type: "string", multiple: true },
  loki: { type: "string", multiple: true },
  lang: { type: "string" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

export type FlagName = keyof typeof FLAGS;

type ParsedFlags<Name extends FlagName> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: boolean; options: Pick<typeof FLAGS, Name> }>
>;

/** The flags `names` parsed from `args`, for `panicscope COMMAND` (positionals allowed by default). */
export function parseFlags<Name extends FlagName>(
  command: string,
  args: string[],
  names: Name[],
  { positionals = true }: { positionals?: boolean } = {},
): ParsedFlags<Name> {
  const options = {} as Pick<typeof FLAGS, Name>;
  for (const name of names) (options as Record<string, unknown>)[name] = FLAGS[name];
  return parseOrUsage(command, () => parseArgs({ args, allowPositionals: positionals, options }));
}
