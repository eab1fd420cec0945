// How deep a JSON text nests, read in one pass over its bytes before it is parsed: a report
// nested deeper than any real one is refused with 400, where storing it would overflow
// JSON.stringify's stack (and be answered 503, which a client retries for ever).

/** True when arrays and objects in `bytes` nest deeper than `max`. */
export function nestsDeeper(bytes: Uint8Array, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return false;
}
