// Shrinks a failing input while it still fails the same way: whole lines first (halves,
// quarters, … single lines), then bytes, within a budget of tries.

export type StillFails = (bytes: Buffer) => Promise<boolean>;

function splitLines(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, start)) {
    out.push(bytes.subarray(start, i + 1));
    start = i + 1;
  }
  if (start < bytes.length) out.push(bytes.subarray(start));
  return out;
}

/** Removes runs of `parts`, longest first, while `stillFails`; returns what is left. */
async function shrinkParts(
  parts: Buffer[],
  stillFails: StillFails,
  budget: { tries: number },
): Promise<Buffer[]> {
  let run = Math.max(1, parts.length >> 1);
  while (run >= 1 && budget.tries > 0) {
    let removed = false;
    for (let at = 0; at < parts.length && budget.tries > 0; ) {
      const candidate = [...parts.slice(0, at), ...parts.slice(at + run)];
      budget.tries--;
      if (candidate.length < parts.length && (await stillFails(Buffer.concat(candidate)))) {
        parts = candidate;
        removed = true;
      } else {
        at += run;
      }
    }
    if (!removed) run >>= 1;
  }
  return parts;
}

export async function minimise(
  bytes: Buffer,
  stillFails: StillFails,
  tries = 3000,
): Promise<Buffer> {
  const budget = { tries };
  const lines = await shrinkParts(splitLines(bytes), stillFails, budget);
  const joined = Buffer.concat(lines);
  if (joined.length > 4096) return joined;
  const single = [...joined].map((b) => Buffer.from([b]));
  return Buffer.concat(await shrinkParts(single, stillFails, budget));
}
