// Every flag of every command, declared once with what it means: a command names the flags it
// takes and gets them parsed (node:util parseArgs), a parse error becoming a one-line usage
// error, and its --help built from the same table, so every help has the same parts.

import { type ParseArgsConfig, parseArgs } from "node:util";
import { parseOrUsage } from "./usage-error.js";

export const FLAGS = {
  help: { type: "boolean", short: "h", about: "show this help" },
  json: { type: "boolean", about: "print the result as JSON" },
  all: { type: "boolean", about: "show everything, nothing folded" },
  color: { type: "boolean", about: "" },
  "no-color": { type: "boolean", about: "" },
  verbose: { type: "boolean", short: "v", about: "say more" },
  goroutines: { type: "boolean", about: "with --json: include every goroutine with its frames" },
  similarity: {
    type: "string",
    value: "L",
    about: "how alike goroutines must be to share a bucket",
  },
  html: { type: "string", value: "FILE", about: "also write a self-contained HTML report to FILE" },
  open: { type: "boolean", about: "open the HTML report in a browser" },
  source: { type: "string", value: "DIR", about: "where the program's source is" },
  binary: { type: "string", value: "FILE", about: "the Go executable" },
  arch: { type: "string", value: "GOARCH", about: "the slice of a universal Mach-O file to read" },
  core: { type: "string", value: "CORE", about: "the core file the binary dumped" },
  addr2line: { type: "boolean", about: "print exactly what `go tool addr2line FILE` prints" },
  category: { type: "string", value: "C", about: "only the rules of category C" },
  go: { type: "string", value: "VERSION", about: "only what holds for this Go release (go1.22)" },
  db: {
    type: "string",
    value: "PATH|URL",
    about: "the store: a SQLite file or folder, or postgres://…",
  },
  port: { type: "string", value: "N", about: "the port to listen on (default 8080)" },
  host: { type: "string", value: "ADDR", about: "the address to listen on" },
  token: { type: "string", value: "T", about: "the server's token (default: $PANICSCOPE_TOKEN)" },
  server: { type: "string", value: "URL", about: "a panicscope server" },
  release: { type: "string", value: "R", about: "the release the crashes come from" },
  environment: { type: "string", value: "E", about: "the environment they come from" },
  "keep-days": { type: "string", value: "N", about: "delete reports older than N days" },
  "analysis-threads": { type: "string", value: "N", about: "threads that analyse uploads" },
  "keep-reports": { type: "string", value: "N", about: "keep only the newest N reports" },
  webhook: { type: "string", multiple: true, value: "URL", about: "post events there as JSON" },
  loki: { type: "string", multiple: true, value: "URL", about: "push events to Loki" },
  otlp: {
    type: "string",
    multiple: true,
    value: "URL",
    about: "send events as OpenTelemetry log records (OTLP/HTTP)",
  },
  slack: { type: "string", multiple: true, value: "URL", about: "post events to Slack" },
  lark: { type: "string", multiple: true, value: "URL", about: "post events to Lark/Feishu" },
  "public-url": { type: "string", value: "URL", about: "the inbox's address for links" },
  "trace-url": {
    type: "string",
    value: "URL",
    about: "where a trace id links to, with {traceId} in it",
  },
  crash: { type: "string", value: "FILE", about: "crash text of the same process" },
  trace: { type: "string", value: "FILE", about: "an execution trace of the same run" },
  window: { type: "string", value: "DUR", about: "heat map window, e.g. 10ms" },
  last: { type: "string", value: "DUR", about: "only the last DUR of the trace, e.g. 2s" },
  chrome: { type: "string", value: "OUT", about: "write Chrome trace-event JSON" },
  svg: { type: "string", value: "OUT", about: "write the heat map as an SVG image" },
  png: { type: "string", value: "OUT", about: "write the heat map as a PNG image" },
  timeout: {
    type: "string",
    value: "DUR",
    about: "with a URL: give up when the whole answer has not come within DUR (default 30s)",
  },
  "max-size": {
    type: "string",
    value: "SIZE",
    about: "with a URL: read at most SIZE bytes of answer (default 1GiB)",
  },
  threads: {
    type: "string",
    value: "N",
    about: "read a big file on N threads (default: as many as the machine has; 1: one)",
  },
  every: { type: "string", value: "DUR", about: "sample every DUR (default 10s)" },
  count: { type: "string", value: "N", about: "stop after N samples (default: run until stopped)" },
  lang: {
    type: "string",
    value: "zh|en",
    about:
      "the language of the explanation, headings and labels (default: from\nLC_ALL, LC_MESSAGES or LANG — zh_CN.UTF-8 and every zh_* give zh —\nelse en); code, identifiers and the crash's own text stay as printed",
  },
} as const;

