// Goroutine ids of a bucket, as the report embeds them: 10⁵ ids written out in decimal were
// three quarters of a dump report's bytes. Ascending ids become the gaps between them in base
// 36, and a run of consecutive ids one `+count`: 17…2016 is `h+1jj`. The page's script
// decodes a bucket's list only when the reader opens it (decodeIds is embedded as source).

/** `ids` ascending → the compact form. */
export function encodeIds(ids: readonly number[]): string {
  let out = "";
  let previous = 0;
  for (let i = 0; i < ids.length; ) {
    const id = ids[i] as number;
    let j = i;
    while (j + 1 < ids.length && (ids[j + 1] as number) === (ids[j] as number) + 1) j++;
    if (out !== "") out += ",";
    out += (id - previous).toString(36);
    if (j > i) out += `+${(j - i).toString(36)}`;
    previous = ids[j] as number;
    i = j + 1;
  }
  return out;
}

/** The compact form → [first, last] runs. Ignores anything malformed (the page must not throw). */
export function decodeIds(text: string): number[][] {
  const runs: number[][] = [];
  if (typeof text !== "string" || text === "") return runs;
  let previous = 0;
  const parts = text.split(",");
  for (let i = 0; i < parts.length; i++) {
    const plus = parts[i].indexOf("+");
    const gap = Number.parseInt(plus === -1 ? parts[i] : parts[i].slice(0, plus), 36);
    const more = plus === -1 ? 0 : Number.parseInt(parts[i].slice(plus + 1), 36);
    if (!(gap >= 0) || !(more >= 0)) return runs;
    const first = previous + gap;
    previous = first + more;
    runs.push([first, previous]);
  }
  return runs;
}
