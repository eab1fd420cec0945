// Opens a trace file or buffer: the header decides which reader applies.

import { readHeader } from "./header.js";
import { type SyncModel, TraceReader } from "./reader.js";
import { ByteSource } from "./source.js";

export type OpenResult =
  | { format: "new"; version: number; reader: TraceReader; source: ByteSource }
  | { format: "old"; version: number; source: ByteSource }
  | { error: string };

export function openTrace(input: string | Uint8Array, syncAt?: SyncModel): OpenResult {
  let source: ByteSource;
  try {
    source = typeof input === "string" ? ByteSource.fromFile(input) : ByteSource.fromBytes(input);
  } catch (e) {
    return { error: (e as Error).message };
  }
  if (!source.ensure(16)) {
    source.close();
    return { error: "bad file format at offset 0: shorter than a Go execution trace header" };
  }
  const h = readHeader(source.buf.subarray(source.pos, source.pos + 16));
  if ("error" in h) {
    source.close();
    return h;
  }
  source.pos += 16;
  if (h.version < 22) return { format: "old", version: h.version, source };
  return {
    format: "new",
    version: h.version,
    reader: new TraceReader(source, h.version, syncAt),
    source,
  };
}