export type FlagName = keyof typeof FLAGS;

type ParseOptions<Name extends FlagName> = {
  [K in Name]: Pick<
    (typeof FLAGS)[K],
    Extract<keyof (typeof FLAGS)[K], "type" | "short" | "multiple">
  >;
};

type ParsedFlags<Name extends FlagName> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: boolean; options: ParseOptions<Name> }>
>;

/** The flags `names` parsed from `args`, for `panicscope COMMAND` (positionals allowed by default). */
export function parseFlags<Name extends FlagName>(
  command: string,
  args: string[],
  names: Name[],
  { positionals = true }: { positionals?: boolean } = {},
): ParsedFlags<Name> {
  const options: NonNullable<ParseArgsConfig["options"]> = {};
  for (const name of names) {
    const flag: { type: "string" | "boolean"; short?: string; multiple?: boolean } = FLAGS[name];
    options[name] = {
      type: flag.type,
      ...(flag.short === undefined ? {} : { short: flag.short }),
      ...(flag.multiple === undefined ? {} : { multiple: flag.multiple }),
    };
  }
  return parseOrUsage(
    command,
    () => parseArgs({ args, allowPositionals: positionals, options }) as ParsedFlags<Name>,
  );
}

/** Whether `--name` is a flag of the table that takes a value (`--html FILE`). */
export function flagTakesValue(name: string): boolean {
  const flag = (FLAGS as Record<string, { type: string }>)[name];
  return flag?.type === "string";
}

/** A flag as a help lists it: its name, or its name and what it means for this command. */
export type HelpFlag = FlagName | readonly [FlagName, string];

/** What a command's --help says, in the parts every command's help has. */
export interface HelpSpec {
  /** The usage lines, without the leading `usage: `. */
  usage: readonly string[];
  /** What the command does, one paragraph or more (already wrapped). */
  about: string;
  /** The flags in the order listed; `-h, --help` is added last. */
  flags: readonly HelpFlag[];
  /** What follows the flags (examples, notes), already wrapped; may be empty. */
  notes?: string;
  /** The exit statuses, after `exit status: `. */
  exit: string;
}

const LABEL_WIDTH = 16;

/** The --help text of a command: usage, what it does, flags, notes, exit status. */
export function helpText(spec: HelpSpec): string {
  const [first = "", ...more] = spec.usage;
  const lines = [
    `usage: ${first}`,
    ...more.map((line) => `       ${line}`),
    "",
    spec.about,
    "",
    "flags:",
  ];
  const listed = [...spec.flags.filter((flag) => flagName(flag) !== "help"), "help" as const];
  let colorShown = false;
  for (const flag of listed) {
    const name = flagName(flag);
    if (name === "color" || name === "no-color") {
      if (colorShown) continue;
      colorShown = true;
      lines.push(
        "  --color, --no-color",
        `${" ".repeat(LABEL_WIDTH + 2)}force colours on or off (default: on for a terminal; NO_COLOR, FORCE_COLOR)`,
      );
      continue;
    }
    const entry: { short?: string; value?: string; about: string } = FLAGS[name];
    const about = typeof flag === "string" ? entry.about : flag[1];
    let label = `--${name}${entry.value === undefined ? "" : ` ${entry.value}`}`;
    if (entry.short !== undefined)
      label = name === "help" ? `-${entry.short}, ${label}` : `${label}, -${entry.short}`;
    const [head = "", ...rest] = about.split("\n");
    const indent = " ".repeat(LABEL_WIDTH + 2);
    if (label.length < LABEL_WIDTH) lines.push(`  ${label.padEnd(LABEL_WIDTH)}${head}`);
    else lines.push(`  ${label}`, `${indent}${head}`);
    for (const line of rest) lines.push(`${indent}${line}`);
  }
  if (spec.notes !== undefined && spec.notes !== "") lines.push("", spec.notes);
  lines.push("", `exit status: ${spec.exit}`, "");
  return lines.join("\n");
}

function flagName(flag: HelpFlag): FlagName {
  return typeof flag === "string" ? flag : flag[0];
}
