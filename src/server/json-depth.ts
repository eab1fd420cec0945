// How deep a JSON text nests, read in one pass over its bytes before it is parsed: a report
// nested deeper than any real one is refused with 400, where storing it would overflow
// JSON.stringify's stack (and be answered 503, which a client retries for ever).

/** True when arrays and objects in `bytes` nest deeper than `max`. */
export function nestsDeeper(bytes: Uint8Array, max: number): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let depth = 0;
  for (let i = 0; i < buffer.length; i++) {
    const c = buffer[i];
    if (c === 0x22 /* " */) i = stringEnd(buffer, i + 1);
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return false;
}

/**
 * Where the string whose text starts at `from` ends: its first quote after an even run of
 * backslashes (the end of the bytes if none). Found with indexOf, not byte by byte: a
 * report's text is nearly all of its body, and this scan was 8 % of ingest's event loop.
 */
function stringEnd(buffer: Buffer, from: number): number {
  for (let at = from; ; ) {
    const quote = buffer.indexOf(0x22, at);
    if (quote === -1) return buffer.length;
    let backslashes = 0;
    while (quote - backslashes > from && buffer[quote - backslashes - 1] === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote;
    at = quote + 1;
  }
}
