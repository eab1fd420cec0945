// panicscope's version, from the package's own package.json.

import { readFile as readFileCallback } from "node:fs";
import { promisify } from "node:util";

// Not node:fs/promises: every run imports this file, and that module costs a millisecond to
// load (issue 16: start-up).
const readFile = promisify(readFileCallback);

export async function packageVersion(): Promise<string> {
  const url = new URL("../../../package.json", import.meta.url);
  return (JSON.parse(await readFile(url, "utf8")) as { version: string }).version;
}
