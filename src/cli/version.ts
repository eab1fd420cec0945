// panicscope's version, from the package's own package.json.

export async function packageVersion(): Promise<string> {
  // Imported here: every run imports this file, and node:fs/promises costs a millisecond to
  // load (issue 16: start-up).
  const { readFile } = await import("node:fs/promises");
  const url = new URL("../../../package.json", import.meta.url);
  return (JSON.parse(await readFile(url, "utf8")) as { version: string }).version;
}
