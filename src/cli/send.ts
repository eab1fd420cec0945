// `panicscope send FILE…`: one upload per crash found, as panicscope/report@1 (PROTOCOL.md
// of the Go module), so the server files them exactly as the module's reports.

import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import type { CommandRunner } from "./commands.js";
import { helpText, parseFlags } from "./flags.js";
import { crashesIn, uploadCrash } from "./upload.js";
import { UsageError } from "./usage-error.js";

const HELP = helpText({
  usage: ["panicscope send [flags] FILE..."],
  about: `Finds every crash in each FILE (any log the analyzer reads) and uploads each one to a
panicscope server, one report per crash.`,
  flags: [
    ["server", "the server (required), e.g. http://127.0.0.1:8080"],
    "token",
    "release",
    "environment",
  ],
  exit: "0 every crash was accepted, 1 a file had no crash or an upload was refused, 2 usage error",
});

export const sendCommand: CommandRunner = {
  async run(args) {
    const { values, positionals } = parseFlags("send", args, [
      "server",
      "token",
      "release",
      "environment",
      "help",
    ]);
    if (values.help === true) {
      process.stdout.write(HELP);
      return 0;
    }
    if (values.server === undefined) throw new UsageError("send needs --server URL");
    if (positionals.length === 0) throw new UsageError("send needs at least one FILE");
    const token = values.token ?? process.env.PANICSCOPE_TOKEN;
    let failed = false;
    for (const file of positionals) {
      const texts = await crashTexts(file);
      if (texts.length === 0) {
        process.stderr.write(`panicscope send: ${file}: no crash found\n`);
        failed = true;
      }
      for (const text of texts) {
        const { id, response } = await uploadCrash(values.server, token, text, {
          release: values.release,
          environment: values.environment,
        });
        const answer = (await response.text()).slice(0, 1024);
        if (response.status >= 200 && response.status < 300) {
          process.stdout.write(`${file}: sent report ${id}: ${answer}\n`);
        } else {
          process.stderr.write(`panicscope send: ${file}: ${response.status} ${answer}\n`);
          failed = true;
        }
      }
    }
    return failed ? 1 : 0;
  },
};

async function crashTexts(file: string): Promise<string[]> {
  let bytes = await readFile(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  return (await crashesIn(bytes.toString("utf8"), file)).texts;
}
