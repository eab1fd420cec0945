// The `key=value` words the runtime prints in a row: `gp=0x… m=0 mp=0x…`,
// `code=0x1 addr=0x0 pc=0x4a6da9`, `PC=0x463b41 m=0 sigcode=0`.

/** The space-separated `key=value` words of `text`, in order (a word without `=` has key ""). */
export function keyValues(text: string): [key: string, value: string][] {
  return text.split(" ").map((word) => {
    const eq = word.indexOf("=");
    return [word.slice(0, Math.max(eq, 0)), word.slice(eq + 1)];
  });
}
