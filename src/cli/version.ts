// panicscope's version, from the package's own package.json.

import { readFile } from "node:fs/promises";

export async function packageVersion(): Promise<string> {
  const url = new URL("../../../package.json", import.meta.url);
  return (JSON.parse(await readFile(url, "utf8")) as { version: string }).version;
}
