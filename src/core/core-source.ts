// Opens a core file for positioned reads: plain cores are read on demand; gzip (`.gz`) and
// zstd (`.zst`, how systemd-coredump stores them) are decompressed once into memory — Node 20's
// zlib has gzip but no zstd, so zstd goes through fzstd.

import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { decompress as zstdDecompress } from "fzstd";
import { BinaryError } from "../bytes/decode-error.js";
import { BufferSource, type ByteSource, FileSource } from "../bytes/source.js";

const GZIP = [0x1f, 0x8b];
const ZSTD = [0x28, 0xb5, 0x2f, 0xfd];

function startsWith(head: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => head[i] === b);
}

/** How a file whose first bytes are `head` is compressed, if it is. */
export function compressionOf(head: Uint8Array): "gzip" | "zstd" | undefined {
  if (startsWith(head, GZIP)) return "gzip";
  if (startsWith(head, ZSTD)) return "zstd";
  return undefined;
}

const WHOLE_FILE_LIMIT = 1 << 30;

export function openCoreSource(path: string): ByteSource {
  const head = new Uint8Array(4);
  const fd = openSync(path, "r");
  let size: number;
  try {
    readSync(fd, head, 0, 4, 0);
    size = fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
  const compression = compressionOf(head);
  if (compression === "gzip") {
    try {
      return new BufferSource(gunzipSync(readFileSync(path)));
    } catch (e) {
      throw new BinaryError("corrupt", `corrupt gzip core ${path}: ${(e as Error).message}`);
    }
  }
  if (compression === "zstd") {
    try {
      return new BufferSource(zstdDecompress(readFileSync(path)));
    } catch (e) {
      throw new BinaryError("corrupt", `corrupt zstd core ${path}: ${(e as Error).message}`);
    }
  }
  // A core that fits comfortably in memory is read whole: unwinding 10⁵ goroutines touches
  // most of it, and views into one buffer cost nothing. Bigger ones are read on demand.
  if (size <= WHOLE_FILE_LIMIT) return new BufferSource(readFileSync(path));
  return new FileSource(path);
}
